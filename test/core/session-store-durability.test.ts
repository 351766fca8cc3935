/**
 * The session database survives its own faults: checked at open, a damaged
 * file moved aside (at open and at run time) and a fresh one started, faults
 * it cannot mend named with what to do; bounded by a sweep in small batches
 * and a cap that drops the oldest first.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemorySessionStore, createSqliteSessionStore, SessionStoreError, type SessionStore } from '../../bot/core/session-store.ts';
import { scribblePages } from '../support/data-dir.ts';

const dirs: string[] = [];
function tempDir() {
  const d = mkdtempSync(join(tmpdir(), 'cg-sess-dur-'));
  dirs.push(d);
  return d;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const state = { facts: { contractAmountYuan: '3000000', note: 'x'.repeat(150) } };

/** A database with `n` sessions, closed. */
function populated(n: number): string {
  const path = join(tempDir(), 'sessions.sqlite');
  const store = createSqliteSessionStore(path, { ttlMs: 60_000, log: () => {} });
  for (let i = 0; i < n; i++) store.save(`s${i}`, state, undefined);
  store.close();
  return path;
}

const asideFiles = (path: string) => readdirSync(join(path, '..')).filter((f) => /^sessions\.sqlite\.damaged-\d{4}-\d\d-\d\dT[\d-]+Z$/.test(f));

describe('a damaged session database at open', () => {
  it.each([
    ['random pages', (p: string) => scribblePages(p, [3, 5, 8, 13], 5, 1024)],
    ['a random header page (not a database)', (p: string) => scribblePages(p, [1], 9, 1024)],
  ])('with %s is moved aside under a dated name, and a fresh one serves', (_name, damage) => {
    const path = populated(300);
    damage(path);
    const logs: string[] = [];
    const store = createSqliteSessionStore(path, { ttlMs: 60_000, log: (m) => logs.push(m) });
    expect(asideFiles(path)).toHaveLength(1);
    expect(logs.join()).toContain(`sessions: ${path} is damaged`);
    expect(logs.join()).toContain(join(path, '..', asideFiles(path)[0]!));
    expect(store.load('s1')).toBeUndefined();
    expect(store.save('s1', state, undefined)).toBe(1);
    store.close();
  });

  it('refuses a folder where the file should be, naming it and saying what to do', () => {
    const path = join(tempDir(), 'sessions.sqlite');
    mkdirSync(path);
    expect(() => createSqliteSessionStore(path, { ttlMs: 60_000 })).toThrow(new SessionStoreError(path, `${path} is a folder, not a database file; move it away (sessions are conversation state: a fresh database is created in its place)`));
  });

  it('refuses a DATA_DIR that is a file, naming it', () => {
    const file = join(tempDir(), 'data');
    writeFileSync(file, 'not a folder');
    expect(() => createSqliteSessionStore(join(file, 'sessions.sqlite'), { ttlMs: 60_000 })).toThrow(`sessions: ${file} is a file, not a folder, so ${file}/sessions.sqlite cannot be created in it; point DATA_DIR at a folder, or move the file away`);
  });
});

describe('a session database damaged while it runs', () => {
  it('is moved aside on the first error and the operation done on a fresh one', () => {
    const path = join(tempDir(), 'sessions.sqlite');
    const logs: string[] = [];
    const store = createSqliteSessionStore(path, { ttlMs: 60_000, log: (m) => logs.push(m) });
    for (let i = 0; i < 300; i++) store.save(`s${i}`, state, undefined);
    // Another connection commits (so the store re-reads the file), then pages are overwritten under it.
    const other = new Database(path);
    other.pragma('wal_checkpoint(TRUNCATE)');
    other.prepare("INSERT INTO sessions VALUES ('other', '{}', 1, 1)").run();
    other.close();
    scribblePages(path, [3, 5, 8, 13, 21, 34, 55], 3, 1024);
    const loaded = Array.from({ length: 300 }, (_, i) => store.load(`s${i}`));
    expect(loaded.filter((l) => l === undefined).length).toBeGreaterThan(0);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/sessions: .*sessions\.sqlite is damaged \(database disk image is malformed \(SQLITE_CORRUPT\)\); moved it aside/);
    expect(asideFiles(path)).toHaveLength(1);
    expect(store.save('fresh', state, undefined)).toBe(1);
    expect(store.load('fresh')).toEqual({ state, version: 1 });
    store.close();
  });
});

