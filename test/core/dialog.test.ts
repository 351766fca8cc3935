/** Multi-turn behaviour of the core, without HTTP. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, createSqliteSessionStore, emptySession, type Runtime } from '../../bot/core/index.ts';

let rt: Runtime;
beforeAll(async () => { rt = await createRuntime({ today: () => '2026-06-01' }); });
afterAll(() => rt.close());
const chat = (message: string, sessionId?: string) => rt.assistant.chat({ message, ...(sessionId ? { sessionId } : {}) });

describe('dialog', () => {
  it('gives one contract results for the enterprise, the institution and the technology manager', async () => {
    const r = await chat('我们企业和江南大学签了500万技术合同，技术经理人评上了年度优秀、已经落地，学校有省重点实验室，今年新增合同500万');
    const byId = Object.fromEntries(r.calculations.map((c) => [c.benefit, c]));
    expect(byId['m6-contract-subsidy']).toMatchObject({ beneficiary: 'enterprise', amountYuan: 1000000 });
    expect(byId['m7-platform-institution']).toMatchObject({ beneficiary: 'institution', amountYuan: 500000 });
    expect(byId['m2-tech-manager-award']).toMatchObject({ beneficiary: 'technology_manager', amountYuan: 100000 });
    expect(r.answer).toContain('全链条支持，不属于重复享受');
    expect(r.citations.slice(0, 3).map((c) => c.measure).sort()).toEqual([2, 6, 7]);
  });

  it('does not ask again for a fact the user does not know', async () => {
    const a = await chat('我们企业签了技术合同，能补多少？');
    expect(a.question?.fact).toBe('contractAmountYuan');
    const b = await chat('300万', a.sessionId);
    expect(b.question?.fact).toBe('institutionType');
    const c = await chat('不知道', a.sessionId);
    expect(c.question).toBeUndefined();
    expect(c.calculations[0]).toMatchObject({ status: 'computed', amountYuan: 900000, eligible: null });
    expect(c.missing).toEqual(['institutionType']);
  });

  it('says what a measure without money provides', async () => {
    const r = await chat('国资基金投成果转化项目亏了会怎样');
    expect(r.citations[0]!.measure).toBe(12);
    expect(r.answer).toContain('20%—50%的容亏率');
    expect(r.calculations).toEqual([]);
  });

  it('reports the cap and the open points of a cap-only benefit', async () => {
    const r = await chat('揭榜挂帅项目最多能支持多少');
    expect(r.calculations[0]).toMatchObject({ benefit: 'm6-open-call-project', status: 'cap_only', amountYuan: null, capYuan: 5000000 });
    expect(r.answer).toContain('特别重大的项目可适当上浮');
  });
});

describe('sessions', () => {
  it('expire after inactivity (SQLite store)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-sess-'));
    let now = 1_000_000;
    const store = createSqliteSessionStore(join(dir, 's.sqlite'), { ttlMs: 60_000, now: () => now });
    const state = { ...emptySession(), facts: { contractAmountYuan: '3000000' } };
    store.save('a', state);
    now += 59_000;
    expect(store.load('a')).toEqual(state);
    store.save('a', state);
    now += 61_000;
    expect(store.load('a')).toBeUndefined();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
