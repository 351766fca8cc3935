/**
 * The session stores' contract pinned where the first mutation run of
 * bot/core/session-store.ts found it loose: the exact edge of the time to
 * live, the cap and the sweep step by step, new sessions waiting for their
 * transaction, the file's own settings, and the faults the store names or
 * mends. Every SQLite test uses a real file in a temporary folder.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createMemorySessionStore, createSqliteSessionStore, SessionStoreError, type SessionStore, type SessionStoreOptions } from '../../bot/core/session-store.ts';
import { scribblePages } from '../support/data-dir.ts';

const dirs: string[] = [];
function tempDir() {
  const d = mkdtempSync(join(tmpdir(), 'cg-sess-mut-'));
  dirs.push(d);
  return d;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const TTL = 60_000;
const state = { facts: { contractAmountYuan: '3000000' } };

/** Rows in the file as another connection sees them (what the store keeps on disk, expired or not). */
function rowsOnDisk(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare<[], { id: string }>('SELECT id FROM sessions ORDER BY id').all().map((r) => r.id);
  } finally {
    db.close();
  }
}

const kinds: [string, (o: Partial<SessionStoreOptions> & { now: () => number }) => SessionStore][] = [
  ['memory', (o) => createMemorySessionStore({ ttlMs: TTL, ...o })],
  ['sqlite', (o) => createSqliteSessionStore(join(tempDir(), 's.sqlite'), { ttlMs: TTL, ...o })],
];

describe.each(kinds)('%s store: the edge of the time to live', (_name, make) => {
  it('keeps a session idle for exactly the time to live, and forgets it a millisecond later', () => {
    let now = 5_000_000;
    const store = make({ now: () => now });
    expect(store.save('a', state, undefined)).toBe(1);
    expect(store.save('b', state, undefined)).toBe(1);
    now += TTL;
    expect(store.load('a')).toEqual({ state, version: 1 });
    // Still live: it cannot be started again, and it saves against its version.
    expect(store.save('b', { other: true }, undefined)).toBeNull();
    expect(store.save('b', { n: 2 }, 1)).toBe(2);
    now += 1;
    expect(store.load('a')).toBeUndefined();
    expect(store.save('a', { fresh: true }, undefined)).toBe(1);
    expect(store.load('a')).toEqual({ state: { fresh: true }, version: 1 });
    store.close();
  });

  it('refuses a save against a version of a session that does not exist', () => {
    const store = make({ now: () => 0 });
    expect(store.save('none', state, 1)).toBeNull();
    expect(store.load('none')).toBeUndefined();
    store.close();
  });

  it('forgets a deleted session, and starts it again under the same id', async () => {
    const store = make({ now: () => 0 });
    store.save('d', state, undefined);
    store.save('keep', state, undefined);
    store.delete('d');
    expect(store.load('d')).toBeUndefined();
    expect(store.load('keep')).toEqual({ state, version: 1 });
    expect(await store.create('d', { again: 1 })).toBe(1);
    expect(store.load('d')).toEqual({ state: { again: 1 }, version: 1 });
    store.close();
  });

  it('creates a session whose id expired, as if it were gone', async () => {
    let now = 0;
    const store = make({ now: () => now });
    store.save('e', state, undefined);
    store.save('e', state, 1);
    now += TTL + 1;
    expect(await store.create('e', { second: 'life' })).toBe(1);
    expect(store.load('e')).toEqual({ state: { second: 'life' }, version: 1 });
    store.close();
  });
});

