// A small router: routes declare method, path template ("/api/articles/{id}"), parameters and a handler.
// The same declarations produce the OpenAPI document.
import type { IncomingMessage } from 'node:http';
import type { ParamSpec, Params } from './params.ts';

export interface Reply {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface RequestContext {
  params: Params;
  path: Record<string, string>;
  req: IncomingMessage;
  /** The parsed JSON body (POST routes). */
  body?: unknown;
}

export interface Route {
  method: 'GET' | 'POST';
  path: string;
  tag: string;
  summary: string;
  description?: string;
  params: ParamSpec[];
  /** Name of the response schema in the OpenAPI document. */
  response: string;
  /** POST: the request body schema name and accepted media types. */
  requestBody?: { schema: string; mediaTypes: string[] };
  handler: (ctx: RequestContext) => Reply | Promise<Reply>;
}

interface Compiled {
  route: Route;
  pattern: RegExp;
  names: string[];
}

export type Match = { route: Route; path: Record<string, string> } | { status: 404 } | { status: 405; allow: string[] };

export class Router {
  private readonly compiled: Compiled[];

  constructor(readonly routes: Route[]) {
    this.compiled = routes.map((route) => {
      const names: string[] = [];
      const re = route.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_m, n: string) => {
        names.push(n);
        return '([^/]+)';
      });
      return { route, pattern: new RegExp(`^${re}$`), names };
    });
  }

  match(method: string, pathname: string): Match {
    const allow: string[] = [];
    for (const c of this.compiled) {
      const m = c.pattern.exec(pathname);
      if (!m) continue;
      if (c.route.method !== method && !(method === 'HEAD' && c.route.method === 'GET')) {
        allow.push(c.route.method);
        continue;
      }
      const path: Record<string, string> = {};
      try {
        c.names.forEach((n, i) => (path[n] = decodeURIComponent(m[i + 1])));
      } catch {
        return { status: 404 };
      }
      return { route: c.route, path };
    }
    return allow.length ? { status: 405, allow: [...new Set(allow)] } : { status: 404 };
  }
}