describe('a session row that cannot be read', () => {
  it('is an expired session, whatever is wrong with it', () => {
    const path = join(tempDir(), 'sessions.sqlite');
    const store = createSqliteSessionStore(path, { ttlMs: 60_000 });
    for (const id of ['a', 'b', 'c']) store.save(id, state, undefined);
    const db = new Database(path);
    db.prepare("UPDATE sessions SET state = '{\"facts\": {' WHERE id = 'a'").run();
    db.prepare("UPDATE sessions SET version = 'x' WHERE id = 'b'").run();
    db.prepare("UPDATE sessions SET state = x'00ff' WHERE id = 'c'").run();
    db.close();
    for (const id of ['a', 'b', 'c']) {
      expect(store.load(id)).toBeUndefined();
      expect(store.save(id, state, undefined)).toBe(1);
    }
    store.close();
  });
});

describe.each<[string, (o: { now: () => number; maxSessions?: number }) => SessionStore]>([
  ['memory', (o) => createMemorySessionStore({ ttlMs: 60_000, sweepEvery: 10, sweepBatch: 25, ...o })],
  ['sqlite', (o) => createSqliteSessionStore(join(tempDir(), 's.sqlite'), { ttlMs: 60_000, sweepEvery: 10, sweepBatch: 25, ...o })],
])('%s store bounds', (_name, make) => {
  it('keeps at most maxSessions, dropping the least recently saved first', () => {
    let now = 1_000_000;
    const store = make({ now: () => now, maxSessions: 100 });
    for (let i = 0; i < 400; i++) {
      now += 1;
      store.save(`s${i}`, state, undefined);
      // s0 keeps being used: it is never the oldest.
      if (i % 50 === 0 && i > 0) store.save('s0', state, store.load('s0')!.version);
    }
    // Past the cap by at most a sweep's worth of saves.
    const kept = Array.from({ length: 400 }, (_, i) => store.load(`s${i}`) !== undefined);
    expect(kept.filter(Boolean).length).toBeLessThanOrEqual(100 + 10);
    expect(kept.slice(-90).every(Boolean)).toBe(true);
    expect(kept.slice(1, 250).some(Boolean)).toBe(false);
    expect(kept[0]).toBe(true);
    store.close();
  });
});

describe('the sqlite sweep', () => {
  it('deletes expired rows a small batch per save, and all of them in the end', () => {
    let now = 1_000_000;
    const path = join(tempDir(), 's.sqlite');
    const store = createSqliteSessionStore(path, { ttlMs: 60_000, now: () => now, sweepEvery: 10, sweepBatch: 25 });
    for (let i = 0; i < 500; i++) store.save(`old${i}`, state, undefined);
    now += 61_000;
    const db = new Database(path, { readonly: true });
    const count = () => db.prepare<[], { n: number }>('SELECT count(*) AS n FROM sessions').get()!.n;
    const counts: number[] = [];
    for (let i = 0; i < 40; i++) {
      store.save(`new${i}`, state, undefined);
      counts.push(count());
    }
    // No save deleted more than one batch.
    for (let i = 1; i < counts.length; i++) expect(counts[i - 1]! + 1 - counts[i]!).toBeLessThanOrEqual(25);
    expect(counts.at(-1)).toBe(40);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'sessions' AND sql LIKE '%updated_at%'").all()).toHaveLength(1);
    db.close();
    store.close();
  });
});
