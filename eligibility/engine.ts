/**
 * The eligibility engine: knowledge + facts + an as-of date → one result per
 * benefit (amount, cap, formula, trace, conditions, citations) and one check
 * per provision with conditions (the job-title fast track). Pure: no I/O, and
 * every number it uses comes from the knowledge base.
 */
import { capPerLabel, type Benefit, type CapPer, type Condition, type KnowledgeBase, type Provision } from '../knowledge/index.ts';
import { createFactParser, FactError, type Facts } from './facts.ts';
import {
  applyFraction,
  fenToYuanNumber,
  formatFen,
  minFen,
  parseDecimal,
  percentFraction,
  ratioFraction,
  yuanToFen,
  type Fraction,
} from './money.ts';

export type Status = 'computed' | 'cap_only' | 'needs_info' | 'not_eligible' | 'not_in_force';
export type ConditionStatus = 'met' | 'unmet' | 'unknown';

export interface ConditionResult {
  id: string;
  label: string;
  status: ConditionStatus;
  quote: string;
  /** The fact checked, or how the condition is decided when no fact can settle it. */
  fact?: string;
  decidedBy?: 'review' | 'guide';
}

export interface Citation {
  measure: number;
  excerpt: string;
}

export interface TraceStep {
  label: string;
  value: string;
  quote?: string;
}

export interface Combination {
  principle: string;
  quote: string;
  otherAmountYuan: number;
  otherAmountFen: bigint;
  higher: 'this' | 'other' | 'equal';
  payableYuan: number;
  payableFen: bigint;
}

export interface BenefitResult {
  measure: number;
  benefit: string;
  title: string;
  beneficiary: string;
  beneficiaryLabel: string;
  status: Status;
  /** The largest amount the stated facts allow; null unless status is computed. */
  amountYuan: number | null;
  amountFen: bigint | null;
  capYuan: number;
  capFen: bigint;
  /** The base the rate applied to (fen) or the item count, when stated. */
  baseFen: bigint | null;
  count: number | null;
  /** rate × base or count × per-item cap before the cap was applied. */
  uncappedFen: bigint | null;
  /** Of a share the text leaves open (一定比例) of a base stated below the ceiling: the most it can come to, the base. */
  boundFen?: bigint;
  capPer: CapPer;
  capPerLabel: string;
  formula: string;
  trace: TraceStep[];
  conditions: ConditionResult[];
  eligible: boolean | null;
  unmet: string[];
  missing: string[];
  citations: Citation[];
  notes: string[];
  combination?: Combination;
  /** The percentage the asker supposed for a share the text leaves open (一定比例), when worked out on one. */
  assumedPercent?: string;
}

export interface CheckResult {
  measure: number;
  check: string;
  title: string;
  outcome: string;
  eligible: boolean | null;
  unmet: string[];
  missing: string[];
  conditions: ConditionResult[];
  citations: Citation[];
  inForce: boolean;
}

export interface Evaluation {
  asOf: string;
  inForce: boolean;
  validity: { from: string; to: string; quote: string };
  results: BenefitResult[];
  checks: CheckResult[];
}

export interface EvaluateOptions {
  /** Only these benefit ids (default: all). */
  benefits?: readonly string[];
  /** Only these provision ids (default: all with conditions). */
  checks?: readonly string[];
  /**
   * Facts that hold for one benefit only, over the shared ones: the party that
   * would receive it (the enterprise of a contract for 第6条, the university
   * for 第7条) is its own applicant.
   */
  benefitFacts?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /**
   * A percentage the asker supposes (假设比例是20%) for a benefit whose text leaves its share open (按…的一定比例):
   * the benefit is worked out on it, under its ceiling, and says so (assumedPercent). Only such benefits take one.
   */
  assumedRates?: Readonly<Record<string, string>>;
}

export class EligibilityError extends Error {
  readonly input: string;
  constructor(input: string, message: string) {
    super(`eligibility: ${input}: ${message}`);
    this.name = 'EligibilityError';
    this.input = input;
  }
}

export interface EligibilityEngine {
  /** Parses facts (throws FactError naming the fact at fault) and evaluates them. */
  evaluate(facts: unknown, asOf: string, options?: EvaluateOptions): Evaluation;
  parseFacts(input: unknown): Facts;
  readonly benefitIds: readonly string[];
}

interface CompiledBenefit {
  measure: number;
  def: Benefit;
  capFen: bigint;
  rate: Fraction | null;
  rateText: string;
  /** The percentage supposed for a share the text leaves open, for this evaluation only. */
  assumed?: string;
  perItemFen: bigint | null;
  quote: string;
  capText: string;
  capLine: string;
  notes: readonly string[];
}

