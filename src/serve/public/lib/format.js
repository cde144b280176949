// Colours, labels and small formatters shared by the views.

export const QUADS = ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'];
export const QUAD_LABEL = {
  'verbal-cooperation': 'Verbal cooperation',
  'material-cooperation': 'Material cooperation',
  'verbal-conflict': 'Verbal conflict',
  'material-conflict': 'Material conflict',
};
export const QUAD_COLOR = {
  'verbal-cooperation': '#2b8cbe',
  'material-cooperation': '#31a354',
  'verbal-conflict': '#e6860b',
  'material-conflict': '#d7301f',
};

export const PLOVER_TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'SANCTION', 'PROTEST', 'MOBILIZE', 'COERCE', 'ASSAULT'];

export function parties(list) {
  return (list || []).map((p) => (p.country && p.country !== p.name ? `${p.name} (${p.country})` : p.name)).join(' & ') || '—';
}

export function eventLabel(e) {
  return `${parties(e.actor)} → ${e.type}${e.mode ? ` (${e.mode})` : ''}${e.recipient && e.recipient.length ? ` → ${parties(e.recipient)}` : ''}`;
}

export function plural(n, word, many = `${word}s`) {
  return `${n} ${n === 1 ? word : many}`;
}

/** A stable colour for a name (countries in the network). */
export function hashColor(key) {
  let x = 0;
  for (const ch of String(key)) x = (x * 31 + ch.codePointAt(0)) >>> 0;
  return `hsl(${x % 360} 55% 45%)`;
}

/** Red (conflict) to blue (cooperation) for a PLOVER score from -10 to 10. */
export function scoreColor(score) {
  const t = Math.max(-1, Math.min(1, score / 10));
  if (t < 0) return `hsl(5 ${Math.round(40 + 40 * -t)}% ${Math.round(60 - 15 * -t)}%)`;
  return `hsl(205 ${Math.round(30 + 40 * t)}% ${Math.round(60 - 15 * t)}%)`;
}

export function dayNumber(date) {
  return Date.parse(`${date.length === 7 ? `${date}-01` : date}T00:00:00Z`) / 86400000;
}

export function dayString(n) {
  return new Date(n * 86400000).toISOString().slice(0, 10);
}
