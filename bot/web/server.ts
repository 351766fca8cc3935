/**
 * The web adapter: the chat page at `/`, `POST /api/chat` exactly as in
 * ARCHITECTURE.md, `GET /api/info` and `GET /api/measures` for the page, and
 * `GET /healthz`. Thin: every answer comes from the core.
 * Guarded at the edge: header, body and keep-alive timeouts in seconds, a cap
 * on connections per client address, the Host header checked, and a graceful
 * close that lets requests in flight finish.
 */
import { readFileSync } from 'node:fs';
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { ChatInputError, type Assistant } from '../core/index.ts';
import { streamChat } from './stream.ts';

/** What /healthz reports: 200 when `ok`, else 503 naming the failing parts. */
export interface HealthSummary {
  ok: boolean;
  failing?: readonly string[];
  parts?: Readonly<Record<string, { ok: boolean; error?: string }>>;
  [fact: string]: unknown;
}

export interface WebServerOptions {
  assistant: Assistant;
  /** Largest request body accepted, in bytes (413 beyond). */
  maxBodyBytes?: number;
  /** Called with unexpected errors (the client gets a 500). */
  onError?: (error: unknown) => void;
  /** One quiet line for what clients do wrong (aborted uploads, timeouts, refused hosts); no stack trace. */
  log?: (line: string) => void;
  /** The health check behind /healthz. */
  health?: () => HealthSummary | Promise<HealthSummary>;
  /** What the page shows of the policy (GET /api/info): title, validity and the knowledge version serving. */
  info?: PolicyInfo | (() => PolicyInfo);
  /** The admin page (/admin …), when ADMIN_TOKEN is set; without it /admin is 404. */
  admin?: { handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> };
  /** Time allowed for a request's headers (default 10 s). */
  headersTimeoutMs?: number;
  /** Time allowed for a request's body once its headers are in (default 15 s): 408 and the connection closed. */
  bodyTimeoutMs?: number;
  /** How long an idle keep-alive connection is kept (default 5 s). */
  keepAliveTimeoutMs?: number;
  /** Connections one client address may hold open at once (default 32; 0: no cap). */
  maxConnectionsPerClient?: number;
  /**
   * Accepted Host headers: `name` (any port) or `name:port`; `*` accepts any.
   * Default: the listen address, localhost, 127.0.0.1 and [::1], with the port
   * listened on. The loopback names with that port are accepted in any case.
   */
  allowedHosts?: readonly string[];
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

/** A chat that failed this recently makes /healthz answer 503, whatever the probes say. */
const RECENT_CHAT_MS = 10_000;

export const WEB_DEFAULTS = { headersTimeoutMs: 10_000, bodyTimeoutMs: 15_000, keepAliveTimeoutMs: 5_000, maxConnectionsPerClient: 32 };

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

/** The client went away before its request was read: nothing to answer, one quiet line to log. */
class ClientGoneError extends Error {}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}) {
  res.writeHead(status, { ...securityHeaders, 'content-type': type, 'content-length': Buffer.byteLength(body), ...extra });
  res.end(body);
}

/**
 * The headers of a JSON answer. No page is rendered from one, so it needs only
 * what keeps it from being framed, sniffed as another type or cached; the
 * page's policy (scripts, styles, forms) is the page's.
 */
const jsonHeaders = [
  'content-security-policy', "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options', 'nosniff',
  'x-frame-options', 'DENY',
  'cache-control', 'no-store',
  'content-type', 'application/json; charset=utf-8',
];

function sendJson(res: ServerResponse, status: number, value: unknown) {
  const body = JSON.stringify(value);
  // A flat list is written as it is; an object's headers are copied and checked one by one (a fifth of a short answer's time).
  res.writeHead(status, [...jsonHeaders, 'content-length', String(Buffer.byteLength(body))]);
  res.end(body);
}

function readBody(req: IncomingMessage, limit: number, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new HttpError(413, `request body is larger than ${limit} bytes; shorten the message`));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const fail = (e: Error) => {
      clearTimeout(timer);
      reject(e);
    };
    // However slowly it trickles in, a body gets this long in all.
    const timer = setTimeout(() => fail(new HttpError(408, `the request body did not arrive within ${timeoutMs / 1000} seconds`)), timeoutMs);
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        fail(new HttpError(413, `request body is larger than ${limit} bytes; shorten the message`));
        req.resume();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('aborted', () => fail(new ClientGoneError('the client closed the connection before the request body was read')));
    req.on('error', (e) => fail(new ClientGoneError(`the request failed while its body was read (${e.message})`)));
  });
}

const loopbackHosts = (port: number) => ['localhost', '127.0.0.1', '[::1]'].map((n) => `${n}:${port}`);

