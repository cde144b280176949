// One HTTP server (node:http): the JSON API under /api/ and the dashboard's static files. Loopback by default;
// a strict Content-Security-Policy keeps the page from loading anything from another host.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { SqliteStore } from '../store/sqlite.ts';
import { apiRoutes } from './api.ts';
import { IngestJobs, type IngestSettings } from './ingest-jobs.ts';
import { openApiDocument } from './openapi.ts';
import { ApiError, parseParams } from './params.ts';
import { Router } from './router.ts';
import { dataVersion, loadSnapshot, type Snapshot } from './snapshot.ts';
import { worldGeoJson } from './world.ts';

export const PUBLIC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'public');

export interface ServeOptions {
  store: SqliteStore;
  host?: string;
  port?: number;
  /** Largest POST body accepted, in bytes. */
  maxBodyBytes?: number;
  ingest?: IngestSettings;
  log?: (msg: string) => void;
}

export interface RunningServer {
  server: Server;
  url: string;
  host: string;
  port: number;
  jobs: IngestJobs | null;
  close(): Promise<void>;
}

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; " +
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-resource-policy': 'same-origin',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

interface Asset {
  type: string;
  body: Buffer;
  gzip: Buffer | null;
}

function asset(type: string, body: Buffer): Asset {
  return { type, body, gzip: body.length > 1024 ? gzipSync(body) : null };
}

