/**
 * `npm run serve:prod` as an operator stops it: SIGTERM to npm reaches the
 * server, which refuses new connections, finishes the request in flight,
 * closes the database and exits.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXPECTED_YUAN, QUESTION } from './faults.ts';

const root = join(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'cg-stop-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('npm run serve:prod and SIGTERM', () => {
  it('finishes the request in flight, closes the database and exits', async () => {
    const npm = spawn('npm', ['run', '--silent', 'serve:prod'], {
      cwd: root,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    npm.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    npm.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((r) => npm.once('exit', (code) => r(code)));
    try {
      await expect.poll(() => out, { timeout: 90_000, interval: 100 }).toContain('web chat:');
      // It picked a free port itself: no other process can take it in between.
      const port = Number(/web chat: http:\/\/127\.0\.0\.1:(\d+)\//.exec(out)![1]);
      // A request in flight: headers and half the body sent.
      const body = JSON.stringify({ message: QUESTION });
      const socket = connect(port, '127.0.0.1');
      let received = '';
      socket.on('data', (d) => (received += d.toString()));
      const closed = new Promise<void>((r) => socket.once('close', () => r()));
      await new Promise<void>((r) => socket.once('connect', () => r()));
      const head = `POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`;
      socket.write(head + body.slice(0, 20));
      await new Promise((r) => setTimeout(r, 200));
      npm.kill('SIGTERM');
      await expect.poll(() => out, { timeout: 10_000 }).toContain('SIGTERM: accepting no more connections');
      socket.end(body.slice(20));
      await closed;
      expect(received).toMatch(/^HTTP\/1\.1 200 /);
      expect(received).toContain(`"amountYuan":${EXPECTED_YUAN}`);
      await exited;
      expect(out).toContain('stopped\n');
      // The database was closed: its last connection checkpointed and removed the WAL.
      expect(existsSync(join(dataDir, 'sessions.sqlite'))).toBe(true);
      expect(existsSync(join(dataDir, 'sessions.sqlite-wal'))).toBe(false);
      // Nothing listens any more.
      const refused = await new Promise<string>((r) => {
        const s = connect(port, '127.0.0.1');
        s.on('error', (e: NodeJS.ErrnoException) => r(e.code ?? 'error'));
        s.on('connect', () => (s.destroy(), r('connected')));
      });
      expect(refused).toBe('ECONNREFUSED');
    } finally {
      if (npm.exitCode === null) npm.kill('SIGKILL');
    }
  }, 150_000);
});
