/** Session stores: expiry, compare-and-swap saves, unreadable rows; and the core's use of them. */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createEligibilityEngine } from '../../eligibility/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant, createMemorySessionStore, createRuntime, createSqliteSessionStore, newSessionId, type Runtime, type SessionStore } from '../../bot/core/index.ts';

const dirs: string[] = [];
function tempDir() {
  const d = mkdtempSync(join(tmpdir(), 'cg-sess-'));
  dirs.push(d);
  return d;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const stores: [string, (now: () => number) => SessionStore][] = [
  ['memory', (now) => createMemorySessionStore({ ttlMs: 60_000, now })],
  ['sqlite', (now) => createSqliteSessionStore(join(tempDir(), 's.sqlite'), { ttlMs: 60_000, now })],
];

describe.each(stores)('%s session store', (_name, make) => {
  it('expires a session after inactivity', () => {
    let now = 1_000_000;
    const store = make(() => now);
    const state = { facts: { contractAmountYuan: '3000000' } };
    expect(store.save('a', state, undefined)).toBe(1);
    now += 59_000;
    expect(store.load('a')).toEqual({ state, version: 1 });
    expect(store.save('a', state, 1)).toBe(2);
    now += 61_000;
    expect(store.load('a')).toBeUndefined();
    // An expired session can be started again under the same id.
    expect(store.save('a', state, undefined)).toBe(1);
    store.close();
  });

  it('saves only against the version that was loaded', () => {
    const store = make(() => 0);
    expect(store.save('s', { n: 1 }, undefined)).toBe(1);
    expect(store.save('s', { n: 2 }, undefined)).toBeNull();
    expect(store.save('s', { n: 2 }, 1)).toBe(2);
    expect(store.save('s', { n: 3 }, 1)).toBeNull();
    expect(store.load('s')).toEqual({ state: { n: 2 }, version: 2 });
    store.close();
  });

  it('creates new sessions that arrive together, each stored once its save resolves', async () => {
    const store = make(() => 0);
    const ids = Array.from({ length: 40 }, (_, i) => `new${i}`);
    const versions = await Promise.all(ids.map((id, i) => store.create(id, { n: i })));
    expect(versions).toEqual(ids.map(() => 1));
    ids.forEach((id, i) => expect(store.load(id)).toEqual({ state: { n: i }, version: 1 }));
    // A taken id is refused, in a batch or alone, and the stored state is kept.
    expect(await Promise.all([store.create('new0', { n: -1 }), store.create('other', { n: 99 })])).toEqual([null, 1]);
    expect(store.load('new0')).toEqual({ state: { n: 0 }, version: 1 });
    expect(store.save('other', { n: 100 }, 1)).toBe(2);
    store.close();
  });
});

describe('sqlite session store, new sessions', () => {
  it('writes the new sessions of one moment in one transaction, and what is queued at close', async () => {
    const path = join(tempDir(), 's.sqlite');
    const store = createSqliteSessionStore(path, { ttlMs: 60_000 });
    // Every commit appends at least one page (1 KiB and a frame header) to the write-ahead log:
    // 30 saves in one transaction append a few pages, 30 transactions at least 30.
    const wal = () => statSync(`${path}-wal`).size;
    const before = wal();
    await Promise.all(Array.from({ length: 30 }, (_, i) => store.create(`b${i}`, { i })));
    expect((wal() - before) / 1048).toBeLessThan(10);
    for (let i = 0; i < 30; i++) store.save(`c${i}`, { i }, undefined);
    expect((wal() - before) / 1048).toBeGreaterThan(30);
    const late = store.create('late', { i: 'late' });
    store.close();
    expect(await late).toBe(1);
    const again = createSqliteSessionStore(path, { ttlMs: 60_000 });
    expect(again.load('late')).toEqual({ state: { i: 'late' }, version: 1 });
    expect(again.load('b29')).toEqual({ state: { i: 29 }, version: 1 });
    again.close();
  });
});

describe('sqlite session store', () => {
  it('treats a row that is not JSON as an expired session', () => {
    const path = join(tempDir(), 's.sqlite');
    const store = createSqliteSessionStore(path, { ttlMs: 60_000 });
    store.save('bad', { ok: true }, undefined);
    const db = new Database(path);
    db.prepare("UPDATE sessions SET state = '{not json' WHERE id = 'bad'").run();
    db.close();
    expect(store.load('bad')).toBeUndefined();
    expect(store.save('bad', { ok: true }, undefined)).toBe(1);
    store.close();
  });
});

describe('session ids', () => {
  it('are the time issued in base36, then 128 random bits in base64url', () => {
    const before = Date.now();
    const ids = Array.from({ length: 1000 }, newSessionId);
    const after = Date.now();
    expect(new Set(ids.map((id) => id.slice(8))).size).toBe(1000);
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-z]{8}[A-Za-z0-9_-]{22}$/);
      const at = parseInt(id.slice(0, 8), 36);
      expect(at).toBeGreaterThanOrEqual(before);
      expect(at).toBeLessThanOrEqual(after);
    }
  });

  it('issued later sort after, as SQLite compares text', async () => {
    const first = newSessionId();
    await new Promise((r) => setTimeout(r, 5));
    const later = newSessionId();
    expect(Buffer.compare(Buffer.from(first), Buffer.from(later))).toBe(-1);
  });
});

