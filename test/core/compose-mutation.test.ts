/**
 * What a composed answer carries besides its text (bot/core/compose.ts),
 * found by mutation testing (README, "Mutation testing"): a clause is cited as
 * retrieval holds it, with its measure's heading; a calculation and a check
 * carry their headline, their formula in words and their conditions; a
 * question offers the options of its fact. The answer texts themselves are
 * pinned by the dialog cases of test/core/dialog/compose.yaml.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../bot/core/index.ts';

let rt: Runtime;
beforeAll(async () => {
  rt = await createRuntime({ today: () => '2026-11-29' });
});
afterAll(() => rt?.close());
const chat = (message: string) => rt.assistant.chat({ message });
const benefit = (id: string) => rt.kb.measures.flatMap((m) => m.benefits).find((b) => b.id === id)!;

describe('citations', () => {
  it('cite the clause that states a benefit as retrieval holds it, under its measure heading', async () => {
    const r = await chat('我们是开发区的龙头企业，对接省重点实验室落地了2个项目，能拿多少奖励？');
    expect(r.calculations.map((c) => c.benefit)).toContain('m7-leading-enterprise');
    const quote = benefit('m7-leading-enterprise').quote;
    const cited = r.citations.find((c) => c.excerpt.includes(quote));
    const chunk = rt.retriever.chunks.find((c) => c.measure === 7 && c.excerpt.includes(quote));
    // The whole clause retrieval holds (with its departments), not only the quoted words.
    expect(chunk!.excerpt).not.toBe(quote);
    expect(cited).toEqual({ measure: 7, heading: rt.kb.measures[7]!.heading, excerpt: chunk!.excerpt });
    expect(cited!.heading).toBe('加速科研平台创新成果转移转化');
  });
});

describe('calculations and checks of a response', () => {
  it('carry the headline and the formula in words, without its 计算： label', async () => {
    const r = await chat('我们企业和西南大学签了300万元的技术开发合同，能拿多少补助');
    expect(r.calculations[0]).toMatchObject({
      benefit: 'm6-contract-subsidy',
      headline: '可获 90万元',
      formulaText: '300万元 × 30% = 90万元，未超过100万元上限（给予企业）',
    });
    expect(r.answer).toContain(`计算：${r.calculations[0]!.formulaText}`);
  });

  it("carry each condition's id, label and status", async () => {
    const r = await chat('我是科研人员，在区级的创新创业大赛获了一等奖，可以直接申报职称吗');
    const check = r.checks.find((c) => c.check === 'title-fast-track')!;
    const provision = rt.kb.measures[2]!.provisions.find((p) => p.id === 'title-fast-track')!;
    expect(check.conditions.map((c) => c.id)).toEqual(provision.conditions.map((c) => c.id));
    expect(check.conditions.map((c) => c.label)).toEqual(provision.conditions.map((c) => c.label));
    expect(check.conditions.find((c) => c.id === 'competition-municipal-or-above')).toMatchObject({ status: 'unmet' });
    expect(check.conditions.find((c) => c.id === 'is-researcher')).toMatchObject({ status: 'met' });
  });
});

describe('the question asked', () => {
  const fact = (id: string) => rt.kb.facts.facts.find((f) => f.id === id)!;

  it('offers the values of a fact with a list of values', async () => {
    const r = await chat('我们企业签了一份500万元的技术合同，能补多少？');
    expect(r.question?.fact).toBe('institutionType');
    const def = fact('institutionType');
    expect(def.kind).toBe('enum');
    expect(r.question!.options).toEqual(Object.values((def as { values: Record<string, string> }).values));
    expect(r.question!.options).toContain('高校');
  });

  it('offers yes and no for a yes-or-no fact, and nothing for an amount', async () => {
    const yesNo = await chat('用了6万元科技创新券，能拿多少联动奖补？');
    expect(yesNo.question?.fact).toBe('voucherOnProvincialPlatform');
    expect(yesNo.question!.options).toEqual([rt.kb.vocabulary.yesNoOptions.yes, rt.kb.vocabulary.yesNoOptions.no]);
    const amount = await chat('我们企业和江南大学签了技术合同，能补多少？');
    expect(amount.question?.fact).toBe('contractAmountYuan');
    expect(amount.question!.options).toEqual([]);
  });
});

describe('what is cited', () => {
  const lastChunk = (measure: number) => rt.retriever.chunks.filter((c) => c.measure === measure).at(-1)!;

  it('cites a clause once though several items quote it', async () => {
    const r = await chat('我们是国有企业，赋权改革试点和项目管理制度有什么要求');
    expect(r.checks.length).toBeGreaterThan(1);
    const excerpts = r.citations.map((c) => c.excerpt);
    expect(excerpts.length).toBeLessThan(r.checks.length);
    expect(new Set(excerpts).size).toBe(excerpts.length);
  });

  it("cites the closing provisions' combination rule only when another policy is compared", async () => {
    const compared = await chat('我们企业和南京大学签了300万技术合同，区里给了50万，能拿多少');
    const rule = rt.retriever.chunks.find((c) => c.measure === 0 && c.excerpt.includes(rt.kb.document.combination.quote))!;
    expect(compared.citations.map((c) => c.excerpt)).toEqual([expect.stringContaining(benefit('m6-contract-subsidy').quote), rule.excerpt]);
    const alone = await chat('我们企业和南京大学签了200万技术合同，能拿多少');
    expect(alone.citations.map((c) => c.measure)).toEqual([6]);
  });

  it("cites each measure a department is named in by the measure's last clause, where the departments are", async () => {
    const r = await chat('市卫生健康委负责哪些措施');
    const measures = rt.kb.measures.filter((m) => m.number > 0 && m.departments.includes('市卫生健康委')).map((m) => m.number);
    expect(r.citations).toEqual(measures.map((n) => ({ measure: n, heading: rt.kb.measures[n]!.heading, excerpt: lastChunk(n).excerpt })));
    // Measure 2 is held in several clauses: the last one, not the first nor the whole text, names the departments.
    expect(rt.retriever.chunks.filter((c) => c.measure === 2).length).toBeGreaterThan(1);
    expect(lastChunk(2).excerpt).not.toBe(rt.kb.measures[2]!.text);
    const one = await chat('第2条由哪些部门负责');
    expect(one.citations).toEqual([{ measure: 2, heading: rt.kb.measures[2]!.heading, excerpt: lastChunk(2).excerpt }]);
  });

  it("cites every clause of a measure asked about, and at most three of retrieval's best", async () => {
    const r = await chat('第10条讲了什么');
    expect(r.citations.map((c) => c.excerpt)).toEqual(rt.retriever.chunks.filter((c) => c.measure === 10).map((c) => c.excerpt));
    const clauses = await chat('执行期间遇到国家有关规定变动应该怎么办');
    expect(clauses.answer).toMatch(/^这个问题对应附则。/);
    expect(clauses.citations).toHaveLength(3);
  });
});

describe('the text and its remarks', () => {
  it('leads with the result; the remarks are the paragraphs after it, each once', async () => {
    const r = await chat('我们企业和江南大学签了300万技术合同，能拿多少');
    expect(r.answer.startsWith('【第6条·产学研合作技术合同补助】可获 90万元')).toBe(true);
    const paragraphs = r.answer.split('\n\n');
    expect(r.remarks).toEqual(paragraphs.slice(1));
    expect(r.remarks[0]).toBe('依据：第6条（组织实施体系化科技成果转移转化）');
  });
});