const isoDateRe = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Checks an as-of date is a real calendar date written YYYY-MM-DD. */
let lastValidAsOf: string | undefined;
export function checkAsOf(asOf: unknown): string {
  if (typeof asOf === 'string' && asOf === lastValidAsOf) return asOf;
  if (typeof asOf !== 'string') throw new EligibilityError('asOf', 'must be a date written YYYY-MM-DD');
  const m = isoDateRe.exec(asOf);
  const d = m ? new Date(`${asOf}T00:00:00Z`) : null;
  if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, asOf.length) !== asOf) {
    throw new EligibilityError('asOf', `«${asOf}» is not a date written YYYY-MM-DD`);
  }
  lastValidAsOf = asOf;
  return asOf;
}

function evaluateCondition(c: Condition, facts: Facts): ConditionResult {
  const value = c.fact === undefined ? undefined : facts[c.fact];
  // A condition decided by a review stays unknown, and its fact is not asked, until the user states it (还没通过认定).
  if (c.decidedBy && value === undefined) return { id: c.id, label: c.label, status: 'unknown', quote: c.quote, decidedBy: c.decidedBy };
  const status: ConditionStatus =
    value === undefined ? 'unknown' : (c.oneOf ? c.oneOf.includes(value as string) : value === c.equals) ? 'met' : 'unmet';
  return { id: c.id, label: c.label, status, quote: c.quote, fact: c.fact!, ...(c.decidedBy ? { decidedBy: c.decidedBy } : {}) };
}

function summarise(conditions: ConditionResult[]) {
  const unmet: string[] = [];
  const missing: string[] = [];
  let unknown = false;
  for (const c of conditions) {
    if (c.status === 'unmet') unmet.push(c.id);
    else if (c.status === 'unknown') {
      unknown = true;
      if (c.fact) missing.push(c.fact);
    }
  }
  const eligible = unmet.length > 0 ? false : unknown ? null : true;
  return { unmet, missing, eligible };
}

function compile(kb: KnowledgeBase): CompiledBenefit[] {
  const out: CompiledBenefit[] = [];
  for (const m of kb.measures) {
    for (const b of m.benefits) {
      let rate: Fraction | null = null;
      let rateText = '';
      if (b.rate?.kind === 'exact' || b.rate?.kind === 'up_to') {
        rate = percentFraction(b.rate.percent);
        rateText = b.rate.kind === 'up_to' ? `${b.rate.percent}%（不超过）` : `${b.rate.percent}%`;
      } else if (b.rate?.kind === 'match') {
        rate = ratioFraction(b.rate.ratio);
        rateText = b.rate.ratio;
      }
      out.push({
        measure: m.number,
        def: b,
        capFen: yuanToFen(b.cap.yuan),
        rate,
        rateText,
        perItemFen: b.perItem ? yuanToFen(b.perItem.capYuan) : null,
        quote: b.quote,
        capText: formatFen(yuanToFen(b.cap.yuan)),
        capLine: `${formatFen(yuanToFen(b.cap.yuan))}元（${capPerLabel[b.cap.per]}）`,
        notes: [
          ...(b.cap.mayRise ? [`上限可上浮：${b.cap.mayRise}`] : []),
          ...(b.rate?.kind === 'unspecified' ? [b.rate.note] : []),
          ...(b.withinYears ? [`期限：${b.withinYears}年内`] : []),
        ],
      });
    }
  }
  return out;
}