/** The dashboard's files, read once: only these names are served (no path from the URL reaches the file system). */
function loadAssets(): Map<string, Asset> {
  const out = new Map<string, Asset>();
  const walk = (dir: string, prefix: string) => {
    for (const ent of readdirSync(dir, { withFileTypes: true })) {
      if (ent.name.startsWith('.')) continue;
      const full = path.join(dir, ent.name);
      if (ent.isDirectory()) walk(full, `${prefix}${ent.name}/`);
      else if (TYPES[path.extname(ent.name)]) out.set(`/${prefix}${ent.name}`, asset(TYPES[path.extname(ent.name)], readFileSync(full)));
    }
  };
  walk(PUBLIC_DIR, '');
  return out;
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > max) return reject(new BodyTooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) {
        reject(new BodyTooLarge());
        req.pause();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const { store } = opts;
  const host = opts.host ?? '127.0.0.1';
  const maxBody = opts.maxBodyBytes ?? 32 * 1024 * 1024;
  const log = opts.log ?? (() => {});
  const assets = loadAssets();

  // The snapshot is rebuilt when another connection (an ingest worker, a CLI run) has committed.
  let snap: Snapshot | null = null;
  let snapVersion = -1;
  let generation = 0;
  let snapGeneration = -1;
  const snapshot = (): Snapshot => {
    const v = dataVersion(store);
    if (!snap || v !== snapVersion || generation !== snapGeneration) {
      if (snap) snap.closed = true;
      snap = loadSnapshot(store);
      snapVersion = v;
      snapGeneration = generation;
      snap.warm();
    }
    return snap;
  };

  const file = store.file;
  const jobs = file && file !== ':memory:' ? new IngestJobs(path.resolve(file), opts.ingest, (job) => {
    generation++;
    log(`ingest ${job.id}: ${job.status}${job.result ? `, ${job.result.articles.length} articles` : ''}${job.error ? `: ${job.error}` : ''}`);
  }) : null;
  const routes = apiRoutes({ store, snapshot, jobs });
  const router = new Router(routes);
  const openapi = Buffer.from(JSON.stringify(openApiDocument(routes), null, 2));

  let port = opts.port ?? 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `${host}:${port}`]);
  let hostSet = new Set<string>();

  const send = (req: IncomingMessage, res: ServerResponse, status: number, type: string, body: Buffer, extra: Record<string, string> = {}, gz: Buffer | null = null) => {
    const useGzip = gz && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const payload = useGzip ? gz! : body;
    res.writeHead(status, {
      ...SECURITY_HEADERS, 'content-type': type, 'content-length': String(payload.length), 'cache-control': 'no-store',
      ...(gz ? { vary: 'accept-encoding' } : {}), ...(useGzip ? { 'content-encoding': 'gzip' } : {}), ...extra,
    });
    res.end(req.method === 'HEAD' ? undefined : payload);
  };
  const sendJson = (req: IncomingMessage, res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}) => {
    const buf = Buffer.from(JSON.stringify(body));
    send(req, res, status, 'application/json; charset=utf-8', buf, extra, buf.length > 64 * 1024 ? gzipSync(buf, { level: 1 }) : null);
  };
  const sendError = (req: IncomingMessage, res: ServerResponse, status: number, message: string, extra: Record<string, string> = {}, details = {}) =>
    sendJson(req, res, status, { error: { status, message, ...details } }, extra);

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const method = req.method ?? 'GET';
    // DNS rebinding: a page on another name resolving to 127.0.0.1 must not reach the API.
    if (isLoopback(host) && !hostSet.has(String(req.headers.host ?? '').toLowerCase()))
      return sendError(req, res, 403, `host "${req.headers.host ?? ''}" not allowed; use http://127.0.0.1:${port}/`);
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return sendError(req, res, 400, 'malformed request URL');
    }
    const pathname = url.pathname;
    if (!pathname.startsWith('/api/')) {
      if (method !== 'GET' && method !== 'HEAD') return sendError(req, res, 405, `method ${method} not allowed`, { allow: 'GET, HEAD' });
      // Static files ignore query strings; the dashboard keeps its state in the fragment (#/view?filters).
      const name = pathname === '/' ? '/index.html' : pathname;
      if (name === '/world.json') {
        const body = worldGeoJson();
        const a = (assets.get('/world.json') ?? assets.set('/world.json', asset(TYPES['.json'], body)).get('/world.json'))!;
        return send(req, res, 200, a.type, a.body, {}, a.gzip);
      }
      const a = assets.get(name);
      if (!a) return sendError(req, res, 404, `no such page: ${pathname}`);
      return send(req, res, 200, a.type, a.body, {}, a.gzip);
    }
    if (pathname === '/api/openapi.json') {
      if (method !== 'GET' && method !== 'HEAD') return sendError(req, res, 405, `method ${method} not allowed on ${pathname}`, { allow: 'GET, HEAD' });
      return send(req, res, 200, 'application/json; charset=utf-8', openapi);
    }
    const m = router.match(method, pathname);
    if ('status' in m) {
      if (m.status === 405) return sendError(req, res, 405, `method ${method} not allowed on ${pathname}`, { allow: m.allow.join(', ') });
      return sendError(req, res, 404, `no such API route: ${pathname} (see /api/openapi.json)`);
    }
    try {
      const params = parseParams(m.route.params, url.searchParams);
      let body: unknown;
      if (m.route.method === 'POST') {
        // Cross-site pages may not post into the store: a browser sends Origin, and it must be this server.
        const origin = req.headers.origin;
        if (origin && !hostSet.has(origin.replace(/^https?:\/\//, '').toLowerCase()) && isLoopback(host))
          throw new ApiError(403, `cross-origin request from ${origin} refused`);
        const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
        if (type !== 'application/json' && type !== 'text/plain')
          throw new ApiError(415, `content type "${type || '(none)'}" not accepted; send application/json or text/plain`);
        let raw: Buffer;
        try {
          raw = await readBody(req, maxBody);
        } catch (e) {
          if (e instanceof BodyTooLarge) {
            res.setHeader('connection', 'close');
            throw new ApiError(413, `request body larger than ${maxBody} bytes`);
          }
          throw e;
        }
        const text = raw.toString('utf8');
        if (type === 'text/plain') body = { texts: [text] };
        else {
          try {
            body = JSON.parse(text);
          } catch (e) {
            throw new ApiError(400, `body is not valid JSON: ${(e as Error).message}`);
          }
        }
      }
      const reply = await m.route.handler({ params, path: m.path, req, body });
      sendJson(req, res, reply.status ?? 200, reply.body, reply.headers);
    } catch (e) {
      if (e instanceof ApiError) return sendError(req, res, e.status, e.message, {}, e.details);
      log(`error on ${method} ${pathname}: ${(e as Error).stack ?? e}`);
      return sendError(req, res, 500, `internal error: ${(e as Error).message}`);
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      log(`error: ${(e as Error).stack ?? e}`);
      if (!res.headersSent) sendError(req, res, 500, 'internal error');
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  hostSet = allowedHosts();
  // Load the layers now, between requests, rather than in the first request of each view.
  snapshot();
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    server, host, port, jobs, url: `http://${shownHost}:${port}/`,
    close: async () => {
      if (snap) snap.closed = true;
      await jobs?.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
