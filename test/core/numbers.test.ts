import { describe, expect, it } from 'vitest';
import { findAmounts, findCounts, findPercents, formatYuanFen } from '../../bot/core/index.ts';

const fen = (text: string) => findAmounts(text).map((a) => a.fen);

describe('amounts in every common form, exact to the fen', () => {
  it.each([
    ['300万', 300000000n],
    ['签了300万元的合同', 300000000n],
    ['三百万', 300000000n],
    ['三百五十万元', 350000000n],
    ['1.5亿', 15000000000n],
    ['1亿5000万', 15000000000n],
    ['2,500,000元', 250000000n],
    ['333.33万', 333330000n],
    ['123.45万元', 123450000n],
    ['３００万', 300000000n],
    ['１２３．４５万元', 123450000n],
    ['两百万', 200000000n],
    ['三万五', 3500000n],
    ['一千二百万', 1200000000n],
    ['500块钱', 50000n],
    ['1234567.89元', 123456789n],
  ])('%s', (text, expected) => {
    expect(fen(text)).toEqual([expected]);
  });

  it('keeps the sign of negative amounts so they can be refused', () => {
    expect(fen('合同-300万')).toEqual([-300000000n]);
    expect(fen('负五十万')).toEqual([-50000000n]);
  });

  it('does not read prizes, dates, measures or counts as money', () => {
    expect(fen('一等奖')).toEqual([]);
    expect(fen('2025年9月1日')).toEqual([]);
    expect(fen('第十二条')).toEqual([]);
    expect(fen('3个项目')).toEqual([]);
  });

  it('reads counts and percentages', () => {
    expect(findCounts('落地了3个项目，还有十二项成果，等了三个月').map((c) => c.count)).toEqual([3, 12]);
    expect(findPercents('区里按20%补，另一个百分之二点五').map((p) => p.percent)).toEqual(['20', '2.5']);
  });

  it('formats amounts as 万元 with the exact yuan', () => {
    expect(formatYuanFen(90000000n)).toBe('90万元（900,000元）');
    expect(formatYuanFen(99999000n)).toBe('99.999万元（999,990元）');
    expect(formatYuanFen(2469135n)).toBe('2.469135万元（24,691.35元）');
    expect(formatYuanFen(5000n)).toBe('50元');
  });
});

describe('tails, vague words and separators', () => {
  it.each([
    ['三万五千', 3500000n],
    ['十万八千', 10800000n],
    ['一万二千五百元', 1250000n],
    ['两万五千的科技创新券', 2500000n],
    ['2，500，000元', 250000000n],
  ])('%s', (text, expected) => {
    expect(fen(text)).toEqual([expected]);
  });
  it('does not read vague amounts or idioms as figures', () => {
    expect(fen('合同几十万')).toEqual([]);
    expect(fen('上百万的合同')).toEqual([]);
    expect(fen('好几十万的合同')).toEqual([]);
  });
  it('reads a figure after 正好 / 刚好, in digits or numerals', () => {
    expect(fen('刚好十万')).toEqual([10000000n]);
    expect(fen('正好8万')).toEqual([8000000n]);
    expect(fen('千万不要算错，和高校签了300万合同')).toEqual([300000000n]);
  });
});
