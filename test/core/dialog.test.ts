/** Multi-turn behaviour of the core, without HTTP. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../bot/core/index.ts';

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
    expect(r.answer).toContain('分属不同条款、面向不同主体');
    expect(new Set(r.citations.slice(0, 3).map((c) => c.measure))).toEqual(new Set([2, 6, 7]));
    expect(r.citations.slice(0, 3).map((c) => c.measure)).toEqual(r.calculations.map((c) => c.measure));
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

describe('dialog: facts stay with their topic', () => {
  it('says how far each ceiling reaches once, beside a total of two turns (review 106)', async () => {
    const a = await chat('我们新建了科技成果交易服务平台，市里给多少？');
    await chat('我们的大学科技园成果转化贡献突出，能奖多少？', a.sessionId);
    const r = await chat('这两项加起来最多多少？是每年都给吗？', a.sessionId);
    const reach = r.answer.split('\n\n').filter((p) => p.includes('没有写明这') && p.includes('是每年一次的上限还是累计的上限'));
    expect(reach.length).toBeGreaterThan(0);
    expect(new Set(reach).size).toBe(reach.length);
  });

  it("compares a district's award only with the item it is for", async () => {
    const r = await chat('我们企业和江南大学签了500万技术合同，技术经理人评上了年度优秀、已经落地，区里给了60万');
    const byId = Object.fromEntries(r.calculations.map((c) => [c.benefit, c]));
    expect(byId['m2-tech-manager-award']!.combination).toBeUndefined();
    const withCombination = r.calculations.filter((c) => c.combination);
    expect(withCombination).toHaveLength(1);
    const next = await chat('另外我们用了8万元科技创新券，在省平台上用的，能拿多少', r.sessionId);
    expect(next.calculations[0]).toMatchObject({ benefit: 'm11-voucher-match', amountYuan: 80000 });
    expect(next.calculations[0]!.combination).toBeUndefined();
  });

  it('does not carry the partner of one contract into another topic', async () => {
    const a = await chat('我们企业和江南大学签了300万技术合同，能拿多少');
    const b = await chat('我们研究所建有省重点实验室，今年新增技术合同2000万，科研平台资助能拿多少？', a.sessionId);
    expect(b.calculations[0]).toMatchObject({ benefit: 'm7-platform-institution', amountYuan: 2000000 });
    expect(b.calculations[0]!.conditions.find((c) => c.id === 'is-public-research-unit')!.status).toBe('met');
    // Asked fresh by an enterprise, nothing says a public research institution applies.
    const c = await chat('我们企业建有省重点实验室，今年新增技术合同2000万，科研平台资助能拿多少？');
    expect(c.calculations.flatMap((x) => x.conditions).filter((x) => x.id === 'is-public-research-unit' && x.status === 'met')).toEqual([]);
    expect(c.calculations.filter((x) => x.status === 'computed')).toEqual([]);
  });

  it('does not take a science award for a competition prize', async () => {
    const r = await chat('我们企业的成果获得国家科技进步奖二等奖，两年内新增设备投资2000万，能拿多少？');
    expect(r.checks).toEqual([]);
    expect(r.calculations[0]).toMatchObject({ benefit: 'm6-award-industrialization', status: 'cap_only' });
    expect(r.citations[0]!.measure).toBe(6);
  });

  it('accepts counts as answers, and asks again when an answer does not fit', async () => {
    const a = await chat('我们是国家级高新区的龙头企业，对接重点实验室的成果落地有奖励吗，能拿多少');
    expect(a.question?.fact).toBe('landedProjectCount');
    const b = await chat('嗯嗯', a.sessionId);
    expect(b.question?.fact).toBe('landedProjectCount');
    expect(b.answer).toContain('没能从');
    const c = await chat('三个', a.sessionId);
    expect(c.calculations[0]).toMatchObject({ benefit: 'm7-leading-enterprise', amountYuan: 1500000 });
  });

  it('reports every refused fact instead of failing', async () => {
    const r = await chat('我们是国家级高新区的龙头企业，今年落地了0个项目，区里按150%奖励，能拿多少');
    expect(r.answer).toContain('无法使用');
  });
});

describe('today', () => {
  it('is the date in Wuxi (Asia/Shanghai), written YYYY-MM-DD', async () => {
    const { todayInWuxi } = await import('../../bot/core/assistant.ts');
    const expected = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
    expect(todayInWuxi()).toBe(expected);
  });
});

describe('concurrent turns', () => {
  it('run one after another within a session, so no fact is lost', async () => {
    const a = await chat('我们企业签了技术合同，能补多少？');
    // Both answers arrive at once: the second must see the first's amount.
    const [x, y] = await Promise.all([chat('300万', a.sessionId), chat('和江南大学签的', a.sessionId)]);
    expect(x.calculations[0]).toMatchObject({ status: 'computed', amountYuan: 900000 });
    expect(y.calculations[0]).toMatchObject({ status: 'computed', amountYuan: 900000, eligible: true });
  });
});
