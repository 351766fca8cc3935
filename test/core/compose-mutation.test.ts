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
      formulaText: '300万元 × 30% = 90万元，未超过100万元上限（每家企业）',
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
