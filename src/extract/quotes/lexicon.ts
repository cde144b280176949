// General-English word lists for quote attribution: speech (cue) verbs with the complements they
// take, channels of speech, pronouns, and the small closed classes the speaker finder walks over.

/** What may follow a cue verb and still be reported speech. */
export interface CueFrames {
  /** "said (that) CLAUSE" */
  that: boolean;
  /** "said CLAUSE" without "that" */
  zero: boolean;
  /** "urged X to VP" (object control) */
  objTo: boolean;
  /** "claimed to have VP" (subject control) */
  subjTo: boolean;
  /** "stressed the need for X to VP" */
  need: boolean;
  /** "accused X of VPing" */
  ofGerund: boolean;
  /** "denied VPing" */
  gerund: boolean;
  /** may stand after a quote or a clause: '"...," she said' / 'X, he added.' */
  tag: boolean;
}

export interface CueVerb extends CueFrames {
  lemma: string;
}

const F = (s: string): CueFrames => ({
  that: s.includes('T'), zero: s.includes('Z'), objTo: s.includes('O'), subjTo: s.includes('S'),
  need: s.includes('N'), ofGerund: s.includes('G'), gerund: s.includes('D'), tag: s.includes('A'),
});

// T that-clause, Z zero that, O obj + to-VP, S to-VP, N "the need/importance", G "X of VPing",
// D "VPing" (a gerund clause), A tag.
const CUE_SPECS: [string, string][] = [
  ['say', 'TZA'], ['tell', 'TZOA'], ['add', 'TZA'], ['state', 'TA'], ['note', 'TA'], ['claim', 'TZSA'],
  ['assert', 'TA'], ['stress', 'TNA'], ['emphasize', 'TNA'], ['emphasise', 'TNA'], ['underline', 'TN'],
  ['underscore', 'TN'], ['highlight', 'TN'], ['reiterate', 'TNA'], ['reaffirm', 'TA'], ['insist', 'TZA'],
  ['argue', 'TZA'], ['explain', 'TA'], ['announce', 'TZA'], ['declare', 'TA'], ['confirm', 'TA'],
  ['deny', 'TD'], ['acknowledge', 'TZAD'], ['admit', 'TZAD'], ['concede', 'TA'], ['warn', 'TZOA'],
  ['caution', 'TOA'], ['allege', 'TA'], ['report', 'TA'], ['write', 'TZA'], ['post', 'T'], ['tweet', 'TA'],
  ['clarify', 'TA'], ['maintain', 'TA'], ['contend', 'TA'], ['suggest', 'TA'], ['predict', 'TZA'],
  ['promise', 'TS'], ['vow', 'TSA'], ['pledge', 'TS'], ['threaten', 'S'], ['signal', 'T'], ['indicate', 'T'],
  ['conclude', 'TA'], ['recall', 'TA'], ['reply', 'TA'], ['respond', 'A'], ['counter', 'TA'],
  ['complain', 'TA'], ['boast', 'TA'], ['estimate', 'TZA'], ['mention', 'T'], ['remark', 'TA'],
  ['observe', 'TA'], ['comment', 'A'], ['testify', 'TA'], ['disclose', 'T'], ['reveal', 'T'],
  ['assure', 'T'], ['inform', 'T'], ['remind', 'TO'], ['urge', 'TON'], ['ask', 'O'], ['implore', 'O'],
  ['encourage', 'O'], ['advise', 'TO'], ['press', 'O'], ['request', 'O'], ['instruct', 'O'], ['beg', 'O'],
  ['exhort', 'O'], ['demand', 'T'], ['propose', 'TD'], ['recommend', 'TD'], ['order', 'OT'], ['command', 'O'], ['accuse', 'G'], ['charge', 'T'],
  ['hint', 'T'], ['speculate', 'T'], ['affirm', 'TA'], ['lament', 'TA'], ['quip', 'A'],
  ['agree', 'T'], ['point out', 'TA'], ['make clear', 'T'], ['make it clear', 'T'], ['call on', 'O'],
  ['call upon', 'O'], ['appeal to', 'O'], ['plead with', 'O'],
];

// Forms that do not follow the spelling rules below.
const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  make: ['make', 'makes', 'made', 'making'],
  plead: ['plead', 'pleads', 'pleaded', 'pled', 'pleading'],
  agree: ['agree', 'agrees', 'agreed', 'agreeing'],
  signal: ['signal', 'signals', 'signaled', 'signalled', 'signaling', 'signalling'],
};

// Verbs that double their final consonant before -ed/-ing.
const DOUBLE_FINAL = new Set(['admit', 'quip', 'regret', 'submit', 'commit', 'beg', 'refer', 'omit', 'permit']);

