import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../knowledge/index.ts';
import { createEligibilityEngine, createFactsSchema, EligibilityError, FactError } from '../../eligibility/index.ts';

const kb = loadKnowledge();
const engine = createEligibilityEngine(kb);
const asOf = '2026-06-30';

describe('eligibility engine', () => {
  it('computes 30% × 3,333,300 = 999,990.00 exactly, with formula, trace and citation', () => {
    const [r] = engine.evaluate({ contractAmountYuan: 3333300, institutionType: 'university', applicantType: 'enterprise' }, asOf, { benefits: ['m6-contract-subsidy'] }).results;
    expect(r).toMatchObject({ status: 'computed', amountYuan: 999990, amountFen: 99999000n, capYuan: 1000000, eligible: true, unmet: [], missing: [] });
    expect(r!.formula).toBe('3,333,300 × 30% = 999,990 ≤ 1,000,000');
    expect(r!.trace.map((t) => t.label)).toEqual(['技术合同实际成交额', '比例', '上限', '结果']);
    expect(r!.citations[0]).toEqual({ measure: 6, excerpt: expect.stringContaining('按技术合同实际成交额的30%') });
  });

  it('computes 2% × 1,234,500 = 24,690.00 and caps at 500,000', () => {
    const facts = { isExcellentTechManager: true, dealLanded: true };
    const [small] = engine.evaluate({ ...facts, contractAmountYuan: 1234500 }, asOf, { benefits: ['m2-tech-manager-award'] }).results;
    expect(small!.amountFen).toBe(2469000n);
    const [big] = engine.evaluate({ ...facts, contractAmountYuan: 30000000 }, asOf, { benefits: ['m2-tech-manager-award'] }).results;
    expect(big!.amountYuan).toBe(500000);
    expect(big!.formula).toBe('30,000,000 × 2% = 600,000 > 500,000 → 500,000');
  });

  it('works a share the text leaves open (一定比例) out on a supposed percentage, under its ceiling, and refuses one elsewhere', () => {
    const scene = (yuan: number, percent: string) => engine.evaluate({ projectInvestmentYuan: yuan, isApplicationUnit: true }, asOf, { benefits: ['m9-scenario-application'], assumedRates: { 'm9-scenario-application': percent } }).results[0]!;
    expect(scene(2000000, '20')).toMatchObject({ status: 'computed', amountFen: 40000000n, assumedPercent: '20' });
    expect(scene(3333333, '12.5')).toMatchObject({ status: 'computed', amountFen: 41666662n });
    expect(scene(15000000, '20')).toMatchObject({ status: 'computed', amountYuan: 1000000, uncappedFen: 300000000n });
    expect(engine.evaluate({ projectInvestmentYuan: 2000000 }, asOf, { benefits: ['m9-scenario-application'] }).results[0]).toMatchObject({ status: 'cap_only' });
    expect(() => scene(2000000, '0')).toThrow(/assumedRates: «0» for «m9-scenario-application» is not a percentage above 0/);
    expect(() => scene(2000000, '120')).toThrow(EligibilityError);
    expect(() => engine.evaluate({ contractAmountYuan: 3000000 }, asOf, { assumedRates: { 'm6-contract-subsidy': '20' } })).toThrow(/«m6-contract-subsidy» states its own rate/);
    expect(() => engine.evaluate({}, asOf, { assumedRates: { nope: '20' } })).toThrow(/unknown benefit id «nope»/);
  });

  it('assumes unknown conditions hold but says which facts are missing', () => {
    const [r] = engine.evaluate({ contractAmountYuan: 3000000 }, asOf, { benefits: ['m6-contract-subsidy'] }).results;
    expect(r).toMatchObject({ status: 'computed', amountYuan: 900000, eligible: null, missing: ['applicantType', 'institutionType'] });
  });

  it('leaves a condition decided by review unknown and unasked, until its fact is stated', () => {
    const cap = (facts: Record<string, unknown>) => engine.evaluate(facts, asOf, { benefits: ['m8-concept-center'] }).results[0]!;
    expect(cap({})).toMatchObject({ status: 'cap_only', eligible: null, missing: [] });
    expect(cap({}).conditions[0]).toMatchObject({ id: 'recognized', status: 'unknown', decidedBy: 'review' });
    expect(cap({ platformRecognized: false })).toMatchObject({ status: 'not_eligible', eligible: false, unmet: ['recognized'] });
    expect(cap({ platformRecognized: false }).conditions[0]).toMatchObject({ status: 'unmet', decidedBy: 'review', fact: 'platformRecognized' });
    expect(cap({ platformRecognized: true })).toMatchObject({ status: 'cap_only', eligible: true });
  });

  it('refuses a bad as-of date with an EligibilityError naming asOf', () => {
    expect(() => engine.evaluate({}, '2026-02-30')).toThrow(EligibilityError);
    expect(() => engine.evaluate({}, '2026/01/01')).toThrow(/asOf/);
  });

  it('refuses facts of the wrong shape', () => {
    expect(() => engine.evaluate([], asOf)).toThrow(FactError);
    expect(() => engine.evaluate({ contractAmountYuan: Number.NaN }, asOf)).toThrow(/contractAmountYuan/);
    expect(() => engine.evaluate({ otherPolicyBenefit: 'nope' }, asOf)).toThrow(/otherPolicyBenefit/);
  });

  it('evaluates every benefit and the provisions that have conditions', () => {
    const e = engine.evaluate({}, asOf);
    expect(e.results.map((r) => r.benefit)).toEqual(engine.benefitIds);
    expect(e.results.length).toBe(kb.measures.reduce((n, m) => n + m.benefits.length, 0));
    expect(e.checks.map((c) => c.check)).toEqual(kb.measures.flatMap((m) => m.provisions.filter((p) => p.conditions.length > 0).map((p) => p.id)));
  });
});