/** Creates an engine over a loaded knowledge base. */
export function createEligibilityEngine(kb: KnowledgeBase): EligibilityEngine {
  const parseFacts = createFactParser(kb.facts);
  const compiled = compile(kb);
  const byId = new Map(compiled.map((c) => [c.def.id, c]));
  const provisions: { measure: number; def: Provision }[] = kb.measures.flatMap((m) =>
    m.provisions.filter((p) => p.conditions.length > 0).map((def) => ({ measure: m.number, def })),
  );
  const factLabel = new Map(kb.facts.facts.map((f) => [f.id, f.label]));
  const { validity, combination } = kb.document;

  function evaluateBenefit(c: CompiledBenefit, facts: Facts, inForce: boolean): BenefitResult {
    const b = c.def;
    const conditions = b.conditions.map((cond) => evaluateCondition(cond, facts));
    const { unmet, missing, eligible } = summarise(conditions);
    const capYuan = b.cap.yuan;
    const citations: Citation[] = [{ measure: c.measure, excerpt: c.quote }];
    const notes = c.notes.slice();
    const trace: TraceStep[] = [];
    const { capLine, capText } = c;
    const result: BenefitResult = {
      measure: c.measure,
      benefit: b.id,
      title: b.title,
      beneficiary: b.beneficiary,
      beneficiaryLabel: b.beneficiaryLabel,
      status: 'computed',
      amountYuan: null,
      amountFen: null,
      capYuan,
      capFen: c.capFen,
      baseFen: null,
      count: null,
      uncappedFen: null,
      capPer: b.cap.per,
      capPerLabel: capPerLabel[b.cap.per],
      formula: '',
      trace,
      conditions,
      eligible,
      unmet,
      missing,
      citations,
      notes,
    };

    if (!inForce) {
      result.status = 'not_in_force';
      result.formula = `不在有效期内（${validity.from} 至 ${validity.to}）`;
      trace.push({ label: '有效期', value: `${validity.from} 至 ${validity.to}`, quote: validity.quote });
      return result;
    }
    if (unmet.length > 0) {
      result.status = 'not_eligible';
      result.formula = `不符合条件：${conditions.filter((x) => x.status === 'unmet').map((x) => x.label).join('；')}`;
      // Another policy for the same item described by its rate and ceiling is still worked out on this item's base: what it gives
      // is all there is, nothing of this benefit. (Only by its rate: a sum said of it is weighed where it is said.)
      const base = b.base ? (facts[b.base.fact] as bigint | undefined) : undefined;
      if (base !== undefined && facts.otherPolicyCapYuan !== undefined) combine(result, otherAward(c, base, facts, true), 0n);
      return result;
    }
    const countFact = b.perItem?.fact;
    const baseFact = b.base?.fact;
    if (!c.rate && !c.perItemFen) {
      result.status = 'cap_only';
      trace.push({ label: '上限', value: capLine, quote: c.quote });
      if (baseFact && facts[baseFact] !== undefined && b.rate?.kind === 'unspecified') {
        const base = facts[baseFact] as bigint;
        result.baseFen = base;
        if (b.rate.share && base < result.capFen) result.boundFen = base;
        trace.push({ label: factLabel.get(baseFact) ?? baseFact, value: `${formatFen(base)}元` });
        result.formula = `${formatFen(base)} × 比例（${b.rate.quote}，未明确）→ 最高 ${capText}`;
      } else {
        result.formula = `最高 ${capText}`;
      }
      return result;
    }

    if (c.perItemFen !== null && countFact) {
      const count = facts[countFact] as number | undefined;
      if (count === undefined) {
        result.status = 'needs_info';
        result.missing = [countFact, ...missing];
        result.formula = `项目数 × ${formatFen(c.perItemFen)}，最高 ${capText}（需要：${factLabel.get(countFact)}）`;
        return result;
      }
      const raw = BigInt(count) * c.perItemFen;
      const amount = minFen(raw, c.capFen);
      result.count = count;
      result.uncappedFen = raw;
      trace.push(
        { label: factLabel.get(countFact) ?? countFact, value: `${count}项` },
        { label: '每项上限', value: `${formatFen(c.perItemFen)}元`, quote: c.quote },
        { label: '年度上限', value: capLine, quote: c.quote },
      );
      finish(result, amount, raw, `${count} × ${formatFen(c.perItemFen)} = ${formatFen(raw)}`, c.capFen);
      combine(result, otherAward(c, null, facts), amount);
      return result;
    }

    const base = baseFact ? (facts[baseFact] as bigint | undefined) : undefined;
    if (base === undefined || !c.rate) {
      result.status = 'needs_info';
      result.missing = baseFact ? [baseFact, ...missing] : missing;
      result.formula = `${factLabel.get(baseFact ?? '') ?? '基数'} × ${c.rateText}，最高 ${capText}`;
      return result;
    }
    const raw = applyFraction(base, c.rate);
    const amount = minFen(raw, c.capFen);
    if (c.assumed !== undefined) result.assumedPercent = c.assumed;
    result.baseFen = base;
    result.uncappedFen = raw;
    trace.push(
      { label: factLabel.get(baseFact!) ?? baseFact!, value: `${formatFen(base)}元` },
      { label: b.rate!.kind === 'match' ? '配套比例' : '比例', value: c.rateText, quote: c.quote },
      { label: '上限', value: capLine, quote: c.quote },
    );
    finish(result, amount, raw, `${formatFen(base)} × ${c.rateText} = ${formatFen(raw)}`, c.capFen);
    combine(result, otherAward(c, base, facts), amount);
    return result;
  }

  function finish(result: BenefitResult, amount: bigint, raw: bigint, product: string, capFen: bigint) {
    result.amountFen = amount;
    result.amountYuan = fenToYuanNumber(amount);
    result.formula = raw > capFen ? `${product} > ${formatFen(capFen)} → ${formatFen(capFen)}` : `${product} ≤ ${formatFen(capFen)}`;
    result.trace.push({ label: raw > capFen ? '结果（取上限）' : '结果', value: `${formatFen(amount)}元` });
  }

  /**
   * Another policy's award for the same item, or null: the sum said of it, else its rate applied to this benefit's base
   * (under its ceiling, if one is said); `byRate` takes the rate only. Without a base (per-item awards) only a stated sum
   * counts. It is for the one benefit it is said of, never for all.
   */
  function otherAward(c: CompiledBenefit, base: bigint | null, facts: Facts, byRate = false): bigint | null {
    if (facts.otherPolicyBenefit !== c.def.id) return null;
    const stated = facts.otherPolicyAmountYuan as bigint | undefined;
    if (stated !== undefined && !byRate) return stated;
    const rate = facts.otherPolicyRatePercent as Fraction | undefined;
    if (rate === undefined || base === null) return null;
    const raw = applyFraction(base, rate);
    const cap = facts.otherPolicyCapYuan as bigint | undefined;
    return cap !== undefined ? minFen(raw, cap) : raw;
  }

  /** 从优、就高、不重复: this benefit's `mine` weighed against another policy's award for the same item. */
  function combine(result: BenefitResult, other: bigint | null, mine: bigint) {
    if (other === null) return;
    const payable = mine >= other ? mine : other;
    result.combination = {
      principle: combination.principle,
      quote: combination.quote,
      otherAmountFen: other,
      otherAmountYuan: fenToYuanNumber(other),
      higher: mine > other ? 'this' : mine < other ? 'other' : 'equal',
      payableFen: payable,
      payableYuan: fenToYuanNumber(payable),
    };
    result.citations.push({ measure: 0, excerpt: combination.quote });
  }

  function evaluateCheck(p: { measure: number; def: Provision }, facts: Facts, inForce: boolean): CheckResult {
    const conditions = p.def.conditions.map((cond) => evaluateCondition(cond, facts));
    const s = summarise(conditions);
    return {
      measure: p.measure,
      check: p.def.id,
      title: p.def.title,
      outcome: p.def.outcome,
      // Outside the validity period no condition can make the provision apply.
      eligible: inForce ? s.eligible : false,
      unmet: inForce ? s.unmet : ['validity', ...s.unmet],
      missing: s.missing,
      conditions,
      citations: [{ measure: p.measure, excerpt: p.def.quote }],
      inForce,
    };
  }

  return {
    benefitIds: compiled.map((c) => c.def.id),
    parseFacts,
    evaluate(input, asOfInput, options = {}) {
      const asOf = checkAsOf(asOfInput);
      const facts = parseFacts(input);
      if (facts.otherPolicyBenefit !== undefined && !byId.has(facts.otherPolicyBenefit as string)) {
        throw new FactError('otherPolicyBenefit', facts.otherPolicyBenefit, `not a benefit id; use one of ${[...byId.keys()].join(', ')}`);
      }
      const inForce = asOf >= validity.from && asOf <= validity.to;
      const selected = options.benefits
        ? options.benefits.map((id) => {
            const c = byId.get(id);
            if (!c) throw new EligibilityError('benefits', `unknown benefit id «${id}»`);
            return c;
          })
        : compiled;
      const checks = options.checks ? provisions.filter((p) => options.checks!.includes(p.def.id)) : provisions;
      const factsOf = (id: string): Facts => {
        const own = options.benefitFacts?.[id];
        if (!own) return facts;
        if (!byId.has(id)) throw new EligibilityError('benefitFacts', `unknown benefit id «${id}»`);
        return { ...facts, ...parseFacts(own) };
      };
      const supposed = (c: CompiledBenefit): CompiledBenefit => {
        const percent = options.assumedRates?.[c.def.id];
        if (percent === undefined) return c;
        if (c.def.rate?.kind !== 'unspecified') throw new EligibilityError('assumedRates', `«${c.def.id}» states its own rate; only a benefit whose share the text leaves open takes a supposed one`);
        const f = parseDecimal(percent);
        if (!f || f.num === 0n || f.num > f.den * 100n) throw new EligibilityError('assumedRates', `«${percent}» for «${c.def.id}» is not a percentage above 0 and at most 100`);
        return { ...c, rate: percentFraction(percent), rateText: `${percent}%（假设）`, assumed: percent };
      };
      for (const id of Object.keys(options.assumedRates ?? {})) if (!byId.has(id)) throw new EligibilityError('assumedRates', `unknown benefit id «${id}»`);
      return {
        asOf,
        inForce,
        validity,
        results: selected.map((c) => evaluateBenefit(supposed(c), factsOf(c.def.id), inForce)),
        checks: checks.map((p) => evaluateCheck(p, facts, inForce)),
      };
    },
  };
}
