/**
 * How the number guard's reader takes figures out of Chinese text, pinned
 * where the first mutation run of bot/core/read-numbers.ts found it loose:
 * the edges of each written form (spaces, 日 and 号, one and two digits,
 * month 1 and 12, day 31 and 32), what a figure next to another figure is,
 * the canonical values (reduced ratios, trailing zeros, fen) and the text and
 * positions quoted for each figure.
 */
import { describe, expect, it } from 'vitest';
import { chineseInteger, readNumbers } from '../../bot/core/read-numbers.ts';

const read = (text: string) => readNumbers(text).map((m) => `${m.kind}:${m.value}`);
/** Kind, value and the text quoted for it. */
const quoted = (text: string) => readNumbers(text).map((m) => `${m.kind}:${m.value}|${m.raw}`);

describe('chineseInteger', () => {
  it.each([
    ['12', 12],
    ['007', 7],
    ['五', 5],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
    ['一百零五', 105],
    ['三千零二十', 3020],
    ['两百', 200],
    ['二〇二五', 2025],
    ['一九九九', 1999],
  ])('%s is %i', (s, n) => {
    expect(chineseInteger(s)).toBe(n);
  });

  it.each(['x12', '12x', '1二', '十x', 'abc', '万'])('%s is not an integer', (s) => {
    expect(chineseInteger(s)).toBeNull();
  });
});

describe('dates', () => {
  it.each([
    ['2025 年 9 月 1 日', 'date:2025-09-01|2025 年 9 月 1 日'],
    ['2025年09月01号', 'date:2025-09-01|2025年09月01号'],
    ['2025年9月1号', 'date:2025-09-01|2025年9月1号'],
    ['2025年9月 3日', 'date:2025-09-03|2025年9月 3日'],
    ['2025年1月1日', 'date:2025-01-01|2025年1月1日'],
    ['2025年12月31日', 'date:2025-12-31|2025年12月31日'],
    ['2025-9-1', 'date:2025-09-01|2025-9-1'],
    ['2025.09.01', 'date:2025-09-01|2025.09.01'],
    ['2025-12-31', 'date:2025-12-31|2025-12-31'],
    ['二〇二五 年 九 月 一 号', 'date:2025-09-01|二〇二五 年 九 月 一 号'],
    ['二〇二五年十二月三十一日', 'date:2025-12-31|二〇二五年十二月三十一日'],
    ['二〇二五年十月', 'date:2025-10|二〇二五年十月'],
    ['2025 年 9 月', 'date:2025-09|2025 年 9 月'],
    ['2025年12月', 'date:2025-12|2025年12月'],
    ['2025-9', 'date:2025-09|2025-9'],
    ['2025-12', 'date:2025-12|2025-12'],
    ['自2025-9起', 'date:2025-09|2025-9'],
    ['到2028年', 'date:2028|2028年'],
    ['二〇二五年', 'date:2025|二〇二五年'],
    ['9 月 1 号', 'date:--09-01|9 月 1 号'],
    ['12月31日', 'date:--12-31|12月31日'],
    ['十二月三十一日', 'date:--12-31|十二月三十一日'],
    ['九月一日', 'date:--09-01|九月一日'],
    ['2028 年 底', 'date:2028-12|2028 年 底'],
    ['2028年 年底', 'date:2028-12|2028年 年底'],
    ['1999年末', 'date:1999-12|1999年末'],
    ['2025 年', 'date:2025|2025 年'],
    ['二〇二五 年', 'date:2025|二〇二五 年'],
    ['10月起', 'date:--10|10月'],
    ['十月', 'date:--10|十月'],
    ['12月', 'date:--12|12月'],
    ['1月', 'date:--01|1月'],
    ['6月份', 'date:--06|6月'],
  ])('%s → %s', (text, expected) => {
    expect(quoted(text)).toEqual([expected]);
  });

  it('reads a day or a month out of range as no date, and what is left as figures', () => {
    expect(read('2025年13月1日')).toEqual(['date:2025', 'count:13', 'count:1']);
    expect(read('2025年0月1日')).toEqual(['date:2025', 'count:0', 'count:1']);
    expect(read('2025年1月32日')).toEqual(['date:2025', 'date:--01', 'count:32']);
    expect(read('二〇二五年九月三十二日')).toEqual(['date:2025', 'date:--09', 'count:32']);
    expect(read('二〇二五年十三月')).toEqual(['date:2025', 'count:13']);
    expect(read('2025-13')).toEqual(['plain:2025', 'plain:13']);
    expect(read('13月1日')).toEqual(['count:13', 'count:1']);
    expect(read('9月32日')).toEqual(['date:--09', 'count:32']);
    expect(read('2025年1月0日')).toEqual(['date:2025', 'date:--01', 'count:0']);
    expect(read('2025-01-00')).toEqual(['plain:2025', 'plain:1', 'plain:0']);
    expect(read('1月0日')).toEqual(['date:--01', 'count:0']);
  });

  it('takes no date out of a longer number', () => {
    expect(read('12025年9月1日')).toEqual(['count:12025', 'date:--09-01']);
    expect(read('12025年9月')).toEqual(['count:12025', 'date:--09']);
    expect(read('12025年')).toEqual(['count:12025']);
    expect(read('12028年底')).toEqual(['count:12028']);
    expect(read('20250-9-1')).toEqual(['plain:20250', 'plain:9', 'plain:1']);
    expect(read('2025-09-011')).toEqual(['plain:2025', 'plain:9', 'plain:11']);
    expect(read('1.2025.9.1')).toEqual(['plain:1.2025']);
    expect(read('1.2025-09')).toEqual(['plain:1.2025', 'plain:9']);
    expect(read('2025-09.5')).toEqual(['plain:2025', 'plain:9.5']);
    expect(read('2025-9-')).toEqual(['plain:2025', 'plain:9']);
    expect(read('39月1日')).toEqual(['count:39', 'count:1']);
    expect(read('十九月一日')).toEqual(['count:19', 'count:1']);
  });

  it('needs one separator throughout a date written with digits', () => {
    expect(read('2025-9/1')).toEqual(['date:2025-09', 'plain:1']);
  });

  it('takes only years of this and the last century before 年底, and only they are years alone', () => {
    expect(read('2100年底')).toEqual(['count:2100']);
    expect(read('2100年')).toEqual(['count:2100']);
  });

  it('reads a month followed by 内 or 里 as a span of months', () => {
    expect(read('6月份内')).toEqual(['count:6']);
    expect(read('6月里')).toEqual(['count:6']);
    expect(read('6 月份 内')).toEqual(['count:6']);
    expect(read('3月内')).toEqual(['count:3']);
  });
});

