/**
 * Golden cases for the conversation core, as data: understanding cases
 * (test/core/understanding/*.yaml: a message and its reading context → what
 * the reader must find) and dialog cases (test/core/dialog/*.yaml: turns →
 * calculations, checks, the question asked, citations, wording). Each file is
 * checked against a strict schema, so a mistyped key fails loudly instead of
 * silently checking nothing.
 *
 * A case marked `known: "<what is wrong>"` records a bug of the assistant:
 * the runners report it apart and do not fail on it, but fail when it starts
 * passing, so that the mark is removed with the fix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { z } from 'zod';
import type { ChatResponse, ReadContext, Reading } from '../../bot/core/index.ts';

const factValue = z.union([z.string(), z.number(), z.boolean()]);

// ---- understanding ----

const contextSchema = z
  .object({
    pending: z.string().nullable().optional(),
    topicAmountFact: z.string().nullable().optional(),
    topicCountFact: z.string().nullable().optional(),
    expected: z.array(z.string()).optional(),
    topicFacts: z.array(z.string()).optional(),
    knownParties: z.boolean().optional(),
    /** The year of the day asked (去年8月 is a month of the year before). */
    year: z.number().int().optional(),
  })
  .strict();

const amountSchema = z
  .object({ fact: z.string(), yuan: z.string(), party: z.string().nullable().optional(), past: z.boolean().optional() })
  .strict();

const readingExpectSchema = z
  .object({
    /** Subset: each fact named must have this value. */
    facts: z.record(factValue).optional(),
    /** Facts the reading must not state. */
    factsAbsent: z.array(z.string()).optional(),
    /** Subset of the intents read. */
    intents: z.array(z.string()).optional(),
    intentsAbsent: z.array(z.string()).optional(),
    /** Exactly these kinds of party (in any order). */
    self: z.array(z.string()).optional(),
    counterparties: z.array(z.string()).optional(),
    asked: z.array(z.string()).optional(),
    /** Subset of the items named. */
    items: z.array(z.string()).optional(),
    itemsAbsent: z.array(z.string()).optional(),
    /** Exactly these measures / departments / places inside Wuxi (in any order). */
    measures: z.array(z.number().int()).optional(),
    departments: z.array(z.string()).optional(),
    /** Of several measures named, exactly those whose departments are asked. */
    departmentsOf: z.array(z.number().int()).optional(),
    inside: z.array(z.string()).optional(),
    elsewhere: z.string().nullable().optional(),
    outsideTopic: z.string().nullable().optional(),
    speaker: z.enum(['person', 'organisation']).nullable().optional(),
    /** Exactly these refused figures, in order (raw when given). */
    refused: z.array(z.object({ reason: z.enum(['negative', 'zero', 'too_large', 'currency']), raw: z.string().optional() }).strict()).optional(),
    /** Exactly these amounts, in order. */
    amounts: z.array(amountSchema).optional(),
    option: z.boolean().optional(),
  })
  .strict()
  .refine((e) => Object.keys(e).length > 0, 'a case must expect something');

const understandingCaseSchema = z
  .object({
    name: z.string().optional(),
    message: z.string().min(1),
    context: contextSchema.optional(),
    expect: readingExpectSchema,
    known: z.string().min(5).optional(),
  })
  .strict();

const understandingFileSchema = z.object({ cases: z.array(understandingCaseSchema).min(1) }).strict();

export type UnderstandingCase = z.infer<typeof understandingCaseSchema> & { file: string; index: number; title: string };
export type ReadingExpect = z.infer<typeof readingExpectSchema>;

export const understandingDir = resolve(import.meta.dirname, '../core/understanding');
export const dialogDir = resolve(import.meta.dirname, '../core/dialog');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
}

function parseFile<T>(schema: z.ZodType<T>, dir: string, file: string): T {
  const result = schema.safeParse(parse(readFileSync(join(dir, file), 'utf8')));
  if (!result.success) {
    const issues = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`${file}: does not match the case schema:\n${issues}`);
  }
  return result.data;
}

export function loadUnderstandingCases(dir = understandingDir): UnderstandingCase[] {
  return yamlFiles(dir).flatMap((file) =>
    parseFile(understandingFileSchema, dir, file).cases.map((c, index) => ({ ...c, file, index, title: c.name ?? c.message })),
  );
}

export function readContextOf(c: UnderstandingCase): ReadContext {
  const x = c.context ?? {};
  return {
    pending: x.pending ?? null,
    topicAmountFact: x.topicAmountFact ?? null,
    topicCountFact: x.topicCountFact ?? null,
    expected: x.expected ?? [],
    topicFacts: x.topicFacts ?? [],
    // A case with a pending question or a topic is mid-conversation: who is who is already known or asked.
    knownParties: x.knownParties ?? (x.pending !== undefined || (x.topicFacts?.length ?? 0) > 0),
    ...(x.year !== undefined ? { year: x.year } : {}),
  };
}

