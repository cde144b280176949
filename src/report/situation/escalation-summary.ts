// The escalation section: for each country pair, the daily curve of src/report/escalation.ts, its most
// conflictual day and which way it went over the period.
import type { StoryEvent } from '../../model.ts';
import { escalation, type EscalationDay } from '../escalation.ts';
import { countryName } from '../exports/common.ts';
import type { Direction, EscalationDayLine, EscalationLine } from './types.ts';

/** Mean daily score of the later half of the days against the earlier half; a point either way is noise. */
export function direction(days: Pick<EscalationDay, 'score'>[]): Direction {
  if (days.length < 2) return 'single day';
  const half = Math.floor(days.length / 2);
  const mean = (xs: typeof days) => xs.reduce((s, d) => s + d.score, 0) / xs.length;
  const change = mean(days.slice(days.length - half)) - mean(days.slice(0, half));
  return change <= -1 ? 'escalating' : change >= 1 ? 'de-escalating' : 'level';
}

export function escalationLines(events: StoryEvent[], refsOf: (e: StoryEvent) => string[]): EscalationLine[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  // Pairs whose events all lack a full date have no curve; the report lists those events as undated.
  return escalation(events).filter((s) => s.days.length > 0).map((s) => {
    const days: EscalationDayLine[] = s.days.map((d) => ({
      date: d.date, score: d.score, count: d.count, quad: { ...d.quad },
      refs: [...new Set(d.events.flatMap((id) => { const e = byId.get(id); return e ? refsOf(e).slice(0, 1) : []; }))],
    }));
    const peak = days.reduce<EscalationDayLine | null>((p, d) => (!p || d.score < p.score ? d : p), null);
    return {
      pair: s.pair, names: [countryName(s.pair[0]) ?? s.pair[0], countryName(s.pair[1]) ?? s.pair[1]],
      days, total: { score: s.total.score, count: s.total.count, quad: { ...s.total.quad } }, peak, direction: direction(days), undated: s.undated,
    };
  });
}