function regularForms(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return irregular;
  const forms = [lemma];
  if (/[^aeiou]y$/.test(lemma)) forms.push(lemma.slice(0, -1) + 'ies', lemma.slice(0, -1) + 'ied', lemma + 'ing');
  else if (/e$/.test(lemma)) forms.push(lemma + 's', lemma + 'd', lemma.slice(0, -1) + 'ing');
  else if (/(?:s|sh|ch|x|z)$/.test(lemma)) forms.push(lemma + 'es', lemma + 'ed', lemma + 'ing');
  else if (DOUBLE_FINAL.has(lemma))
    forms.push(lemma + 's', lemma + lemma.at(-1) + 'ed', lemma + lemma.at(-1) + 'ing');
  else forms.push(lemma + 's', lemma + 'ed', lemma + 'ing');
  return forms;
}

/** Every inflected form of a cue (multi-word cues inflect their first word) -> the cue. */
function buildCueForms(): Map<string, CueVerb> {
  const out = new Map<string, CueVerb>();
  for (const [lemma, spec] of CUE_SPECS) {
    const [head, ...rest] = lemma.split(' ');
    const tail = rest.length ? ' ' + rest.join(' ') : '';
    const forms = regularForms(head);
    for (const f of forms) out.set(f + tail, { lemma, ...F(spec) });
  }
  return out;
}

export const CUE_FORMS: Map<string, CueVerb> = buildCueForms();
/** Longest cue in words, for greedy multi-word matching. */
export const CUE_MAX_WORDS = Math.max(...[...CUE_FORMS.keys()].map((k) => k.split(' ').length));

/** Verbs whose object is the subject of the infinitive after it ("urged Y to say", "prompting
 * officials to argue"); after other verbs the infinitive is one of purpose ("phoned Y to say"). */
export const OBJECT_CONTROL = new Set(
  ['ask', 'urge', 'tell', 'prompt', 'force', 'lead', 'allow', 'encourage', 'persuade', 'invite', 'press', 'push', 'order',
    'require', 'expect', 'want', 'need', 'get', 'cause', 'compel', 'oblige', 'enable', 'help', 'instruct', 'direct',
    'authorize', 'authorise', 'permit', 'warn', 'advise', 'remind', 'beg', 'implore', 'convince', 'inspire', 'drive',
    'pressure', 'challenge', 'dare', 'appoint', 'elect', 'choose', 'select', 'assign', 'send', 'hire',
    'train', 'teach', 'recruit', 'mandate', 'empower', 'commission', 'prefer']
    .flatMap((l) => regularForms(l)).concat(['led', 'got', 'sent', 'taught', 'chose', 'chosen']),
);

/** Verbs that take another verb ("continued to urge", "went on to say"): a readout fragment may
 * open with them before its speech verb. */
export const CATENATIVES = new Set(
  ('continue continued continues continuing went go goes sought seek seeks tried try tries wanted want ' +
    'wants hoped hope hopes began begin begins started start starts declined refused moved rushed').split(' '),
);

/** Verbs that report an act of communication with a noun object ("expressed sorrow"): they do not
 * make reported speech, but a quoted fragment in their object is the subject's words. */
export const COMMUNICATION_VERBS = new Set(
  ('express expressed expresses expressing convey conveyed conveys conveying voice voiced voices voicing ' +
    'offer offered offers offering describe described describes describing call called calls calling ' +
    'dismiss dismissed dismisses dismissing condemn condemned condemns condemning welcome welcomed welcomes ' +
    'welcoming praise praised praises praising slam slammed slams slamming criticise criticised criticize ' +
    'criticized criticizes criticising criticizing label labelled labeled labels labelling labeling term ' +
    'termed terms terming brand branded brands branding refute refuted refutes refuting reject rejected ' +
    'rejects rejecting thank thanked thanks thanking promise promised pledge pledged vowed tribute ' +
    'apologised apologized apologises apologizes apologising apologizing appealed appeals').split(' '),
);

/** Nouns naming a document or utterance that can be the source in "according to a statement by X". */
export const DOCUMENT_NOUNS = new Set(
  ('statement statements readout readouts report reports release releases transcript transcripts filing ' +
    'filings document documents memo memos letter letters post posts tweet tweets record records ' +
    'announcement announcements notice notices communique communiqué briefing briefings remarks account ' +
    'accounts version data figures estimate estimates estimation survey surveys study studies poll polls ' +
    'complaint complaints indictment lawsuit court papers documents analysis census website site paper ' +
    'article articles book journal survey findings research tally count').split(' '),
);