const show = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v));
const sameSet = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x) => b.some((y) => isDeepStrictEqual(x, y))) && b.every((y) => a.some((x) => isDeepStrictEqual(x, y)));

/** What differs between a reading and what a case expects: one line each, empty when it matches. */
export function readingDiffs(r: Reading, e: ReadingExpect): string[] {
  const out: string[] = [];
  for (const [fact, value] of Object.entries(e.facts ?? {})) {
    if (!isDeepStrictEqual(r.facts[fact], value)) out.push(`facts.${fact}: expected ${show(value)}, got ${show(r.facts[fact])}`);
  }
  for (const fact of e.factsAbsent ?? []) if (r.facts[fact] !== undefined) out.push(`facts.${fact}: expected absent, got ${show(r.facts[fact])}`);
  for (const i of e.intents ?? []) if (!r.intents.includes(i as never)) out.push(`intents: expected to include ${i}, got ${show(r.intents)}`);
  for (const i of e.intentsAbsent ?? []) if (r.intents.includes(i as never)) out.push(`intents: expected not to include ${i}, got ${show(r.intents)}`);
  for (const key of ['self', 'counterparties', 'asked', 'measures', 'departments', 'inside'] as const) {
    const want = e[key];
    if (want !== undefined && !sameSet(r[key], want)) out.push(`${key}: expected ${show(want)}, got ${show(r[key])}`);
  }
  if (e.departmentsOf !== undefined && !sameSet(r.departmentsOf ?? [], e.departmentsOf)) out.push(`departmentsOf: expected ${show(e.departmentsOf)}, got ${show(r.departmentsOf)}`);
  for (const id of e.items ?? []) if (!r.items.includes(id)) out.push(`items: expected to include ${id}, got ${show(r.items)}`);
  for (const id of e.itemsAbsent ?? []) if (r.items.includes(id)) out.push(`items: expected not to include ${id}, got ${show(r.items)}`);
  for (const key of ['elsewhere', 'outsideTopic', 'speaker', 'option'] as const) {
    if (e[key] !== undefined && r[key] !== e[key]) out.push(`${key}: expected ${show(e[key])}, got ${show(r[key])}`);
  }
  if (e.refused !== undefined) {
    const got = r.refused.map((f) => ({ reason: f.reason, raw: f.raw }));
    const ok = got.length === e.refused.length && e.refused.every((f, i) => f.reason === got[i]!.reason && (f.raw === undefined || f.raw === got[i]!.raw));
    if (!ok) out.push(`refused: expected ${show(e.refused)}, got ${show(got)}`);
  }
  if (e.amounts !== undefined) {
    const got = r.amounts.map((a) => ({ fact: a.fact, yuan: a.yuan, party: a.party, past: a.past }));
    const ok = got.length === e.amounts.length && e.amounts.every((a, i) => a.fact === got[i]!.fact && a.yuan === got[i]!.yuan && (a.party === undefined || a.party === got[i]!.party) && (a.past === undefined || a.past === got[i]!.past));
    if (!ok) out.push(`amounts: expected ${show(e.amounts)}, got ${show(got)}`);
  }
  return out;
}

// ---- dialog ----

const calculationSchema = z
  .object({
    /** Which calculation: by benefit id, else the first of the measure. */
    benefit: z.string().optional(),
    measure: z.number().int().optional(),
    status: z.enum(['computed', 'cap_only', 'needs_info', 'not_eligible', 'not_in_force']).optional(),
    amountYuan: z.number().nullable().optional(),
    capYuan: z.number().optional(),
    eligible: z.boolean().nullable().optional(),
    combination: z.object({ higher: z.enum(['this', 'other', 'equal']).optional(), payableYuan: z.number().optional(), otherAmountYuan: z.number().optional() }).strict().nullable().optional(),
  })
  .strict()
  .refine((c) => c.benefit !== undefined || c.measure !== undefined, 'a calculation names its benefit or measure');

const checkSchema = z.object({ check: z.string(), eligible: z.boolean().nullable().optional() }).strict();

const turnExpectSchema = z
  .object({
    /** Each must be among the calculations; [] means none at all. */
    calculations: z.array(calculationSchema).optional(),
    /** Benefits that must not be calculated. */
    calculationsAbsent: z.array(z.string()).optional(),
    /** Each must be among the checks; [] means none at all. */
    checks: z.array(checkSchema).optional(),
    /** The fact asked about, or none. */
    question: z.string().optional(),
    /** The measure of the first citation; 'none' for no citation. */
    citation: z.union([z.number().int(), z.literal('none')]).optional(),
    /** What the answer opens with: the point asked, before anything else. */
    startsWith: z.string().min(1).optional(),
    contains: z.array(z.string()).optional(),
    notContains: z.array(z.string()).optional(),
  })
  .strict();

