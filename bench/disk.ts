/**
 * Disk written by anonymous one-shot questions: the real server in a child
 * process over a fresh DATA_DIR, 100,000 POST /api/chat without a sessionId
 * (20 connections), and what the server process wrote to storage meanwhile
 * (write_bytes and wchar from /proc/PID/io), the size of DATA_DIR after and
 * the rows left in the sessions table.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';

const messages = [
  '我们企业和江南大学签了300万元技术合同，能拿多少补助？',
  '政策有效期到什么时候？',
  '中试平台能拿多少支持',
  '用了8万元科技创新券，在省平台上用的，能拿多少',
];

function io(pid: number): { writeBytes: number; wchar: number } {
  const text = readFileSync(`/proc/${pid}/io`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}: (\\d+)`, 'm').exec(text)?.[1] ?? NaN);
  return { writeBytes: field('write_bytes'), wchar: field('wchar') };
}

function sizeOf(path: string): number {
  const s = statSync(path);
  return s.isDirectory() ? readdirSync(path).reduce((n, f) => n + sizeOf(join(path, f)), 0) : s.size;
}

function load(url: string, amount: number): Promise<autocannon.Result> {
  let i = 0;
  return new Promise((resolve, reject) => {
    autocannon({
      url: `${url}/api/chat`,
      connections: 20,
      amount,
      requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: (req) => ({ ...req, body: JSON.stringify({ message: messages[i++ % messages.length] }) }) }],
    }, (err, r) => (err ? reject(err) : resolve(r)));
  });
}

const mib = (n: number) => `${(n / 1048576).toFixed(1)} MiB`;

export async function benchDisk(total = Number(process.env.BENCH_DISK_REQUESTS ?? 100_000)): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cg-bench-disk-'));
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', 'bot', 'main.ts')], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    // The server picks a free port itself and says which.
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /web chat: http:\/\/[^/\s]+:(\d+)\//.exec(out);
        if (m) resolve(Number(m[1]));
      });
      child.once('exit', (code) => reject(new Error(`bench: the server exited (${code}) before it was ready`)));
    });
    const url = `http://127.0.0.1:${port}`;
    const before = io(child.pid!);
    const r = await load(url, total);
    const after = io(child.pid!);
    const errors = r.errors + r.timeouts + r.non2xx;
    const written = after.writeBytes - before.writeBytes;
    const wchar = after.wchar - before.wchar;
    const per = (n: number) => (n / r.requests.total).toFixed(0);
    console.log(`disk: ${r.requests.total.toLocaleString('en-US')} anonymous POST /api/chat (no sessionId), 20 connections, ${Math.round(r.requests.total / r.duration).toLocaleString('en-US')} req/s, errors ${errors}`);
    console.log(`disk: written to storage ${mib(written)} (${per(written)} bytes a request); write() calls carried ${mib(wchar)} (${per(wchar)} bytes a request)`);
    const db = new Database(join(dataDir, 'sessions.sqlite'), { readonly: true, fileMustExist: true });
    const rows = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM sessions').get()!.n;
    db.close();
    console.log(`disk: DATA_DIR ${mib(sizeOf(dataDir))} after (sessions.sqlite and its WAL ${mib(['sessions.sqlite', 'sessions.sqlite-wal'].reduce((n, f) => { try { return n + statSync(join(dataDir, f)).size; } catch { return n; } }, 0))}); ${rows.toLocaleString('en-US')} session rows stored`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The sweep at scale: a database of `rows` sessions that have all expired, then
 * saves until the sweep has deleted them; prints the longest save (the pause a
 * user waits) beside what deleting them all at once takes, and the time of
 * `PRAGMA quick_check` at open.
 */
export async function benchSweep(rows = Number(process.env.BENCH_SWEEP_ROWS ?? 300_000)): Promise<void> {
  const { createSqliteSessionStore } = await import('../bot/core/session-store.ts');
  const dir = mkdtempSync(join(tmpdir(), 'cg-bench-sweep-'));
  const path = join(dir, 'sessions.sqlite');
  try {
    let now = 1_000_000_000;
    const ttlMs = 2 * 60 * 60 * 1000;
    createSqliteSessionStore(path, { ttlMs, log: () => {} }).close();
    const state = JSON.stringify({ facts: { contractAmountYuan: '3000000.00', institutionType: 'university' }, focus: { benefits: ['m6-contract-subsidy'], checks: [] }, pending: null, skipped: [], missing: [] });
    const db = new Database(path);
    const insert = db.prepare('INSERT INTO sessions (id, state, version, updated_at) VALUES (?, ?, 1, ?)');
    db.transaction(() => {
      for (let i = 0; i < rows; i++) insert.run(randomBytes(16).toString('base64url'), state, now + i);
    })();
    db.close();
    const atOnce = join(dir, 'at-once.sqlite');
    const { copyFileSync } = await import('node:fs');
    copyFileSync(path, atOnce);
    const t0 = performance.now();
    const store = createSqliteSessionStore(path, { ttlMs, now: () => now, log: () => {} });
    const openMs = performance.now() - t0;
    now += rows + ttlMs + 1;
    const times: number[] = [];
    let saves = 0;
    const count = new Database(path, { readonly: true });
    const left = () => count.prepare<[], { n: number }>('SELECT count(*) AS n FROM sessions').get()!.n;
    while (left() > saves + 1 && saves < 100_000) {
      const t = performance.now();
      store.save(`new${saves}`, { n: saves }, undefined);
      times.push(performance.now() - t);
      saves++;
    }
    count.close();
    store.close();
    // What the store did before: one statement for every expired row.
    const old = new Database(atOnce);
    const t1 = performance.now();
    old.prepare('DELETE FROM sessions WHERE updated_at < ?').run(now - ttlMs);
    const atOnceMs = performance.now() - t1;
    old.close();
    console.log(`sweep: ${rows.toLocaleString('en-US')} expired sessions; quick_check and open ${openMs.toFixed(0)} ms`);
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
    console.log(`sweep: a batch per save, all swept within ${saves.toLocaleString('en-US')} saves; a save took p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, at most ${times.at(-1)!.toFixed(1)} ms (a WAL checkpoint included) — deleting them in one statement, as before, pauses ${atOnceMs.toFixed(0)} ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
