/**
 * The web server at its edge, on loopback: the Host header, header and body
 * timeouts, keep-alive, the cap on connections per client, aborted uploads,
 * /healthz telling the truth, and a graceful close.
 */
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeGracefully, defaultAllowedHosts, hostAllowed } from '../../bot/web/server.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const QUESTION = '我们企业和江南大学签了300万元技术合同，能拿多少补助？';

/** A raw connection that records what it receives and when it closes. */
function rawClient(port: number) {
  const socket = connect(port, '127.0.0.1');
  let data = '';
  socket.on('data', (d) => (data += d.toString()));
  socket.on('error', () => {});
  const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(performance.now())));
  const ready = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  return { socket, ready, closed, received: () => data };
}

function post(host: string, body: string, extra = '') {
  return `POST /api/chat HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extra}\r\n${body}`;
}

describe('Host header', () => {
  it('accepts the listen address and the loopback names with the port, by default', () => {
    const a = { address: '10.0.0.5', family: 'IPv4', port: 3000 };
    expect(defaultAllowedHosts(a)).toEqual(['10.0.0.5:3000', 'localhost:3000', '127.0.0.1:3000', '[::1]:3000']);
    expect(defaultAllowedHosts({ address: '0.0.0.0', family: 'IPv4', port: 80 })).toEqual(['localhost:80', '127.0.0.1:80', '[::1]:80']);
    expect(hostAllowed('LOCALHOST:3000', defaultAllowedHosts(a))).toBe(true);
    expect(hostAllowed('localhost:3001', defaultAllowedHosts(a))).toBe(false);
    expect(hostAllowed('evil.example:3000', defaultAllowedHosts(a))).toBe(false);
    expect(hostAllowed('chat.example.org', ['chat.example.org'])).toBe(true);
    expect(hostAllowed('chat.example.org:8443', ['chat.example.org'])).toBe(true);
    expect(hostAllowed('chat.example.org:8443', ['chat.example.org:443'])).toBe(false);
    expect(hostAllowed('[::1]:3000', ['[::1]'])).toBe(true);
    expect(hostAllowed('anything', ['*'])).toBe(true);
  });

  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ allowedHosts: ['chat.example.org'], routes: [{ path: '/telegram/webhook', handle: async (_req, res) => void res.end('ok') }] });
  });
  afterAll(async () => { await s.close(); });

  it('answers 421 for a host it does not serve, 400 for none, and serves the allowed and loopback names', async () => {
    const ask = async (raw: string) => {
      const c = rawClient(s.port);
      await c.ready;
      c.socket.end(raw);
      await c.closed;
      return c.received();
    };
    expect(await ask(post('evil.example', JSON.stringify({ message: QUESTION }), 'Connection: close\r\n'))).toMatch(/^HTTP\/1\.1 421 /);
    expect(await ask('GET /healthz HTTP/1.0\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 /);
    expect(await ask(`GET /healthz HTTP/1.1\r\nHost: chat.example.org\r\nConnection: close\r\n\r\n`)).toMatch(/^HTTP\/1\.1 200 /);
    expect(await ask(`GET /healthz HTTP/1.1\r\nHost: localhost:${s.port}\r\nConnection: close\r\n\r\n`)).toMatch(/^HTTP\/1\.1 200 /);
    expect(s.logs.join('\n')).toMatch(/refused Host "evil.example"/);
    // A route of its own (a webhook another server calls under its public name) checks its own secret instead.
    expect(await ask(`POST /telegram/webhook HTTP/1.1\r\nHost: bot.example.org\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`)).toMatch(/^HTTP\/1\.1 200 [^]*\r\n\r\nok$/);
  });
});