/** Head nouns of speaker descriptions that stand for people or bodies able to speak. */
export const AGENT_NOUNS = new Set(
  ('side sides party parties nation nations country countries leader leaders official officials ' +
    'government governments authorities authority people citizens residents members member ' +
    'everyone everybody all both others anyone them him her us me you one state states allies ally ' +
    'partners partner counterpart counterparts neighbour neighbours neighbor neighbors administration ' +
    'ministry ministries military army forces troops police diplomats diplomat minister ministers ' +
    'president prime premier chancellor secretary spokesman spokeswoman spokesperson envoy envoys ' +
    'ambassador ambassadors lawmakers legislators congress parliament regime rebels militants groups ' +
    'group team company companies firm firms employees workers students parents voters investors ' +
    'consumers users customers clients patients doctors judge judges court prosecutors lawyers ' +
    'commission council committee board agency agencies department union unions organisation ' +
    'organization organisations organizations community communities public world powers city cities ' +
    'region regions governor governors mayor mayors chief chiefs head heads officer officers staff office ' +
    'offices attorney attorneys lawyer lawyers prosecutor analyst analysts expert experts forecaster ' +
    'forecasters activist activists senator senators scientist scientists researcher researchers ' +
    'economist economists investigator investigators witness witnesses source sources aide aides adviser ' +
    'advisers advisor advisors critic critics supporter supporters opponent opponents skeptics sceptics ' +
    'rescuers spokespeople executive executives director directors chairman ceo owner owners manager ' +
    'managers lawmaker legislator representatives delegation delegates negotiators mediators commander ' +
    'commanders general generals soldier soldiers sheriff coroner police regulator regulators insurers ' +
    'officialdom cabinet presidency palace embassy consulate mission observers monitors inspectors ' +
    'survivor survivors victim victims relatives family families friend friends neighbour neighbour ' +
    'doctor nurse nurses teacher teachers farmer farmers protesters demonstrators organisers organizers navy ' +
    'guard guards militia militias coastguard gendarmerie utility utilities operator operators carrier ' +
    'carriers airline airlines insurer insurers lender lenders retailer retailers maker makers producer ' +
    'producers automaker automakers broadcaster broadcasters network networks publisher publishers ' +
    'charity charities consortium newspaper newspapers prosecutors').split(' '),
);

/** Personal pronouns that can stand as a speaker. */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']);

export const DETERMINERS = new Set(
  'the a an this that these those his her its their our my your some any each every no another such'.split(' '),
);

/** Words that close the stretch of text a subject can come from (walking back from a verb). */
export const CLAUSE_OPENERS = new Set(
  ('that which who whom whose where when while whereas as because since although though if unless ' +
    'after before until and but or nor so yet whether once than like').split(' '),
);

/** Words between a subject and its verb that are not part of the subject. */
export const VERB_PREMODIFIERS = new Set(
  ('has have had having will would shall should can could may might must did does do also later earlier ' +
    'then previously publicly privately repeatedly reportedly recently again once further still already ' +
    'just only even not never meanwhile separately subsequently initially first finally now today ' +
    'yesterday tonight is was were are been being be ever too likewise similarly simply flatly firmly ' +
    'strongly clearly openly directly explicitly instead thus therefore however both all each').split(' '),
);

export const PREPOSITIONS = new Set(
  ('of for from at in on with by to about into onto over under between among against without within ' +
    'through across near toward towards after before during since upon amid amidst via per').split(' '),
);

/** Fronted adverbials that open a sentence before its subject ("On Saturday, ..."). */
export const FRONTING_WORDS = new Set(
  ('in on at during after before following amid amidst as while when since despite according with ' +
    'without meanwhile however moreover furthermore separately earlier later also still yet speaking ' +
    'asked responding addressing writing for by from under over to unlike like besides instead ' +
    'nonetheless nevertheless but and so then now today yesterday last this hours days weeks months years ' +
    'minutes moments').split(' '),
);

/** Auxiliaries and frequent irregular verbs, to find where a subject noun phrase ends. */
export const FINITE_VERBS = new Set(
  ('is was were are am has have had will would shall should can could may might must did does do ' +
    'spoke speaks met meets held holds made makes took takes gave gives went goes came comes sent sends ' +
    'led leads began begins saw sees found finds won wins lost loses left leaves put puts set sets kept ' +
    'keeps ran runs stood stands wrote writes told tells said says thought thinks brought brings sought ' +
    'seeks fought fights struck strikes hit hits shot shoots became becomes grew grows knew knows drew ' +
    'draws rose rises fell falls paid pays sold sells bought buys built builds felt feels heard hears ' +
    'meant means spent spends understood understands withdrew withdraws got gets wants wanted ' +
    'remains remained seems seemed appears appeared').split(' '),
);

/** Words that are capitalised but are not names (sentence-initial function words, days, months). */
export const NOT_NAME_WORDS = new Set(
  ('the a an this that these those his her its their our my your he she it they we i in on at of for ' +
    'and but or so yet as while when after before since during with without by from to meanwhile however ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december according').split(' '),
);

/** Titles and honorifics that may precede a name ("Ms. Bruce", "Gen. Asim Munir"). */
export const TITLES = new Set(
  ('mr mr. mrs mrs. ms ms. miss dr dr. prof prof. gen gen. lt lt. col col. maj maj. capt capt. adm adm. ' +
    'sgt sgt. sen sen. rep rep. gov gov. sir dame lord lady rev rev. fr. brig brig. cmdr cmdr.').split(' '),
);

/** Nouns that mark a quoted phrase as the name of something rather than speech. */
export const TITLE_OF_WORK_CUES = new Set(
  ('film movie book novel song album show series play poem article column essay report titled entitled ' +
    'called dubbed named slogan motto hashtag campaign operation headline program programme').split(' '),
);
