// Finds temporal expressions in a text: runs the grammar, keeps the longest of overlapping
// matches, joins durations written in a row and takes in "the end of ..." positions.
import { RULES, joinDurations, type Rule } from './grammar.ts';
import type { Recognised } from './spec.ts';

// Cheap prefilter: a text without any of these cannot hold a temporal expression, so paragraphs
// without one are skipped (most words of news are not temporal).
const TRIGGER = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|now|current|present|recent|lately|past|future|this|last|next|coming|previous|following|that|same|ago|earlier|later|year|month|week|day|hour|minute|second|decade|centur|quarter|half|spring|summer|autumn|fall|winter|morning|afternoon|evening|night|overnight|noon|midnight|midday|every|each|once|twice|per|daily|weekly|monthly|annually|yearly|hourly|nightly|fiscal|fy|time|christmas|new year|valentine|halloween|boxing)/i;

function candidates(text: string, offset: number, out: Recognised[], rules: Rule[]): void {
  rules.forEach((rule, rank) => {
    if (rule.needs && !rule.needs.test(text)) return;
    const re = rule.re;
    re.lastIndex = 0;
    for (let m; (m = re.exec(text)); ) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const built = rule.build(m, text);
      if (!built) continue;
      const start = built.start ?? m.index;
      const end = built.end ?? m.index + m[0].length;
      if (end <= start) continue;
      out.push({ start: start + offset, end: end + offset, spec: built.spec, part: built.part ?? undefined, mod: built.mod, rule: rule.name, rank });
    }
  });
}

/** Longest first, then earliest rule: the kept matches do not overlap. Clusters of overlapping
 * matches are settled one at a time, so the work stays linear in long texts. */
function selectLongest(all: Recognised[]): Recognised[] {
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Recognised[] = [];
  let cluster: Recognised[] = [];
  let clusterEnd = -1;
  const settle = () => {
    cluster.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
    const chosen: Recognised[] = [];
    for (const c of cluster) if (!chosen.some((k) => c.start < k.end && k.start < c.end)) chosen.push(c);
    kept.push(...chosen.sort((a, b) => a.start - b.start));
    cluster = [];
  };
  for (const c of all) {
    if (cluster.length && c.start >= clusterEnd) settle();
    cluster.push(c);
    clusterEnd = Math.max(clusterEnd, c.end);
  }
  if (cluster.length) settle();
  return kept;
}

const POSITION = /\b([Tt]he\s+(?:very\s+)?(beginning|start|end|middle|close|early part|latter part)\s+of\s+)$/;

/** "3 hours, 7 minutes" -> one duration; "the end of March" -> March with mod END. */
function joinNeighbours(text: string, base: number, list: Recognised[]): Recognised[] {
  const out: Recognised[] = [];
  for (const c of list) {
    const prev = out.at(-1);
    if (prev && prev.spec.k === 'lit' && c.spec.k === 'lit' && prev.spec.type === 'DURATION' && c.spec.type === 'DURATION') {
      const gap = text.slice(prev.end - base, c.start - base);
      const joined = /^(?:\s*,\s*|\s+and\s+|\s+)$/.test(gap) ? joinDurations(prev.spec.value, c.spec.value) : null;
      if (joined) {
        out[out.length - 1] = { ...prev, end: c.end, spec: { k: 'lit', type: 'DURATION', value: joined } };
        continue;
      }
    }
    const isDate = c.spec.k !== 'lit' ? c.spec.k !== 'clock' : c.spec.type === 'DATE' && /^\d/.test(c.spec.value);
    if (isDate && !c.mod) {
      const pm = POSITION.exec(text.slice(Math.max(0, c.start - base - 40), c.start - base));
      if (pm && !(prev && prev.end > c.start - pm[1].length)) {
        const w = pm[2].toLowerCase();
        const mod = w === 'beginning' || w === 'start' || w === 'early part' ? 'START' : w === 'middle' ? 'MID' : 'END';
        out.push({ ...c, start: c.start - pm[1].length, mod });
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** Every temporal expression of the text, in order, without overlaps. Offsets are into `text`. */
export function recognise(text: string, rules: Rule[] = RULES): Recognised[] {
  const found: Recognised[] = [];
  // Paragraphs are independent for the grammar (no expression spans a blank line).
  let at = 0;
  while (at < text.length) {
    let next = text.indexOf('\n\n', at);
    if (next < 0) next = text.length;
    const para = text.slice(at, next);
    if (TRIGGER.test(para)) {
      const local: Recognised[] = [];
      candidates(para, at, local, rules);
      found.push(...joinNeighbours(text, 0, selectLongest(local)));
    }
    at = next + 2;
  }
  return found;
}
