/** The health check goes through retrieval, the engine and the session store, and names the part that fails. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../bot/core/index.ts';
import { createHealthCheck } from '../../bot/core/health.ts';
import { createMemorySessionStore, type SessionStore } from '../../bot/core/session-store.ts';
import type { Retriever } from '../../retrieval/index.ts';

let rt: Runtime;
beforeAll(async () => { rt = await createRuntime({ today: () => '2026-06-01' }); });
afterAll(() => rt.close());

describe('health check', () => {
  it('reports every part ok after a real round trip through each', async () => {
    const report = await createHealthCheck(() => rt)();
    expect(report).toMatchObject({ ok: true, failing: [] });
    expect(report.parts.retrieval).toMatchObject({ ok: true, detail: expect.stringMatching(/^found clause m\d+-s\d+$/) });
    expect(report.parts.engine).toMatchObject({ ok: true, detail: expect.stringMatching(/^computed m\d+-/) });
    expect(report.parts.sessions).toMatchObject({ ok: true, detail: 'saved, loaded and deleted a probe session' });
  });

  it('names the failing part and why', async () => {
    const sessions: SessionStore = {
      ...createMemorySessionStore({ ttlMs: 1000 }),
      save: () => {
        throw new Error('sessions: /data/sessions.sqlite: database disk image is malformed');
      },
    };
    const report = await createHealthCheck(() => ({ ...rt, sessions }))();
    expect(report.ok).toBe(false);
    expect(report.failing).toEqual(['sessions']);
    expect(report.parts.sessions.error).toMatch(/malformed/);
    const retriever: Retriever = { ...rt.retriever, search: () => Promise.reject(new Error('retrieval: boom')) };
    const r2 = await createHealthCheck(() => ({ ...rt, retriever }))();
    expect(r2.failing).toEqual(['retrieval']);
  });

  it('says when retrieval answers from BM25 alone while its vectors are rebuilt', async () => {
    const retriever: Retriever = { ...rt.retriever, vectorStatus: () => ({ state: 'rebuilding', reason: 'vector search failed (boom)' }) };
    const report = await createHealthCheck(() => ({ ...rt, retriever }))();
    expect(report.ok).toBe(true);
    expect(report.parts.retrieval.detail).toMatch(/from BM25 alone: vectors rebuilding \(vector search failed \(boom\)\)/);
  });

  it('checks at most once a second, however often it is asked', async () => {
    let now = 0;
    let searches = 0;
    const retriever: Retriever = { ...rt.retriever, search: (q, o) => (searches++, rt.retriever.search(q, o)) };
    const check = createHealthCheck(() => ({ ...rt, retriever }), { now: () => now });
    await Promise.all(Array.from({ length: 20 }, () => check()));
    now += 999;
    await check();
    expect(searches).toBe(1);
    now += 1;
    await check();
    expect(searches).toBe(2);
  });

  it('leaves no probe session behind', async () => {
    const saved: string[] = [];
    const deleted: string[] = [];
    const sessions: SessionStore = { ...rt.sessions, save: (id, s, v) => (saved.push(id), rt.sessions.save(id, s, v)), delete: (id) => (deleted.push(id), rt.sessions.delete(id)) };
    await createHealthCheck(() => ({ ...rt, sessions }))();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatch(/^healthz:/);
    expect(deleted).toEqual(saved);
  });
});
