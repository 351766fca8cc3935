import { describe, expect, it } from 'vitest';
import { createNumberGuard, engineCounts, engineSources, readNumbers } from '../../bot/core/guard.ts';
import { guardOf, guardRates, readGuardCases } from '../support/guard-cases.ts';

const read = (text: string) => readNumbers(text).map((m) => `${m.kind}:${m.value}`);

describe('readNumbers: one value for every way of writing it', () => {
  it.each([
    ['九十万元', 'amount:900000元'],
    ['90万', 'amount:900000元'],
    ['900,000元', 'amount:900000元'],
    ['９０万元', 'amount:900000元'],
    ['玖拾万元整', 'amount:900000元'],
    ['九十萬元', 'amount:900000元'],
    ['2.5万元', 'amount:25000元'],
    ['1.5亿', 'amount:150000000元'],
    ['24,691.35元', 'amount:24691.35元'],
    ['150万美元', 'amount:1500000美元'],
    ['30%', 'percent:30%'],
    ['30％', 'percent:30%'],
    ['百分之三十', 'percent:30%'],
    ['百分之30', 'percent:30%'],
    ['三十%', 'percent:30%'],
    ['三成', 'percent:30%'],
    ['千分之五', 'percent:0.5%'],
    ['1∶1', 'ratio:1:1'],
    ['1:1', 'ratio:1:1'],
    ['1：1', 'ratio:1:1'],
    ['一比一', 'ratio:1:1'],
    ['2:2', 'ratio:1:1'],
    ['一对一配套', 'ratio:1:1'],
    ['2倍', 'ratio:2:1'],
    ['2025年9月1日', 'date:2025-09-01'],
    ['2025-09-01', 'date:2025-09-01'],
    ['2025/9/1', 'date:2025-09-01'],
    ['二〇二五年九月一日', 'date:2025-09-01'],
    ['2025年9月', 'date:2025-09'],
    ['9月1日', 'date:--09-01'],
    ['2028年', 'date:2028'],
    ['2028年底', 'date:2028-12'],
    ['12条', 'count:12'],
    ['两年', 'count:2'],
    ['3个项目', 'count:3'],
    ['15年', 'count:15'],
    ['三个月', 'count:3'],
    ['第6条', 'ordinal:6'],
    ['第十二条', 'ordinal:12'],
    ['措施六', 'ordinal:6'],
    ['0510', 'plain:510'],
    ['3,000,000', 'plain:3000000'],
  ])('%s → %s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('reads an amount and its exact yuan in brackets as two equal amounts', () => {
    expect(read('90万元（900,000元）')).toEqual(['amount:900000元', 'amount:900000元']);
  });

  it('reads a dash between amounts as a range, not a minus sign', () => {
    expect(read('10万-20万元')).toEqual(['amount:100000元', 'amount:200000元']);
    expect(read('合同-300万')).toEqual(['amount:-3000000元']);
  });

  it('reads both bounds of a range of percentages', () => {
    expect(read('20%—50%')).toEqual(['percent:20%', 'percent:50%']);
    expect(read('20—50%')).toEqual(['percent:20%', 'percent:50%']);
  });

  it('reads a date as a date, never as an amount or a count', () => {
    expect(read('自2025年9月1日起至2028年8月31日')).toEqual(['date:2025-09-01', 'date:2028-08-31']);
  });

  it('quotes figures as written, full-width digits included', () => {
    expect(readNumbers('可获９０万元补助').map((m) => m.raw)).toEqual(['９０万元']);
  });

  it('leaves numerals inside ordinary words alone', () => {
    const words = '按一定比例，一起申报，统一受理，一般来说，一等奖、二等奖，获奖项目之一，万一不符合，千万不要错过，一项补助，一家企业，每一年，一次性拨付，一是合同，二是落地，一方面';
    expect(read(words)).toEqual([]);
  });

  it('reads 第一完成人 as an ordinal and list markers as ordinals', () => {
    expect(read('第一完成人')).toEqual(['ordinal:1']);
    expect(read('1. 合同\n2. 补助\n（三）条件 ①')).toEqual(['ordinal:1', 'ordinal:2', 'ordinal:3', 'ordinal:1']);
  });

  it('reads a time span after 一 (一年内) as a figure, unlike 一项', () => {
    expect(read('一年内申报一项')).toEqual(['count:1']);
  });
});

