// The body of POST /api/ingest, checked field by field: pasted texts, uploaded files (base64), URLs of pages or feeds.
import { isIsoDate, ApiError } from './params.ts';

export interface PastedText {
  text: string;
  title?: string;
  published?: string;
  outlet?: string;
  url?: string;
}

export interface UploadedFile {
  name: string;
  /** File content, base64 (binary-safe: gzip, any encoding) or utf8 text. */
  data: string;
  encoding: 'base64' | 'utf8';
}

export interface IngestPayload {
  texts: PastedText[];
  files: UploadedFile[];
  urls: string[];
}

export const MAX_ITEMS = 1000;

function fail(message: string, field: string): never {
  throw new ApiError(400, `body: ${message}`, { field });
}

function optString(o: Record<string, unknown>, key: string, where: string, max = 500): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') fail(`${where}.${key} must be a string`, `${where}.${key}`);
  if (v.length > max) fail(`${where}.${key} is longer than ${max} characters`, `${where}.${key}`);
  return v.trim() || undefined;
}

export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && !!u.hostname;
  } catch {
    return false;
  }
}

/** A file name safe to write into a temporary folder: base name only, no path, no hidden files. */
export function safeFileName(name: string): string | null {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^[._]+/, '').slice(0, 120);
  return clean && /[\p{L}\p{N}]/u.test(clean) ? clean : null;
}

export function parseIngestPayload(body: unknown): IngestPayload {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) fail('expected a JSON object with "texts", "files" and/or "urls"', '');
  const o = body as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!['texts', 'files', 'urls'].includes(k)) fail(`unknown field "${k}" (expected texts, files, urls)`, k);
  const list = (k: string): unknown[] => {
    const v = o[k];
    if (v === undefined) return [];
    if (!Array.isArray(v)) fail(`"${k}" must be an array`, k);
    return v;
  };
  const texts = list('texts').map((t, i): PastedText => {
    const where = `texts[${i}]`;
    if (typeof t === 'string') t = { text: t };
    if (typeof t !== 'object' || t === null) fail(`${where} must be a string or an object with "text"`, where);
    const r = t as Record<string, unknown>;
    for (const k of Object.keys(r)) if (!['text', 'title', 'published', 'outlet', 'url'].includes(k)) fail(`unknown field "${where}.${k}"`, `${where}.${k}`);
    if (typeof r.text !== 'string' || !r.text.trim()) fail(`${where}.text must be a non-empty string`, `${where}.text`);
    const published = optString(r, 'published', where, 10);
    if (published && !isIsoDate(published)) fail(`${where}.published must be a date YYYY-MM-DD`, `${where}.published`);
    const url = optString(r, 'url', where, 2000);
    if (url && !isHttpUrl(url)) fail(`${where}.url must be an http(s) URL`, `${where}.url`);
    return { text: r.text, title: optString(r, 'title', where), published, outlet: optString(r, 'outlet', where), url };
  });
  const files = list('files').map((f, i): UploadedFile => {
    const where = `files[${i}]`;
    if (typeof f !== 'object' || f === null) fail(`${where} must be an object with "name" and "data"`, where);
    const r = f as Record<string, unknown>;
    for (const k of Object.keys(r)) if (!['name', 'data', 'encoding'].includes(k)) fail(`unknown field "${where}.${k}"`, `${where}.${k}`);
    if (typeof r.name !== 'string') fail(`${where}.name must be a string`, `${where}.name`);
    const name = safeFileName(r.name);
    if (!name) fail(`${where}.name "${r.name}" is not a usable file name`, `${where}.name`);
    if (typeof r.data !== 'string' || !r.data) fail(`${where}.data must be a non-empty string`, `${where}.data`);
    const encoding = r.encoding ?? 'base64';
    if (encoding !== 'base64' && encoding !== 'utf8') fail(`${where}.encoding must be "base64" or "utf8"`, `${where}.encoding`);
    if (encoding === 'base64' && !/^[A-Za-z0-9+/]*={0,2}$/.test(r.data.replace(/\s+/g, ''))) fail(`${where}.data is not valid base64`, `${where}.data`);
    return { name, data: r.data, encoding };
  });
  const urls = list('urls').map((u, i) => {
    if (typeof u !== 'string' || !isHttpUrl(u.trim())) fail(`urls[${i}] must be an http(s) URL`, `urls[${i}]`);
    return u.trim();
  });
  const n = texts.length + files.length + urls.length;
  if (!n) fail('nothing to ingest: give at least one of "texts", "files", "urls"', '');
  if (n > MAX_ITEMS) fail(`too many items (${n}); at most ${MAX_ITEMS} per request`, '');
  return { texts, files, urls };
}
