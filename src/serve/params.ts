// Query parameter declarations: one list per route drives both validation and the OpenAPI document.
// Every parameter is checked; anything unknown or malformed is a 400 with a message that names it.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export type ParamType = 'string' | 'date' | 'int' | 'enum' | 'country' | 'boolean';

export interface ParamSpec {
  name: string;
  type: ParamType;
  description: string;
  /** enum: the allowed values; with `list`, a comma-separated list of them is accepted. */
  values?: readonly string[];
  list?: boolean;
  min?: number;
  max?: number;
  default?: string | number | boolean;
  required?: boolean;
  /** Longest string accepted. */
  maxLength?: number;
}

export type ParamValue = string | number | boolean | string[] | undefined;
export type Params = Record<string, ParamValue>;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day, YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function bad(name: string, message: string, value?: string): ApiError {
  return new ApiError(400, `parameter "${name}": ${message}`, { parameter: name, ...(value !== undefined ? { value } : {}) });
}

function parseOne(spec: ParamSpec, raw: string): ParamValue {
  const { name } = spec;
  const max = spec.maxLength ?? 200;
  if (raw.length > max) throw bad(name, `longer than ${max} characters`);
  switch (spec.type) {
    case 'string': {
      const v = raw.trim();
      if (!v) throw bad(name, 'must not be empty', raw);
      return v;
    }
    case 'date':
      if (!isIsoDate(raw)) throw bad(name, 'expected a date YYYY-MM-DD', raw);
      return raw;
    case 'int': {
      if (!/^-?\d+$/.test(raw)) throw bad(name, 'expected an integer', raw);
      const n = Number(raw);
      if (spec.min !== undefined && n < spec.min) throw bad(name, `must be at least ${spec.min}`, raw);
      if (spec.max !== undefined && n > spec.max) throw bad(name, `must be at most ${spec.max}`, raw);
      return n;
    }
    case 'boolean':
      if (raw === 'true' || raw === '1') return true;
      if (raw === 'false' || raw === '0') return false;
      throw bad(name, 'expected true or false', raw);
    case 'country': {
      const codes = raw.split(',').map((s) => s.trim().toUpperCase());
      for (const c of codes) if (!/^[A-Z]{3}$/.test(c)) throw bad(name, 'expected ISO 3166-1 alpha-3 codes (e.g. IND), comma-separated', raw);
      return codes;
    }
    case 'enum': {
      const allowed = spec.values ?? [];
      const items = spec.list ? raw.split(',').map((s) => s.trim()) : [raw];
      for (const it of items) {
        const hit = allowed.find((a) => a.toLowerCase() === it.toLowerCase());
        if (!hit) throw bad(name, `expected ${spec.list ? 'one or more of' : 'one of'} ${allowed.join(', ')}`, raw);
      }
      const canon = items.map((it) => allowed.find((a) => a.toLowerCase() === it.toLowerCase())!);
      return spec.list ? canon : canon[0];
    }
  }
}

/** Validates a query string against the route's declarations. */
export function parseParams(specs: ParamSpec[], query: URLSearchParams): Params {
  const out: Params = {};
  const known = new Set(specs.map((s) => s.name));
  for (const key of new Set(query.keys())) {
    if (!known.has(key)) throw new ApiError(400, `unknown parameter "${key}"; this route accepts: ${[...known].join(', ') || 'none'}`, { parameter: key });
    if (query.getAll(key).length > 1) throw bad(key, 'given more than once');
  }
  for (const spec of specs) {
    const raw = query.get(spec.name);
    if (raw === null) {
      if (spec.required) throw bad(spec.name, 'is required');
      if (spec.default !== undefined) out[spec.name] = spec.default;
      continue;
    }
    out[spec.name] = parseOne(spec, raw);
  }
  if (typeof out.from === 'string' && typeof out.to === 'string' && out.from > out.to)
    throw new ApiError(400, `parameter "from" (${out.from}) is after "to" (${out.to})`, { parameter: 'from' });
  return out;
}

export const PAGE_PARAMS: ParamSpec[] = [
  { name: 'limit', type: 'int', min: 1, max: 1000, default: 100, description: 'Page size (1-1000).' },
  { name: 'offset', type: 'int', min: 0, max: 10_000_000, default: 0, description: 'Items to skip.' },
];

export const DATE_PARAMS: ParamSpec[] = [
  { name: 'from', type: 'date', description: 'Earliest date, inclusive (YYYY-MM-DD).' },
  { name: 'to', type: 'date', description: 'Latest date, inclusive (YYYY-MM-DD).' },
];
