/**
 * Computing a turn's results (bot/core/compute.ts), seen through the
 * assistant: facts the engine refuses are each named once, several contracts
 * are judged one by one and then added up, and a research unit telling about
 * its contracts does not make its partner companies' subsidy look like one
 * with a company.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type ChatResponse, type Runtime } from '../../bot/core/index.ts';

let rt: Runtime;
beforeAll(async () => {
  rt = await createRuntime({ today: () => '2026-11-29' });
});
afterAll(() => rt?.close());

const chat = (message: string) => rt.assistant.chat({ message });
/** How many times the answer says a fact it was given cannot be used. */
const refusedRemarks = (r: ChatResponse) => r.answer.split('无法使用').length - 1;

describe('facts the engine refuses', () => {
  it('names every refused fact, not only the first', async () => {
    // A count of 0 and a rate of 150% are both refused.
    const r = await chat('我们是国家级高新区的龙头企业，今年落地了0个项目，区里按150%奖励，能拿多少');
    expect(refusedRemarks(r)).toBe(2);
    expect(r.calculations).toMatchObject([{ benefit: 'm7-leading-enterprise', status: 'needs_info' }]);
    expect(r.question?.fact).toBe('landedProjectCount');
  });

  it('names a refused fact once, though each of several contracts is evaluated with it', async () => {
    const r = await chat('我们企业和江南大学签了300万技术合同，和中科院签了200万，区里按150%补，能拿多少');
    expect(refusedRemarks(r)).toBe(1);
    expect(r.calculations).toMatchObject([{ benefit: 'm6-contract-subsidy', status: 'computed', amountYuan: 1000000, eligible: true }]);
  });

  it('names a refused fact once, though several benefits are evaluated with it', async () => {
    const r = await chat('我们企业和江南大学签了500万技术合同，技术经理人评上了年度优秀、已经落地，区里按150%补，能拿多少');
    expect(r.calculations.map((c) => c.benefit).sort()).toEqual(['m2-tech-manager-award', 'm6-contract-subsidy']);
    expect(refusedRemarks(r)).toBe(1);
  });

  it('says nothing is refused when every fact can be used', async () => {
    const r = await chat('我们企业和江南大学签了300万技术合同，和中科院签了200万，能拿多少');
    expect(refusedRemarks(r)).toBe(0);
    expect(r.calculations).toMatchObject([{ benefit: 'm6-contract-subsidy', status: 'computed', amountYuan: 1000000 }]);
  });
});

describe('several contracts of one kind', () => {
  it('adds up the eligible contracts under the cap, each shown on its own', async () => {
    const r = await chat('我们企业和江南大学签了200万技术合同，和中科院签了100万，能拿多少');
    // 300万 × 30% = 90万, under the 100万 cap.
    expect(r.calculations).toMatchObject([{ benefit: 'm6-contract-subsidy', status: 'computed', amountYuan: 900000, eligible: true }]);
    expect(r.answer).toContain('60万元');
    expect(r.answer).toContain('30万元');
  });

  it('counts only the contract with a research unit, not the one with a company', async () => {
    const r = await chat('我们企业和江南大学签了200万技术合同，和一家普通公司签了300万技术合同，能拿多少');
    expect(r.calculations).toMatchObject([{ benefit: 'm6-contract-subsidy', status: 'computed', amountYuan: 600000, eligible: true }]);
  });

  it('is not eligible when no contract is with a research unit', async () => {
    const r = await chat('我们企业和一家普通公司签了300万技术合同，和另一家普通公司签了200万技术合同，能补多少');
    expect(r.calculations).toMatchObject([{ benefit: 'm6-contract-subsidy', status: 'not_eligible', eligible: false }]);
    expect(r.question).toBeUndefined();
  });

  it("judges a school's contracts with two companies as the companies' contracts with a school", async () => {
    // The companies are the partners named beside the amounts, but the school is the research side of each contract.
    const r = await chat('我们学校和A公司签了300万技术合同，和B公司签了200万技术合同，企业能拿多少补助');
    expect(r.calculations).toMatchObject([{ benefit: 'm6-contract-subsidy', status: 'computed', amountYuan: 1000000, eligible: true }]);
  });
});