describe.each(kinds)('%s store: the cap', (_name, make) => {
  it('keeps exactly maxSessions, the most recently saved', () => {
    let now = 0;
    // Sweeping at every save, so the sqlite store is at its cap after each one.
    const store = make({ now: () => ++now, maxSessions: 3, sweepEvery: 1 });
    for (const id of ['a', 'b', 'c']) store.save(id, state, undefined);
    expect(['a', 'b', 'c'].map((id) => store.load(id) !== undefined)).toEqual([true, true, true]);
    store.save('a', state, 1);
    store.save('d', state, undefined);
    // b was the least recently saved.
    expect(['a', 'b', 'c', 'd'].map((id) => store.load(id) !== undefined)).toEqual([true, false, true, true]);
    store.save('e', state, undefined);
    expect(['a', 'b', 'c', 'd', 'e'].map((id) => store.load(id) !== undefined)).toEqual([true, false, false, true, true]);
    store.close();
  });

  it('does not drop live sessions when a sweep finds nothing expired', () => {
    let now = 0;
    const store = make({ now: () => ++now, sweepEvery: 1, maxSessions: 100 });
    for (let i = 0; i < 20; i++) store.save(`s${i}`, { i }, undefined);
    for (let i = 0; i < 20; i++) expect(store.load(`s${i}`)).toEqual({ state: { i }, version: 1 });
    store.close();
  });
});

describe('memory store', () => {
  it('holds nothing after close', () => {
    const store = createMemorySessionStore({ ttlMs: TTL, now: () => 0 });
    store.save('a', state, undefined);
    store.close();
    expect(store.load('a')).toBeUndefined();
  });

  it('sweeps only sessions idle for longer than the time to live', () => {
    let now = 0;
    const store = createMemorySessionStore({ ttlMs: TTL, now: () => now, sweepEvery: 2 });
    store.save('a', state, undefined);
    now += TTL;
    // The second save sweeps; a is idle for exactly the time to live, and stays.
    store.save('b', state, undefined);
    expect(store.load('a')).toEqual({ state, version: 1 });
    expect(store.load('b')).toEqual({ state, version: 1 });
  });
});

