/**
 * Typed facts. The zod schema is built from the fact catalogue in
 * knowledge/facts.yaml, so a fact bureau staff add there is understood here
 * without code. Amounts become integer fen; percentages become fractions.
 */
import { z } from 'zod';
import type { FactCatalogue, FactDef } from '../knowledge/index.ts';
import { FEN_PER_YUAN, parseDecimal, percentFraction, yuanToFen, type Fraction } from './money.ts';

export type FactValue = bigint | number | boolean | string | Fraction;
/** Parsed facts: amounts in fen (bigint), counts as integers, percentages as fractions. */
export type Facts = Readonly<Record<string, FactValue | undefined>>;

/** A fact that cannot be used: names the fact, what was given and what to do. */
export class FactError extends Error {
  readonly fact: string;
  readonly value: unknown;
  readonly reason: string;
  constructor(fact: string, value: unknown, reason: string) {
    super(`eligibility: fact ${fact}: ${reason} (got ${describe(value)})`);
    this.name = 'FactError';
    this.fact = fact;
    this.value = value;
    this.reason = reason;
  }
}

function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'bigint') return `${v}n`;
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

const FEN_DIGITS = FEN_PER_YUAN.toString().length - 1;

/** Checks one value: returns the parsed value, or a reason string when it cannot be used. */
type Validator = (v: unknown) => { ok: true; value: FactValue } | { ok: false; reason: string };
const ok = (value: FactValue) => ({ ok: true as const, value });
const no = (reason: string) => ({ ok: false as const, reason });

function amountValidator(def: FactDef, maxFen: bigint): Validator {
  const maxYuan = Number(maxFen / FEN_PER_YUAN);
  return (v) => {
    let text: string;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return no(`${def.label} must be a finite amount in yuan`);
      if (v <= 0) return no(`${def.label} must be greater than zero; check the figure`);
      if (v > maxYuan) return no(`${def.label} is implausibly large; check the figure`);
      if (Number.isInteger(v)) return ok(BigInt(v) * FEN_PER_YUAN);
      text = String(v);
    } else if (typeof v === 'string') {
      text = v.trim();
    } else {
      return no(`${def.label} must be an amount in yuan (a number or a decimal string)`);
    }
    const m = /^(?<whole>\d+)(?:\.(?<frac>\d+))?$/.exec(text);
    if (!m) return no(`${def.label} must be a positive amount in yuan such as 3000000 or "1234567.89"`);
    const frac = m.groups!.frac ?? '';
    if (frac.replace(/0+$/, '').length > FEN_DIGITS) return no(`${def.label} has more than ${FEN_DIGITS} decimals; amounts are exact to the fen`);
    const fen = BigInt(m.groups!.whole!) * FEN_PER_YUAN + BigInt(frac.padEnd(FEN_DIGITS, '0').slice(0, FEN_DIGITS) || '0');
    if (fen <= 0n) return no(`${def.label} must be greater than zero; check the figure`);
    if (fen > maxFen) return no(`${def.label} is implausibly large; check the figure`);
    return ok(fen);
  };
}

function validator(def: FactDef, limits: FactCatalogue['limits']): Validator {
  switch (def.kind) {
    case 'amount':
      return amountValidator(def, yuanToFen(limits.maxAmountYuan));
    case 'count':
      return (v) =>
        typeof v === 'number' && Number.isInteger(v) && v > 0 && v <= limits.maxCount
          ? ok(v)
          : no(`${def.label} must be a whole number from 1 to ${limits.maxCount}`);
    case 'percent':
      return (v) => {
        const text = typeof v === 'number' && Number.isFinite(v) ? String(v) : typeof v === 'string' ? v.trim() : '';
        const f = parseDecimal(text);
        return f && f.num > 0n && Number(text) <= limits.maxPercent
          ? ok(percentFraction(text))
          : no(`${def.label} must be a percentage above 0 and at most ${limits.maxPercent}`);
      };
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? ok(v) : no(`${def.label} must be true or false`));
    case 'enum': {
      const values = Object.keys(def.values);
      return (v) => (typeof v === 'string' && values.includes(v) ? ok(v) : no(`${def.label} must be one of ${values.join(', ')}`));
    }
    case 'text':
      return (v) => (typeof v === 'string' && v.trim() !== '' ? ok(v.trim()) : no(`${def.label} must be a non-empty text`));
    case 'date':
      return (v) =>
        // (A year alone — 2024年做的 — where the whole year lies on one side of the validity.)
        typeof v === 'string' && /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(v)
          ? ok(v)
          : no(`${def.label} must be a date written YYYY-MM-DD, YYYY-MM or YYYY`);
  }
}

/**
 * The zod schema of the facts, built from the catalogue (every fact optional,
 * unknown ids refused), for callers that compose schemas.
 */
export function createFactsSchema(catalogue: FactCatalogue) {
  const shape: Record<string, z.ZodType<FactValue | undefined, z.ZodTypeDef, unknown>> = {};
  for (const def of catalogue.facts) {
    const check = validator(def, catalogue.limits);
    shape[def.id] = z
      .unknown()
      .transform((v, ctx) => {
        const r = check(v);
        if (r.ok) return r.value;
        ctx.addIssue({ code: 'custom', message: r.reason });
        return z.NEVER;
      })
      .optional();
  }
  return z.object(shape).strict();
}

/**
 * Builds the parser for the catalogue's facts: the same checks as the zod
 * schema, run directly over the stated facts because it sits on the hot path.
 * null or undefined mean "not stated"; unknown fact ids are refused.
 */
export function createFactParser(catalogue: FactCatalogue): (input: unknown) => Facts {
  const validators = new Map(catalogue.facts.map((def) => [def.id, validator(def, catalogue.limits)]));
  return (input: unknown): Facts => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      throw new FactError('facts', input, 'facts must be an object of fact id → value');
    }
    const out: Record<string, FactValue> = {};
    for (const key in input) {
      const v = (input as Record<string, unknown>)[key];
      const check = validators.get(key);
      if (!check) throw new FactError(key, v, 'unknown fact; known facts are listed in knowledge/facts.yaml');
      if (v === null || v === undefined) continue;
      const r = check(v);
      if (!r.ok) throw new FactError(key, v, r.reason);
      out[key] = r.value;
    }
    return out;
  };
}
