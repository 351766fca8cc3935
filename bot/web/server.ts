/**
 * The web adapter: the chat page at `/`, `POST /api/chat` exactly as in
 * ARCHITECTURE.md, `GET /api/info` and `GET /api/measures` for the page, and
 * `GET /healthz`. Thin: every answer comes from the core.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ChatInputError, type Assistant } from '../core/index.ts';
import { streamChat } from './stream.ts';

export interface WebServerOptions {
  assistant: Assistant;
  /** Largest request body accepted, in bytes (413 beyond). */
  maxBodyBytes?: number;
  /** Called with unexpected errors (the client gets a 500). */
  onError?: (error: unknown) => void;
  /** Facts for /healthz. */
  health?: () => Record<string, unknown>;
  /** What the page shows of the policy (GET /api/info): title, validity and the knowledge version serving. */
  info?: PolicyInfo | (() => PolicyInfo);
  /** The admin page (/admin …), when ADMIN_TOKEN is set; without it /admin is 404. */
  admin?: { handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> };
  /** The text of each measure (GET /api/measures), so the page can show a cited sentence within its measure. */
  measures?: () => readonly MeasureText[];
  /** Further paths, each served whole by its own handler (the Telegram webhook); matched exactly. */
  routes?: ReadonlyArray<{ path: string; handle(req: IncomingMessage, res: ServerResponse): Promise<void> }>;
}

/** One measure as the page shows it: 0 is the closing provisions (附则). */
export interface MeasureText {
  measure: number;
  heading: string;
  text: string;
}

/** The measures of a knowledge base as GET /api/measures returns them, in order (typed by shape: bot/web does not import knowledge/). */
export function measureTexts(kb: { measures: ReadonlyArray<{ number: number; heading: string; text: string } | undefined> }): MeasureText[] {
  return kb.measures.filter((m) => m !== undefined).map((m) => ({ measure: m.number, heading: m.heading, text: m.text }));
}

export interface PolicyInfo {
  title: string;
  validity: { from: string; to: string };
  knowledgeVersion?: string;
  /** A language model is configured: the page streams from /api/chat/stream. */
  model?: boolean;
}

const publicDir = join(import.meta.dirname, 'public');
const assets: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/index.html': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/format.js': { file: 'format.js', type: 'text/javascript; charset=utf-8' },
  '/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
};

export const securityHeaders: Record<string, string> = {
  'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly allow?: string) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}) {
  res.writeHead(status, { ...securityHeaders, 'content-type': type, 'content-length': Buffer.byteLength(body), ...extra });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown) {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8', { 'cache-control': 'no-store' });
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new HttpError(413, `request body is larger than ${limit} bytes; shorten the message`));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new HttpError(413, `request body is larger than ${limit} bytes; shorten the message`));
        req.resume();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The JSON body of a chat request (415, 413 and 400 as HttpError). */
async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new HttpError(415, 'send the body as application/json');
  const raw = await readBody(req, limit);
  try {
    return JSON.parse(raw);
  } catch {
    throw new HttpError(400, 'body is not valid JSON; send {"message": "…"}');
  }
}

/** Creates the HTTP server (not yet listening). */
export function createWebServer(options: WebServerOptions): Server {
  const limit = options.maxBodyBytes ?? 16 * 1024;
  const files = new Map(Object.entries(assets).map(([path, a]) => [path, { body: readFileSync(join(publicDir, a.file)), type: a.type }]));

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    try {
      let url: URL;
      try {
        url = new URL(req.url ?? '/', 'http://localhost');
      } catch {
        throw new HttpError(400, 'malformed request URL');
      }
      if (url.pathname === '/api/chat') {
        if (req.method !== 'POST') throw new HttpError(405, 'use POST with a JSON body {"message": "…"}', 'POST');
        const type = req.headers['content-type'] ?? '';
        if (!/^application\/json\b/i.test(type)) throw new HttpError(415, 'send the body as application/json');
        const raw = await readBody(req, limit);
        let body: unknown;
        try {
          body = JSON.parse(raw);
        } catch {
          throw new HttpError(400, 'body is not valid JSON; send {"message": "…"}');
        }
        const answer = await options.assistant.chat(body);
        return sendJson(res, 200, answer);
      }
      if (url.pathname === '/api/info') {
        if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'use GET', 'GET, HEAD');
        return sendJson(res, 200, (typeof options.info === 'function' ? options.info() : options.info) ?? {});
      }
      if (url.pathname === '/api/measures') {
        if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'use GET', 'GET, HEAD');
        return sendJson(res, 200, { measures: options.measures?.() ?? [] });
      }
      if (url.pathname === '/healthz') {
        if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'use GET', 'GET, HEAD');
        return sendJson(res, 200, { status: 'ok', ...(options.health?.() ?? {}) });
      }
      if (url.pathname === '/api/chat/stream') {
        if (req.method !== 'POST') throw new HttpError(405, 'use POST with a JSON body {"message": "…"}', 'POST');
        return await streamChat(res, options.assistant, await readJson(req, limit), { headers: securityHeaders, ...(options.onError ? { onError: options.onError } : {}) });
      }
      const route = options.routes?.find((r) => r.path === url.pathname);
      if (route) return await route.handle(req, res);
      if (options.admin && (url.pathname === '/admin' || url.pathname.startsWith('/admin/'))) return await options.admin.handle(req, res, url);
      const asset = files.get(url.pathname);
      if (asset) {
        if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'use GET', 'GET, HEAD');
        return send(res, 200, asset.body, asset.type, { 'cache-control': 'no-cache' });
      }
      throw new HttpError(404, `no such page: ${url.pathname}`);
    } catch (e) {
      if (e instanceof ChatInputError) return sendJson(res, e.tooLarge ? 413 : 400, { error: e.reason, field: e.field });
      if (e instanceof HttpError) {
        if (e.status === 413) res.setHeader('connection', 'close');
        if (e.allow) res.setHeader('allow', e.allow);
        return sendJson(res, e.status, { error: e.message });
      }
      options.onError?.(e);
      return sendJson(res, 500, { error: 'internal error; the server keeps running — try again or report it' });
    }
  };
  return createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      // Only a failure while writing the response itself gets here.
      options.onError?.(e);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.destroy();
    });
  });
}

/** Listens on host:port and resolves with the actual address (port 0 picks a free one). */
export function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}
