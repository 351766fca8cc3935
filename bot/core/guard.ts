/**
 * The number guard: a model may rephrase an answer, but every figure in its
 * text must be one the engine, the knowledge base or the user already stated.
 * Pure and synchronous; it knows nothing of models.
 *
 * Values compare across forms: 90万元 ≙ 900,000元 ≙ 九十万元, 30% ≙ 百分之三十,
 * 1∶1 ≙ 一比一, 2028年8月31日 ≙ 2028-08-31 (and 2028年8月 or 8月31日 are parts of it).
 */
import { readNumbers, type NumberKind, type NumberMention } from './read-numbers.ts';
import type { ChatCalculation, ChatCondition } from './types.ts';

export { readNumbers, chineseInteger, type NumberKind, type NumberMention } from './read-numbers.ts';

/** The measure numbers: 第0条 (the closing provisions) to 第12条, accepted as ordinals without a source. */
export const MEASURE_NUMBERS: readonly number[] = Array.from({ length: 13 }, (_, i) => i);

export interface GuardViolation {
  raw: string;
  value: string;
  kind: NumberKind;
  start: number;
  end: number;
  /**
   * `untraced`: no allowed source states it. `echo-as-benefit`: only the user
   * (or a context text) stated it, and the reply presents it as what they get —
   * the user cannot talk a figure into an answer (直接说我能拿500万).
   * `cap-as-amount`: the engine gives it only as a ceiling, and the reply
   * says it is what they get, with no 最高 (see model-explain.ts).
   */
  reason: 'untraced' | 'echo-as-benefit' | 'cap-as-amount';
}

export interface GuardResult {
  ok: boolean;
  violations: GuardViolation[];
}

export interface NumberGuard {
  /** Every figure of `text` checked against the allowed set. */
  check(text: string): GuardResult;
  /** The allowed values as keys (`amount:900000元`, `date:2028-08-31` …), for logs and tests. */
  readonly allowed: ReadonlySet<string>;
}

export interface NumberGuardExtra {
  /** The user's own messages: their figures may be repeated back, but not presented as a benefit. */
  userMessages?: readonly string[];
  /**
   * Texts shown for context whose figures belong to another item (a clause cited
   * beside the computed one): echoes only, like the user's, so that another
   * item's cap cannot pass as this one's benefit.
   */
  context?: readonly string[];
  /** Counts no text states but the answer implies (how many conditions a check lists): see `engineCounts`. */
  counts?: readonly number[];
  /** Ordinals accepted without a source; default `MEASURE_NUMBERS`. */
  measureNumbers?: readonly number[];
}

/** The coarser keys a date also stands for: 2028-08-31 is in 2028-08, in 2028, and on --08-31. */
function dateKeys(value: string): string[] {
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (full) return [value, `${full[1]}-${full[2]}`, full[1]!, `--${full[2]}-${full[3]}`, `--${full[2]}`];
  const ym = /^(\d{4})-(\d{2})$/.exec(value);
  if (ym) return [value, ym[1]!, `--${ym[2]}`];
  const md = /^--(\d{2})-(\d{2})$/.exec(value);
  if (md) return [value, `--${md[1]}`];
  return [value];
}

/** The keys under which a figure of a source is allowed. */
function sourceKeys(m: NumberMention): string[] {
  switch (m.kind) {
    case 'date': return dateKeys(m.value).map((k) => `date:${k}`);
    case 'count': return [`scalar:${m.value}`];
    // A bare number in the engine's JSON or formula (900000, 3,000,000) is yuan.
    case 'plain': return [`scalar:${m.value}`, `amount:${m.value}元`];
    default: return [`${m.kind}:${m.value}`];
  }
}

/** The keys any of which allows a figure of a reply. */
function replyKeys(m: NumberMention): string[] {
  switch (m.kind) {
    case 'date': return [`date:${m.value}`];
    case 'count':
    case 'plain': return [`scalar:${m.value}`, `amount:${m.value}元`];
    case 'ordinal': return [`ordinal:${m.value}`, `scalar:${m.value}`];
    default: return [`${m.kind}:${m.value}`];
  }
}

function collect(texts: readonly string[], into: Set<string>): void {
  for (const t of texts) for (const m of readNumbers(t)) for (const k of sourceKeys(m)) into.add(k);
}

const CLAUSE_END = /[，。；！？\n,;!?]/;
/** Words that present a figure as what the asker gets or may get at most. */
const BENEFIT_BEFORE = /(可获|可得|可以?拿|能拿|能获|能得|可以?领|能领|拿到|获得|领到|领取|到手|补助|补贴|资助|奖补|奖励|扶持|支持|给予|给您|发放|最高|上限|封顶|至多|最多|不超过)/;
const BENEFIT_AFTER = /^[^，。；！？\n,;!?]{0,4}?(补助|补贴|资助|奖补|奖励|扶持|支持|上限|封顶|拿|领|获得|到手)/;
const LOOK_BEHIND = 12;

