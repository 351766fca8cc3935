/**
 * Loads the number guard cases of test/core/guard-cases/*.yaml and builds each
 * case's guard as the core will: the template answer, the engine's figures and
 * the cited clauses as sources; the user's messages and context clauses as
 * echoes; the counts the engine implies.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { createNumberGuard, engineCounts, engineSources, type NumberGuard } from '../../bot/core/guard.ts';

const condition = z.object({ id: z.string(), status: z.enum(['met', 'unmet', 'unknown']) });
const caseSchema = z.object({
  name: z.string(),
  user: z.array(z.string()).min(1),
  template: z.string(),
  engine: z.object({
    calculations: z.array(z.object({
      measure: z.number().int(),
      benefit: z.string(),
      status: z.string(),
      amountYuan: z.number().nullable(),
      capYuan: z.number(),
      formula: z.string(),
      conditions: z.array(condition),
    })),
    checks: z.array(z.object({
      measure: z.number().int(),
      check: z.string(),
      eligible: z.boolean().nullable(),
      unmet: z.array(z.string()),
      missing: z.array(z.string()),
      conditions: z.array(condition),
    })),
  }),
  citations: z.array(z.string()),
  context: z.array(z.string()).default([]),
  faithful: z.array(z.string()).min(1),
  fabricated: z.array(z.object({ reply: z.string(), offending: z.array(z.string()).min(1) })).min(1),
}).strict();

export type GuardCaseData = z.infer<typeof caseSchema> & { file: string };
export type GuardCase = GuardCaseData & { guard: NumberGuard };

export const guardCasesDir = resolve(import.meta.dirname, '../core/guard-cases');

/** The cases as written, without their guards. */
export function readGuardCases(dir = guardCasesDir): GuardCaseData[] {
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((file) => ({ ...caseSchema.parse(parse(readFileSync(join(dir, file), 'utf8'))), file }));
}

/**
 * A case's guard, built as the core builds one. Tests build it inside each
 * test: a guard built while the test file loads is code no test reaches, as
 * far as mutation testing's per-test coverage can tell (see the README,
 * "Mutation testing").
 */
export function guardOf(c: GuardCaseData): NumberGuard {
  return createNumberGuard([c.template, ...engineSources(c.engine), ...c.citations], {
    userMessages: c.user,
    context: c.context,
    counts: engineCounts(c.engine),
  });
}

export function loadGuardCases(dir = guardCasesDir): GuardCase[] {
  return readGuardCases(dir).map((c) => ({ ...c, guard: guardOf(c) }));
}

/** Blocked fabricated replies over all of them, and blocked faithful replies over all of them. */
export function guardRates(cases: readonly GuardCase[]) {
  let fabricated = 0;
  let caught = 0;
  let faithful = 0;
  let blocked = 0;
  for (const c of cases) {
    for (const f of c.fabricated) { fabricated++; if (!c.guard.check(f.reply).ok) caught++; }
    for (const t of c.faithful) { faithful++; if (!c.guard.check(t).ok) blocked++; }
  }
  return { fabricated, caught, faithful, blocked, catchRate: caught / fabricated, falseBlockRate: blocked / faithful };
}
