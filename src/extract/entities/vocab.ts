// General English news vocabulary the name patterns read: honorifics, ranks, office words,
// the head nouns of organisation, facility and place names, pronouns. Lower-case keys.

const set = (s: string) => new Set(s.trim().split(/\s+/));

/** Honorifics: dropped from names, not roles. */
export const HONORIFICS = set('mr mrs ms miss dr prof sir dame madam mme mx rev hon shri smt sri sheikh');

/** Abbreviated ranks and their full form (the role recorded). */
export const RANK_ABBREVIATIONS: Record<string, string> = {
  gen: 'General', lt: 'Lieutenant', col: 'Colonel', maj: 'Major', brig: 'Brigadier', capt: 'Captain',
  cmdr: 'Commander', adm: 'Admiral', sgt: 'Sergeant', cpl: 'Corporal', pvt: 'Private', sen: 'Senator',
  rep: 'Representative', gov: 'Governor', supt: 'Superintendent', insp: 'Inspector', 'lt-gen': 'Lieutenant General',
  'maj-gen': 'Major General', 'lt-col': 'Lieutenant Colonel',
};

/**
 * Words that head a title before a name: "Prime Minister", "Army Chief", "Wing Commander".
 * A title ends with one of these; modifiers before it come from TITLE_MODIFIERS.
 */
export const TITLE_HEADS = set(`
  president vice-president premier minister secretary chancellor chief spokesperson spokesman spokeswoman
  adviser advisor ambassador envoy governor mayor senator representative congressman congresswoman
  lawmaker legislator commissioner director chairman chairwoman chairperson chair ceo founder leader
  commander general lieutenant colonel major brigadier captain admiral sergeant corporal marshal officer
  inspector superintendent king queen prince princess emperor sultan emir pope cardinal bishop imam cleric
  judge justice attorney prosecutor counsel diplomat official head deputy mp mla
  correspondent reporter editor analyst professor economist researcher scientist spokesperson
  coach manager captain striker goalkeeper executive president-elect prime-minister
  ayatollah rabbi archbishop patriarch mufti secretary-general director-general attorney-general
  inspector-general under-secretary
`);

/** Words that may precede a title head inside a title: "External Affairs", "National Security", "Wing". */
export const TITLE_MODIFIERS = set(`
  prime deputy vice foreign external affairs home interior defence defense finance trade state
  national security press chief army navy air force military police intelligence policy wing lieutenant
  major general first second senior junior acting former interim top principal special assistant associate
  executive managing general attorney supreme high district federal regional provincial union cabinet
  health education energy environment justice information broadcasting commerce industry agriculture
  petroleum railways labour labor culture science technology transport economic economy communications
  public relations media spokesperson minister secretary director of for the and department ministry
  council commission election electoral central bank governor staff joint chiefs
  opposition party majority minority leader whip speaker assembly parliament parliamentary legislative
  presidential royal air-force naval field flight squadron group wing-commander brigade division
  corps regiment battalion command operations operational commanding inspector-general director-general
  secretary-general under-secretary permanent sub divisional deputy-commissioner additional joint
  chief-minister home-minister defence-minister foreign-minister government grand religious spiritual
`);

/** Ranks written before a name that are titles on their own ("Gen. Asim Munir", "General Munir"). */
export const RANKS = set(`
  general lieutenant colonel major brigadier captain admiral commander sergeant corporal private marshal
  inspector superintendent commodore
`);

/** Head nouns of organisation names ("Pakistan Army", "Ministry of Defence", "Fox News"). */
export const ORG_HEADS = set(`
  army navy forces force guard guards police ministry department office agency bureau service services
  council commission committee parliament assembly senate congress court tribunal government administration
  party front movement alliance coalition union league federation association society organisation
  organization institute institution foundation fund bank university college school academy hospital
  company corporation corp inc ltd group holdings industries airlines airways railways network news times
  post journal herald tribune telegraph gazette express chronicle press television tv radio channel agency
  brigade brigades battalion regiment division corps command militia army's taliban jamaat
  board authority centre center centers centres trust exchange secretariat directorate cabinet
  inc. ltd. llc plc club team brothers systems technologies labs laboratories partners motors
  pharmaceuticals enterprises
`);

/** Organisation names that open with their head: "Ministry of X", "Bank of X", "University of X". */
export const ORG_OPENERS = set(`
  ministry department office bureau council commission committee bank university college institute
  academy school federation association league union organisation organization court house
  directorate secretariat board agency centre center
`);