describe('timeouts, limits and aborted uploads', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ headersTimeoutMs: 1000, bodyTimeoutMs: 1500, keepAliveTimeoutMs: 500, maxConnectionsPerClient: 3 });
  });
  afterAll(async () => { await s.close(); });

  it('closes a connection whose headers never finish', async () => {
    const c = rawClient(s.port);
    await c.ready;
    const start = performance.now();
    c.socket.write(`POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\n`);
    const closedAt = await c.closed;
    expect(closedAt - start).toBeLessThan(1000 + 1500);
    expect(c.received()).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('answers 408 and closes a connection whose body trickles in, within the body timeout', async () => {
    const c = rawClient(s.port);
    await c.ready;
    const body = JSON.stringify({ message: QUESTION });
    c.socket.write(post(`127.0.0.1:${s.port}`, '').replace(/Content-Length: 0/, `Content-Length: ${Buffer.byteLength(body)}`));
    const start = performance.now();
    let i = 0;
    const trickle = setInterval(() => c.socket.writable && c.socket.write(body[i++]!), 400);
    const closedAt = await c.closed;
    clearInterval(trickle);
    expect(closedAt - start).toBeLessThan(1500 + 700);
    expect(c.received()).toMatch(/^HTTP\/1\.1 408 /);
    expect(s.logs.at(-1)).toMatch(/the request body did not arrive within 1\.5 seconds \(408\)$/);
  });

  it('closes an idle keep-alive connection after the keep-alive timeout', async () => {
    const c = rawClient(s.port);
    await c.ready;
    c.socket.write(`GET /api/info HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\n\r\n`);
    const start = performance.now();
    const closedAt = await c.closed;
    expect(c.received()).toMatch(/^HTTP\/1\.1 200 /);
    expect(closedAt - start).toBeGreaterThan(300);
    expect(closedAt - start).toBeLessThan(2500);
  });

  it('refuses connections past the cap per client address, and takes them again once some close', async () => {
    const held = [rawClient(s.port), rawClient(s.port), rawClient(s.port)];
    await Promise.all(held.map((c) => c.ready));
    const extra = rawClient(s.port);
    await extra.closed;
    expect(extra.received()).toMatch(/^HTTP\/1\.1 429 /);
    held[0]!.socket.destroy();
    await held[0]!.closed;
    await new Promise((r) => setTimeout(r, 50));
    const again = rawClient(s.port);
    await again.ready;
    again.socket.end(`GET /api/info HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\nConnection: close\r\n\r\n`);
    await again.closed;
    expect(again.received()).toMatch(/^HTTP\/1\.1 200 /);
    held.forEach((c) => c.socket.destroy());
    expect(s.logs.filter((l) => /refusing more \(429\)/.test(l))).toHaveLength(1);
  });

  it('logs an aborted upload as one quiet line', async () => {
    const errors: unknown[] = [];
    const before = s.logs.length;
    const c = rawClient(s.port);
    await c.ready;
    c.socket.write(post(`127.0.0.1:${s.port}`, '').replace(/Content-Length: 0/, 'Content-Length: 500') + '{"message": "');
    await new Promise((r) => setTimeout(r, 100));
    c.socket.destroy();
    await expect.poll(() => s.logs.length).toBeGreaterThan(before);
    const line = s.logs.at(-1)!;
    expect(line).toMatch(/^web: POST \/api\/chat from 127\.0\.0\.1: the client closed the connection before the request body was read$/);
    expect(line).not.toContain('\n');
    expect(errors).toEqual([]);
  });
});

describe('/healthz', () => {
  let s: TestServer;
  beforeAll(async () => { s = await startTestServer({ sqlite: true }); });
  afterAll(async () => { await s.close(); });

  it('answers 200 with every part, then 503 naming the part that fails', async () => {
    const ok = await fetch(`${s.url}/healthz`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ status: 'ok', ok: true, failing: [], parts: { retrieval: { ok: true }, engine: { ok: true }, sessions: { ok: true } } });
    s.runtime.sessions.close();
    await new Promise((r) => setTimeout(r, 1000));
    const bad = await fetch(`${s.url}/healthz`);
    expect(bad.status).toBe(503);
    const json = (await bad.json()) as Record<string, any>;
    expect(json).toMatchObject({ status: 'failing', ok: false, failing: ['sessions'] });
    expect(json.error).toMatch(/^sessions: /);
    expect((await fetch(`${s.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: QUESTION }) })).status).toBe(500);
    // A chat that just failed is named too, even before the probes run again.
    const after = (await (await fetch(`${s.url}/healthz`)).json()) as Record<string, any>;
    expect(after.failing).toEqual(['sessions', 'chat']);
    expect(after.parts.chat.error).toMatch(/^the last chat, \d+ s ago, failed: /);
  });
});

describe('graceful close', () => {
  it('finishes a request in flight, refuses new connections, then resolves', async () => {
    const s = await startTestServer();
    const c = rawClient(s.port);
    await c.ready;
    const body = JSON.stringify({ message: QUESTION });
    c.socket.write(post(`127.0.0.1:${s.port}`, body).slice(0, -10));
    await new Promise((r) => setTimeout(r, 100));
    const closing = closeGracefully(s.server, 5000);
    await new Promise((r) => setTimeout(r, 100));
    const refused = await new Promise<string>((resolve) => {
      const late: Socket = connect(s.port, '127.0.0.1');
      late.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      late.on('connect', () => resolve('connected'));
    });
    expect(refused).toBe('ECONNREFUSED');
    c.socket.write(body.slice(-10));
    expect(await closing).toBe(true);
    await c.closed;
    expect(c.received()).toMatch(/^HTTP\/1\.1 200 /);
    expect(c.received()).toMatch(/\r\nconnection: close\r\n/i);
    expect(c.received()).toContain('"amountYuan":900000');
    await s.close();
  });
});