/** The Host headers a server listening on `address` accepts by default: its address and the loopback names, with its port. */
export function defaultAllowedHosts(address: AddressInfo): string[] {
  const listen = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const names = loopbackHosts(address.port);
  // A wildcard address is not a name anyone types.
  if (['0.0.0.0', '[::]'].includes(listen) || names.includes(`${listen}:${address.port}`)) return names;
  return [`${listen}:${address.port}`, ...names];
}

/** Whether `host` (a Host header) is one of `allowed`: `name` matches any port, `name:port` that port alone. */
export function hostAllowed(host: string, allowed: readonly string[]): boolean {
  const h = host.trim().toLowerCase();
  const name = h.startsWith('[') ? h.slice(0, h.indexOf(']') + 1) : h.split(':')[0]!;
  return allowed.some((a) => {
    const e = a.trim().toLowerCase();
    if (e === '*') return true;
    const hasPort = e.startsWith('[') ? e.includes(']:') : e.includes(':');
    return hasPort ? e === h : e === name;
  });
}

interface ServerState {
  inFlight: Set<ServerResponse>;
  closing: boolean;
  idle: Set<() => void>;
}
const states = new WeakMap<Server, ServerState>();

/** The JSON body of a chat request (415, 413 and 400 as HttpError). */
async function readJson(req: IncomingMessage, limit: number, timeoutMs: number): Promise<unknown> {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new HttpError(415, 'send the body as application/json');
  const raw = await readBody(req, limit, timeoutMs);
  try {
    return JSON.parse(raw);
  } catch {
    throw new HttpError(400, 'body is not valid JSON; send {"message": "…"}');
  }
}

