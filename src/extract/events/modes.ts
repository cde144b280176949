// PLOVER modes read from the words around a trigger: the weapon of an assault, what a request asks
// for, what a threat threatens.
import type { Token } from './tokens.ts';

const ASSAULT_MODES: [RegExp, string][] = [
  [/^(suicide)$/, 'suicide-attack'],
  [/^(drone|drones|uav|uavs)$/, 'drone'],
  [/^(air|airstrike|airstrikes|air-strike|air-strikes|missile|missiles|jet|jets|aircraft|warplanes|planes|helicopter|helicopters|aerial|airfields|bombers)$/, 'aerial'],
  [/^(shelling|shelled|shell|shells|artillery|mortar|mortars|rocket|rockets|tank|tanks|howitzer|howitzers|heavy)$/, 'heavy-weapons'],
  [/^(bomb|bombs|bombing|bombings|explosive|explosives|ied|ieds|blast|explosion|car-bomb|grenade|grenades|landmine|mine)$/, 'explosives'],
  [/^(gunfire|firing|shooting|shot|shots|gun|guns|rifle|rifles|gunmen|gunman|gunbattle|sniper)$/, 'firearms'],
  [/^(destroy|destroyed|destruction|demolished|razed)$/, 'destroy'],
  [/^(kidnapped|abducted|kidnap|abduct|hostage|hostages)$/, 'abduct'],
  [/^(tortured|torture)$/, 'torture'],
  [/^(machetes|machete|knives|knife|stones|clubs|axes)$/, 'primitive'],
];

// For each word, the first of ASSAULT_MODES it matches (ASSAULT_MODES.length: none), remembered.
const FIRST_MODE = new Map<string, number>();
function firstModeOf(w: string): number {
  let m = FIRST_MODE.get(w);
  if (m === undefined) {
    m = ASSAULT_MODES.findIndex(([re]) => re.test(w));
    if (m < 0) m = ASSAULT_MODES.length;
    if (FIRST_MODE.size > 50_000) FIRST_MODE.clear();
    FIRST_MODE.set(w, m);
  }
  return m;
}

/** The weapon mode of an assault from the words in [from, to): the first mode any of them names. */
export function assaultMode(tokens: Token[], from: number, to: number): string | null {
  let best = ASSAULT_MODES.length;
  for (let k = Math.max(0, from); k < Math.min(tokens.length, to); k++) best = Math.min(best, firstModeOf(tokens[k].lower));
  return best < ASSAULT_MODES.length ? ASSAULT_MODES[best][1] : null;
}

const text = (tokens: Token[], from: number, to: number) =>
  ' ' + tokens.slice(Math.max(0, from), Math.min(tokens.length, to)).map((t) => t.lower).join(' ') + ' ';

/** What a request asks for: change (of policy), yield (stop, de-escalate), assist, meet (talk). */
export function requestMode(tokens: Token[], from: number, to: number): string | null {
  const s = text(tokens, from, to);
  if (/ (end|stop|cease|halt|cut|abandon|renounce|drop|forsake|dismantle)( \w+){0,2} (support|backing|funding|sponsorship|harbouring|harboring|program|programme|policy|policies|barriers|curbs|restrictions|struggle)/.test(s) || / (crack down|reform|reforms|policy change|change course)/.test(s)) return 'change';
  if (/ (de-?escalat\w*|deescalat\w*|restraint|caution|calm|ceasefire|cease-fire|truce|tensions?|stop (the )?(fighting|attacks|violence|war)|end (the )?(fighting|hostilities|violence|war|conflict)|withdraw\w*|pull back|stand down|peace and security|avoid miscalculation)/.test(s)) return 'yield';
  if (/ (cooperat\w*|assist\w*|help|investigation|probe|inquiry|aid|support|condemn)/.test(s)) return 'assist';
  if (/ (dialogue|talks|negotiat\w*|communication|communications|meet|meeting|discussions?|diplomacy)/.test(s)) return 'meet';
  return null;
}

/** What a threat threatens: violence, restrict, relations, expel, territory. */
export function threatMode(tokens: Token[], from: number, to: number): string | null {
  const s = text(tokens, from, to);
  if (/ (relations|ties|talks|negotiations|mediation|contact|contacts)/.test(s)) return 'relations';
  if (/ (expel|expulsion|deport)/.test(s)) return 'expel';
  if (/ (annex\w*|territory|territories)/.test(s) && !/ (sovereignty|integrity)/.test(s)) return 'territory';
  if (/ (blockade|restrictions?|boycott|curfew|ban|sanctions|embargo|tariffs?|martial)/.test(s)) return 'restrict';
  if (/ (attack\w*|strike\w*|respon\w*|retaliat\w*|defen[cd]\w*|fight\w*|war|force|military|self-defen[cs]e|escalat\w*|offensive|destroy\w*|shell\w*|blows|bomb\w*|violence|counter)/.test(s)) return 'violence';
  return null;
}
