// What a text is: HTML page, RSS/Atom feed, JSON Lines, or plain text.

export type Format = 'html' | 'feed' | 'jsonl' | 'json' | 'text';

const BY_EXTENSION: Record<string, Format> = {
  '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.shtml': 'html',
  '.rss': 'feed', '.atom': 'feed', '.xml': 'feed',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'json',
  '.txt': 'text', '.text': 'text', '.md': 'text',
};

export function formatFromName(name: string): Format | null {
  const base = name.toLowerCase().replace(/\.gz$/, '');
  const dot = base.lastIndexOf('.');
  return dot >= 0 ? (BY_EXTENSION[base.slice(dot)] ?? null) : null;
}

export function sniffFormat(text: string): Format {
  const head = text.slice(0, 2048).trimStart();
  if (/^<\?xml[\s\S]*?<(?:rss|feed|rdf:RDF)\b/i.test(head) || /^<(?:rss|feed|rdf:RDF)\b/i.test(head)) return 'feed';
  if (/^(?:<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(head)) return 'html';
  if (head.startsWith('{')) {
    const first = head.split('\n', 1)[0].trim();
    return first.endsWith('}') ? 'jsonl' : 'json';
  }
  if (head.startsWith('[')) return 'json';
  return 'text';
}

/** The id of a file input: its name without extension(s) such as .html.gz. */
export function fileId(name: string): string {
  const base = name.replace(/^.*[\\/]/, '');
  return base.replace(/\.gz$/i, '').replace(/\.[A-Za-z0-9]{1,6}$/, '') || base;
}