describe('sqlite store: the sweep, step by step', () => {
  it('starts every sweepEvery saves, drops a batch of the oldest rows per save, and stops at the cap it found', () => {
    let now = 1_000;
    const path = join(tempDir(), 's.sqlite');
    const store = createSqliteSessionStore(path, { ttlMs: TTL, now: () => ++now, maxSessions: 10, sweepEvery: 100, sweepBatch: 5 });
    const db = new Database(path, { readonly: true });
    const count = () => db.prepare<[], { n: number }>('SELECT count(*) AS n FROM sessions').get()!.n;
    const counts: number[] = [];
    for (let i = 0; i < 130; i++) {
      store.save(`s${i}`, { i }, undefined);
      counts.push(count());
    }
    db.close();
    // Nothing is dropped before the 100th save.
    expect(counts.slice(0, 99)).toEqual(Array.from({ length: 99 }, (_, i) => i + 1));
    // From the 100th save on, each save adds one row and drops five, until the 90 rows
    // over the cap at the sweep's start are gone (18 steps)…
    expect(counts.slice(99, 117)).toEqual(Array.from({ length: 18 }, (_, k) => 95 - 4 * k));
    // …and then the store grows again until the next sweep.
    expect(counts.slice(117)).toEqual(Array.from({ length: 13 }, (_, k) => 28 + k));
    // The oldest 90 were dropped.
    expect(store.load('s89')).toBeUndefined();
    expect(store.load('s90')).toEqual({ state: { i: 90 }, version: 1 });
    store.close();
  });

  it('deletes expired rows in batches before it counts the rows over the cap', () => {
    let now = 1_000;
    const path = join(tempDir(), 's.sqlite');
    const store = createSqliteSessionStore(path, { ttlMs: TTL, now: () => now, maxSessions: 5, sweepEvery: 50, sweepBatch: 20 });
    for (let i = 0; i < 45; i++) store.save(`old${i}`, state, undefined);
    now += TTL + 1;
    const counts: number[] = [];
    for (let i = 0; i < 10; i++) {
      now += 1;
      store.save(`new${i}`, state, undefined);
      counts.push(rowsOnDisk(path).length);
    }
    // The 50th save starts the sweep: 20 expired rows a save (45 = 20 + 20 + 5); the step
    // that finds fewer than a batch expired then drops the rows over the cap of 5 (new0, new1).
    expect(counts).toEqual([46, 47, 48, 49, 30, 11, 5, 6, 7, 8]);
    expect(rowsOnDisk(path)).toEqual(['new2', 'new3', 'new4', 'new5', 'new6', 'new7', 'new8', 'new9']);
    store.close();
  });

  it('counts the new sessions of one transaction towards the next sweep', async () => {
    let now = 1_000;
    const path = join(tempDir(), 's.sqlite');
    const store = createSqliteSessionStore(path, { ttlMs: TTL, now: () => now, sweepEvery: 10, sweepBatch: 100 });
    for (let i = 0; i < 5; i++) store.save(`old${i}`, state, undefined);
    now += TTL + 1;
    // Five new sessions in one transaction make ten writes: the sweep runs in it.
    await Promise.all(Array.from({ length: 5 }, (_, i) => store.create(`new${i}`, state)));
    expect(rowsOnDisk(path)).toEqual(['new0', 'new1', 'new2', 'new3', 'new4']);
    store.close();
  });

  it('keeps an expired row on disk until a sweep or a look-up, and deletes it on look-up', () => {
    let now = 1_000;
    const path = join(tempDir(), 's.sqlite');
    const store = createSqliteSessionStore(path, { ttlMs: TTL, now: () => now });
    store.save('gone', state, undefined);
    store.save('also', state, undefined);
    now += TTL + 1;
    expect(rowsOnDisk(path)).toEqual(['also', 'gone']);
    expect(store.load('gone')).toBeUndefined();
    expect(rowsOnDisk(path)).toEqual(['also']);
    store.close();
  });

  it('reads a row whose state is not text as no session, even when its bytes are JSON', () => {
    const path = join(tempDir(), 's.sqlite');
    const store = createSqliteSessionStore(path, { ttlMs: TTL, now: () => 0 });
    store.save('blob', state, undefined);
    const db = new Database(path);
    db.prepare("UPDATE sessions SET state = CAST('{\"a\":1}' AS BLOB) WHERE id = 'blob'").run();
    db.close();
    expect(store.load('blob')).toBeUndefined();
    expect(rowsOnDisk(path)).toEqual([]);
    store.close();
  });

  it('deletes a row it cannot read when it is looked up', () => {
    const path = join(tempDir(), 's.sqlite');
    const store = createSqliteSessionStore(path, { ttlMs: TTL, now: () => 0 });
    store.save('bad', state, undefined);
    store.save('good', state, undefined);
    const db = new Database(path);
    db.prepare("UPDATE sessions SET state = 'not json' WHERE id = 'bad'").run();
    db.close();
    expect(store.load('bad')).toBeUndefined();
    expect(rowsOnDisk(path)).toEqual(['good']);
    store.close();
  });
});

describe('sqlite store: new sessions waiting for their transaction', () => {
  it('loads a new session before its transaction is written', async () => {
    const store = createSqliteSessionStore(join(tempDir(), 's.sqlite'), { ttlMs: TTL });
    const created = store.create('soon', { waiting: true });
    expect(store.load('soon')).toEqual({ state: { waiting: true }, version: 1 });
    expect(await created).toBe(1);
    expect(store.load('soon')).toEqual({ state: { waiting: true }, version: 1 });
    store.close();
  });

  it('refuses the second of two creations of one id queued together, keeping the first', async () => {
    const store = createSqliteSessionStore(join(tempDir(), 's.sqlite'), { ttlMs: TTL });
    const results = await Promise.all([store.create('twice', { n: 1 }), store.create('twice', { n: 2 })]);
    expect(results).toEqual([1, null]);
    expect(store.load('twice')).toEqual({ state: { n: 1 }, version: 1 });
    store.close();
  });

  it('writes the sessions queued in separate moments in separate transactions', async () => {
    const store = createSqliteSessionStore(join(tempDir(), 's.sqlite'), { ttlMs: TTL });
    expect(await store.create('first', { n: 1 })).toBe(1);
    expect(await store.create('second', { n: 2 })).toBe(1);
    expect(await store.create('first', { n: 3 })).toBeNull();
    expect(store.load('first')).toEqual({ state: { n: 1 }, version: 1 });
    expect(store.load('second')).toEqual({ state: { n: 2 }, version: 1 });
    store.close();
  });

  it('rejects every creation of a transaction that cannot be written, naming the file', async () => {
    const path = join(tempDir(), 's.sqlite');
    const store = createSqliteSessionStore(path, { ttlMs: TTL });
    // Another process holds the write lock past the 5 s busy timeout.
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    const results = await Promise.allSettled([store.create('l1', state), store.create('l2', state)]);
    other.exec('ROLLBACK');
    other.close();
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    for (const r of results) {
      const e = (r as PromiseRejectedResult).reason;
      expect(e).toBeInstanceOf(SessionStoreError);
      expect(e.message).toBe(`sessions: ${path}: database is locked (SQLITE_BUSY)`);
      expect(e.cause).toMatchObject({ code: 'SQLITE_BUSY' });
    }
    // Nothing was stored; the ids are free once the lock is gone.
    expect(store.load('l1')).toBeUndefined();
    expect(await store.create('l1', state)).toBe(1);
    store.close();
  }, 20_000);
});