describe('ratios', () => {
  it.each([
    ['1 : 2', 'ratio:1:2'],
    ['1,000:500', 'ratio:2:1'],
    ['12:30', 'ratio:2:5'],
    ['1:23', 'ratio:1:23'],
    ['6:4', 'ratio:3:2'],
    ['1.5:3', 'ratio:1.5:3'],
    ['3:1.5', 'ratio:3:1.5'],
    ['2.5:1', 'ratio:2.5:1'],
    ['0:3', 'ratio:0:3'],
    ['3:0', 'ratio:3:0'],
    ['1.5比1', 'ratio:1.5:1'],
    ['2 比 3', 'ratio:2:3'],
    ['十 比 一', 'ratio:10:1'],
    ['三比零', 'ratio:3:0'],
    ['二对一配套', 'ratio:2:1'],
    ['1 对 1 匹配', 'ratio:1:1'],
    ['一对一联动', 'ratio:1:1'],
    ['3对2补贴', 'ratio:3:2'],
    ['1.5倍', 'ratio:1.5:1'],
    ['2 倍', 'ratio:2:1'],
    ['十倍', 'ratio:10:1'],
    ['零倍', 'ratio:0:1'],
    ['0.5倍', 'ratio:0.5:1'],
    ['2.50倍', 'ratio:2.5:1'],
  ])('%s → %s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('reads 一对一 as a ratio only when a matching follows', () => {
    expect(read('一对一辅导')).toEqual([]);
    expect(read('一对一')).toEqual([]);
    expect(quoted('按一对一的比例')).toEqual(['ratio:1:1|一对一']);
  });
});

