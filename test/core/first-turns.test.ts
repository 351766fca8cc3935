/**
 * The first turn of a new session is worked out once per message and date,
 * kept from the second time a message opens a session (assistant.ts,
 * `firstTurn`): sessions that open with the same question get
 * the same answer, each carries on on its own, the question log still hears
 * of every one, and another date is another answer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../bot/core/index.ts';

let rt: Runtime;
const dataDir = mkdtempSync(join(tmpdir(), 'first-turns-'));
beforeAll(async () => {
  rt = await createRuntime({ today: () => '2026-06-01', dataDir });
});
afterAll(() => {
  rt.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the first turn of a new session', () => {
  it('is the same for two sessions that open with the same message, and each goes on on its own', async () => {
    const opening = '我们公司和江南大学签了100万技术合同';
    const a = await rt.assistant.chat({ message: opening });
    const b = await rt.assistant.chat({ message: opening });
    expect(b.sessionId).not.toBe(a.sessionId);
    const { sessionId: _a, ...restA } = a;
    const { sessionId: _b, ...restB } = b;
    expect(restB).toEqual(restA);
    expect(a.calculations[0]).toMatchObject({ benefit: 'm6-contract-subsidy', amountYuan: 300000 });

    // One session adds a contract; the other, opened from the same first turn, still has only its own.
    const a2 = await rt.assistant.chat({ message: '还有一单200万', sessionId: a.sessionId });
    expect(a2.calculations[0]).toMatchObject({ amountYuan: 900000 });
    const b2 = await rt.assistant.chat({ message: '还有一单50万', sessionId: b.sessionId });
    expect(b2.calculations[0]).toMatchObject({ amountYuan: 450000 });
    const a3 = await rt.assistant.chat({ message: '改成300万', sessionId: a.sessionId });
    expect(a3.calculations[0]).toMatchObject({ amountYuan: 900000 });

    // A third session that opens the same way starts from the first turn only.
    const c = await rt.assistant.chat({ message: opening });
    const c2 = await rt.assistant.chat({ message: '还有一单10万', sessionId: c.sessionId });
    expect(c2.calculations[0]).toMatchObject({ amountYuan: 330000 });
  });

  it('is told to the question log each time, not only the first', async () => {
    await rt.assistant.chat({ message: '苏州的政策怎么样' });
    await rt.assistant.chat({ message: '苏州的政策怎么样' });
    const logged = rt.questions!.list(1).filter((q) => q.kind === 'out_of_scope' && q.text === '苏州的政策怎么样');
    expect(logged).toHaveLength(2);
  });

  it('is worked out again for another date', async () => {
    const message = '技术合同补助还能申请吗';
    const during = await rt.assistant.chat({ message, asOf: '2026-06-01' });
    const after = await rt.assistant.chat({ message, asOf: '2029-01-01' });
    const againDuring = await rt.assistant.chat({ message });
    expect(after.answer).not.toBe(during.answer);
    expect(after.answer).toContain('2028年8月31日');
    expect(againDuring.answer).toBe(during.answer);
  });

  it('is kept only the second time a message opens a session, and what is kept no later caller can change', async () => {
    const message = '概念验证中心能拿多少';
    // Asked once: worked out for this caller alone (a question with one's own figure is seldom asked again).
    const first = await rt.assistant.chat({ message });
    expect(Object.isFrozen(first.calculations)).toBe(false);
    // Asked again: kept for the next, and shared with them frozen.
    const second = await rt.assistant.chat({ message });
    expect(() => second.calculations.push(second.calculations[0]!)).toThrow(TypeError);
    const third = await rt.assistant.chat({ message });
    expect(third.calculations).toHaveLength(1);
    const { sessionId: _s, ...kept } = second;
    const { sessionId: _t, ...again } = third;
    expect(again).toEqual(kept);
  });
});