describe('createNumberGuard', () => {
  // Built in each test, so that mutation testing sees the tests reach it (guardOf in test/support/guard-cases.ts).
  const guard = () => createNumberGuard(['计算：300万元 × 30% = 90万元，未超过100万元上限', '政策有效期：2025年9月1日至2028年8月31日。', '按1∶1给予最高10万元联动奖补'], {
    userMessages: ['我们签了300万的合同，注册资本500万'],
  });
  const blocked = (text: string) => guard().check(text).violations.map((v) => v.raw);

  it('accepts equal values in any form', () => {
    for (const text of ['可获九十万元', '可获900,000元', '按百分之三十', '按三成', '一比一配套', '有效期至2028-08-31', '2028年8月到期', '8月31日截止', '2028年结束']) {
      expect(guard().check(text), text).toEqual({ ok: true, violations: [] });
    }
  });

  it('names every figure it cannot trace with its kind and value', () => {
    expect(guard().check('可获95万元，按35%计算，有效期至2028年9月1日，共3个项目').violations.map((v) => [v.raw, v.kind, v.value, v.reason])).toEqual([
      ['95万元', 'amount', '950000元', 'untraced'],
      ['35%', 'percent', '35%', 'untraced'],
      ['2028年9月1日', 'date', '2028-09-01', 'untraced'],
      ['3个', 'count', '3', 'untraced'],
    ]);
  });

  it('accepts the measure numbers as ordinals, not as counts', () => {
    expect(blocked('第6条、第十二条、第一完成人')).toEqual([]);
    expect(blocked('第13条')).toEqual(['第13']);
    expect(blocked('6个月内')).toEqual(['6个月']);
  });

  it("repeats the user's figures, but never as what they get", () => {
    expect(blocked('您公司注册资本500万元，与此无关')).toEqual([]);
    expect(blocked('您能拿500万元')).toEqual(['500万元']);
    expect(blocked('500万元的补助')).toEqual(['500万元']);
    expect(guard().check('您能拿500万元').violations[0]!.reason).toBe('echo-as-benefit');
    // A figure the engine computed stays allowed anywhere.
    expect(blocked('您能拿90万元')).toEqual([]);
  });

  it('takes counts the engine implies and context clauses as echoes', () => {
    const g = createNumberGuard(['可获90万元'], { counts: [4], context: ['最高500万元支持'] });
    expect(g.check('四个条件都满足').ok).toBe(true);
    expect(g.check('揭榜类项目另行评审，与500万元那一项不同').ok).toBe(true);
    expect(g.check('您最高可获500万元').ok).toBe(false);
  });

  it('allows nothing without sources but the measure numbers', () => {
    const g = createNumberGuard([]);
    expect(g.check('请查看第6条，具体以申报指南为准。').ok).toBe(true);
    expect(g.check('最高1元').ok).toBe(false);
  });
});

describe('engineSources and engineCounts', () => {
  const calc = {
    measure: 6, amountYuan: 900000, capYuan: 1000000, formula: '3,000,000 × 30% = 900,000 ≤ 1,000,000',
    conditions: [{ status: 'met' as const }, { status: 'unknown' as const }],
  };
  const check = { measure: 2, unmet: [], missing: ['competitionLevel'], conditions: [{ status: 'met' as const }, { status: 'met' as const }, { status: 'unknown' as const }] };

  it("states the engine's amounts, caps, formulas and measures, and nothing else", () => {
    const g = createNumberGuard(engineSources({ calculations: [calc], checks: [check] }));
    expect(g.check('第6条：300万元的30%是90万元，上限100万元；第2条').ok).toBe(true);
    // "measure": 6 is no count a reader was told.
    expect(g.check('6个月内').ok).toBe(false);
  });

  it('states the headline and the formula in words when the engine gives them', () => {
    const g = createNumberGuard(engineSources({ calculations: [{ ...calc, headline: '最高可获 150万元（还需确认 1 项条件）', formulaText: '3项 × 每项最高50万元 = 150万元' }], checks: [] }));
    expect(g.check('3项合计最高150万元，每项50万元').ok).toBe(true);
    expect(createNumberGuard(engineSources({ calculations: [calc], checks: [] })).check('3项合计最高150万元').ok).toBe(false);
  });

  it('counts calculations, checks and conditions by status', () => {
    expect(engineCounts({ calculations: [calc], checks: [check] })).toEqual([1, 2, 3]);
  });
});

describe('guard cases (test/core/guard-cases)', () => {
  const cases = readGuardCases();
  const withGuards = () => cases.map((c) => ({ ...c, guard: guardOf(c) }));

  it('has at least 60 faithful and 60 fabricated replies', () => {
    const { faithful, fabricated } = guardRates(withGuards());
    expect(faithful).toBeGreaterThanOrEqual(60);
    expect(fabricated).toBeGreaterThanOrEqual(60);
  });

  for (const c of cases) {
    describe(c.file, () => {
      it.each(c.faithful)('passes: %s', (reply) => {
        expect(guardOf(c).check(reply).violations).toEqual([]);
      });
      it.each(c.fabricated.map((f) => [f.reply, f.offending] as const))('blocks: %s', (reply, offending) => {
        const result = guardOf(c).check(reply);
        expect(result.ok).toBe(false);
        expect(result.violations.map((v) => v.raw)).toEqual(expect.arrayContaining([...offending]));
      });
    });
  }

  it('catches every fabricated reply and blocks no faithful one', () => {
    const r = guardRates(withGuards());
    expect([r.catchRate, r.falseBlockRate]).toEqual([1, 0]);
  });
});
