// Bytes -> text, with the checks every input goes through: empty, binary, encoding.
import { gunzipSync } from 'node:zlib';

export class InputError extends Error {}

export interface Decoded {
  text: string;
  /** Set when the bytes were not UTF-8 and another encoding was used. */
  warning?: string;
}

const GZIP = [0x1f, 0x8b];

export function maybeGunzip(bytes: Buffer, maxBytes: number): Buffer {
  if (bytes.length < 2 || bytes[0] !== GZIP[0] || bytes[1] !== GZIP[1]) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (e) {
    throw new InputError(/maxOutputLength|buffer/i.test(String(e)) ? `larger than ${maxBytes} bytes once decompressed` : 'corrupt gzip data');
  }
}

/** True when the sample holds NUL bytes or mostly control characters: an image, a PDF, an archive. */
export function looksBinary(bytes: Buffer): boolean {
  const n = Math.min(bytes.length, 8192);
  if (bytes.length >= 4 && bytes.subarray(0, 4).toString('latin1') === '%PDF') return true;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) {
      // UTF-16 text has NULs too; its BOM says so.
      return !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff);
    }
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}

function declaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/**
 * Bytes -> text. A byte-order mark decides; else valid UTF-8 is UTF-8 (other encodings almost never
 * validate as UTF-8, and pages often declare a charset they do not use); else the declared charset;
 * else Windows-1252, with a warning.
 */
export function decode(bytes: Buffer, opts: { charset?: string | null; what?: string } = {}): Decoded {
  const what = opts.what ?? 'file';
  if (bytes.length === 0) throw new InputError(`empty ${what} (0 bytes)`);
  if (looksBinary(bytes)) throw new InputError('binary content, not text (an image, a PDF or an archive?)');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  try {
    return { text: UTF8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    // not UTF-8: the declared charset, else the usual legacy encoding of Western web pages
  }
  const declared = (opts.charset ?? declaredCharset(bytes))?.toLowerCase() ?? null;
  if (declared && !/^utf-?8$/.test(declared)) {
    try {
      return { text: new TextDecoder(declared).decode(bytes) };
    } catch {
      // An unknown label falls through.
    }
  }
  return {
    text: new TextDecoder('windows-1252').decode(bytes),
    warning: `not valid UTF-8${declared ? ` (declared ${declared})` : ''}: read as Windows-1252`,
  };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