/** Head nouns of facility names ("Nur Khan Air Base", "Jammu airport", "Wagah-Attari border"). */
export const FAC_HEADS = set(`
  pagoda monastery house base airbase airport airfield airstrip port harbour harbor bridge dam stadium arena hospital
  palace temple mosque church cathedral shrine prison jail camp barracks station terminal tower
  building plaza square embassy consulate hotel highway motorway expressway road street avenue tunnel
  canal crossing checkpoint border plant reactor refinery complex headquarters memorial monument
  museum library hall centre
`);
/** Facility heads that may follow a place name in lower case ("Jammu airport", "Wagah-Attari border"). */
export const LOWER_FAC_HEADS = set('airport airbase airfield border crossing checkpoint dam bridge port harbour harbor temple pagoda shrine corridor highway');
/**
 * Lower-case nouns that make any capitalised name before them a facility ("the X temple", "the X
 * crossing"); plurals name each member of a list before them ("the X, Y and Z temples").
 */
export const FAC_NOUNS = set(`
  temple pagoda monastery mosque church cathedral shrine crossing checkpoint hospital prison jail
  stadium airport airbase airfield refinery reactor dam bridge
`);
export const FAC_PLURALS = set(`
  temples pagodas monasteries mosques churches shrines crossings checkpoints hospitals prisons
  airports airbases refineries reactors dams bridges sites facilities plants bases
`);
/** Facility nouns after which "at X" names the facility by its place ("the enrichment plant at X"). */
export const SITE_NOUNS = set('site plant facility reactor');
/** Words that make a site a facility of its own ("nuclear sites", "enrichment plant"). */
export const SITE_MODIFIERS = set('nuclear enrichment atomic uranium');
/** Two-word heads of facility names that a one-word head would call organisations ("Soroka Medical Center"). */
export const FAC_COMPOUND_HEADS = set('medical shopping trade convention detention exhibition');
/** Heads of building names that also stand for the body inside ("the White House said"). */
export const SEAT_HEADS = set('house palace');

/** Head nouns of natural-feature names: LOC. */
export const LOC_HEADS = set(`
  river sea ocean lake valley mountains mountain mount range desert strait gulf bay peninsula island
  islands plateau plain plains glacier pass coast forest basin delta canal corridor region
  line belt frontier beach cape canyon creek falls
`);

/** Heads of names that are not entities of our types: documents, operations, events, products. */
export const NON_ENTITY_HEADS = set(`
  treaty charter act accord accords agreement convention protocol resolution declaration doctrine
  constitution article bill law code plan initiative programme program operation mission summit
  conference festival games olympics cup championship prize award awards day week month year era war
  wars crisis attack attacks massacre revolution election elections index report prize
`);

/** Heads of documents named after a place: the place is not mentioned as such ("the Ottawa Convention"). */
export const DOCUMENT_HEADS = set(`
  treaty charter act accord accords agreement agreements convention conventions protocol resolution
  declaration doctrine constitution bill law code plan initiative programme program
`);
/** Words before "called/named X" that make X the name of an action, not an entity. */
export const ACTION_NOUNS = set(`
  operation operations offensive campaign retaliation mission exercise exercises drill drills strike
  strikes attack attacks raid raids plan response assault counteroffensive counter-offensive
`);
/** Verbs that give a name: "an operation dubbed X". */
export const NAMING_VERBS = set('called named dubbed codenamed code-named titled');

/** Words that open a non-entity name ("Operation Sindoor", "Article 51"). */
export const NON_ENTITY_OPENERS = set('operation article chapter section exercise project');

/**
 * International bodies: their officials serve no state ("UN Secretary-General", "IAEA Director General").
 * Acronyms and the words that make a name international.
 */
export const INTERNATIONAL_ACRONYMS = set(`
  un eu nato asean iaea who wto imf opec osce icc icj icrc au sadc ecowas igad oas oic gcc interpol
  unesco unicef unhcr unrwa unifil undp unfpa wfp ocha monusco minusma unmiss apec brics g7 g20 fifa ioc
`);
export const INTERNATIONAL_WORDS = /\b(united nations|international|world|european union|african union|arab league|security council|general assembly|red cross|red crescent)\b/i;

/** Compass words that make region names with a continent ("South Asia", "Central Africa"). */
export const COMPASS = set('north south east west northern southern eastern western central northeast northwest southeast southwest north-east north-west south-east south-west');

