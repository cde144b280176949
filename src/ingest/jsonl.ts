// JSON Lines (one article per line) and JSON (an array of articles, or {articles: [...]}).
import type { RawDocument } from '../model.ts';
import { urlId } from '../text/hash.ts';
import type { IngestItem } from './types.ts';

interface ArticleRecord {
  id?: unknown; url?: unknown; title?: unknown; published?: unknown; outlet?: unknown; text?: unknown; html?: unknown;
  byline?: unknown; language?: unknown;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

export function recordToDocument(rec: ArticleRecord, source: string, fallbackId: string): RawDocument | string {
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) return 'not a JSON object';
  const text = str(rec.text), html = str(rec.html), url = str(rec.url);
  if (!text && !html) return 'has neither "text" nor "html"';
  const given = typeof rec.id === 'number' && Number.isFinite(rec.id) ? String(rec.id) : str(rec.id)?.trim();
  return {
    source,
    kind: 'jsonl',
    id: given ?? (url ? urlId(url) : fallbackId),
    url,
    ...(html && !text ? { html } : { text: text! }),
    meta: {
      title: str(rec.title), published: str(rec.published), outlet: str(rec.outlet),
      byline: str(rec.byline), language: str(rec.language),
    },
  };
}

export function* parseJsonLines(text: string, source: string, baseId: string): Generator<IngestItem> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const where = `${source}:${i + 1}`;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (e) {
      yield { error: { input: where, severity: 'error', reason: `malformed JSON: ${(e as Error).message}` } };
      continue;
    }
    const doc = recordToDocument(rec as ArticleRecord, where, `${baseId}-${i + 1}`);
    if (typeof doc === 'string') yield { error: { input: where, severity: 'error', reason: `record ${doc}` } };
    else yield { doc };
  }
}

/**
 * A JSON document: an array of records, {"articles": [...]}, or one record. Text that is not one JSON
 * value but starts like JSON Lines (a .json file holding one record per line) is read as JSON Lines.
 */
export function* parseJsonArray(text: string, source: string, baseId: string): Generator<IngestItem> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const first = text.trimStart().split('\n', 1)[0].trim();
    if (first.startsWith('{') && first.endsWith('}')) {
      yield* parseJsonLines(text, source, baseId);
      return;
    }
    yield { error: { input: source, severity: 'error', reason: `malformed JSON: ${(e as Error).message}` } };
    return;
  }
  const record = data && typeof data === 'object' && ('text' in data || 'html' in data) ? [data] : null;
  const list = Array.isArray(data) ? data : (record ?? (data as { articles?: unknown })?.articles);
  if (!Array.isArray(list)) {
    yield { error: { input: source, severity: 'error', reason: 'JSON is neither an article, an array of articles nor {"articles": [...]}' } };
    return;
  }
  for (let i = 0; i < list.length; i++) {
    const where = record ? source : `${source}[${i}]`;
    const doc = recordToDocument(list[i] as ArticleRecord, where, `${baseId}-${i + 1}`);
    if (typeof doc === 'string') yield { error: { input: where, severity: 'error', reason: `record ${doc}` } };
    else yield { doc };
  }
}
