// Word lists for claims and disputes: what makes a statement a factual claim, what marks it as
// disputed, denied, left unanswered or unverifiable. General English, no story vocabulary.

/** Kinds of factual content a claim can carry; two statements about the same kind can contradict. */
export type Topic = 'casualties' | 'downing' | 'interception' | 'destruction' | 'strike' | 'troops' | 'blame';

export const TOPIC_PATTERNS: [Topic, RegExp][] = [
  ['casualties', /\b(?:kill(?:ed|ing|s)?|dead|deaths?|died|dying|wound(?:ed|ing)|injur(?:ed|ies|ing|y)|casualt(?:y|ies)|death toll|tolls?|loss(?:es)? of (?:civilian )?li(?:fe|ves)|lives (?:were )?lost|bodies)\b/],
  ['downing', /\b(?:shot down|shoot(?:s|ing)? down|downed|downing|brought down|bring(?:s|ing)? down|lost (?:no |an? |one |two |three |four |five |several |\d+ )?(?:\w+ )?(?:aircraft|jets?|planes?|fighters?|drones?|helicopters?))\b/],
  ['interception', /\bintercept(?:ed|ing|ions?|s)?\b|\bneutrali[sz](?:ed|ing)\b|\bthwart(?:ed|ing)\b|\bknocked (?:down|out)\b/],
  ['destruction', /\b(?:destroy(?:ed|ing|s)?|destruction|damag(?:ed|es?|ing)|razed|flattened|wiped out|obliterat(?:ed|ing|es)|demolish(?:ed|ing)|burn(?:ed|t|ing) down|set (?:\w+ ){0,3}on fire)\b/],
  ['strike', /\b(?:aim(?:ed|ing)? at|hit|hits|hitting|struck|strikes?|striking|target(?:ed|ing|s)?|shell(?:ed|ing|s)?|bomb(?:ed|ing|s)?|attack(?:ed|ing|s)?|fired|firing|fire on|opened fire|barrages?|raids?|air ?strikes?|invad(?:ed|ing)|incursions?|crossed|violat(?:ed|ing)|breach(?:ed|es|ing)?|br(?:oke|oken|eaking|eaks) (?:the |a )?(?:truce|ceasefire|cease-fire)|launch(?:ed|ing)?|carried out|conducted|dropped bombs|(?:laid|planted|placed) (?:new |fresh )?(?:land)?mines|(?:land)?mines (?:were|had been|have been) (?:newly |recently |freshly )?(?:laid|planted|placed)|newly laid)\b/],
  ['troops', /\b(?:troops?|soldiers|forces|armou?r|units|battalions?|brigades?|tanks)\b[^.;]{0,60}?\b(?:mov(?:ed|ing)|mass(?:ed|ing)|amass(?:ed|ing)|deploy(?:ed|ing)|gather(?:ed|ing)|advanc(?:ed|ing)|build(?:ing)? up|sent)\b|\b(?:mov(?:ed|ing)|mass(?:ed|ing)|amass(?:ed|ing)|deploy(?:ed|ing)|sen(?:t|ding))\b[^.;]{0,20}?\b(?:troops|soldiers|forces|armou?r|tanks)\b|\bmobili[sz]ation\b|\bbuild-?up\b|\b(?:troops|soldiers|forces|fighters|units)\b[^.;]{0,40}?\b(?:(?:are|were|was|is) fighting|fought) (?:alongside|with|in|on)\b|\b(?:withdr(?:ew|awn|awing)|pulled (?:out|back)|retreated|pulled out) (?:from|of)\b|\b(?:moved|removed|evacuated|relocated|transferred) (?:\w+ ){0,3}?(?:out of|away from)\b/],
  ['blame', /\b(?:blam(?:e|ed|es|ing)|responsib(?:le|ility)|behind the (?:attack|bombing|strike|shelling|killing)s?|involvement|involved in (?:the |an? )?(?:attacks?|bombings?|killings?|strikes?|shelling|plot|assassination|massacre)|(?:support(?:ed|ing|s)?|back(?:ed|ing|s)?|arming|fund(?:ed|ing)|shelter(?:ed|ing)|harbou?r(?:ed|ing)) (?:for )?(?:the )?(?:[\p{L}/-]+\s+)?(?:attacks?|attackers|terror\w*|militan\w*|armed groups?|insurgen\w*|rebels?|separatists?|militias?|[a-z]+\d+|[a-z]+\/[a-z]+\d*)|sponsor(?:ed|ing|ship|s)?|(?:taking|took|take|takes) sides|siding with|acted alone|(?:had|has|have|did) not taken part|took no part|(?:was|were|is|are) not involved|(?:poses?|posed|posing) a (?:\w+ )?threat|threatens? (?:\w+['’]s |the )?(?:security|sovereignty|territorial integrity)|orchestrat(?:ed|ing)|masterminded|carried out by|fired (?:the )?first)\b/u],
];

/** Topics that report an outcome rather than an action of one's own. */
export const OUTCOME_TOPICS: Topic[] = ['casualties', 'downing', 'interception', 'destruction', 'blame'];

/** Verbs that make a strike statement a statement of fact (not just a mention of "strikes"). */
export const STRIKE_VERB = /\b(?:hit|hits|struck|target(?:ed|s)|shelled|bombed|attacked|fired|crossed|invaded|violated|breached|launched|carried out|conducted|opened fire|directed|aimed|confined|dropped|laid|planted|broke|broken|breaking)\b|\b(?:kept|keep|keeps|continued|continue|continues|were|was|been|are|is)\s+(?:\w+ly\s+)?(?:shelling|firing|bombing|attacking|striking|targeting|invading|advancing)\b|\b(?:of|for|in)\s+(?:\w+ing\s+)?(?:invading|attacking|shelling|bombing|breaching|violating)\b|^(?:[\p{L}'’-]+\s+){1,7}(?:deliberately\s+)?(?:invading|attacking|shelling|bombing|breaching|violating|targeting|supporting|firing|taking sides)\b/u;

/** Words that classify aircraft, for matching "lost no aircraft" with "shot down a fighter". */
export const KIND_CLASSES: [string, RegExp][] = [
  ['aircraft', /\b(?:aircraft|jets?|fighters?|planes?|warplanes?|helicopters?|su-\d+|f-\d+|mig(?:-\d+)?|rafale|mirage)\b/],
  ['drones', /\b(?:drones?|uavs?|unmanned)\b/],
  ['missiles', /\b(?:missiles?|rockets?|projectiles?)\b/],
  ['civilians', /\bcivilians?\b|\bnon-?combatants?\b/],
  ['air defence', /\b(?:air[- ]defen[cs]e|s-\d{3}|patriot|iron dome)\b/],
  ['bases', /\b(?:air ?bases?|airfields?|bases|installations|positions)\b/],
  ['military targets', /(?<!\bnon-|\bno |\bnot )\bmilitary (?:targets?|installations?|sites?|bases?|air ?bases?|positions|facilities|airfields?)\b/],
  ['troops', /\b(?:troops|soldiers|units)\b/],
  ['mines', /\b(?:land)?mines?\b|\bminefields?\b/],
];

/** Kinds specific enough that one party's two statements about them, in the same days, are one claim. */
export const SPECIFIC_KINDS = new Set(['mines', 'air defence', 'aircraft', 'drones']);

/** A modal, a wish or a condition before the fact: a prediction, threat or intention, not a claim. */
export const NOT_FACTUAL = /\b(?:will|would|shall|could|might|must|should|going to|plans? to|planning to|intends? to|intention|intentions|imminent|seek(?:s|ing)? to|not seeking|want(?:s|ed)?\b|ready to|prepared to|reserves? the right|reserved the right|right to|if|unless|hopes?|expect(?:s|ed|ation)?|committed to|too early|too soon|needs? to|sorrow|condolences?|concern|grief|regret|sympathy|solidarity)\b/;

/** Reporting verbs that introduce requests, not assertions. */
export const REQUEST_CUE = /^(?:urg|ask|implor|encourag|advis|press|request|instruct|beg|exhort|demand|propos|recommend|call|appeal|plead|invit|remind|warn|caution|promis|vow|pledg|threaten|predict|speculat|hint|suggest|hope|wish)/;

/** Reporting verbs that deny what follows: the statement is a dispute, not a claim. */
export const DENY_CUE = /^(?:deni|deny|reject|refut|dismiss|disput|contest|rebut|counter)/;

/** Dispute verbs taking the claim as object: denial (the accused or targeted side says it is false). */
export const DENY_VERB = /\b(?:denied|denies|deny|denying|rejected|rejects|rejecting|refuted|refutes|refuting|dismissed|dismisses|dismissing|rebutted|rebuts|repudiated|debunked|brushed aside|ruled out|rubbished|slammed as|denounced as)\b/;

/** Dispute verbs that contest a figure or description without denying the event. */
export const CONTEST_VERB = /\b(?:disputed|disputes|dispute|disputing|contested|contests|contesting|questioned|questions|questioning|challenged|challenges|challenging|cast doubt on|casts doubt on|doubted|doubts|played down|plays down|playing down|downplayed|downplays|(?:had|have|has|saw|found|see) no evidence)\b/;

/** Words calling a claim false: "baseless claims", "called the claim a fabrication". */
export const FALSITY = /\b(?:baseless|false|falsely|fabricat(?:ed|ion|ions|ing)|invent(?:ed|ing|ion|ions)|lies|lying|untrue|propaganda|disinformation|misinformation|frivolous|ludicrous|unfounded|concocted|fake|misleading|nonsense|absurd|fiction|fictitious|no truth|not true|without basis|far-fetched|cooked up|made up|doctored|staged|hoax)\b/;

/** Nouns naming a claim, for noun-phrase claims and for references to a claim. */
export const CLAIM_NOUN = /\b(?:claims?|assertions?|allegations?|accusations?|charges?|contentions?|reports?|accounts?|figures?|tolls?|version)\b/;

/** "... has remained silent on X": nobody disputes, nobody confirms. */
export const SILENCE = /\b(?:(?:has|have|had)\s+(?:also\s+)?(?:remained|stayed|kept)\s+(?:silent|quiet|mum)\s+(?:on|about|over)|declined\s+to\s+comment\s+on|(?:has|have|had)\s+(?:not|yet to)\s+(?:commented|responded)\s+(?:on|to)|(?:did|does)\s+not\s+(?:comment|respond)\s+(?:on|to)|there\s+was\s+no\s+(?:immediate\s+)?(?:comment|response|reaction)\s+from)\b/i;

/** The outlet cannot check what the parties say. */
export const UNVERIFIABLE = /\b(?:(?:can ?not|could not|couldn't|can't|was unable to|were unable to|is unable to|are unable to|has not been able to|have not been able to)\s+(?:\w+ly\s+)?(?:verify|confirm|corroborate)|independent(?:ly)? verification (?:was|is|has been) (?:not possible|impossible)|(?:could|can) not be (?:independently )?(?:verified|confirmed)|not (?:been )?independently (?:verified|confirmed))\b/i;

/** Words that revise an earlier figure rather than contradict it. */
export const REVISION = /\b(?:risen|rose|rises|rising|climbed|climbs|increased|jumped|revised|updated|now stands|has reached|reached|mounted)\b/;

export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};

/** Words that carry no content for matching two statements. */
export const STOPWORDS = new Set(`a an the of in on at to for from by with and or but that this these those it its
  their his her they he she we our us them is are was were be been being has have had do does did not no as into
  than then also any all some which who whom whose what when where while said says say told according after before
  over under about against between during since until more most much many very only just so such there here
  would will could should can may might must one`.split(/\s+/));
