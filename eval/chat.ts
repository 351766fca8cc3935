/**
 * The conversation evaluation: conversations written from the policy text
 * alone (test/eval/chat/*.yaml), each turn with machine-checkable
 * expectations, run through the real assistant and graded. A conversation
 * is right when every expectation of every turn holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Assistant, ChatResponse } from '../bot/core/index.ts';
import { findAmounts, findPercents } from '../bot/core/index.ts';

const measureYuan = z.object({ measure: z.number().int().min(0).max(12), yuan: z.number().nonnegative() }).strict();
const expectSchema = z
  .object({
    amounts: z.array(measureYuan).optional(),
    caps: z.array(measureYuan).optional(),
    notEligible: z.array(z.number().int()).optional(),
    fastTrack: z.union([z.boolean(), z.literal('unknown')]).optional(),
    noAmount: z.boolean().optional(),
    outOfScope: z.boolean().optional(),
    asks: z.boolean().optional(),
    measures: z.array(z.number().int().min(0).max(12)).optional(),
    figures: z.array(z.union([z.string(), z.number()]).transform(String)).optional(),
    forbid: z.array(z.union([z.string(), z.number()]).transform(String)).optional(),
    says: z.array(z.string()).optional(),
  })
  .strict();
export type TurnExpectation = z.infer<typeof expectSchema>;

const conversationSchema = z
  .object({
    id: z.string(),
    user: z.enum(['enterprise', 'researcher', 'bureau']),
    asOf: z.union([z.string(), z.date()]).transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)).optional(),
    expected: z.string(),
    turns: z.array(z.object({ say: z.union([z.string(), z.number()]).transform(String), expect: expectSchema.nullish().transform((e) => e ?? {}) }).strict()).min(1),
  })
  .strict();
export type Conversation = z.infer<typeof conversationSchema>;

export const chatEvalDir = join(import.meta.dirname, '..', 'test', 'eval', 'chat');

/** Every conversation of the YAML files in a folder, checked against the format. */
export function loadConversations(dir = chatEvalDir): Conversation[] {
  const out: Conversation[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const list = parse(readFileSync(join(dir, file), 'utf8')) as unknown[];
    list.forEach((c, i) => {
      const r = conversationSchema.safeParse(c);
      if (!r.success) throw new Error(`eval: ${file}[${i}]: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      out.push(r.data);
    });
  }
  return out;
}

/** A figure as written in an expectation (90万元, 30%, 2028年8月31日, 12条), read to a comparable value. */
type Figure = { kind: 'amount'; fen: bigint } | { kind: 'percent'; value: string } | { kind: 'date'; iso: string } | { kind: 'text'; text: string };

const cnSmall: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12, 十五: 15, 二十: 20, 五十: 50 };

function readFigure(s: string): Figure {
  const t = s.trim();
  const date = /^(\d{4})[年-](\d{1,2})[月-](\d{1,2})日?$/.exec(t);
  if (date) return { kind: 'date', iso: `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}` };
  const pct = findPercents(t)[0];
  if (pct && pct.raw.length >= t.length - 1) return { kind: 'percent', value: pct.percent };
  const amount = findAmounts(t)[0];
  if (amount && amount.raw.replace(/\s/g, '').length >= t.replace(/\s/g, '').length - 1) return { kind: 'amount', fen: amount.fen };
  if (/^\d+(\.\d+)?$/.test(t)) return { kind: 'amount', fen: BigInt(Math.round(Number(t) * 100)) };
  return { kind: 'text', text: t };
}

function datesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(\d{4})\s*[年-]\s*(\d{1,2})\s*[月-]\s*(\d{1,2})/g)) out.push(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
  return out;
}

/** 12条 ≙ 十二条, 15年 ≙ 十五年: a count with its unit in either writing. */
function countForms(text: string): string[] {
  const m = /^(\d+|[零一二两三四五六七八九十]+)(.+)$/.exec(text);
  if (!m) return [text];
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : cnSmall[m[1]!];
  if (n === undefined) return [text];
  return [`${n}${m[2]}`, ...Object.entries(cnSmall).filter(([, v]) => v === n).map(([k]) => `${k}${m[2]}`)];
}

const compact = (s: string) => s.replace(/[\s,，]/g, '');

function textHas(r: ChatResponse, f: Figure): boolean {
  const text = [r.answer, ...r.remarks].join('\n');
  switch (f.kind) {
    case 'amount':
      return findAmounts(text).some((a) => a.fen === f.fen);
    case 'percent':
      return findPercents(text).some((p) => p.percent === f.value);
    case 'date':
      return datesIn(text).includes(f.iso);
    case 'text':
      return countForms(f.text).some((form) => compact(text).includes(compact(form)));
  }
}

function replyShows(r: ChatResponse, f: Figure): boolean {
  if (textHas(r, f)) return true;
  if (f.kind !== 'amount') return false;
  const yuan = Number(f.fen) / 100;
  return r.calculations.some((c) => c.amountYuan === yuan || c.capYuan === yuan || c.combination?.payableYuan === yuan);
}

const declined = /不在[^。]{0,12}范围|只(能)?解答|只解答|其他(城市|地区|政策)|不属于本|请咨询当地|不是本政策/;
const noAmountSaid = /未(规定|明确|写明|给出|列明|设定)[^。；]{0,16}(金额|数额|标准|额度|比例)|没有(规定|明确|写明)[^。；]{0,10}(金额|数额|额度)|不涉及(具体)?(资金|金额)|无(具体)?金额/;

/** Every expectation of a turn that the reply fails, in words; empty when the turn is right. */
export function gradeTurn(r: ChatResponse, e: TurnExpectation): string[] {
  const fails: string[] = [];
  for (const a of e.amounts ?? []) {
    if (!r.calculations.some((c) => c.measure === a.measure && c.status === 'computed' && (c.amountYuan === a.yuan || c.combination?.payableYuan === a.yuan)))
      fails.push(`amount ${a.yuan} for measure ${a.measure} (got ${describeCalcs(r)})`);
  }
  for (const a of e.caps ?? []) {
    if (!r.calculations.some((c) => c.measure === a.measure && c.capYuan === a.yuan && c.status !== 'computed' && c.status !== 'not_eligible'))
      fails.push(`cap ${a.yuan} for measure ${a.measure} (got ${describeCalcs(r)})`);
  }
  for (const m of e.notEligible ?? []) {
    if (!r.calculations.some((c) => c.measure === m && c.status === 'not_eligible') && !r.checks.some((c) => c.measure === m && c.eligible === false))
      fails.push(`not eligible under measure ${m} (got ${describeCalcs(r)})`);
  }
  if (e.fastTrack !== undefined) {
    const want = e.fastTrack === 'unknown' ? null : e.fastTrack;
    const check = r.checks.find((c) => c.check === 'title-fast-track');
    if (!check || check.eligible !== want) fails.push(`fast track ${String(e.fastTrack)} (got ${check ? String(check.eligible) : 'no check'})`);
  }
  if (e.noAmount) {
    if (!noAmountSaid.test(r.answer)) fails.push('says the text sets no amount');
    if (r.calculations.some((c) => c.amountYuan !== null)) fails.push('shows no amount');
  }
  if (e.outOfScope) {
    if (r.calculations.length > 0 || r.checks.length > 0) fails.push('computes nothing when out of scope');
    if (!declined.test(r.answer)) fails.push('declines as out of scope');
  }
  if (e.asks !== undefined && Boolean(r.question) !== e.asks) fails.push(e.asks ? 'asks a clarifying question' : 'asks no question');
  for (const m of e.measures ?? []) {
    const named = m === 0 ? /附则|有效期|从优|解释工作|适用于/.test(r.answer) : new RegExp(`第${m}条|第${'〇一二三四五六七八九十'[m] ?? ''}条|第十${m > 10 ? '一二'[m - 11] : ''}条`).test(r.answer);
    if (!named && !r.citations.some((c) => c.measure === m) && !r.calculations.some((c) => c.measure === m) && !r.checks.some((c) => c.measure === m))
      fails.push(`covers measure ${m}`);
  }
  for (const f of e.figures ?? []) if (!replyShows(r, readFigure(f))) fails.push(`shows ${f}`);
  for (const f of e.forbid ?? []) if (replyShows(r, readFigure(f))) fails.push(`does not show ${f}`);
  for (const s of e.says ?? []) if (!compact(r.answer + r.remarks.join('')).includes(compact(s))) fails.push(`says «${s}»`);
  return fails;
}

function describeCalcs(r: ChatResponse): string {
  return r.calculations.map((c) => `m${c.measure}:${c.status}:${c.amountYuan ?? '-'}/${c.capYuan}`).join(', ') || 'no calculation';
}

export interface ConversationResult {
  conversation: Conversation;
  right: boolean;
  turns: { say: string; answer: string; fails: string[] }[];
}

/** Runs one conversation through the assistant and grades each turn. */
export async function runConversation(assistant: Assistant, c: Conversation, today: string): Promise<ConversationResult> {
  let sessionId: string | undefined;
  const turns: ConversationResult['turns'] = [];
  for (const t of c.turns) {
    const r = await assistant.chat({ message: t.say, asOf: c.asOf ?? today, ...(sessionId ? { sessionId } : {}) });
    sessionId = r.sessionId;
    turns.push({ say: t.say, answer: r.answer, fails: gradeTurn(r, t.expect) });
  }
  return { conversation: c, right: turns.every((t) => t.fails.length === 0), turns };
}
