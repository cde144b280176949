// Fixture texts for the ingest, store, dedup and CLI tests: invented reports written for these tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A fictional wire report, eight paragraphs. */
export const FLOOD_PARAGRAPHS = [
  'KESTRAVA, March 3 - Emergency crews in the river town of Kestrava evacuated more than two thousand residents on Monday after the Velna river burst its banks following four days of heavy rain, regional officials said.',
  'The regional governor, Ilse Marenko, told reporters that water had reached the first floor of the district hospital overnight and that patients were being moved by boat to a sports hall on higher ground.',
  '"We are asking everyone who lives below the old railway line to leave now and not to wait for the morning," Marenko said at a briefing in the town hall, adding that the army had sent twelve trucks and two helicopters.',
  'The national weather service warned that another forty millimetres of rain could fall before Wednesday, and that the river was not expected to peak until late on Tuesday at the earliest.',
  'Farmers upstream said the water had already covered several thousand hectares of winter wheat, and the agriculture ministry promised compensation once the damage had been assessed.',
  'Opposition lawmakers accused the government of ignoring repeated warnings about the state of the flood defences, which were last reinforced more than thirty years ago.',
  'The interior ministry rejected the criticism, saying that spending on river embankments had doubled since last year and that the current rainfall was the heaviest on record for the season.',
  'Rail traffic between Kestrava and the capital was suspended, and the national power company said about nine thousand homes were without electricity on Monday evening.',
];

/** An unrelated fictional report, five paragraphs. */
export const TRADE_PARAGRAPHS = [
  'The trade ministers of three coastal states agreed on Friday to cut port fees for grain shipments by a fifth, in a deal meant to ease food prices that have risen sharply since the autumn.',
  'Officials said the agreement, signed after two days of talks in a harbour city, would take effect next month and would be reviewed at the end of the year.',
  'Shipping companies welcomed the decision but said congestion at the main terminals remained the bigger problem, with vessels waiting up to nine days to unload.',
  'A spokesman for a farmers union said the savings were unlikely to reach consumers quickly, because most contracts for the coming months had already been priced.',
  'The ministers also asked their customs services to publish waiting times every week, a measure that economists said could make the delays easier to track.',
];

export const FRENCH_TEXT =
  "Les autorités de la ville ont annoncé mardi la fermeture de plusieurs écoles après de fortes pluies qui ont inondé les rues du centre. " +
  "Selon la préfecture, les habitants des quartiers proches de la rivière doivent quitter leur logement avant la nuit. " +
  "Les services de secours ont installé des abris temporaires dans deux gymnases et distribuent de l'eau potable aux familles.";

export const FLOOD_TEXT = FLOOD_PARAGRAPHS.join('\n\n') + '\n';
export const TRADE_TEXT = TRADE_PARAGRAPHS.join('\n\n') + '\n';

export function htmlPage(title: string, paragraphs: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer>Copyright The Example Gazette</footer></body></html>`;
}

export function write(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}
