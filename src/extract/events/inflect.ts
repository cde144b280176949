// English verb and noun inflection for the trigger lexicon: one base form in, its surface forms out.

const IRREGULAR: Record<string, string[]> = {
  meet: ['met'], hold: ['held'], speak: ['spoke', 'spoken'], give: ['gave', 'given'], send: ['sent'],
  shoot: ['shot'], fight: ['fought'], strike: ['struck', 'stricken'], take: ['took', 'taken'],
  withdraw: ['withdrew', 'withdrawn'], tell: ['told'], say: ['said'], hit: ['hit'], lay: ['laid'],
  break: ['broke', 'broken'], cut: ['cut'], shut: ['shut'], lead: ['led'], make: ['made'], sell: ['sold'],
  bring: ['brought'], begin: ['began', 'begun'], freeze: ['froze', 'frozen'], undertake: ['undertook', 'undertaken'],
  overrun: ['overran'], forgive: ['forgave', 'forgiven'], swear: ['swore', 'sworn'], stand: ['stood'],
  leave: ['left'], flee: ['fled'], drive: ['drove', 'driven'], rise: ['rose', 'risen'], seek: ['sought'],
  write: ['wrote', 'written'], throw: ['threw', 'thrown'], blow: ['blew', 'blown'], put: ['put'], set: ['set'],
  forbid: ['forbade', 'forbidden'], win: ['won'], beat: ['beat', 'beaten'], build: ['built'], keep: ['kept'],
  overthrow: ['overthrew', 'overthrown'], shake: ['shook', 'shaken'], pay: ['paid'], mislead: ['misled'],
  feel: ['felt'], go: ['went', 'gone'], come: ['came'], run: ['ran'], know: ['knew', 'known'], see: ['saw', 'seen'],
  find: ['found'], think: ['thought'], get: ['got', 'gotten'], become: ['became'], show: ['shown'],
  bid: ['bid'], spread: ['spread'], quit: ['quit'], upset: ['upset'], mistake: ['mistook', 'mistaken'],
  foresee: ['foresaw', 'foreseen'], rebuild: ['rebuilt'], draw: ['drew', 'drawn'], grind: ['ground'],
  wage: ['waged'], shell: ['shelled'], fire: ['fired'], hear: ['heard'], read: ['read'], lose: ['lost'],
  hang: ['hanged', 'hung'], slay: ['slew', 'slain'], bear: ['bore', 'borne'], deal: ['dealt'], mean: ['meant'],
  broadcast: ['broadcast'], forecast: ['forecast'], vow: ['vowed'],
};

const VOWEL = /[aeiou]/;

/** All forms of a verb: base, -s, -ed, -ing (plus irregular past forms). Over-generation is harmless. */
export function verbForms(base: string): string[] {
  const out = new Set<string>([base]);
  const irr = IRREGULAR[base];
  if (irr) irr.forEach((f) => out.add(f));
  const last = base.slice(-1);
  const prev = base.slice(-2, -1);
  // third person
  if (/(s|x|z|ch|sh|o)$/.test(base)) out.add(base + 'es');
  else if (last === 'y' && !VOWEL.test(prev)) out.add(base.slice(0, -1) + 'ies');
  else out.add(base + 's');
  // past and -ing
  let stem = base;
  if (base.endsWith('ee')) {
    if (!irr) out.add(base + 'd');
    out.add(base + 'ing');
    return [...out];
  }
  if (last === 'e') {
    stem = base.slice(0, -1);
    if (!irr) out.add(base + 'd');
    out.add(stem + 'ing');
    return [...out];
  }
  if (last === 'y' && !VOWEL.test(prev)) {
    if (!irr) out.add(base.slice(0, -1) + 'ied');
    out.add(base + 'ing');
    return [...out];
  }
  // Doubled final consonant for short stressed stems ("ban", "stop", "plan", "commit").
  const doubles = /^(?:[^aeiou]*[aeiou][bdgmnprt]|commit|regret|admit|submit|compel|expel|repel|propel|control|patrol|occur|refer|prefer|confer|deter|incur|rebut|embed|equip|outstrip|kidnap|worship|format)$/.test(base) && !/(w|x|y)$/.test(base);
  if (doubles) {
    if (!irr) out.add(base + last + 'ed');
    out.add(base + last + 'ing');
    // Also the undoubled forms for American spelling of two-syllable stems ("kidnaped").
    if (base.length > 4) { out.add(base + 'ed'); out.add(base + 'ing'); }
  } else {
    if (!irr) out.add(base + 'ed');
    out.add(base + 'ing');
    // British doubling of a final l ("cancelled", "labelled").
    if (/[aeiou]l$/.test(base) && !/[aeiou]{2}l$/.test(base)) { out.add(base + 'led'); out.add(base + 'ling'); }
  }
  return [...out];
}

/** Singular and plural of a noun. */
export function nounForms(base: string): string[] {
  const out = new Set<string>([base]);
  if (/(s|x|z|ch|sh)$/.test(base)) out.add(base + 'es');
  else if (/[^aeiou]y$/.test(base)) out.add(base.slice(0, -1) + 'ies');
  else out.add(base + 's');
  return [...out];
}
