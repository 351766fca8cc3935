/**
 * What bot/core/numbers.ts reads and writes, case by case: the forms people
 * type (full-width, 2.5kw, 300完, 两千五, 1万5000元), what is not a figure
 * (三五万, 0.001元, 三千名学生, 1.5个百分点, 2025年13月), and how fen amounts
 * are written back (1万元, 1.05万元). Each case pins one behaviour a
 * mutation run found untested.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../knowledge/index.ts';
import { findAmounts, findCounts, findDates, findMonths, findPercents, findYearCount, findYears, formatWan, formatYuanFen, normalizeAmountText, normalizeDigits, parseBareCount, percentAsMatch, percentOf } from '../../bot/core/numbers.ts';

const WAN = 1_000_000n; // fen in 1万元
const YUAN = 100n;
const fen = (text: string) => findAmounts(text).map((a) => a.fen);
const dates = (text: string) => findDates(text).map((d) => d.iso);

describe('full-width characters', () => {
  it('reads a full-width minus as a minus, so the amount can be refused as negative', () => {
    expect(fen('合同－300万')).toEqual([-300n * WAN]);
  });

  it('reads a full-width percent sign', () => {
    expect(findPercents('区里按５０％补').map((p) => p.percent)).toEqual(['50']);
  });

  it('keeps the length of the text, so positions found in it still point at the figure', () => {
    const text = '合同2，500，000元';
    expect(normalizeDigits(text)).toBe('合同2,500,000元');
    const [amount] = findAmounts(text);
    expect(amount).toMatchObject({ fen: 2_500_000n * YUAN, start: 2, end: text.length });
  });
});

describe('kw (千万) and w (万)', () => {
  it.each([
    ['2.5kw', 2500n * WAN],
    ['3kw', 3000n * WAN],
    ['3KW', 3000n * WAN],
    ['10kw', 10000n * WAN],
    ['10.5kw', 10500n * WAN],
    ['1.25kw', 1250n * WAN],
    ['1.2345kw', 12_345_000n * YUAN],
    ['1.23405kw', 12_340_500n * YUAN],
    ['1.23450kw', 12_345_000n * YUAN],
    ['0.5kw', 500n * WAN],
    ['2.5 kw', 2500n * WAN],
    ['合同2.5kw的', 2500n * WAN],
  ])('%s', (text, expected) => {
    expect(fen(text)).toEqual([expected]);
  });

  it('reads 0kw as a zero amount (which the reader then refuses as zero), not as nothing', () => {
    expect(fen('合同0kw')).toEqual([0n]);
  });

  // The rewritten text is the reading's text: echoed back when a question is asked again, and its length decides
  // whether a short message continues the topic. A kw figure becomes a plain 万 figure, without padding zeros.
  it('rewrites a kw figure as a plain 万 figure', () => {
    expect(normalizeAmountText('合同2.5kw')).toBe('合同2500万');
    expect(normalizeAmountText('0.05kw')).toBe('50万');
    expect(normalizeAmountText('1.2345000kw')).toBe('1234.5万');
  });

  it('does not read kWh as money', () => {
    expect(fen('每月耗电3kwh')).toEqual([]);
  });
});

describe('a homophone typed for 万 after a figure', () => {
  it('reads 300完 as 300万, wherever it stands in the sentence', () => {
    expect(fen('签了300完的合同')).toEqual([300n * WAN]);
    expect(fen('合同300完')).toEqual([300n * WAN]);
  });

  it('leaves 完成 alone (第2完成单位 is a rank, not money)', () => {
    expect(fen('我们是第2完成单位')).toEqual([]);
  });
});

describe('Chinese numerals below 万', () => {
  it.each([
    // A single digit after a unit counts in the next unit down…
    ['两千五元', 2500n],
    ['2千5元', 2500n],
    // …but not after 零 or when the tail has its own digits.
    ['两千零五元', 2005n],
    ['1千05元', 1005n],
    ['1千50元', 1050n],
    ['一百零五元', 105n],
  ])('%s', (text, yuan) => {
    expect(fen(text)).toEqual([yuan * YUAN]);
  });

  it('counts people by 名 and 位, and reads 第三位 as a place, not a count', () => {
    expect(findCounts('评出3名优秀技术经理人').map((c) => c.count)).toEqual([3]);
    expect(findCounts('三位老师').map((c) => c.count)).toEqual([3]);
    expect(findCounts('第三位老师')).toEqual([]);
  });

  it('counts people by 个人, but not 个人才, which counts talent programmes', () => {
    expect(findCounts('三个人促成的合同').map((c) => c.count)).toEqual([3]);
    expect(findCounts('两个人才项目')).toEqual([]);
  });

  it('counts schools by 所, but not 一所, which is only an indefinite', () => {
    expect(findCounts('跟两所学校各签了300万').map((c) => c.count)).toEqual([2]);
    expect(findCounts('和一所高校签的')).toEqual([]);
  });

  it('does not read two digits side by side (三五万, three to five 万) as a figure', () => {
    expect(fen('大概三五万')).toEqual([]);
    expect(parseBareCount('三五')).toBeNull();
    expect(findCounts('三五个项目')).toEqual([]);
    expect(findPercents('百分之三五')).toEqual([]);
  });

  it('does not read a fraction written with a unit (一点十万) as a figure', () => {
    expect(fen('一点十万')).toEqual([]);
  });
});

describe('amounts: tails, fen, order of units', () => {
  it('reads several digits after 万 as yuan (1万5000 = 15,000元), a single digit as the next unit down (三万五 = 35,000元)', () => {
    expect(fen('合同1万5000')).toEqual([15_000n * YUAN]);
    expect(fen('1万5000元')).toEqual([15_000n * YUAN]);
    expect(fen('合同三万五')).toEqual([35_000n * YUAN]);
  });

  it('does not take the 一 of 一单 / 一批 after a figure as its next digit (一单900万一单1500万)', () => {
    expect(fen('一单900万一单1500万')).toEqual([9_000_000n * YUAN, 15_000_000n * YUAN]);
    expect(fen('先买了300万一批设备')).toEqual([3_000_000n * YUAN]);
  });

  it('does not read an amount below a fen', () => {
    expect(fen('0.001元')).toEqual([]);
    expect(fen('1.2345678万')).toEqual([]);
  });

  it('does not add up units out of order into one figure', () => {
    expect(fen('3万5万')).not.toContain(80_000n * YUAN);
    expect(fen('5万3亿')).not.toContain(300_050_000n * YUAN);
  });
});

describe('thousands without 元', () => {
  it('does not read 三千 (of people, of anything) as money', () => {
    expect(fen('学校有三千名学生')).toEqual([]);
    expect(fen('学校有三千 名学生')).toEqual([]);
  });

  it('reads 3千 written with a digit as 3,000元', () => {
    expect(fen('创新券用了3千')).toEqual([3000n * YUAN]);
  });
});

describe('other currencies', () => {
  it('marks an amount followed by 美元', () => {
    expect(findAmounts('150万美元')).toMatchObject([{ fen: 150n * WAN, currency: '美元' }]);
  });

  it('marks an amount led by $ at the start of the message', () => {
    expect(findAmounts('$300万')).toMatchObject([{ fen: 300n * WAN, currency: '$' }]);
  });

  it('leaves a yuan amount unmarked', () => {
    expect(findAmounts('300万元')[0]!.currency).toBeUndefined();
  });
});

describe('counts', () => {
  it('does not read 1.5个百分点 as a count', () => {
    expect(findCounts('提高了1.5个百分点')).toEqual([]);
  });

  it('says where a count stands in the text', () => {
    const text = '今年落地了3个项目';
    const [count] = findCounts(text);
    expect(count).toMatchObject({ count: 3, raw: '3个' });
    expect(text.slice(count!.start, count!.end)).toBe('3个');
  });
});

describe('percents', () => {
  it.each([
    ['按0.5%补', '0.5'],
    ['百分之零点五', '0.5'],
    ['0.05%', '0.05'],
    // A match of one to a share is that share as a percentage.
    ['按1:0.5', '50'],
    ['1∶1给予', '100'],
    ['按1比2', '200'],
    ['1：1.5', '150'],
    // Tenths said as 成.
    ['按三成算', '30'],
    ['两成半', '25'],
    ['给3成', '30'],
    ['区里按两成五补', '25'],
    ['九成九', '99'],
  ])('%s', (text, percent) => {
    expect(findPercents(text).map((p) => p.percent)).toEqual([percent]);
  });

  it('reads no match from a time or a ratio of another first term', () => {
    expect(findPercents('10:30开会')).toEqual([]);
    expect(findPercents('2026:1')).toEqual([]);
    expect(findPercents('按2:1')).toEqual([]);
  });

  it('reads no tenths from 成 starting a word or after a longer numeral', () => {
    expect(findPercents('转化了三成果')).toEqual([]);
    expect(findPercents('一成不变')).toEqual([]);
    expect(findPercents('两成交')).toEqual([]);
    expect(findPercents('八成新的设备')).toEqual([]);
  });
});

describe('a percentage as a match of one to a share', () => {
  it('writes it as the text does, exactly', () => {
    expect(['200', '100', '50', '12.5', '5', '150', '1000'].map(percentAsMatch)).toEqual(['1∶2', '1∶1', '1∶0.5', '1∶0.125', '1∶0.05', '1∶1.5', '1∶10']);
  });
});

describe('a part of a whole as a percentage', () => {
  it('is exact where it divides to two decimals, and cut to two decimals with trailing zeros dropped where not', () => {
    expect(percentOf(60_000_000_00n, 200_000_000_00n)).toEqual({ value: '30', exact: true });
    expect(percentOf(100_000_000_00n, 300_000_000_00n)).toEqual({ value: '33.33', exact: false });
    expect(percentOf(1n, 8n)).toEqual({ value: '12.5', exact: true });
    expect(percentOf(1n, 400n)).toEqual({ value: '0.25', exact: true });
  });
});

describe('formatting fen', () => {
  it('writes exactly 1万元 as 万元', () => {
    expect(formatYuanFen(WAN)).toBe('1万元（10,000元）');
    expect(formatWan(WAN)).toBe('1万元');
  });

  it('writes amounts below 1万元 in yuan', () => {
    expect(formatWan(500_000n)).toBe('5,000元');
    expect(formatWan(WAN - 1n)).toBe('9,999.99元');
    expect(formatYuanFen(WAN - 1n)).toBe('9,999.99元');
  });

  it('keeps the zeros inside the 万 fraction', () => {
    expect(formatWan(1_050_000n)).toBe('1.05万元');
    expect(formatWan(2_405_000n)).toBe('2.405万元');
    expect(formatWan(1_000_100n)).toBe('1.0001万元');
  });
});

describe('dates', () => {
  it('finds none in a text without dates', () => {
    expect(findDates('我们企业签了技术合同')).toEqual([]);
  });

  it.each([
    ['2025年1月', ['2025-01']],
    ['2025年12月', ['2025-12']],
    ['2025年3月1日', ['2025-03-01']],
    ['2025年3月31日', ['2025-03-31']],
    ['2028年2月29日', ['2028-02-29']],
  ])('reads %s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each(['2025年13月', '2025年0月', '2025年3月0日', '2025年3月32日', '2026年2月31日', '2025年4月31日', '2027年2月29日'])('does not read the impossible date %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('a whole message that is a count', () => {
  it.each([
    ['3', 3],
    ['12', 12],
    ['3个', 3],
    [' 3个 ', 3],
    ['５项', 5],
    ['一百五', 150],
    ['一百零五', 105],
    ['十二', 12],
  ])('%j', (text, n) => {
    expect(parseBareCount(text)).toBe(n);
  });

  it.each(['大概3个', '3到5个', '3个5', '个', ''])('%j is not a count', (text) => {
    expect(parseBareCount(text)).toBeNull();
  });
});

describe('months with no year', () => {
  const months = (text: string) => findMonths(text).map((m) => m.month);
  it.each([
    ['有企业8月份签的技术合同', [8]],
    ['12月签的', [12]],
    ['十二月份签的', [12]],
    ['八月签的合同', [8]],
    ['３月签的', [3]],
  ])('%j is month %j', (text, expected) => {
    expect(months(text)).toEqual(expected);
  });

  it.each(['2025年8月签的', '签了3个月', '13月签的', '2025.8月', '二十月'])('%j has no month without a year', (text) => {
    expect(months(text)).toEqual([]);
  });

  it('spans the month and its 份', () => {
    expect(findMonths('是8月份签的')).toEqual([{ month: 8, start: 1, end: 4 }]);
  });
});

describe('spans of years', () => {
  const years = (text: string) => findYears(text).map((y) => y.years);
  it.each([
    ['存续期能延长到20年吗', ['20']],
    ['十五年', ['15']],
    ['两年内', ['2']],
    ['半年', ['0.5']],
    ['延长到２０年', ['20']],
  ])('%j is %j years', (text, expected) => {
    expect(years(text)).toEqual(expected);
  });

  it.each(['2026年', '2028年8月', '去年', '今年', '3个年度', '12年级', '二〇二六年'])('%j is no span of years', (text) => {
    expect(years(text)).toEqual([]);
  });
});

describe('a measure word between figure and 亿', () => {
  it.each([
    ['去年2个亿', 200_000_000n],
    ['今年2.3个亿', 230_000_000n],
    ['两个亿的合同', 200_000_000n],
    ['2027年做到了一个亿', 100_000_000n],
  ])('%j is %d yuan', (text, yuan) => {
    expect(fen(text)).toEqual([yuan * YUAN]);
  });

  it('keeps every place of the text', () => {
    expect(normalizeAmountText('签了2个亿')).toHaveLength('签了2个亿'.length);
  });
});

describe('years counted', () => {
  const { grammar } = loadKnowledge().vocabulary;
  const spanWords = { leads: grammar.yearSpanLeads, tails: grammar.yearSpanTails };
  it.each([
    ['如果认定之后连续三年都评了优秀', 3],
    ['2026年认定，2027年、2028年都评了优秀', 2],
    ['之后第二年、第三年绩效评价都是优秀', 2],
    ['三年都评了优秀', 3],
    ['认定拿了钱以后，后面两年绩效都是优秀', 2],
    ['2026、2027两年绩效都是优秀', 2],
    ['2026和2027年都优秀', 2],
    ['两个都认定、第一年绩效都优秀', 1],
    ['认定后三年下来最多一共能拿多少', 3],
    ['两年累计最多多少', 2],
  ])('%j counts %d years', (text, n) => {
    expect(findYearCount(text, spanWords)).toBe(n);
  });

  it.each(['2026年认定的', '两年内', '三年以后', '今年评了优秀', '第二年又落地了5个', '两年以后再说', '2026年认定，第一年、'])('%j counts none', (text) => {
    expect(findYearCount(text, spanWords)).toBeNull();
  });
});

describe('the end of a month', () => {
  it('is its last day', () => {
    expect(findDates('2028年8月底到期吧').map((d) => d.iso)).toEqual(['2028-08-31']);
    expect(findDates('2028年2月底').map((d) => d.iso)).toEqual(['2028-02-29']);
    expect(findDates('2028年8月').map((d) => d.iso)).toEqual(['2028-08']);
  });
});

describe('a figure after a name ending in a numeral', () => {
  it('reads the digits and their unit only (李四3200万, 王五450万)', () => {
    expect(findAmounts('李四3200万，王五450万').map((a) => [a.raw, a.fen])).toEqual([['3200万', 32_000_000_00n], ['450万', 4_500_000_00n]]);
  });
  it('reads Chinese and financial numerals after a surname and its numeral (王五壹仟伍佰万, 张三一百万元)', () => {
    expect(findAmounts('李四2600万，王五壹仟伍佰万，张三一百万元').map((a) => [a.raw, a.fen])).toEqual([['2600万', 26_000_000_00n], ['一千五百万', 15_000_000_00n], ['一百万元', 1_000_000_00n]]);
    // Not without a surname before it: 三五百万 is no figure, and 五百万 alone is.
    expect(findAmounts('三五百万')).toEqual([]);
    expect(findAmounts('，五百万').map((a) => a.fen)).toEqual([5_000_000_00n]);
  });
});