const turnSchema = z
  .object({
    message: z.string().min(1),
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    expect: turnExpectSchema.optional(),
  })
  .strict();

const dialogCaseSchema = z
  .object({
    name: z.string().min(3),
    turns: z.array(turnSchema).min(1),
    known: z.string().min(5).optional(),
  })
  .strict();

const dialogFileSchema = z.object({ cases: z.array(dialogCaseSchema).min(1) }).strict();

export type DialogCase = z.infer<typeof dialogCaseSchema> & { file: string; index: number };
export type TurnExpect = z.infer<typeof turnExpectSchema>;

export function loadDialogCases(dir = dialogDir): DialogCase[] {
  return yamlFiles(dir).flatMap((file) => parseFile(dialogFileSchema, dir, file).cases.map((c, index) => ({ ...c, file, index })));
}

/** What differs between a response and what a turn expects: one line each, empty when it matches. */
export function responseDiffs(r: ChatResponse, e: TurnExpect): string[] {
  const out: string[] = [];
  const calcs = r.calculations.map((c) => `${c.benefit}:${c.status}:${c.amountYuan}`);
  if (e.calculations !== undefined) {
    if (e.calculations.length === 0 && r.calculations.length > 0) out.push(`calculations: expected none, got ${show(calcs)}`);
    for (const want of e.calculations) {
      const got = want.benefit !== undefined ? r.calculations.find((c) => c.benefit === want.benefit) : r.calculations.find((c) => c.measure === want.measure);
      const which = want.benefit ?? `measure ${want.measure}`;
      if (!got) {
        out.push(`calculations: expected ${which}, got ${show(calcs)}`);
        continue;
      }
      for (const key of ['measure', 'status', 'amountYuan', 'capYuan', 'eligible'] as const) {
        if (want[key] !== undefined && got[key] !== want[key]) out.push(`calculation ${which}.${key}: expected ${show(want[key])}, got ${show(got[key])}`);
      }
      if (want.combination === null && got.combination !== undefined) out.push(`calculation ${which}.combination: expected none, got ${show(got.combination)}`);
      if (want.combination) {
        if (!got.combination) out.push(`calculation ${which}.combination: expected ${show(want.combination)}, got none`);
        else for (const [key, value] of Object.entries(want.combination)) {
          const actual = got.combination[key as keyof typeof got.combination];
          if (actual !== value) out.push(`calculation ${which}.combination.${key}: expected ${show(value)}, got ${show(actual)}`);
        }
      }
    }
  }
  for (const id of e.calculationsAbsent ?? []) if (r.calculations.some((c) => c.benefit === id)) out.push(`calculations: expected no ${id}, got ${show(calcs)}`);
  if (e.checks !== undefined) {
    const checks = r.checks.map((c) => `${c.check}:${c.eligible}`);
    if (e.checks.length === 0 && r.checks.length > 0) out.push(`checks: expected none, got ${show(checks)}`);
    for (const want of e.checks) {
      const got = r.checks.find((c) => c.check === want.check);
      if (!got) out.push(`checks: expected ${want.check}, got ${show(checks)}`);
      else if (want.eligible !== undefined && got.eligible !== want.eligible) out.push(`check ${want.check}.eligible: expected ${show(want.eligible)}, got ${show(got.eligible)}`);
    }
  }
  if (e.question !== undefined) {
    const asked = r.question?.fact ?? 'none';
    if (asked !== e.question) out.push(`question: expected ${e.question}, got ${asked}`);
  }
  if (e.citation !== undefined) {
    const first = r.citations[0]?.measure ?? 'none';
    if (first !== e.citation) out.push(`citation: expected the first to be measure ${e.citation}, got ${show(r.citations.map((c) => c.measure))}`);
  }
  if (e.startsWith !== undefined && !r.answer.startsWith(e.startsWith)) out.push(`answer: expected to start with «${e.startsWith}»`);
  for (const s of e.contains ?? []) if (!r.answer.includes(s)) out.push(`answer: expected to contain «${s}»`);
  for (const s of e.notContains ?? []) if (r.answer.includes(s)) out.push(`answer: expected not to contain «${s}»`);
  return out;
}

/** The first line of an answer, to show what the assistant said in a failure. */
export function firstLines(answer: string, n = 3): string {
  return answer.split('\n').filter(Boolean).slice(0, n).join(' ⏎ ');
}
