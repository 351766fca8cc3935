/** What the chat page says, from the pure helpers in bot/web/public/format.js. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  calculationTone,
  checkHeadline,
  copyText,
  describeFailure,
  exactBeside,
  exactYuan,
  formatYuan,
  groupCitations,
  highlightSegments,
  isChinese,
  remarkLines,
  splitHeadline,
  verdictWithoutChecklist,
} from '../../bot/web/public/format.js';
import { createRuntime, type Runtime } from '../../bot/core/index.ts';
import { measureTexts } from '../../bot/web/server.ts';

describe('amounts', () => {
  it('shows 万元 with the exact yuan, in whole fen', () => {
    expect(formatYuan(900000)).toBe('90万元（900,000元）');
    expect(formatYuan(12345.6)).toBe('1.23456 万元（12,345.60元）');
    expect(formatYuan(0.1 + 0.2)).toBe('0.00003 万元（0.30元）');
    expect(formatYuan(null)).toBeNull();
    expect(exactYuan(999990)).toBe('999,990元');
    expect(exactYuan(12345.6)).toBe('12,345.60元');
  });

  it('cuts a headline around its amount, and only a result has one', () => {
    expect(splitHeadline({ status: 'computed', headline: '可获 90万元' })).toEqual({ before: '可获', amount: '90万元', after: '' });
    expect(splitHeadline({ status: 'computed', headline: '最高可获 99.999万元（还需确认 1 项条件）' })).toEqual({ before: '最高可获', amount: '99.999万元', after: '（还需确认 1 项条件）' });
    expect(splitHeadline({ status: 'cap_only', headline: '最高 500万元（原文只规定上限）' })).toMatchObject({ before: '最高', amount: '500万元' });
    expect(splitHeadline({ status: 'needs_info', headline: '还需信息才能计算（上限 100万元）' })).toEqual({ before: '还需信息才能计算（上限 100万元）', amount: '', after: '' });
    expect(splitHeadline({ status: 'not_eligible', headline: '不符合：合作方为科研事业单位' }).amount).toBe('');
  });

  it('prints the exact yuan beside the headline\'s amount only when it is that amount', () => {
    expect(exactBeside({ status: 'computed', amountYuan: 999990 }, '99.999万元')).toBe('999,990元');
    expect(exactBeside({ status: 'cap_only', amountYuan: null, capYuan: 5000000 }, '500万元')).toBe('5,000,000元');
    expect(exactBeside({ status: 'computed', amountYuan: 900000 }, '100万元')).toBeNull();
  });
});

describe('state in colour and words', () => {
  it('is green only when every condition is met', () => {
    const met = { status: 'met' };
    const unknown = { status: 'unknown' };
    expect(calculationTone({ status: 'computed', eligible: true, conditions: [met] })).toBe('ok');
    expect(calculationTone({ status: 'computed', eligible: null, conditions: [met, unknown] })).toBe('warn');
    expect(calculationTone({ status: 'needs_info', conditions: [] })).toBe('warn');
    expect(calculationTone({ status: 'not_eligible', conditions: [{ status: 'unmet' }] })).toBe('bad');
    expect(calculationTone({ status: 'cap_only', conditions: [unknown] })).toBe('info');
  });

  it('says a check in words when the server sends no headline', () => {
    expect(checkHeadline({ headline: '还需确认 2 项' })).toBe('还需确认 2 项');
    expect(checkHeadline({ eligible: null, missing: ['a', 'b'] })).toBe('还需确认 2 项');
    expect(checkHeadline({ eligible: false })).toBe('不符合');
  });

  it('leaves out of a verdict the unmet conditions the checklist shows', () => {
    const label = '合作方为科研事业单位（高校、科研院所、新型研发机构、医疗卫生机构等）';
    expect(verdictWithoutChecklist(`不符合：${label}`, [{ status: 'unmet', label }])).toBe('不符合');
    expect(verdictWithoutChecklist('不符合：甲、乙', [{ status: 'unmet', label: '甲' }, { status: 'unmet', label: '乙' }, { status: 'met', label: '丙' }])).toBe('不符合');
    expect(verdictWithoutChecklist('不符合：所选日期不在有效期内', [{ status: 'unmet', label: '甲' }])).toBe('不符合：所选日期不在有效期内');
    expect(verdictWithoutChecklist('符合：可直接申报相应职称', [{ status: 'met', label: '甲' }])).toBe('符合：可直接申报相应职称');
  });

  it('splits remarks into lines once each', () => {
    expect(remarkLines(['政策有效期：…\n负责部门：…', '  ', '负责部门：…', 3])).toEqual(['政策有效期：…', '负责部门：…']);
  });
});

describe('errors a user sees', () => {
  const all = [
    describeFailure({ kind: 'network' }),
    describeFailure({ kind: 'timeout' }),
    describeFailure({ kind: 'invalid' }),
    describeFailure({ kind: 'http', status: 400, error: 'message: must not be empty', field: 'message' }),
    describeFailure({ kind: 'http', status: 400, error: 'asOf: must be a real date written YYYY-MM-DD', field: 'asOf' }),
    describeFailure({ kind: 'http', status: 413, error: 'request body is larger than 16384 bytes; shorten the message' }),
    describeFailure({ kind: 'http', status: 415, error: 'send the body as application/json' }),
    describeFailure({ kind: 'http', status: 500, error: 'internal error; the server keeps running — try again or report it' }),
    describeFailure({ kind: 'http', status: 503 }),
  ];

  it('are in Chinese and say what to do, whatever the server wrote', () => {
    for (const f of all) {
      expect(isChinese(f.text)).toBe(true);
      expect(f.text).not.toMatch(/[a-z]{3,}/i);
      expect(f.text).toMatch(/请/);
    }
  });

  it('offer a retry unless the message itself must change', () => {
    expect(all.map((f) => (f.edit ? 'edit' : f.retry ? 'retry' : 'none'))).toEqual(['retry', 'retry', 'retry', 'edit', 'retry', 'edit', 'retry', 'retry', 'retry']);
  });

  it('keep a Chinese message of the server as it is', () => {
    expect(describeFailure({ kind: 'http', status: 400, error: '问题不能为空，请输入问题后再发送。', field: 'message' }).text).toBe('问题不能为空，请输入问题后再发送。');
  });
});

describe('citations', () => {
  const citations = [
    { measure: 6, excerpt: '对与科研事业单位开展产学研合作的企业，按技术合同实际成交额的30%，给予企业最高100万元补助。', heading: '组织实施体系化科技成果转移转化' },
    { measure: 0, excerpt: '按“从优、就高、不重复”原则予以支持', heading: '适用范围、实施期限与解释' },
    { measure: 6, excerpt: '对企业联合高校院所等实施的“揭榜类”项目，择优给予单个项目最高500万元支持，特别重大的项目可适当上浮。', heading: '组织实施体系化科技成果转移转化' },
    { measure: 6, excerpt: '对与科研事业单位开展产学研合作的企业，按技术合同实际成交额的30%，给予企业最高100万元补助。', heading: '组织实施体系化科技成果转移转化' },
  ];

  it('are grouped per measure in rank order, each quote once', () => {
    const groups = groupCitations(citations);
    expect(groups.map((g) => [g.measure, g.excerpts.length])).toEqual([[6, 2], [0, 1]]);
  });

  it('mark the quotes inside the measure text, merging overlaps', () => {
    const text = '甲。乙说了一句话。丙。丁又说了一句。';
    const segs = highlightSegments(text, ['乙说了一句话。', '说了一句话。丙。', '丁又说了一句。'])!;
    expect(segs).toEqual([
      { text: '甲。', mark: false },
      { text: '乙说了一句话。丙。', mark: true },
      { text: '丁又说了一句。', mark: true },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(highlightSegments(text, ['不在里面的话'])).toBeNull();
  });

  describe('against the bundled knowledge base', () => {
    let runtime: Runtime;
    beforeAll(async () => {
      runtime = await createRuntime({ today: () => '2026-06-01' });
    });
    afterAll(() => runtime?.close());

    it('every clause the retriever can cite is found in its measure text', () => {
      const texts = new Map(measureTexts(runtime.kb).map((m) => [m.measure, m.text]));
      expect(texts.size).toBe(13);
      const lost = runtime.retriever.chunks.filter((c) => !highlightSegments(texts.get(c.measure) ?? '', [c.excerpt])?.some((s) => s.mark));
      expect(lost.map((c) => `${c.measure}: ${c.excerpt}`)).toEqual([]);
    });
  });
});

describe('copying an answer', () => {
  it('gives the question, the date, the answer and the clauses as plain text', () => {
    const text = copyText({
      question: '签了300万元技术合同，能拿多少？',
      asOf: '2026-03-01',
      answer: '可获 90万元\n计算：300万元 × 30% = 90万元',
      citations: [{ measure: 6, heading: '组织实施体系化科技成果转移转化', excerpt: '按技术合同实际成交额的30%，给予企业最高100万元补助。' }],
    });
    expect(text).toBe(
      '问：签了300万元技术合同，能拿多少？\n\n（按 2026-03-01 的政策计算）\n\n可获 90万元\n计算：300万元 × 30% = 90万元\n\n依据：\n第6条（组织实施体系化科技成果转移转化）：按技术合同实际成交额的30%，给予企业最高100万元补助。',
    );
  });
});