describe('sqlite store: the file', () => {
  it('creates a new file with 1 KiB pages in write-ahead-log mode, in folders it creates', () => {
    const path = join(tempDir(), 'data', 'deeper', 'sessions.sqlite');
    const store = createSqliteSessionStore(path, { ttlMs: TTL });
    store.save('a', state, undefined);
    const db = new Database(path, { readonly: true });
    expect(db.pragma('page_size', { simple: true })).toBe(1024);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    store.close();
  });

  it('keeps the page size of a database that already has tables', () => {
    const path = join(tempDir(), 'sessions.sqlite');
    const db = new Database(path);
    db.pragma('page_size = 4096');
    db.exec('CREATE TABLE other (x)');
    db.close();
    const store = createSqliteSessionStore(path, { ttlMs: TTL });
    expect(store.save('a', state, undefined)).toBe(1);
    store.close();
    const check = new Database(path, { readonly: true });
    expect(check.pragma('page_size', { simple: true })).toBe(4096);
    check.close();
  });

  it('starts afresh a sessions table from before versioned saves', () => {
    const path = join(tempDir(), 'sessions.sqlite');
    const db = new Database(path);
    db.exec("CREATE TABLE sessions (id TEXT PRIMARY KEY, state TEXT NOT NULL, updated_at INTEGER NOT NULL); INSERT INTO sessions VALUES ('old', '{}', 1)");
    db.close();
    const store = createSqliteSessionStore(path, { ttlMs: TTL, now: () => 2 });
    expect(store.load('old')).toBeUndefined();
    expect(store.save('old', state, undefined)).toBe(1);
    expect(store.save('old', state, 1)).toBe(2);
    store.close();
  });

  it('keeps the sessions of a current table when it is opened again', () => {
    const path = join(tempDir(), 'sessions.sqlite');
    const first = createSqliteSessionStore(path, { ttlMs: TTL, now: () => 0 });
    first.save('kept', state, undefined);
    first.save('kept', state, 1);
    first.close();
    const again = createSqliteSessionStore(path, { ttlMs: TTL, now: () => 0 });
    expect(again.load('kept')).toEqual({ state, version: 2 });
    again.close();
  });

  it('runs in memory when the path is :memory:, creating no file', () => {
    const cwd = readdirSync('.');
    const store = createSqliteSessionStore(':memory:', { ttlMs: TTL });
    expect(store.save('m', state, undefined)).toBe(1);
    expect(store.load('m')).toEqual({ state, version: 1 });
    store.close();
    expect(readdirSync('.')).toEqual(cwd);
  });

  it('names the file and says what to do when it cannot be opened', () => {
    const path = join(tempDir(), 'sessions.sqlite');
    // A link to a folder that does not exist: the file can be neither found nor created.
    symlinkSync(join(tempDir(), 'missing', 'folder', 's.sqlite'), path);
    const uid = process.getuid ? `uid ${process.getuid()}` : 'the server';
    const logs: string[] = [];
    let error: unknown;
    try {
      createSqliteSessionStore(path, { ttlMs: TTL, log: (m) => logs.push(m) });
    } catch (e) {
      error = e;
    }
    expect(error).toEqual(new SessionStoreError(path, `cannot open ${path} (unable to open database file); check that its folder exists and is writable by the user running the server (${uid})`));
    expect((error as Error).name).toBe('SessionStoreError');
    expect((error as SessionStoreError).file).toBe(path);
    expect((error as Error).cause).toMatchObject({ code: 'SQLITE_CANTOPEN' });
    // Not damage: nothing was moved aside or reported as such.
    expect(logs).toEqual([]);
  });

  it('names the folder it cannot create', () => {
    const file = join(tempDir(), 'plain-file');
    writeFileSync(file, 'x');
    const path = join(file, 'sub', 'sessions.sqlite');
    let error: unknown;
    try {
      createSqliteSessionStore(path, { ttlMs: TTL });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SessionStoreError);
    expect((error as SessionStoreError).file).toBe(path);
    expect((error as Error).cause).toMatchObject({ code: 'ENOTDIR' });
    expect((error as Error).message).toMatch(new RegExp(`^sessions: cannot create the folder of ${path} \\(ENOTDIR.*\\); check that DATA_DIR is a folder the user running the server \\(uid \\d+\\) may write$`));
  });

  it('does not reopen the file once closed', () => {
    const path = join(tempDir(), 'sessions.sqlite');
    const store = createSqliteSessionStore(path, { ttlMs: TTL });
    store.save('a', state, undefined);
    store.close();
    // A use after close is the caller's mistake, not a fault of the file: the driver's own error.
    expect(() => store.load('a')).toThrow(new TypeError('The database connection is not open'));
    expect(() => store.save('b', state, undefined)).toThrow(new TypeError('The database connection is not open'));
    expect(rowsOnDisk(path)).toEqual(['a']);
  });
});

