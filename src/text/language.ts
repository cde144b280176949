// Language identification (franc, trigram based) on a sample of the body.
import { franc } from 'franc-min';

// franc answers ISO 639-3; the model speaks ISO 639-1 where one exists.
const ISO1: Record<string, string> = {
  eng: 'en', fra: 'fr', deu: 'de', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', rus: 'ru', ukr: 'uk', pol: 'pl',
  tur: 'tr', arb: 'ar', urd: 'ur', hin: 'hi', ben: 'bn', pes: 'fa', cmn: 'zh', jpn: 'ja', kor: 'ko', ind: 'id',
  swe: 'sv', ron: 'ro', ces: 'cs', ell: 'el', heb: 'he', vie: 'vi', tha: 'th', swh: 'sw', hau: 'ha', mar: 'mr',
  tam: 'ta', tel: 'te', pan: 'pa', guj: 'gu', kan: 'kn', mal: 'ml', nep: 'ne', sin: 'si', tgl: 'tl', zlm: 'ms',
};
const ENGLISH_FUNCTION_WORDS = /\b(?:the|of|and|to|in|that|is|was|for|on|with|said|by|as|at|from|has|have|it)\b/gi;

export function detectLanguage(body: string): string {
  const sample = body.slice(0, 3000);
  const words = sample.match(/\p{L}+/gu)?.length ?? 0;
  if (words < 5) return 'und';
  // Short news English is recognised more reliably by its function words than by trigrams.
  const fn = sample.match(ENGLISH_FUNCTION_WORDS)?.length ?? 0;
  if (fn / words > 0.12) return 'en';
  const code = franc(sample, { minLength: 10 });
  return code === 'und' ? 'und' : (ISO1[code] ?? code);
}
