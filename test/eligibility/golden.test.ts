/**
 * Runs the golden cases in test/eligibility/cases/*.yaml: each names an as-of
 * date, facts, and the results (or the fact error) expected. Bureau staff can
 * add a case without touching code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../knowledge/index.ts';
import { createEligibilityEngine, FactError, fenToYuanString, type BenefitResult } from '../../eligibility/index.ts';

interface ExpectedResult {
  benefit: string;
  status?: string;
  amountYuan?: string | number | null;
  capYuan?: number;
  eligible?: boolean | null;
  unmet?: string[];
  missing?: string[];
  combination?: { otherAmountYuan: string | number; higher: string; payableYuan: string | number };
}
interface GoldenCase {
  name: string;
  asOf: string;
  facts: Record<string, unknown>;
  /** Facts of one benefit's own applicant, over the shared facts (two parties of one contract). */
  benefitFacts?: Record<string, Record<string, unknown>>;
  expect?: ExpectedResult[];
  checks?: { check: string; eligible?: boolean | null; unmet?: string[]; missing?: string[] }[];
  error?: { fact: string };
}

const casesDir = join(import.meta.dirname, 'cases');
const files = readdirSync(casesDir).filter((f) => f.endsWith('.yaml')).sort();
const engine = createEligibilityEngine(loadKnowledge());

/** Expected amounts are written as yuan with two decimals ("900000.00"), or as whole numbers. */
function yuan(v: string | number): string {
  const s = String(v);
  return s.includes('.') ? s.padEnd(s.indexOf('.') + 3, '0') : `${s}.00`;
}
function actualYuan(r: BenefitResult): string | null {
  return r.amountFen === null ? null : fenToYuanString(r.amountFen);
}

describe('golden eligibility cases', () => {
  it('has at least 40 cases', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it('covers every benefit of the knowledge base', () => {
    const covered = new Set<string>();
    for (const f of files) for (const e of (parse(readFileSync(join(casesDir, f), 'utf8')) as GoldenCase).expect ?? []) covered.add(e.benefit);
    expect(engine.benefitIds.filter((id) => !covered.has(id))).toEqual([]);
  });

  for (const file of files) {
    const c = parse(readFileSync(join(casesDir, file), 'utf8')) as GoldenCase;
    it(`${file}: ${c.name}`, () => {
      if (c.error) {
        let thrown: unknown;
        try {
          engine.evaluate(c.facts, String(c.asOf));
        } catch (e) {
          thrown = e;
        }
        expect(thrown).toBeInstanceOf(FactError);
        expect((thrown as FactError).fact).toBe(c.error.fact);
        expect((thrown as Error).message).toContain(c.error.fact);
        return;
      }
      const evaluation = engine.evaluate(c.facts, String(c.asOf), c.benefitFacts ? { benefitFacts: c.benefitFacts } : {});
      for (const e of c.expect ?? []) {
        const r = evaluation.results.find((x) => x.benefit === e.benefit);
        expect(r, `benefit ${e.benefit}`).toBeDefined();
        const got: Record<string, unknown> = {};
        const want: Record<string, unknown> = {};
        if (e.status !== undefined) { want.status = e.status; got.status = r!.status; }
        if (e.amountYuan !== undefined) { want.amountYuan = e.amountYuan === null ? null : yuan(e.amountYuan); got.amountYuan = actualYuan(r!); }
        if (e.capYuan !== undefined) { want.capYuan = e.capYuan; got.capYuan = r!.capYuan; }
        if (e.eligible !== undefined) { want.eligible = e.eligible; got.eligible = r!.eligible; }
        if (e.unmet !== undefined) { want.unmet = e.unmet; got.unmet = r!.unmet; }
        if (e.missing !== undefined) { want.missing = e.missing; got.missing = r!.missing; }
        if (e.combination !== undefined) {
          want.combination = { otherAmountYuan: yuan(e.combination.otherAmountYuan), higher: e.combination.higher, payableYuan: yuan(e.combination.payableYuan) };
          got.combination = r!.combination && {
            otherAmountYuan: fenToYuanString(r!.combination.otherAmountFen),
            higher: r!.combination.higher,
            payableYuan: fenToYuanString(r!.combination.payableFen),
          };
        }
        expect(got, `benefit ${e.benefit}`).toEqual(want);
      }
      for (const e of c.checks ?? []) {
        const r = evaluation.checks.find((x) => x.check === e.check);
        expect(r, `check ${e.check}`).toBeDefined();
        if (e.eligible !== undefined) expect(r!.eligible, `${e.check}.eligible`).toBe(e.eligible);
        if (e.unmet !== undefined) expect(r!.unmet, `${e.check}.unmet`).toEqual(e.unmet);
        if (e.missing !== undefined) expect(r!.missing, `${e.check}.missing`).toEqual(e.missing);
      }
    });
  }
});
