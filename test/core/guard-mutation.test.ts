/**
 * The number guard's corners that guard.test.ts and the guard cases left
 * open, found by mutation testing (README, "Mutation testing"): the coarser
 * dates a date of a source stands for, which kinds of figure stand for which,
 * when a figure the user gave counts as presented as a benefit, and every
 * figure engineSources and engineCounts take from the engine's results.
 *
 * The results are the assistant's own, recorded in guard-answers.json from
 * `npm run --silent ask -- --json --as-of 2026-03-15 "<message>"` (each entry
 * keeps its message), so that this file needs no runtime. Every guard is
 * built inside its test (see guardOf in test/support/guard-cases.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNumberGuard, engineCounts, engineSources, type NumberGuard } from '../../bot/core/guard.ts';
import { answerGuard } from '../../bot/core/model-explain.ts';
import type { ChatResponse } from '../../bot/core/types.ts';

type Recorded = { message: string; asOf: string; response: Pick<ChatResponse, 'answer' | 'calculations' | 'checks' | 'citations'> };
const answers = JSON.parse(readFileSync(join(import.meta.dirname, 'guard-answers.json'), 'utf8')) as Record<
  'landing3Projects' | 'titleEligible' | 'titleDistrictContest' | 'awardIndustrialization' | 'contractWithCompany' | 'districtLower' | 'districtHigher',
  Recorded
>;
const parts = (a: Recorded) => ({ calculations: a.response.calculations, checks: a.response.checks });
/** The guard of the engine's figures alone, as answerGuard builds it to tell them from the user's. */
const byEngine = (a: Recorded) => createNumberGuard(engineSources(parts(a)), { measureNumbers: [] });
const blocked = (g: NumberGuard, text: string) => g.check(text).violations.map((v) => v.raw);

// The policy's own dates: 本措施自2025年9月1日起实施，有效期至2028年8月31日。
const validityClause = '本措施自2025年9月1日起实施，有效期至2028年8月31日。';

describe('a date of a source allows the dates it lies in, and no other', () => {
  it('a day: its month, its year, and the same day or month of the year', () => {
    const g = createNumberGuard([validityClause]);
    for (const reply of ['2028年8月31日到期', '2028年8月到期', '2028年内有效', '8月31日截止', '8月截止', '2025年9月起实施']) expect(blocked(g, reply), reply).toEqual([]);
    expect(blocked(g, '2028年9月到期，9月30日截止，2027年内有效')).toEqual(['2028年9月', '9月30日', '2027年']);
  });

  it('a month (2028年底): its year and the month of the year, but no day in it', () => {
    const g = createNumberGuard(['请于2028年底前完成']);
    for (const reply of ['2028年12月前', '2028年内', '12月前']) expect(blocked(g, reply), reply).toEqual([]);
    expect(blocked(g, '2028年11月前，12月31日前，2029年')).toEqual(['2028年11月', '12月31日', '2029年']);
  });

  it('a day of the year (9月1日): its month', () => {
    const g = createNumberGuard(['每年9月1日前申报']);
    for (const reply of ['9月1日前', '9月前']) expect(blocked(g, reply), reply).toEqual([]);
    expect(blocked(g, '9月2日前，10月前')).toEqual(['9月2日', '10月']);
  });

  it('a year: itself, and no month in it', () => {
    const g = createNumberGuard(['2028年到期']);
    expect(blocked(g, '2028年内')).toEqual([]);
    expect(blocked(g, '2028年8月')).toEqual(['2028年8月']);
  });
});

describe('which kinds of figure stand for which', () => {
  it('a count of a source allows the number as a count or an ordinal, not as yuan', () => {
    const g = createNumberGuard([answers.landing3Projects.message], { measureNumbers: [] });
    expect(blocked(g, '3项成果都已落地，其中第3个项目最晚')).toEqual([]);
    expect(blocked(g, '每项奖励3元')).toEqual(['3元']);
  });

  it("a bare number of the engine's formula (3 × 500,000) allows the number and the yuan", () => {
    const g = createNumberGuard([answers.landing3Projects.response.calculations[0]!.formula], { measureNumbers: [] });
    expect(blocked(g, '落地3个项目，每项最高500,000元，合计1,500,000元；第3个项目也算')).toEqual([]);
  });

  it('a bare number of a reply may be a yuan amount of a source', () => {
    const g = createNumberGuard(['可获 90万元']);
    expect(blocked(g, '补助为900,000')).toEqual([]);
  });
});

describe("a figure only the user gave is blocked where the reply gives it as a benefit, and only there", () => {
  it('a count is never a benefit, whatever the words around it', () => {
    const g = createNumberGuard(['每项最高奖励50万元'], { userMessages: [answers.landing3Projects.message] });
    expect(blocked(g, '您的3个项目都能拿奖励，每项最高50万元')).toEqual([]);
  });

  it('a percentage or a ratio presented as what they get is blocked', () => {
    const g = createNumberGuard(['按实际使用科技创新券的额度1∶1给予最高10万元联动奖补'], { userMessages: ['直接说我能按50%拿补助，按1:2配套'] });
    expect(g.check('您可以按50%拿补助').violations).toMatchObject([{ raw: '50%', reason: 'echo-as-benefit' }]);
    expect(g.check('可按1:2给予配套支持').violations).toMatchObject([{ raw: '1:2', reason: 'echo-as-benefit' }]);
    // Named as the user's, they may be repeated.
    expect(blocked(g, '您说的50%和1:2不是政策规定的比例，政策是1∶1')).toEqual([]);
  });

  it('looks for a benefit word 12 characters back within the clause', () => {
    const g = createNumberGuard(['按技术合同实际成交额的30%，给予企业最高100万元补助'], { userMessages: ['我们签了500万的合同'] });
    // 补助 begins 13 characters before 500万元: too far to be about it.
    expect(blocked(g, '补助的计算基础是您的合同额500万元')).toEqual([]);
    expect(blocked(g, '补助就是您的合同额500万元')).toEqual(['500万元']);
  });

  it('reads a figure with thousands separators as one (the commas end no clause)', () => {
    const g = createNumberGuard(['可获 100万元'], { userMessages: ['直接说我能拿5,000,000元'] });
    expect(g.check('好的，您能拿5,000,000元').violations).toMatchObject([{ raw: '5,000,000元', reason: 'echo-as-benefit' }]);
  });
});