describe('percentages', () => {
  it.each([
    ['20~50%', ['percent:20%|20', 'percent:50%|50%']],
    ['20 至 50%', ['percent:20%|20', 'percent:50%|50%']],
    ['20到50％', ['percent:20%|20', 'percent:50%|50％']],
    ['20-50%', ['percent:20%|20', 'percent:50%|50%']],
    ['1.5—2.5%', ['percent:1.5%|1.5', 'percent:2.5%|2.5%']],
    ['百分之 30', ['percent:30%|百分之 30']],
    ['百分之2.50', ['percent:2.5%|百分之2.50']],
    ['五十 %', ['percent:50%|五十 %']],
    ['3.5个百分点', ['percent:3.5%|3.5个百分点']],
    ['2 个百分点', ['percent:2%|2 个百分点']],
    ['十个百分点', ['percent:10%|十个百分点']],
    ['千分之15', ['percent:1.5%|千分之15']],
    ['千分之十', ['percent:1%|千分之十']],
    ['千分之一百', ['percent:10%|千分之一百']],
    ['千分之零', ['percent:0%|千分之零']],
    ['三 成', ['percent:30%|三 成']],
    ['两成', ['percent:20%|两成']],
    ['十成', ['percent:100%|十成']],
    ['3成', ['percent:30%|3成']],
    ['七成以上', ['percent:70%|七成']],
    ['约七成', ['percent:70%|七成']],
  ])('%s → %j', (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('reads no share in words with 成', () => {
    expect(read('成功')).toEqual([]);
    expect(read('成果')).toEqual([]);
    expect(read('一成不变')).toEqual([]);
    expect(read('三十成')).toEqual([]);
    expect(read('33成')).toEqual(['plain:33']);
  });
});

describe('amounts', () => {
  it.each([
    ['0元', 'amount:0元|0元'],
    ['1元', 'amount:1元|1元'],
    ['1.50元', 'amount:1.5元|1.50元'],
    ['1.05元', 'amount:1.05元|1.05元'],
    ['0.5元', 'amount:0.5元|0.5元'],
    ['3 000 000元', 'amount:3000000元|3 000 000元'],
    ['补助 30万元', 'amount:300000元|30万元'],
    ['合同 -300万', 'amount:-3000000元|-300万'],
    ['2.5kw', 'amount:25000000元|2.5kw'],
  ])('%s → %s', (text, expected) => {
    expect(quoted(text)).toEqual([expected]);
  });

  it('quotes each amount where it stands when the text is rewritten shorter', () => {
    expect(readNumbers('合同额2.5kw，补助30万').map((m) => [m.value, m.raw, m.start, m.end])).toEqual([
      ['25000000元', '2.5kw', 3, 8],
      ['300000元', '30万', 11, 14],
    ]);
    expect(readNumbers('共3 000 000元和2 000 000元').map((m) => [m.value, m.raw, m.start, m.end])).toEqual([
      ['3000000元', '3 000 000元', 1, 11],
      ['2000000元', '2000000元'.replace('2000000', '2 000 000'), 12, 22],
    ]);
  });

  it('reads figures that touch each other as two', () => {
    expect(quoted('10万30%')).toEqual(['amount:100000元|10万', 'percent:30%|30%']);
    expect(quoted('10元20元')).toEqual(['amount:10元|10元', 'amount:20元|20元']);
  });

  it('reads the dash between two amounts as a range, whatever the dash or unit', () => {
    expect(quoted('10万－20万元')).toEqual(['amount:100000元|10万', 'amount:200000元|20万元']);
    expect(quoted('10元-20元')).toEqual(['amount:10元|10元', 'amount:20元|20元']);
    expect(quoted('50万—100万')).toEqual(['amount:500000元|50万', 'amount:1000000元|100万']);
  });
});

describe('counts, ordinals and bare numbers', () => {
  it.each([
    ['第 十二 条', 'ordinal:12|第 十二'],
    ['第二十', 'ordinal:20|第二十'],
    ['第3.5', 'ordinal:3|第3'],
    ['措施 6', 'ordinal:6|措施 6'],
    ['措施十二', 'ordinal:12|措施十二'],
    ['措施61', 'ordinal:61|措施61'],
    ['措施12条', 'ordinal:12|措施12'],
    ['⑳', 'ordinal:20|⑳'],
    ['1.合同', 'ordinal:1|1.'],
    ['12、条件', 'ordinal:12|12、'],
    ['(12)', 'ordinal:12|(12)'],
    ['（ 二 ）', 'ordinal:2|（ 二 ）'],
    ['（十二）', 'ordinal:12|（十二）'],
    ['十、附则', 'ordinal:10|十、'],
    ['  三、', 'ordinal:3|  三、'],
    ['二十一、', 'ordinal:21|二十一、'],
    ['3.5 年', 'count:3.5|3.5 年'],
    ['12 个', 'count:12|12 个'],
    ['1,000个', 'count:1000|1,000个'],
    ['0个', 'count:0|0个'],
    ['100个', 'count:100|100个'],
    ['2.05个', 'count:2.05|2.05个'],
    ['2.500个', 'count:2.5|2.500个'],
    ['2.0个', 'count:2|2.0个'],
    ['100.5个', 'count:100.5|100.5个'],
    ['007.5个', 'count:7.5|007.5个'],
    ['05.5个', 'count:5.5|05.5个'],
    ['1 、合同', 'ordinal:1|1 、'],
    ['007个', 'count:7|007个'],
    ['十二个月', 'count:12|十二个月'],
    ['一百零五个', 'count:105|一百零五个'],
    ['一年度', 'count:1|一年度'],
    ['二次', 'count:2|二次'],
    ['三项', 'count:3|三项'],
    ['1,000', 'plain:1000|1,000'],
    ['1 000', 'plain:1000|1 000'],
    ['0.50', 'plain:0.5|0.50'],
    ['1.5 x', 'plain:1.5|1.5'],
  ])('%s → %s', (text, expected) => {
    expect(quoted(text)).toEqual([expected]);
  });

  it('reads list markers only at the start of a line', () => {
    expect(quoted('第1条\n2、补助\n 3) 条件\n（四）材料\n五、附则')).toEqual([
      'ordinal:1|第1',
      'ordinal:2|2、',
      'ordinal:3| 3)',
      'ordinal:4|（四）',
      'ordinal:5|五、',
    ]);
    expect(quoted('x\n10. 条件')).toEqual(['ordinal:10|10.']);
    expect(read('x 1、')).toEqual(['plain:1']);
    expect(read('x十二、')).toEqual([]);
    expect(read('a一、')).toEqual([]);
    expect(read('1. 2.')).toEqual(['ordinal:1', 'plain:2']);
  });

  it('reads three digits after 措施 or in brackets as a number, not a measure or a list marker', () => {
    expect(quoted('措施123')).toEqual(['plain:123|123']);
    expect(quoted('（123）')).toEqual(['plain:123|123']);
    expect(quoted('123. x')).toEqual(['plain:123|123']);
    expect(read('措施6%')).toEqual(['percent:6%']);
    expect(read('措施5万元')).toEqual(['amount:50000元']);
  });

  it('reads 一 before a counting word as the article, after 每 同 某 单 as "every" or "the same"', () => {
    for (const text of ['一个', '一次', '每一项', '某一年', '单一年度', '同一个']) expect(read(text)).toEqual([]);
    expect(read('一年')).toEqual(['count:1']);
  });

  it('gives each figure its text and position, in order of position', () => {
    const text = '自2025年9月1日起，按1:1配套，最高补助30万元，第3条规定3个项目，比例30%。';
    expect(readNumbers(text).map((m) => ({ ...m, check: text.slice(m.start, m.end) === m.raw }))).toEqual([
      { kind: 'date', value: '2025-09-01', raw: '2025年9月1日', start: 1, end: 10, check: true },
      { kind: 'ratio', value: '1:1', raw: '1:1', start: 13, end: 16, check: true },
      { kind: 'amount', value: '300000元', raw: '30万元', start: 23, end: 27, check: true },
      { kind: 'ordinal', value: '3', raw: '第3', start: 28, end: 30, check: true },
      { kind: 'count', value: '3', raw: '3个', start: 33, end: 35, check: true },
      { kind: 'percent', value: '30%', raw: '30%', start: 40, end: 43, check: true },
    ]);
  });
});
