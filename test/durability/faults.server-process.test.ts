/**
 * The fault suite, on real server processes (`node --import tsx bot/main.ts`
 * on loopback): a good DATA_DIR is copied and damaged each way an operator,
 * a disk or a crash damages one, then the server is started on it. It must
 * answer the 300万元 question with 900,000 yuan for measure 6, or refuse to
 * start with one line naming the file; a damaged file it mends is named in
 * its log; and /healthz is never 200 while chat fails.
 */
import { chmodSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, copyDataDir, makeReadOnly, makeWritable, scribblePages, SESSIONS_FILE } from '../support/data-dir.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { makeGoodDataDir } from './fault-table.ts';
import { EXPECTED_YUAN, FAULTS, QUESTION } from './faults.ts';

let good: { dir: string; sessionId: string };
const dirs: string[] = [];
beforeAll(async () => {
  good = await makeGoodDataDir();
  dirs.push(good.dir);
}, 180_000);
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

// Two cores: at most two servers start at once.
let running = 0;
const waiting: (() => void)[] = [];
async function slot<T>(run: () => Promise<T>): Promise<T> {
  while (running >= 2) await new Promise<void>((r) => waiting.push(r));
  running++;
  try {
    return await run();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

async function chat(url: string, sessionId?: string) {
  const res = await fetch(`${url}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ message: QUESTION, ...(sessionId ? { sessionId } : {}) }),
  });
  const json = (await res.json()) as { calculations?: { measure: number; amountYuan: number | null }[]; sessionId?: string };
  return { status: res.status, amount: json.calculations?.find((c) => c.measure === 6)?.amountYuan, sessionId: json.sessionId };
}

const healthz = async (url: string) => (await fetch(`${url}/healthz`)).status;

/** Chat answers 900,000 and /healthz 200, twice, and the process is still up. */
async function expectServing(server: ServerProcess, sessionId?: string) {
  for (let round = 0; round < 2; round++) {
    const c = await chat(server.url, sessionId);
    const h = await healthz(server.url);
    expect({ chat: c.status, amount: c.amount, healthz: h }).toEqual({ chat: 200, amount: EXPECTED_YUAN, healthz: 200 });
  }
  expect(server.child.exitCode).toBeNull();
  expect(server.child.signalCode).toBeNull();
}

/** The output as the operator reads it: one line per fault, no stack trace. */
function expectOneLineNaming(output: string, path: string) {
  expect(output).toContain(path);
  expect(output).not.toMatch(/^\s+at /m);
}

/**
 * A server start costs a few seconds of CPU, so each index file is damaged
 * once here (every variant of FAULTS runs in-process in
 * test/retrieval/index-integrity.test.ts, and all of them through real
 * servers in fault-table.ts), and the database faults a server mends ride
 * along with an index fault (a different file, named on its own line).
 */
const byId = new Map(FAULTS.map((f) => [f.id, f]));
const scenarios: [string, string[]][] = [
  // SIGSEGV on the first chat before checksums; with random database pages (500 on every chat before).
  ['hnsw-links + db-random-pages', ['hnsw-links', 'db-random-pages']],
  // 500 on every chat before; with a header page that is not a database (refused to start before).
  ['docstore-out-of-range + db-header-page', ['docstore-out-of-range', 'db-header-page']],
  // Vectors silently mapped to the wrong clauses before; with a row that is not JSON.
  ['docstore-in-range + db-bad-row', ['docstore-in-range', 'db-bad-row']],
  ['args-flipped', ['args-flipped']],
  ['manifest-truncated', ['manifest-truncated']],
  // A folder where a file should be (refused to start before, rm returned EISDIR).
  ['manifest-folder', ['manifest-folder']],
];

const SLOW = 300_000; // waiting for a slot counts against a test's time

describe.concurrent('a damaged DATA_DIR', () => {
  it.each(scenarios)('%s: answers 900,000, naming what it mended', (_name, ids) =>
    slot(async () => {
      const faults = ids.map((id) => byId.get(id)!);
      const dir = copyDataDir(good.dir);
      dirs.push(dir);
      for (const f of faults) f.damage(dir, { sessionId: good.sessionId });
      const started = await startServerProcess(dir);
      try {
        expect(started.ready, started.server.output()).toBe(true);
        await expectServing(started.server, faults.some((f) => f.id === 'db-bad-row') ? good.sessionId : undefined);
        // A file it had to mend is named in the log (a bad row is just an expired session).
        for (const f of faults) if (f.id !== 'db-bad-row') expectOneLineNaming(started.server.output(), join(dir, f.file));
      } finally {
        await started.server.stop();
      }
    }),
  SLOW);

  it('a folder where the sessions database should be: refuses to start, naming it and what to do', () =>
    slot(async () => {
      const fault = FAULTS.find((f) => f.id === 'db-folder')!;
      const dir = copyDataDir(good.dir);
      dirs.push(dir);
      fault.damage(dir, good);
      const started = await startServerProcess(dir);
      expect(started.ready).toBe(false);
      expect(started.server.output().trim()).toBe(`sessions: ${join(dir, SESSIONS_FILE)} is a folder, not a database file; move it away (sessions are conversation state: a fresh database is created in its place)`);
    }),
  SLOW);

  it('a read-only DATA_DIR: refuses to start, naming it and what to do', () =>
    slot(async () => {
      const dir = copyDataDir(good.dir);
      dirs.push(dir);
      chmodSync(dir, 0o755);
      makeReadOnly(dir);
      try {
        const started = await startServerProcess(dir, asUser());
        expect(started.ready).toBe(false);
        expect(started.server.output().trim()).toMatch(new RegExp(`^data: DATA_DIR ${dir} is not writable \\(EACCES\\); make it writable by the user running the server \\(uid \\d+\\)`));
      } finally {
        makeWritable(dir);
      }
    }),
  SLOW);

  it('DATA_DIR is a file: refuses to start, naming it', () =>
    slot(async () => {
      const parent = mkdtempSync(join(tmpdir(), 'cg-fault-'));
      dirs.push(parent);
      const file = join(parent, 'data');
      writeFileSync(file, 'not a folder');
      const started = await startServerProcess(file);
      expect(started.ready).toBe(false);
      expect(started.server.output().trim()).toBe(`data: DATA_DIR ${file} is a file, not a folder; point DATA_DIR at a folder, or move the file away`);
    }),
  SLOW);
});

describe('a session database that fails while the server runs', () => {
  /** Makes the server's next read of the database hit damaged pages (as a failing disk would). */
  function damageUnder(path: string, pages: number[]) {
    const db = new Database(path);
    for (let i = 0; i < 200; i++) db.prepare('INSERT OR REPLACE INTO sessions VALUES (?, ?, 1, ?)').run(`filler${i}`, JSON.stringify({ filler: 'x'.repeat(200) }), Date.now());
    db.pragma('wal_checkpoint(TRUNCATE)');
    // A commit by another connection makes the server re-read the file rather than trust its cache.
    db.prepare("INSERT OR REPLACE INTO sessions VALUES ('nudge', '{}', 1, 0)").run();
    db.close();
    scribblePages(path, pages, 13, 1024);
  }

  it('moves it aside and keeps answering; failing again at once, /healthz says so while chat fails', async () => {
    const dir = copyDataDir(good.dir);
    dirs.push(dir);
    const started = await startServerProcess(dir);
    expect(started.ready).toBe(true);
    const { server } = started;
    try {
      const path = join(dir, SESSIONS_FILE);
      await expectServing(server);
      damageUnder(path, [4, 6, 9, 12, 15, 20]);
      const first = await chat(server.url);
      expect(first).toMatchObject({ status: 200, amount: EXPECTED_YUAN });
      expect(server.output()).toMatch(new RegExp(`sessions: ${path} is damaged \\(.*\\); moved it aside to ${path}\\.damaged-`));
      await new Promise((r) => setTimeout(r, 1100));
      expect(await healthz(server.url)).toBe(200);
      // The same fault again within seconds: a disk that keeps failing is reported, not papered over.
      damageUnder(path, [4, 6, 9, 12, 15, 20]);
      const again = await chat(server.url);
      expect(again.status).toBe(500);
      // At once (the probes' report is still the cached one), the failed chat alone makes it 503 …
      const now = await fetch(`${server.url}/healthz`);
      expect(now.status).toBe(503);
      expect(((await now.json()) as { failing?: string[] }).failing).toContain('chat');
      // … and once the probes run again, the session store is named with its file.
      await new Promise((r) => setTimeout(r, 1100));
      const res = await fetch(`${server.url}/healthz`);
      expect(res.status).toBe(503);
      const body = (await res.json()) as { failing?: string[]; error?: string };
      expect(body.failing).toContain('sessions');
      expect(body.error).toContain(path);
      expect(server.child.exitCode).toBeNull();
    } finally {
      await server.stop();
    }
  }, SLOW);

  it('a truncated shared-memory file kills the process (SIGBUS, as SQLite maps it); restarted, it answers and keeps the session', async () => {
    const dir = copyDataDir(good.dir);
    dirs.push(dir);
    const first = await startServerProcess(dir);
    expect(first.ready).toBe(true);
    const before = await chat(first.server.url);
    expect(before).toMatchObject({ status: 200, amount: EXPECTED_YUAN });
    truncateSync(join(dir, `${SESSIONS_FILE}-shm`), 0);
    let died = false;
    try {
      await chat(first.server.url);
    } catch {
      died = true;
    }
    const end = died ? await first.server.exited : await first.server.stop();
    if (died) expect(end.signal).toBe('SIGBUS');
    // What systemd's Restart=always or Docker's restart policy does next.
    const second = await startServerProcess(dir);
    try {
      expect(second.ready).toBe(true);
      if (!second.ready) return;
      expect(await chat(second.server.url, before.sessionId)).toMatchObject({ status: 200, amount: EXPECTED_YUAN, sessionId: before.sessionId });
    } finally {
      await second.server.stop();
    }
  }, SLOW);
});