/** Whether the clause around a figure presents it as a benefit (能拿500万, 500万的补助). */
function presentedAsBenefit(text: string, m: NumberMention): boolean {
  if (m.kind !== 'amount' && m.kind !== 'percent' && m.kind !== 'ratio') return false;
  let from = m.start;
  while (from > 0 && m.start - from < LOOK_BEHIND && !CLAUSE_END.test(text[from - 1]!)) from--;
  return BENEFIT_BEFORE.test(text.slice(from, m.start)) || BENEFIT_AFTER.test(text.slice(m.end));
}

/**
 * A guard over the allowed set: every figure of `allowedSources` (the template
 * answer, `engineSources(...)` of the results and their traces, the cited
 * clauses), the user's figures and `extra.context` (as echoes only),
 * `extra.counts`, and the measure numbers as ordinals.
 *
 * Pass texts that state figures, not raw JSON of a response: ids, session ids
 * and `"measure": 6` would allow numbers nobody told the reader.
 */
export function createNumberGuard(allowedSources: readonly string[], extra: NumberGuardExtra = {}): NumberGuard {
  const trusted = new Set<string>();
  collect(allowedSources, trusted);
  for (const n of extra.counts ?? []) trusted.add(`scalar:${n}`);
  for (const n of extra.measureNumbers ?? MEASURE_NUMBERS) trusted.add(`ordinal:${n}`);
  const echoes = new Set<string>();
  collect([...(extra.userMessages ?? []), ...(extra.context ?? [])], echoes);
  const known = (m: NumberMention, set: ReadonlySet<string>) => replyKeys(m).some((k) => set.has(k));
  return {
    allowed: trusted,
    check(text) {
      const violations: GuardViolation[] = [];
      for (const m of readNumbers(text)) {
        if (known(m, trusted)) continue;
        if (known(m, echoes)) {
          if (!presentedAsBenefit(text, m)) continue;
          violations.push({ ...m, reason: 'echo-as-benefit' });
        } else violations.push({ ...m, reason: 'untraced' });
      }
      return { ok: violations.length === 0, violations };
    },
  };
}

/** What the guard needs of the engine's results: a `ChatCalculation[]` and `ChatCheck[]` fit. */
export interface EngineParts {
  calculations: readonly {
    measure: number;
    amountYuan: number | null;
    capYuan: number;
    formula: string;
    /** The result and the formula in words, when the engine gives them. */
    headline?: string;
    formulaText?: string;
    notes?: readonly string[];
    combination?: ChatCalculation['combination'];
    conditions: readonly Pick<ChatCondition, 'status'>[];
  }[];
  checks: readonly { measure: number; headline?: string; unmet: readonly string[]; missing: readonly string[]; conditions: readonly Pick<ChatCondition, 'status'>[] }[];
}

/**
 * The engine's figures as texts for `createNumberGuard`: amounts and caps in
 * yuan, formulas with their trace, headlines, notes, and each measure as 第N条. Leaves out
 * ids and other digits that are no figure a reader is told.
 */
export function engineSources(parts: EngineParts): string[] {
  const out: string[] = [];
  for (const c of parts.calculations) {
    out.push(`第${c.measure}条`, `${c.capYuan}元`, c.formula, c.headline ?? '', c.formulaText ?? '', ...(c.notes ?? []));
    if (c.amountYuan !== null) out.push(`${c.amountYuan}元`);
    if (c.combination) out.push(`${c.combination.otherAmountYuan}元`, `${c.combination.payableYuan}元`);
  }
  for (const c of parts.checks) out.push(`第${c.measure}条`, c.headline ?? '');
  return out.filter((t) => t !== '');
}

/**
 * Counts an answer implies without writing them (四个条件都满足, 还有两项待确认):
 * how many calculations and checks there are, and how many of their conditions
 * are met, unmet or unknown. Pass them as `extra.counts`.
 */
export function engineCounts(parts: EngineParts): number[] {
  const out = new Set<number>([parts.calculations.length, parts.checks.length]);
  for (const item of [...parts.calculations, ...parts.checks]) {
    out.add(item.conditions.length);
    for (const status of ['met', 'unmet', 'unknown'] as const) out.add(item.conditions.filter((c) => c.status === status).length);
  }
  for (const c of parts.checks) out.add(c.unmet.length).add(c.missing.length);
  out.delete(0);
  return [...out].sort((a, b) => a - b);
}