/** Continents and world regions (LOC). */
export const REGIONS = new Map<string, string>([
  ['asia', 'Asia'], ['africa', 'Africa'], ['europe', 'Europe'], ['america', 'America'], ['americas', 'Americas'],
  ['oceania', 'Oceania'], ['antarctica', 'Antarctica'], ['middle east', 'Middle East'], ['far east', 'Far East'],
  ['balkans', 'Balkans'], ['caucasus', 'Caucasus'], ['sahel', 'Sahel'], ['horn of africa', 'Horn of Africa'],
  ['latin america', 'Latin America'], ['caribbean', 'Caribbean'], ['scandinavia', 'Scandinavia'],
  ['arctic', 'Arctic'], ['himalayas', 'Himalayas'], ['gulf', 'Gulf'], ['persian gulf', 'Persian Gulf'],
]);
/** Adjectives of regions: "South Asian crisis" names South Asia. */
export const REGION_ADJECTIVES = new Map<string, string>([
  ['asian', 'Asia'], ['african', 'Africa'], ['european', 'Europe'], ['american', 'America'],
  ['middle eastern', 'Middle East'], ['arctic', 'Arctic'], ['caribbean', 'Caribbean'], ['balkan', 'Balkans'],
]);

/** Days and months: capitalised but never names by themselves. */
export const CALENDAR = set(`
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

/** Capitalised words that never begin or make a name on their own. */
export const NEVER_NAMES = set(`
  i i'm i've i'd i'll god the a an this that these those it its he she they we you his her
  their our my your there here what who why how when where which whose while yes no not ok okay
  am pm
`);

export const PERSONAL_PRONOUNS = new Map<string, 'm' | 'f'>([
  ['he', 'm'], ['him', 'm'], ['his', 'm'], ['himself', 'm'], ['she', 'f'], ['her', 'f'], ['hers', 'f'], ['herself', 'f'],
]);
export const GROUP_PRONOUNS = set('it its itself they them their themselves');

/** Words for the other holder of the same office: "his Indian counterpart". */
export const COUNTERPART = set('counterpart counterparts');

/** Descriptions that name a holder of a kind of office, for linking to the person who holds it. */
export const ROLE_SYNONYMS: Record<string, string[]> = {
  diplomat: ['foreign minister', 'secretary of state', 'external affairs minister', 'foreign secretary', 'ambassador', 'envoy'],
  'top diplomat': ['foreign minister', 'secretary of state', 'external affairs minister'],
  premier: ['prime minister'],
  'foreign minister': ['external affairs minister', 'minister of foreign affairs', 'minister for foreign affairs'],
  'external affairs minister': ['foreign minister'],
  leader: ['prime minister', 'president', 'chief minister', 'leader'],
};

/** Party-member words: "Maryland Democrat", "Republican of Ohio" describe a person, they are not names. */
export const PARTY_MEMBERS = set('democrat republican conservative liberal socialist labourite tory');

/** Connectors allowed inside a name: "Ministry of Defence", "Jammu and Kashmir", "Line of Control". */
export const NAME_CONNECTORS = set('of and for the de del della di da du dos das van von der den la le al el bin ibn bint &');
/** Lower-case particles that can open a surname ("al-Jubeir", "van Gogh", "de Gaulle"). */
export const NAME_PARTICLES = set('al el bin ibn bint van von der den de del della di da du dos das le la ul ur');

/** Lower-case nouns after a proper name that make it an organisation: "the Biden administration". */
export const ORG_TAILS = set('administration government campaign cabinet regime');

/** Lower-case nouns after a capitalised name that make it a platform: "his X handle". */
export const PLATFORM_TAILS = set('handle account page channel feed profile');
/** Verbs that introduce the platform a message went out on: "posted on X". */
export const POST_VERBS = set('posted post posts posting wrote writes write tweeted said says announced shared');

/** Hyphenated suffixes that make a country name a modifier: "Pakistan-based", "India-backed". */
export const MODIFIER_SUFFIXES = set('based backed led sponsored funded supported born linked made owned run allied aligned');
/** Hyphenated suffixes that place a territory under a country: "Pakistan-administered Kashmir". */
export const CONTROL_SUFFIXES = set('administered controlled held occupied ruled annexed');

/** Lower-case nouns that introduce an organisation's name: "rights group Memorial", "oil company Rosneft". */
export const ORG_CUE_NOUNS = set(`
  group company firm party organisation organization agency newspaper daily broadcaster network airline
  carrier carmaker automaker maker manufacturer bank lender insurer retailer giant conglomerate startup
  charity union militia outfit movement faction network website magazine channel publisher studio
  developer operator producer
`);
/** Lower-case nouns that introduce a place's name: "the city of Lille", "the village of X". */
export const PLACE_CUE_NOUNS = set('city town village province state region district county capital port island');

/** Locative prepositions: what follows is usually a place. */
export const LOCATIVE = set('in at near from across into outside inside around via throughout');

/** Speech verbs: a capitalised word next to one is usually a speaker. */
export const SPEECH_VERBS = set(`
  said says say told tells added adds asked asks stated states wrote writes noted notes argued argues
  claimed claims warned warns insisted insists explained explains announced announces replied replies
  urged urges declared declares confirmed confirms denied denies tweeted posted recalled
`);
