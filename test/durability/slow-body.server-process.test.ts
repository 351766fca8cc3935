/**
 * A body trickled one byte every two seconds, against the real server process
 * (BODY_TIMEOUT_SECONDS=3): the connection is answered 408 and closed within
 * the timeout, the server logs one quiet line, and it keeps serving.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { EXPECTED_YUAN, QUESTION } from './faults.ts';

const BODY_TIMEOUT_S = 3;
let dataDir: string;
let server: ServerProcess;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cg-slow-'));
  const started = await startServerProcess(dataDir, { env: { BODY_TIMEOUT_SECONDS: String(BODY_TIMEOUT_S) } });
  if (!started.ready) throw new Error(`the server did not start:\n${started.server.output()}`);
  server = started.server;
}, 120_000);
afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a body trickled one byte every two seconds', () => {
  it('is cut with 408 and its connection closed within the body timeout', async () => {
    const body = JSON.stringify({ message: QUESTION });
    const socket = connect(server.port, '127.0.0.1');
    let received = '';
    socket.on('data', (d) => (received += d.toString()));
    socket.on('error', () => {});
    await new Promise<void>((r) => socket.once('connect', () => r()));
    const closed = new Promise<number>((r) => socket.once('close', () => r(performance.now())));
    socket.write(`POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`);
    const start = performance.now();
    let i = 0;
    socket.write(body[i++]!);
    const trickle = setInterval(() => socket.writable && socket.write(body[i++]!), 2000);
    const closedAt = await closed;
    clearInterval(trickle);
    const seconds = (closedAt - start) / 1000;
    expect(seconds).toBeGreaterThan(BODY_TIMEOUT_S - 0.5);
    expect(seconds).toBeLessThan(BODY_TIMEOUT_S + 1.5);
    expect(received).toMatch(/^HTTP\/1\.1 408 /);
    await expect.poll(() => server.output()).toMatch(/web: POST \/api\/chat from 127\.0\.0\.1: the request body did not arrive within 3 seconds \(408\)\n/);
    expect(server.output()).not.toMatch(/^\s+at /m);
    // And the server goes on answering.
    const res = await fetch(`${server.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = (await res.json()) as { calculations: { measure: number; amountYuan: number }[] };
    expect(json.calculations.find((c) => c.measure === 6)?.amountYuan).toBe(EXPECTED_YUAN);
  }, 30_000);
});