/**
 * Opens a store over `path` with 300 sessions, then damages its pages under it (as the
 * durability test does). `keepOpen`: the other process keeps its connection, so the
 * write-ahead log and shared memory files stay when the store lets go of the file.
 */
function damagedWhileOpen(path: string, log: (m: string) => void, keepOpen = false): { store: SessionStore; other: Database.Database } {
  const store = createSqliteSessionStore(path, { ttlMs: TTL, log });
  for (let i = 0; i < 300; i++) store.save(`s${i}`, { note: 'x'.repeat(150), i }, undefined);
  const other = new Database(path);
  other.pragma('wal_checkpoint(TRUNCATE)');
  other.prepare("INSERT INTO sessions VALUES ('other', '{}', 1, 1)").run();
  if (!keepOpen) other.close();
  scribblePages(path, [3, 5, 8, 13, 21, 34, 55], 3, 1024);
  return { store, other };
}

describe('sqlite store: damage', () => {
  it('moves the damaged file aside with its write-ahead log and shared memory', () => {
    const dir = tempDir();
    const path = join(dir, 'sessions.sqlite');
    const logs: string[] = [];
    const { store, other } = damagedWhileOpen(path, (m) => logs.push(m), true);
    for (let i = 0; i < 300; i++) store.load(`s${i}`);
    other.close();
    expect(logs).toHaveLength(1);
    const aside = readdirSync(dir).filter((f) => f.includes('.damaged-')).sort();
    expect(aside).toHaveLength(3);
    const [main, shm, wal] = aside as [string, string, string];
    expect(main).toMatch(/^sessions\.sqlite\.damaged-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z$/);
    expect([shm, wal]).toEqual([`${main}-shm`, `${main}-wal`]);
    expect(logs[0]).toBe(`sessions: ${path} is damaged (database disk image is malformed (SQLITE_CORRUPT)); moved it aside to ${join(dir, main)} and started an empty database — open conversations start over`);
    store.close();
  });

  it('lets go of the damaged file, and does a save that met the damage again on the fresh one', () => {
    const dir = tempDir();
    const path = join(dir, 'sessions.sqlite');
    const logs: string[] = [];
    const { store } = damagedWhileOpen(path, (m) => logs.push(m));
    const versions: (number | null)[] = [];
    for (let i = 0; i < 300 && logs.length === 0; i++) versions.push(store.save(`s${i}`, { i }, 1));
    expect(logs).toHaveLength(1);
    // The session it met is gone with the file: the save is refused as a conflict, and the turn redone.
    expect(versions.at(-1)).toBeNull();
    // Its connection was closed before the file was moved: its log and shared memory went with it.
    expect(readdirSync(dir).filter((f) => f.includes('.damaged-'))).toHaveLength(1);
    expect(store.save('next', state, undefined)).toBe(1);
    store.close();
  });

  it('names what quick_check found when the file fails its check at open', () => {
    const path = join(tempDir(), 'sessions.sqlite');
    const first = createSqliteSessionStore(path, { ttlMs: TTL, log: () => {} });
    for (let i = 0; i < 300; i++) first.save(`s${i}`, { note: 'x'.repeat(150), i }, undefined);
    first.close();
    scribblePages(path, [3, 5, 8, 13], 5, 1024);
    const logs: string[] = [];
    createSqliteSessionStore(path, { ttlMs: TTL, log: (m) => logs.push(m) }).close();
    expect(logs).toHaveLength(1);
    expect(logs[0]).toContain(`sessions: ${path} is damaged (quick_check: *** in database main ***`);
  });

  it('says to check the disk when the file it just replaced fails again', () => {
    const dir = tempDir();
    const path = join(dir, 'sessions.sqlite');
    const logs: string[] = [];
    const { store } = damagedWhileOpen(path, (m) => logs.push(m));
    let error: unknown;
    for (let i = 0; i < 300 && logs.length === 0; i++) store.load(`s${i}`);
    expect(logs).toHaveLength(1);
    // The fresh file is damaged too, right away.
    for (let i = 0; i < 300; i++) store.save(`t${i}`, { note: 'y'.repeat(150), i }, undefined);
    const other = new Database(path);
    other.pragma('wal_checkpoint(TRUNCATE)');
    other.prepare("INSERT INTO sessions VALUES ('other', '{}', 1, 1)").run();
    other.close();
    scribblePages(path, [3, 5, 8, 13, 21, 34, 55], 3, 1024);
    for (let i = 0; i < 300 && error === undefined; i++) {
      try {
        store.load(`t${i}`);
      } catch (e) {
        error = e;
      }
    }
    expect(error).toBeInstanceOf(SessionStoreError);
    expect((error as Error).message).toBe(`sessions: ${path} failed again (database disk image is malformed) soon after it was replaced; check the disk`);
    expect((error as Error).cause).toMatchObject({ code: 'SQLITE_CORRUPT' });
    expect(logs).toHaveLength(1);
    store.close();
  });

  it('reports damage on standard error when no log is given', () => {
    const dir = tempDir();
    const path = join(dir, 'sessions.sqlite');
    writeFileSync(path, Buffer.alloc(4096, 0x5a));
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      createSqliteSessionStore(path, { ttlMs: TTL }).close();
      expect(spy).toHaveBeenCalledTimes(1);
      expect(String(spy.mock.calls[0]![0])).toContain(`sessions: ${path} is damaged (file is not a database)`);
    } finally {
      spy.mockRestore();
    }
  });

  it('a folder in place of the file is not damage: nothing is moved', () => {
    const dir = tempDir();
    const path = join(dir, 'sessions.sqlite');
    mkdirSync(path);
    expect(() => createSqliteSessionStore(path, { ttlMs: TTL, log: () => {} })).toThrow(SessionStoreError);
    expect(readdirSync(dir)).toEqual(['sessions.sqlite']);
  });
});
