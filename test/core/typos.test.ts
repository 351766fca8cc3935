/**
 * What bot/core/typos.ts reads as a homophone slip and what it leaves alone:
 * a stretch of 2–6 characters that is no word of general Chinese, sounds like
 * a vocabulary word with at most half its characters changed, and cuts into
 * no word typed right beside it. Each case pins one behaviour a mutation run
 * found untested.
 */
import { describe, expect, it } from 'vitest';
import { createTypoReader } from '../../bot/core/typos.ts';

/** Part of the vocabulary's own typo words. */
const reader = createTypoReader(['合同', '技术合同', '补贴', '补助', '能拿', '申请', '企业', '政策', '平台', '中试平台', '概念验证', '揭榜挂帅', '科技创新券']);
const read = (text: string) => reader.correct(text);

describe('slips that are read as the vocabulary word', () => {
  it('reads 和同 as 合同 and says so', () => {
    expect(read('和同')).toEqual({ text: '合同', corrections: [{ from: '和同', to: '合同' }] });
  });

  it('corrects a slip in the middle of a message and keeps the rest as typed', () => {
    expect(read('我们签了和同，能拿多少')).toEqual({ text: '我们签了合同，能拿多少', corrections: [{ from: '和同', to: '合同' }] });
  });

  it('corrects a slip at the very end of a message', () => {
    expect(read('签了和同')).toEqual({ text: '签了合同', corrections: [{ from: '和同', to: '合同' }] });
  });

  it('corrects several slips, each reported in text order', () => {
    expect(read('和同的补帖')).toEqual({
      text: '合同的补贴',
      corrections: [{ from: '和同', to: '合同' }, { from: '补帖', to: '补贴' }],
    });
  });

  it('corrects a slip typed right before or after a vocabulary word', () => {
    expect(read('补帖申请')).toEqual({ text: '补贴申请', corrections: [{ from: '补帖', to: '补贴' }] });
    expect(read('申请补帖')).toEqual({ text: '申请补贴', corrections: [{ from: '补帖', to: '补贴' }] });
  });

  it('corrects a slip that holds a vocabulary word whole (中式平台 holds 平台)', () => {
    expect(read('中式平台')).toEqual({ text: '中试平台', corrections: [{ from: '中式平台', to: '中试平台' }] });
  });

  it('corrects the longest slip, so 技术和同 is one correction to 技术合同', () => {
    expect(createTypoReader(['技术', '合同', '技术合同']).correct('技术和同')).toEqual({ text: '技术合同', corrections: [{ from: '技术和同', to: '技术合同' }] });
  });

  it('corrects a slip of a word of four characters with half of them changed', () => {
    expect(read('节榜挂帅')).toEqual({ text: '揭榜挂帅', corrections: [{ from: '节榜挂帅', to: '揭榜挂帅' }] });
  });

  it('corrects a slip of a word of six characters', () => {
    expect(createTypoReader(['概念验证中心']).correct('概念验正中心')).toEqual({ text: '概念验证中心', corrections: [{ from: '概念验正中心', to: '概念验证中心' }] });
  });

  it('replaces a slip by a word of its own length, keeping the characters after it (和同书 → 合同书)', () => {
    expect(read('签了和同书')).toEqual({ text: '签了合同书', corrections: [{ from: '和同', to: '合同' }] });
  });
});

describe('what is left as typed', () => {
  it('leaves a message without slips alone', () => {
    expect(read('我们企业和高校签了技术合同')).toEqual({ text: '我们企业和高校签了技术合同', corrections: [] });
    expect(read('')).toEqual({ text: '', corrections: [] });
  });

  it('leaves a stretch that is a word of general Chinese (权力 is no slip of 权利)', () => {
    expect(createTypoReader(['权利']).correct('权力')).toEqual({ text: '权力', corrections: [] });
  });

  it('leaves a vocabulary word as typed, even when it sounds like another (先试用后付费, 先使用后付费)', () => {
    const both = createTypoReader(['先使用后付费', '先试用后付费']);
    expect(both.correct('先试用后付费')).toEqual({ text: '先试用后付费', corrections: [] });
    expect(both.correct('先使用后付费')).toEqual({ text: '先使用后付费', corrections: [] });
  });

  it('leaves a stretch with every character changed: that is a sound-alike, not a slip (建的 is no 兼得)', () => {
    expect(createTypoReader(['兼得']).correct('建的')).toEqual({ text: '建的', corrections: [] });
  });

  it('leaves a word of four characters with three changed', () => {
    expect(createTypoReader(['中试平台']).correct('钟式瓶台')).toEqual({ text: '钟式瓶台', corrections: [] });
  });

  it('does not read letters or digits as slips', () => {
    expect(read('hetong 合同 2025')).toEqual({ text: 'hetong 合同 2025', corrections: [] });
  });

  it('leaves a stretch whose second character begins a word of general Chinese (这是行政: 行 belongs to 行政)', () => {
    expect(createTypoReader(['试行']).correct('这是行政事业单位')).toEqual({ text: '这是行政事业单位', corrections: [] });
  });

  it('leaves a stretch whose first character ends a word of general Chinese (还是行: 是 belongs to 还是)', () => {
    expect(createTypoReader(['试行']).correct('我觉得还是行的')).toEqual({ text: '我觉得还是行的', corrections: [] });
  });

  it('leaves a stretch that cuts into a vocabulary word typed right after it (能不超过 holds 不超过, not 能补)', () => {
    expect(createTypoReader(['能补', '不超过']).correct('能不超过')).toEqual({ text: '能不超过', corrections: [] });
  });

  it('leaves a stretch that cuts into a vocabulary word typed right before it (拿奖不 holds 拿奖, not 奖补)', () => {
    expect(createTypoReader(['拿奖', '奖补']).correct('拿奖不？')).toEqual({ text: '拿奖不？', corrections: [] });
  });
});

describe('words kept whole', () => {
  const withKept = createTypoReader(['还适用', '技术经纪人'], ['还是']);
  it('reads no slip in a stretch that begins with a kept word (还是用 is no 还适用)', () => {
    expect(withKept.correct('是指提供产品的公司，还是用我们产品的部门')).toEqual({ text: '是指提供产品的公司，还是用我们产品的部门', corrections: [] });
  });

  it('still reads a slip that holds no kept word (技术经济人 is 技术经纪人)', () => {
    expect(withKept.correct('我是技术经济人')).toEqual({ text: '我是技术经纪人', corrections: [{ from: '技术经济人', to: '技术经纪人' }] });
  });

  it('without the kept word, 还是用 is read as 还适用', () => {
    expect(createTypoReader(['还适用']).correct('公司，还是用我们产品').corrections).toEqual([{ from: '还是用', to: '还适用' }]);
  });
});