describe('the core and its sessions', () => {
  let rt: Runtime;
  beforeAll(async () => { rt = await createRuntime({ today: () => '2026-06-01' }); });
  afterAll(() => rt.close());

  it('starts a new session under a new id when the id was not issued', async () => {
    const r = await rt.assistant.chat({ message: '我们企业签了技术合同，能补多少？', sessionId: 'made-up-by-the-client' });
    expect(r.sessionId).not.toBe('made-up-by-the-client');
    expect(r.sessionId).toMatch(/^[0-9a-z]{8}[A-Za-z0-9_-]{22}$/);
    const next = await rt.assistant.chat({ message: '300万', sessionId: r.sessionId });
    expect(next.sessionId).toBe(r.sessionId);
  });

  it('loses no update when 50 turns arrive at once on one session', async () => {
    const first = await rt.assistant.chat({ message: '我们企业签了技术合同，能补多少？' });
    const amounts = Array.from({ length: 50 }, (_, i) => 100 + i);
    const replies = await Promise.all(amounts.map((a) => rt.assistant.chat({ message: `${a}万`, sessionId: first.sessionId })));
    // Each turn saw the state the one before it left: every reply computes on its own amount.
    replies.forEach((r, i) => expect(r.calculations.find((c) => c.measure === 6)?.amountYuan).toBe(amounts[i]! * 3000));
    const stored = rt.sessions.load(first.sessionId)!;
    expect(stored.version).toBe(51);
  });

  it('loses no update when two processes share one database', async () => {
    const path = join(tempDir(), 'shared.sqlite');
    // Two assistants over two connections to one file stand for two server processes.
    let conflicts = 0;
    const counting = (store: SessionStore): SessionStore => ({
      ...store,
      save(id, state, expected) {
        const v = store.save(id, state, expected);
        if (v === null) conflicts++;
        return v;
      },
    });
    const make = () => createAssistant({ kb: rt.kb, engine: createEligibilityEngine(rt.kb), retriever: rt.retriever, sessions: counting(createSqliteSessionStore(path, { ttlMs: 60_000 })) });
    const [a, b] = [make(), make()];
    const first = await a.chat({ message: '我们企业签了技术合同，能补多少？' });
    const replies = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).chat({ message: `${200 + i}万`, sessionId: first.sessionId })));
    expect(new Set(replies.map((r) => r.sessionId))).toEqual(new Set([first.sessionId]));
    const check = createSqliteSessionStore(path, { ttlMs: 60_000 });
    expect(check.load(first.sessionId)!.version).toBe(21);
    // The two wrote over each other's turns, and the losing turn was redone rather than lost.
    expect(conflicts).toBeGreaterThan(0);
    check.close();
  });
});