/** Creates the HTTP server (not yet listening). */
export function createWebServer(options: WebServerOptions): Server {
  const limit = options.maxBodyBytes ?? 16 * 1024;
  const { headersTimeoutMs, bodyTimeoutMs, keepAliveTimeoutMs, maxConnectionsPerClient } = { ...WEB_DEFAULTS, ...options };
  const log = options.log ?? (() => {});
  const files = new Map(Object.entries(assets).map(([path, a]) => [path, { body: readFileSync(join(publicDir, a.file)), type: a.type }]));
  const state: ServerState = { inFlight: new Set(), closing: false, idle: new Set() };
  let allowed = options.allowedHosts;
  let address: AddressInfo | undefined;
  let loopback: string[] | undefined;
  let lastChat: { failed: boolean; at: number; error?: string } | undefined;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    try {
      let url: URL;
      try {
        url = new URL(req.url ?? '/', 'http://localhost');
      } catch {
        throw new HttpError(400, 'malformed request URL');
      }
      const host = req.headers.host;
      if (!host) throw new HttpError(400, 'the request has no Host header');
      // The address is read once (a system call each time otherwise).
      address ??= server.address() as AddressInfo;
      allowed ??= defaultAllowedHosts(address);
      loopback ??= loopbackHosts(address.port);
      // Loopback names are always answered: a rebinding attack cannot send them, and health checks inside a container do.
      // A route of its own (the Telegram webhook) is called by a server, not a browser, under its public name, and checks its own secret.
      const ownRoute = options.routes?.some((r) => r.path === url.pathname) ?? false;
      if (!ownRoute && !hostAllowed(host, allowed) && !hostAllowed(host, loopback)) {
        log(`web: refused Host ${JSON.stringify(host.slice(0, 100))} from ${req.socket.remoteAddress} (421); ALLOWED_HOSTS lists the names this server answers for`);
        throw new HttpError(421, `this server does not answer for ${host.slice(0, 100)}`);
      }
      if (url.pathname === '/api/chat') {
        if (req.method !== 'POST') throw new HttpError(405, 'use POST with a JSON body {"message": "…"}', 'POST');
        const type = req.headers['content-type'] ?? '';
        if (!/^application\/json\b/i.test(type)) throw new HttpError(415, 'send the body as application/json');
        const raw = await readBody(req, limit, bodyTimeoutMs);
        let body: unknown;
        try {
          body = JSON.parse(raw);
        } catch {
          throw new HttpError(400, 'body is not valid JSON; send {"message": "…"}');
        }
        const answer = await options.assistant.chat(body);
        lastChat = { failed: false, at: Date.now() };
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
        let report = options.health ? await options.health() : { ok: true };
        // However the parts fare on their probes, chat failing right now is not healthy.
        if (lastChat?.failed && Date.now() - lastChat.at < RECENT_CHAT_MS) {
          const chat = { ok: false, error: `the last chat, ${Math.round((Date.now() - lastChat.at) / 1000)} s ago, failed: ${lastChat.error}` };
          report = { ...report, ok: false, failing: [...(report.failing ?? []), 'chat'], parts: { ...report.parts, chat } };
        }
        if (report.ok) return sendJson(res, 200, { status: 'ok', ...report });
        const failing = report.failing ?? [];
        const why = failing.map((p) => `${p}: ${report.parts?.[p]?.error ?? 'failing'}`).join('; ');
        return sendJson(res, 503, { status: 'failing', error: why || 'failing', ...report });
      }
      if (url.pathname === '/api/chat/stream') {
        if (req.method !== 'POST') throw new HttpError(405, 'use POST with a JSON body {"message": "…"}', 'POST');
        await streamChat(res, options.assistant, await readJson(req, limit, bodyTimeoutMs), { headers: securityHeaders, ...(options.onError ? { onError: options.onError } : {}) });
        lastChat = { failed: false, at: Date.now() };
        return;
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
      if (e instanceof ClientGoneError) {
        log(`web: ${req.method} ${req.url?.slice(0, 100)} from ${req.socket.remoteAddress}: ${e.message}`);
        return void res.destroy();
      }
      if (e instanceof ChatInputError) return sendJson(res, e.tooLarge ? 413 : 400, { error: e.reason, field: e.field });
      if (e instanceof HttpError) {
        if (e.status === 413 || e.status === 408) {
          // The rest of the body is not wanted: answer, then drop the connection.
          res.setHeader('connection', 'close');
          res.once('finish', () => req.socket.destroy());
        }
        if (e.status === 408) log(`web: ${req.method} ${req.url?.slice(0, 100)} from ${req.socket.remoteAddress}: ${e.message} (408)`);
        if (e.allow) res.setHeader('allow', e.allow);
        return sendJson(res, e.status, { error: e.message });
      }
      options.onError?.(e);
      if (req.url?.startsWith('/api/chat')) lastChat = { failed: true, at: Date.now(), error: e instanceof Error ? e.message : String(e) };
      return sendJson(res, 500, { error: 'internal error; the server keeps running — try again or report it' });
    }
  };
  const server = createServer(
    {
      headersTimeout: headersTimeoutMs,
      // Node's own limit on the whole request, a backstop behind the body timer above.
      requestTimeout: headersTimeoutMs + bodyTimeoutMs + 1000,
      keepAliveTimeout: keepAliveTimeoutMs,
      connectionsCheckingInterval: Math.min(1000, headersTimeoutMs),
    },
    (req, res) => {
      state.inFlight.add(res);
      if (state.closing) res.setHeader('connection', 'close');
      res.once('close', () => {
        state.inFlight.delete(res);
        if (state.inFlight.size === 0) for (const done of state.idle) done();
      });
      handle(req, res).catch((e: unknown) => {
        // Only a failure while writing the response itself gets here.
        options.onError?.(e);
        if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
        else res.destroy();
      });
    },
  );
  server.keepAliveTimeout = keepAliveTimeoutMs;
  states.set(server, state);

  // Connections per client address, counted before the HTTP parser sees them.
  const perClient = new Map<string, number>();
  server.prependListener('connection', (socket: Socket) => {
    if (maxConnectionsPerClient <= 0) return;
    const address = socket.remoteAddress ?? '';
    const n = (perClient.get(address) ?? 0) + 1;
    perClient.set(address, n);
    socket.once('close', () => {
      const left = (perClient.get(address) ?? 1) - 1;
      if (left <= 0) perClient.delete(address);
      else perClient.set(address, left);
    });
    if (n > maxConnectionsPerClient) {
      if (n === maxConnectionsPerClient + 1) log(`web: ${address} holds ${maxConnectionsPerClient} connections already; refusing more (429) until some close`);
      const body = JSON.stringify({ error: `too many connections from one address (at most ${maxConnectionsPerClient})` });
      socket.end(`HTTP/1.1 429 Too Many Requests\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
      socket.destroySoon();
    }
  });

  // What the HTTP parser rejects (timeouts, malformed requests): the answer Node would give, and one quiet line.
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    const code = err.code ?? 'ERR';
    if (code !== 'ECONNRESET' && code !== 'EPIPE') log(`web: ${socket.remoteAddress ?? 'a client'}: ${code} (${err.message})`);
    const response = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage;
    if (!socket.writable || response?.headersSent) return void socket.destroy();
    const status = code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
    socket.destroySoon();
  });
  return server;
}

/**
 * Stops accepting connections, lets requests in flight finish (answered with
 * `connection: close`) for up to `timeoutMs`, then closes whatever is left.
 * Resolves with whether everything in flight finished in time.
 */
export async function closeGracefully(server: Server, timeoutMs: number): Promise<boolean> {
  const state = states.get(server);
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  let finished = true;
  if (state) {
    state.closing = true;
    // Answers still to come close their connection behind them.
    for (const res of state.inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
    if (state.inFlight.size > 0) {
      let timer: NodeJS.Timeout | undefined;
      finished = await new Promise<boolean>((resolve) => {
        const done = () => resolve(true);
        state.idle.add(done);
        timer = setTimeout(() => {
          state.idle.delete(done);
          resolve(false);
        }, timeoutMs);
      });
      clearTimeout(timer);
    }
  }
  server.closeAllConnections();
  await closed;
  return finished;
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