describe('the zod schema of the facts', () => {
  const schema = createFactsSchema(kb.facts);
  it('parses what the engine parses, to the same values', () => {
    const input = { contractAmountYuan: '1234567.89', institutionType: 'university', landedProjectCount: 3, otherPolicyRatePercent: 20 };
    expect(schema.parse(input)).toEqual(engine.parseFacts(input));
  });
  it('refuses what the engine refuses, naming the fact', () => {
    const r = schema.safeParse({ contractAmountYuan: -1 });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['contractAmountYuan']);
    expect(schema.safeParse({ nope: 1 }).success).toBe(false);
  });
});

describe('eligibility/ holds no literal amount or rate', () => {
  const dir = join(import.meta.dirname, '../../eligibility');
  const strip = (src: string) =>
    src
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '')
      .replace(/`(?:\\.|[^`\\])*`|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g, "''")
      .replace(/\/(?![*/\s])(?:\\.|\[[^\]\n]*\]|[^/\n\\])+\/[dgimsuy]*/g, '/re/');
  // 0 and 1 are identities; 100 converts yuan to fen and percent to a fraction;
  // 3 is the digit grouping of 1,000,000. None is a rate or an amount of the policy.
  const allowed = new Set(['0', '1', '3', '100']);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    it(file, () => {
      const literals = [...strip(readFileSync(join(dir, file), 'utf8')).matchAll(/(?<![\w.$])(\d[\d_]*(?:\.\d+)?)(n?)(?![\w$])/g)].map((m) => m[1]!);
      expect(literals.filter((l) => !allowed.has(l))).toEqual([]);
    });
  }
  it('would catch one', () => {
    const literals = [...strip('const cap = 1000000; // 100万').matchAll(/(?<![\w.$])(\d[\d_]*(?:\.\d+)?)(n?)(?![\w$])/g)].map((m) => m[1]);
    expect(literals).toEqual(['1000000']);
  });
});