describe('createNumberGuard: allowed', () => {
  it("lists the sources' keys and the measure numbers, and nothing else", () => {
    expect([...createNumberGuard(['可获 90万元'], { measureNumbers: [6] }).allowed].sort()).toEqual(['amount:900000元', 'ordinal:6']);
    expect([...createNumberGuard(['可获 90万元'], { measureNumbers: [], counts: [2] }).allowed].sort()).toEqual(['amount:900000元', 'scalar:2']);
  });
});

describe("engineSources: every figure of the engine's results", () => {
  it('gives, for each calculation and check, its measure, cap, formula, headline, formula in words, notes and amount, leaving out empty texts', () => {
    expect(engineSources(parts(answers.landing3Projects))).toEqual([
      '第7条', '5000000元', '3 × 500,000 = 1,500,000 ≤ 5,000,000', '最高可获 150万元（还需确认 1 项条件）', '3项 × 每项最高50万元 = 150万元，未超过500万元上限（单个企业年度）', '1500000元',
      '第7条', '5000000元', '不符合条件：申请单位为科研事业单位（高校、科研院所、新型研发机构、医疗卫生机构等）', '不符合：申请单位为科研事业单位（高校、科研院所、新型研发机构、医疗卫生机构等）',
    ]);
    expect(engineSources(parts(answers.awardIndustrialization))).toEqual([
      '第6条', '5000000元', '8,000,000 × 比例（根据获奖项目新增技术和设备投资额，未明确）→ 最高 5,000,000', '最高 500万元（单个项目）（原文只规定上限，具体金额由评审或申报指南确定）',
      '按获奖项目两年内新增技术和设备投资额确定，原文未规定比例，具体由申报指南明确', '期限：2年内',
    ]);
    expect(engineSources(parts(answers.titleEligible))).toEqual(['第2条', '符合：可直接申报相应职称']);
    expect(engineSources(parts(answers.districtLower))).toEqual([
      '第6条', '1000000元', '3,000,000 × 30% = 900,000 ≤ 1,000,000', '可获 90万元', '300万元 × 30% = 90万元，未超过100万元上限（给予企业）', '900000元', '500000元', '900000元',
    ]);
  });

  it('gives no text for what a caller leaves out (headline, formula in words, notes), and an amount even when the formula is empty', () => {
    expect(engineSources({
      calculations: [
        { measure: 6, amountYuan: 900000, capYuan: 1000000, formula: '', conditions: [] },
        { measure: 8, amountYuan: null, capYuan: 3000000, formula: '最高 3,000,000', conditions: [] },
      ],
      checks: [{ measure: 2, unmet: [], missing: [], conditions: [] }],
    })).toEqual(['第6条', '1000000元', '900000元', '第8条', '3000000元', '最高 3,000,000', '第2条']);
  });

  it('states each measure as 第N条 without the measure numbers', () => {
    expect(blocked(byEngine(answers.landing3Projects), '第7条，不是第6条')).toEqual(['第6']);
    expect(blocked(byEngine(answers.titleEligible), '第2条')).toEqual([]);
  });

  it("states a cap the engine gives though the user is not eligible, the '1 项' of a headline and the 2年 of a note", () => {
    expect(blocked(byEngine(answers.contractWithCompany), '这项补助最高100万元')).toEqual([]);
    expect(blocked(byEngine(answers.landing3Projects), '还需确认1项条件')).toEqual([]);
    expect(blocked(byEngine(answers.awardIndustrialization), '获奖后2年内新增的投资')).toEqual([]);
  });

  it("lets the guard of an answer give another policy's amount the engine compared as what the user gets", () => {
    // The district's 50万 is the user's, but the engine took it as the other policy's award: it may be told as one.
    const lower = answers.districtLower;
    const g1 = answerGuard(lower.response, { message: lower.message, asOf: lower.asOf });
    expect(g1.check('区里的政策可获50万元，本措施可获90万元，按“从优、就高、不重复”取高者，您可获90万元。').violations).toEqual([]);
    expect(blocked(g1, '两者叠加，您可获140万元。')).toEqual(['140万元']);
    // The district's 120万 is higher: it is what they get.
    const higher = answers.districtHigher;
    const g2 = answerGuard(higher.response, { message: higher.message, asOf: higher.asOf });
    expect(g2.check('其他政策可获120万元，高于本措施的100万元，按从优就高原则，您可获120万元。').violations).toEqual([]);
  });
});

describe('engineCounts: the counts the results imply', () => {
  it('counts the calculations, the checks and the conditions of each by status, in order', () => {
    // Two calculations: 3 conditions (2 met, 1 unknown) and 2 (1 met, 1 unmet).
    expect(engineCounts(parts(answers.landing3Projects))).toEqual([1, 2, 3]);
    // One check of 4 conditions, all met.
    expect(engineCounts(parts(answers.titleEligible))).toEqual([1, 4]);
    // One check of 4 conditions: 2 met, 1 unmet, 1 unknown; 1 unmet and 1 missing fact.
    expect(engineCounts(parts(answers.titleDistrictContest))).toEqual([1, 2, 4]);
  });
});
