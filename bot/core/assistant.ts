/**
 * The conversation core: one turn as a pipeline — read (what the message
 * states, and retrieval's best clauses) → decide (pure: the next state and
 * the parts of the answer) → compute (the eligibility engine) → compose
 * (templates). No HTTP, Telegram or terminal here: adapters call `chat`.
 */
import { createHash } from 'node:crypto';
import { EligibilityError, checkAsOf, fenToYuanString, type BenefitResult, type EligibilityEngine } from '../../eligibility/index.ts';
import type { IntentId, KnowledgeBase } from '../../knowledge/index.ts';
import type { Chunk, Retriever } from '../../retrieval/index.ts';
import { statesQuote } from '../../retrieval/index.ts';
import { createComposer } from './compose.ts';
import { applicantsFen, comesTo, countedFen, countedTimes, createComputer, noIncrease, type Computed } from './compute.ts';
import { applicantPointed, applicantsSummed, createItemIndex, decide, letterIsNew, type Part, type SearchSummary } from './decide.ts';
import type { ExplainPrompts, LanguageModel } from './model.ts';
import { createModelBudget, type ModelBudget } from './model-budget.ts';
import { createExplainer, type ExplainStream } from './model-explain.ts';
import { createModelReader } from './model-read.ts';
import { createReader, type ReadContext, type Reading } from './read.ts';
import { sentenceSpans } from './words.ts';
import { newSessionId, type SessionStore } from './session-store.ts';
import { cloneSession, emptySession, isEmptySession, parseSessionState, type SessionState } from './sessions.ts';
import { ChatInputError, type ChatRequest, type ChatResponse, type UnansweredEvent } from './types.ts';

export interface AssistantOptions {
  kb: KnowledgeBase;
  engine: EligibilityEngine;
  retriever: Retriever;
  sessions: SessionStore;
  /** Longest message accepted, in characters. */
  maxMessageChars?: number;
  /** Today's date (YYYY-MM-DD) when a request gives no asOf. */
  today?: () => string;
  /** Told of every question the assistant could not answer (the question log for bureau staff). */
  onUnanswered?: (event: UnansweredEvent) => void;
  /**
   * A language model: it reads the messages the rules are unsure of and
   * rewrites answers behind the number guard. Without one: template mode.
   */
  model?: LanguageModel;
  /** The prompts of an explanation (bot/llm's `explainPrompts`); required with a model. */
  explainPrompts?: ExplainPrompts;
  /** The model time of one turn, in ms (LLM_TIMEOUT_MS); default 8000. */
  modelTimeoutMs?: number;
  /** Says why a model's reading or text was not used. */
  log?: (message: string) => void;
}

/** How an adapter follows a turn as it is written (POST /api/chat/stream). */
export interface ChatOptions extends ExplainStream {
  /** The client went away: a model call still running is abandoned (the turn itself is kept). */
  signal?: AbortSignal;
}

export interface Assistant {
  /** One turn. With `options.onSentence`, the model's checked sentences arrive as they are written. */
  chat(request: unknown, options?: ChatOptions): Promise<ChatResponse>;
}

/** A turn's outcome: the next state, the response (without the session id) and what it could not answer. */
interface Turn {
  state: SessionState;
  response: Omit<ChatResponse, 'sessionId'>;
  unanswered: UnansweredEvent[];
}

/** Freezes a value and everything in it. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The model time of a turn when none is configured: the model layer's default timeout. */
const DEFAULT_MODEL_TIMEOUT_MS = 8000;

const sessionIdRe = /^[A-Za-z0-9_-]{1,64}$/;
/** The dates a computation may be asked for: the policy runs 2025–2028; anything far outside is a typing error. */
const AS_OF_RANGE = { from: '2000-01-01', to: '2100-12-31' };
/** How many applicants worked out one by one a session keeps for a total over them (这三家合计). */
const APPLICANTS_KEPT = 8;

/** A date read from a message that a computation may be asked for: a real day within AS_OF_RANGE. */
function isUsableDate(iso: string): boolean {
  if (iso < AS_OF_RANGE.from || iso > AS_OF_RANGE.to) return false;
  try {
    checkAsOf(iso);
    return true;
  } catch (e) {
    if (e instanceof EligibilityError) return false;
    throw e;
  }
}

/** Checks the request's shape; every fault names its field, in Chinese for the person who sent it. */
export function parseChatRequest(body: unknown, maxMessageChars: number): ChatRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ChatInputError('body', '请求体应为 JSON 对象，例如 {"message": "…"}');
  const b = body as Record<string, unknown>;
  if (!('message' in b)) throw new ChatInputError('message', '缺少 message：请输入问题');
  if (typeof b.message !== 'string') throw new ChatInputError('message', 'message 应为文字');
  if (b.message.trim() === '') throw new ChatInputError('message', '问题不能为空，请输入您的问题');
  if (b.message.length > maxMessageChars) throw new ChatInputError('message', `问题超过 ${maxMessageChars} 字，请缩短后再发`, { tooLarge: true });
  if (b.sessionId !== undefined && (typeof b.sessionId !== 'string' || !sessionIdRe.test(b.sessionId))) {
    throw new ChatInputError('sessionId', 'sessionId 应为上一次回答给出的会话编号（1–64 位字母、数字、- 或 _）');
  }
  if (b.asOf !== undefined) {
    try {
      checkAsOf(b.asOf);
    } catch (e) {
      if (!(e instanceof EligibilityError)) throw e;
      throw new ChatInputError('asOf', `asOf 应为真实日期，写作 YYYY-MM-DD，例如 2026-03-01`);
    }
    if ((b.asOf as string) < AS_OF_RANGE.from || (b.asOf as string) > AS_OF_RANGE.to) throw new ChatInputError('asOf', `asOf 应在 ${AS_OF_RANGE.from.slice(0, 4)}–${AS_OF_RANGE.to.slice(0, 4)} 年之间`);
  }
  return { message: b.message, ...(b.sessionId !== undefined ? { sessionId: b.sessionId as string } : {}), ...(b.asOf !== undefined ? { asOf: b.asOf as string } : {}) };
}

export function createAssistant(options: AssistantOptions): Assistant {
  const { kb, engine, retriever, sessions } = options;
  const dateFacts = new Set(kb.facts.facts.filter((f) => f.kind === 'date').map((f) => f.id));
  const maxChars = options.maxMessageChars ?? 2000;
  const today = options.today ?? todayInWuxi;
  const reader = createReader(kb);
  const index = createItemIndex(kb);
  const computer = createComputer(kb, engine, index);
  const composer = createComposer(kb, index, retriever.chunks);
  const factDefs = new Map(kb.facts.facts.map((f) => [f.id, f]));
  if (options.model && !options.explainPrompts) throw new Error('core: a model needs explainPrompts (bot/llm exports them)');
  const log = options.log ?? (() => {});
  const modelTimeoutMs = options.modelTimeoutMs ?? DEFAULT_MODEL_TIMEOUT_MS;
  const modelReader = options.model ? createModelReader(kb, index, options.model) : null;
  const explainer = options.model ? createExplainer(options.model, options.explainPrompts!, modelTimeoutMs) : null;
  const itemQuotes = [...index.benefits.values()].map(({ measure, benefit }) => ({ id: benefit.id, measure, quote: benefit.quote }))
    .concat([...index.provisions.values()].map(({ measure, provision }) => ({ id: provision.id, measure, quote: provision.quote })));

  /** The reading context a session gives: the question pending, the topic's figures and conditions. */
  function contextOf(state: SessionState): ReadContext {
    // (刚才说得不准确，6000万是今年全年总额，去年是2500万 after a team's support and a platform's: where the first item is
    // reckoned on no figure, a later one's yearly increase — not another figure, which would take the turn from the rest.)
    const bases = state.focus.benefits.map((id) => index.baseFact(id));
    const increase = bases[0] === null ? bases.find((f) => typeof f === 'string' && kb.vocabulary.facts[f]?.increaseOfTotals) : undefined;
    const base = increase ?? bases[0] ?? null;
    const placed = placedFact(state, base);
    const topicFacts = index.conditionFacts([...state.focus.benefits, ...state.focus.checks]);
    const year = Number(today().slice(0, 4));
    return {
      pending: state.pending,
      topicAmountFact: base && factDefs.get(base)?.kind === 'amount' ? base : null,
      topicCountFact: base && factDefs.get(base)?.kind === 'count' ? base : null,
      expected: state.missing,
      knownParties: state.parties.self.length > 0 || state.parties.counterparties.length > 0 || state.pending !== null || state.focus.benefits.length + state.focus.checks.length > 0,
      askers: state.parties.self.filter((p) => !state.parties.counterparties.includes(p)),
      topicFacts,
      deniedFacts: deniedOfTopic(state, topicFacts),
      year,
      yearBefore: state.yearBefore,
      topicAmount: base && typeof state.facts[base] === 'string' ? { fact: base, yuan: state.facts[base] as string } : null,
      ...(base && typeof state.facts[base] === 'number' && state.counted.length === 0 ? { topicCount: state.facts[base] as number } : {}),
      ...(state.counted.length > 0 ? { letterCounts: Object.fromEntries(state.counted.map((c) => [c.label, c.value])) } : {}),
      letterNames: state.letterNames,
      departmentsAsked: state.measureDepartmentsAsked,
      lastTotal: state.lastTotal,
      topicItems: [...state.focus.benefits, ...state.focus.described],
      placedFact: placed,
      placedFigures: state.amounts.filter((a) => a.fact === placed).map((a) => ({ yuan: a.yuan, raw: a.raw, past: a.past })),
      yearsApart: state.lastResults.some((r) => r.year !== undefined && Number(r.year) !== year),
      lastSums: state.lastResults.map((r) => r.yuan),
      ownAmounts: state.amounts.filter((a) => a.own).map((a) => ({ fact: a.fact, yuan: a.yuan, raw: a.raw })),
      factSums: [...Object.entries(state.facts).filter(([f, v]) => typeof v === 'string' && factDefs.get(f)?.kind === 'amount').map(([, v]) => v as string), ...state.amounts.map((a) => a.yuan)],
    };
  }

  /**
   * The one amount fact said with several figures in the session, if one is; of several such, the topic's own (一笔
   * 1800万，一笔1200万 of an institution: its contracts and, read from them, its yearly new contracts).
   */
  function placedFact(state: SessionState, base: string | null): string | null {
    const several = [...new Set(state.amounts.map((a) => a.fact))].filter((f) => state.amounts.filter((a) => a.fact === f).length > 1);
    return several.length === 1 ? several[0]! : base !== null && several.includes(base) ? base : null;
  }

  // Retrieval is deterministic for one index: the same question (a FAQ asked by many) is looked up once.
  const searched = new Map<string, { summary: SearchSummary; clauses: Chunk[] }>();
  const SEARCH_CACHE = 2000;

  async function search(r: Reading): Promise<{ summary: SearchSummary; clauses: Chunk[] }> {
    const hit = searched.get(r.text);
    if (hit) return hit;
    const found = await lookUp(r.text);
    if (searched.size >= SEARCH_CACHE) searched.delete(searched.keys().next().value!);
    searched.set(r.text, found);
    return found;
  }

  async function lookUp(text: string): Promise<{ summary: SearchSummary; clauses: Chunk[] }> {
    const result = await retriever.search(text, { k: 5 });
    const best = result.clauses.map((c) => c.chunk);
    const top = result.measures[0]?.measure;
    // Items of the two best clauses of the best measure first, then of the others.
    const ordered = [...best.filter((c) => c.measure === top).slice(0, 2), ...best];
    const items = [...new Set(ordered.flatMap((c) => itemQuotes.filter((q) => q.measure === c.measure && statesQuote(c.excerpt, q.quote)).map((q) => q.id)))];
    return { summary: { cited: result.cited, measures: result.measures.map((m) => m.measure), items: result.cited ? items : [] }, clauses: result.cited ? best : [] };
  }

  /** The question to ask next: the first fact still missing that can change a verdict and was not skipped. */
  function nextQuestion(computed: Computed, state: SessionState, reading: Reading): { missing: string[]; ask: string | null } {
    // Only what can still change an amount or a verdict: not a benefit already refused, nor — unless the question is
    // whether one qualifies (能申请吗) — one the text gives only a ceiling for.
    const asksEligibility = reading.intents.includes('conditions') || (reading.intents.includes('amount') && !reading.intents.includes('maximum'));
    const open = [...computed.results.filter((r) => r.status === 'computed' || r.status === 'needs_info' || (asksEligibility && r.status === 'cap_only')), ...computed.checks.filter((c) => c.eligible !== false && c.inForce)];
    // (X大学…；Y研究院… worked out one by one: of an item each applicant's figures were worked out for, what one of
    // them still lacks, not what the session's own facts lack.)
    const each = computed.perInstance && !computed.alternatives ? computed.perInstance : [];
    const lacking = (r: { benefit?: string; missing: string[] }) => {
      const ofEach = each.flatMap((x) => x.results.filter((y) => y.benefit === r.benefit));
      return ofEach.length > 0 ? ofEach.flatMap((y) => y.missing) : r.missing;
    };
    const missing = [...new Set(open.flatMap(lacking))];
    return { missing, ask: missing.find((f) => !state.skipped.includes(f) && factDefs.has(f)) ?? null };
  }

  /** What a turn could not answer, for the question log. */
  function unanswered(prev: SessionState, reading: Reading, parts: Part[], message: string): UnansweredEvent[] {
    const events: UnansweredEvent[] = [];
    const emit = (e: UnansweredEvent) => events.push(e);
    for (const p of parts) {
      if (p.kind === 'outOfScope' || p.kind === 'elsewhere') emit({ kind: 'out_of_scope', text: message, ...(p.kind === 'elsewhere' ? { detail: p.place } : {}) });
      if (p.kind === 'vague') emit({ kind: 'no_topic', text: message });
      if (p.kind === 'refused') emit({ kind: 'refused_figure', text: message, detail: p.figure.raw });
      // 是一次性给还是分期: what people ask that the text leaves open is what an open note could answer.
      if (p.kind === 'unstated') emit({ kind: 'not_in_text', text: message, detail: p.items.join(',') });
      if (p.kind === 'reask' && p.notStated) emit({ kind: 'not_in_text', text: message, detail: p.fact });
    }
    const answered = prev.pending !== null && (reading.facts[prev.pending] !== undefined || reading.intents.includes('dontKnow'));
    if (prev.pending && !answered && !parts.some((p) => p.kind === 'reask')) emit({ kind: 'abandoned_question', text: message, detail: prev.pending });
    return events;
  }

  /** The rule-based reading, with what a model understood where the rules were unsure. */
  async function read(req: ChatRequest, prev: SessionState, budget: ModelBudget | null): Promise<Reading> {
    const ctx = contextOf(prev);
    const reading = reader.read(req.message, ctx);
    if (!modelReader) return reading;
    const topics = [...prev.focus.benefits, ...prev.focus.checks].map((id) => index.benefits.get(id)?.benefit.title ?? index.provisions.get(id)?.provision.title ?? id);
    const outcome = await modelReader.read(reading, { message: req.message, ctx, topics, ...(budget ? { budget } : {}) });
    if (outcome.discarded.length > 0) log(`llm: understanding: kept the rule-based reading of what was discarded: ${outcome.discarded.join('; ')}`);
    return outcome.reading;
  }

  /** Intents whose question the same card answers again (能拿多少, 需要什么条件, 如果…呢). */
  const REPEATABLE = new Set<IntentId>(['maximum', 'rate', 'total', 'each', 'conditions', 'followUp', 'correction', 'also', 'compare']);
  /** A short digest of a text, to tell whether two answers or two messages are the same. */
  const digest = (text: string) => createHash('sha1').update(text).digest('base64').slice(0, 16);

  /**
   * The applicants worked out one by one so far, with this turn's (A公司… then B公司… then C公司…不符合): a letter or
   * name said again, or a turn on the same items naming no one new, revises the one before; several worked out in
   * one message start afresh.
   */
  function applicantsSoFar(before: SessionState['applicantResults'], results: SessionState['lastResults'], reading: Reading, newApplicant: boolean, label: string | undefined, facts: SessionState['facts'], pointed: number | undefined): SessionState['applicantResults'] {
    if (results.length === 0) return before;
    const entry = { ...(label ? { label } : {}), ...(newApplicant || reading.another ? { another: true as const } : {}), facts: { ...facts }, results };
    // (复核发现第一家企业… : the one pointed at by its place.)
    const same = label !== undefined ? before.findIndex((a) => a.label === label) : pointed ?? -1;
    if (same >= 0) return [...before.slice(0, same), entry, ...before.slice(same + 1)];
    const last = before.at(-1);
    const unnamed = !newApplicant && !reading.another && label === undefined && last !== undefined && last.label === undefined;
    const revises = unnamed && last.results.every((x) => results.some((y) => y.benefit === x.benefit));
    // (另外我们还想建一个…平台 after 我们…联合体: the one speaking again, of another item, is the same applicant with more items.)
    // (技术经理人那笔更正为3000万 after the institute's two items: some of its items again, naming no one, are those revised.)
    const someOfItsItems = results.every((y) => last?.results.some((x) => x.benefit === y.benefit));
    // (What held of its other items stays its own: 我们的中试平台被认定了 after a contract with 江南大学 keeps the partner for
    // 不对，合同是400万.)
    if (unnamed && !revises && (reading.speaker !== null || someOfItsItems)) return [...before.slice(0, -1), { ...entry, facts: { ...last.facts, ...entry.facts }, results: [...last.results.filter((x) => !results.some((y) => y.benefit === x.benefit)), ...results] }];
    return [...(revises ? before.slice(0, -1) : before), entry].slice(-APPLICANTS_KEPT);
  }

  /** One turn on a state: read, decide, compute, compose. */
  async function turn(req: ChatRequest, prev: SessionState, budget: ModelBudget | null = null): Promise<Turn> {
    const reading = await read(req, prev, budget);
    // 2028年10月还能申请吗: a date the message asks about is the day the answer is for.
    // (今天是2026年12月，现在还在有效期内吧: a month said alone that is this month is today.)
    const now = req.asOf ?? today();
    const asOf = reading.dateAsked && isUsableDate(reading.dateAsked) && !(reading.monthAsked && now.startsWith(reading.dateAsked.slice(0, 7))) ? reading.dateAsked : now;
    // Decided without retrieval first; most turns name what they are about and never need it.
    let decision = decide(kb, index, prev, reading, null);
    let clauses: Chunk[] = [];
    if (decision.needsSearch) {
      const found = await search(reading);
      clauses = found.clauses;
      decision = decide(kb, index, prev, reading, found.summary);
    }
    const { state, parts } = decision;
    const compute = parts.find((p): p is Extract<Part, { kind: 'compute' }> => p.kind === 'compute');
    let computed: Computed | null = null;
    if (compute) {
      // 如果合同是2028年10月签的呢: what was done after the measures end (a contract signed) is judged on the day it was done.
      const doneOn = Object.entries(state.facts).flatMap(([f, d]) => (index.dateFact(f) && typeof d === 'string' ? [d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d] : [])).sort().at(-1);
      const judgedOn = doneOn && doneOn > kb.document.validity.to && doneOn > asOf ? doneOn : asOf;
      computed = computer.compute(state, judgedOn, compute.benefits, compute.checks, compute.assumedRates);
      for (const f of computed.refused) delete state.facts[f.fact];
      // A今年落地转化了4个，B落地了11个 (this message), or several applicants' own figures kept from before
      // (评了3个优秀技术经理人，分别1000万、2500万、4000万): each worked out on its own.
      const owned = state.amounts.filter((a) => a.own);
      // (甲…1200万，乙4000万: each line named by its letter beside its figure.)
      // (A…4个，B…11个，C…2个, then A说其中一个项目…: lettered counts the session keeps.)
      const kept = !reading.instances && owned.length <= 1 && state.counted.length > 1 ? state.counted : [];
      const applicants = reading.instances ?? (owned.length > 1 ? owned.map((a) => ({ label: a.label !== undefined && a.label !== a.raw ? `${a.label} ${a.raw}` : a.raw, fact: a.fact, value: a.yuan, party: a.party, ...(a.facts ? { facts: a.facts } : {}), ...(noIncrease(a) ? { noIncrease: true as const } : {}) })) : kept);
      if (applicants.length > 0) computed.perInstance = computer.perApplicant(state, asOf, compute.benefits, applicants, compute.assumedRates);
      if (reading.alternatives && computed.perInstance) computed.alternatives = true;
      if (computed.perInstance && reading.oneApplicant) computed.oneApplicant = true;
      const { missing, ask } = nextQuestion(computed, state, reading);
      state.missing = missing;
      state.pending = ask;
      // (The year the message said goes with them: 2026年…8个 then 2027年…15个呢 then 两年加起来.)
      // (2025年…2000万，2026年是6500万: last year's total beside this year's, the year of this year's.)
      const yearOfIncrease = state.yearBefore?.current !== undefined && state.yearBefore.year !== undefined && reading.yearsSaid?.includes(state.yearBefore.year) ? state.yearBefore.year : undefined;
      // (Not the year one deal of several is moved to — 如果第二笔1200万的其实是明年（2027年）…呢 — where the turn is not
      // worked out year by year: its sums are of all of them.)
      const movedOne = !reading.instances && reading.amounts.length === 0 && (reading.ordinal !== undefined || (reading.refersTo?.length ?? 0) > 0);
      const year = movedOne ? undefined : reading.figureYear ?? yearOfIncrease;
      // (And whether it spoke of another applicant: 另一个是600万 then 两个人合计. Not 第二家我看错了，是用了9.5万: a correction of
      // one said before.)
      const another = reading.another === true && !(reading.intents.includes('correction') && reading.ordinal !== undefined);
      // (另一家企业…符合条件吗 → 不符合, then 这两家合计: another applicant not eligible counts nothing in a total of turns.)
      const worked = (r: BenefitResult) => comesTo(r) || r.status === 'not_eligible';
      // (2家中试服务平台: a ceiling counted so many times, as the answer said it.)
      // (研究院A 20万、企业B 45万、高校C 70万, then B's vouchers and 三家所有奖补合计: several applicants' item came to their
      // sum, each under its own ceiling, not the one result worked out on their figures together.)
      const cameTo = (r: BenefitResult) => ({ benefit: r.benefit, yuan: r.status === 'not_eligible' ? '0.00' : fenToYuanString(applicantsFen(r, computed!) ?? countedTimes(r, reading.itemCounts)) });
      const results = computed.results.filter((r) => worked(r) && (another || r.status !== 'not_eligible')).map((r) => ({ ...cameTo(r), ...(year ? { year } : {}), ...(another ? { another: true as const } : {}), ...(r.status === 'cap_only' ? { capOnly: true as const } : {}) }));
      // (2026年促成1500万，2027年促成3000万: each year's figure worked out on its own is that year's sum, kept apart —
      // 要是2027年只促成了800万呢？两年一共 replaces one of them.)
      const yearly = reading.instances?.every((x) => x.year !== undefined) && computed.perInstance?.length === reading.instances.length ? computed.perInstance : undefined;
      const byYear = yearly?.flatMap((x, i) => x.results.filter(comesTo).map((r) => ({ benefit: r.benefit, yuan: fenToYuanString(countedFen(r)), year: reading.instances![i]!.year!, ...(r.status === 'cap_only' ? { capOnly: true as const } : {}) })));
      // 那要是区级比赛获奖的呢 / 那省科技奖三等奖也可以吗: a fact a question changes that a condition then fails on is a
      // what-if, not the asker's case; the next turn goes back to what was said before.
      const failedOn = new Set([...computed.results, ...computed.checks].flatMap((x) => x.conditions).flatMap((c) => (c.status === 'unmet' && c.fact ? [c.fact] : [])));
      // (那如果是2028年10月签的合同呢 → 不能按本政策享受: so is a date the measures are then out of force on.)
      if (computed.results.some((r) => r.status === 'not_in_force')) for (const f of Object.keys(reading.facts)) if (dateFacts.has(f)) failedOn.add(f);
      const asks = reading.interrogative === true || (reading.questions ?? 0) > 0 || reading.intents.some((i) => i === 'followUp' || i === 'also' || i === 'conditions');
      // (还有一家D企业是在其他平台上用的 after A、B、C: another applicant's case is its own, no what-if.)
      // (复核发现第一家企业… after two firms: an earlier applicant pointed at, what is found of it its own case, no what-if.)
      const pointed = applicantPointed(prev, reading);
      const newApplicant = another || letterIsNew(prev, reading.applicant) || pointed !== undefined;
      if (asks && !reading.intents.includes('correction') && !newApplicant) {
        state.supposed = { ...state.supposed, ...Object.fromEntries(Object.entries(reading.facts).flatMap(([f, v]) => (failedOn.has(f) && prev.facts[f] !== undefined && prev.facts[f] !== v ? [[f, prev.facts[f]!]] : []))) };
      }
      // (我要是2028年10月才签合同，还能按这个政策拿奖补吗 with no date said before: a day supposed that the measures are out of
      // force on is this turn's alone; the next question is not answered on it.)
      if (reading.intents.includes('followUp') && !newApplicant) for (const f of Object.keys(reading.facts)) if (dateFacts.has(f) && failedOn.has(f) && prev.facts[f] === undefined) delete state.facts[f];
      if (results.length > 0 && prev.lastResults.length > 0) state.resultsBefore = prev.lastResults.map((x) => ({ ...x }));
      state.lastResults = byYear && byYear.length > 0 ? byYear : results;
      // (Each year's sums of the topic's items, this turn's in place of the same year's before.)
      const ofYear = state.lastResults.filter((x) => x.year !== undefined && !x.another);
      // (Of the topic's measures: 中试平台2026年经认定 then 2027年绩效优秀 keeps the support given in 2026.)
      const measures = new Set(state.focus.benefits.map((id) => index.item(id)?.measure));
      state.yearResults = [...prev.yearResults.filter((x) => measures.has(index.item(x.benefit)?.measure) && !ofYear.some((y) => y.year === x.year && y.benefit === x.benefit)), ...ofYear];
      // (Each applicant's own, 0 where it is not eligible: C公司…民营科技公司 then 这三家合计.)
      state.applicantResults = computed.perInstance ? [] : applicantsSoFar(prev.applicantResults, computed.results.filter(worked).map(cameTo), reading, newApplicant, state.applicant ?? undefined, state.facts, pointed);
      // (其实第二家合同只有300万，三家合计呢: the one revised, then the total asked of them all.)
      const summed = pointed !== undefined && reading.intents.includes('total') ? applicantsSummed(kb, index, reading, state.applicantResults) : undefined;
      if (summed) parts.push(summed);
    } else if (!parts.some((p) => p.kind === 'reask')) {
      // (另一家研究院…2025年5000万，2026年4500万 → no increase: that applicant's items come to nothing.)
      const none = parts.find((p): p is Extract<Part, { kind: 'noIncrease' }> => p.kind === 'noIncrease');
      if (none) state.applicantResults = applicantsSoFar(prev.applicantResults, none.benefits.map((benefit) => ({ benefit, yuan: '0.00' })), reading, reading.another === true || letterIsNew(prev, reading.applicant), state.applicant ?? undefined, state.facts, applicantPointed(prev, reading));
      state.pending = null;
      state.lastResults = [];
    }
    let composed = composer.compose({ parts, computed, reading, state, asOf, today: now, clauses });
    let answered: Part[] = parts;
    // 是建成就给，还是要看绩效？ after the platform's support, when nothing the message says changes it: another question
    // given the very answer before is one the text does not answer, said so (the same question asked again is answered again).
    const answerDigest = digest(composed.answer);
    const messageDigest = digest(reading.text);
    const focusItems = [...state.focus.benefits, ...state.focus.checks, ...state.focus.described];
    // (Not money or conditions asked again — 那能拿多少 after 不知道 — whose answer is the card; nor a card beside other parts.)
    // (补助 in 那这个补助要交税吗 names the money, not how much: money is asked again only with a question word — 多少.)
    const howMuch = reading.intents.includes('amount') && kb.vocabulary.grammar.questionWords.some((w) => reading.text.includes(w));
    const asks = (reading.interrogative === true || (reading.questions ?? 0) > 0) && !reading.intents.some((i) => REPEATABLE.has(i)) && !howMuch;
    // (Nor one that the items' notes answer, said in the card before: 先用多长时间再付费 after a message with 许可费.)
    const cardOnly = () => parts.every((p) => p.kind === 'compute' || p.kind === 'typo') && !focusItems.some((id) => index.notesAsked(id, reading.text).length > 0);
    if (compute && prev.lastAnswer?.answer === answerDigest && prev.lastAnswer.message !== messageDigest && asks && reading.amounts.length === 0 && Object.keys(reading.facts).length === 0 && focusItems.length > 0 && cardOnly()) {
      answered = [{ kind: 'unstated', items: focusItems }];
      composed = composer.compose({ parts: answered, computed: null, reading, state, asOf, today: now, clauses });
    }
    state.lastAnswer = { answer: answerDigest, message: messageDigest };
    return {
      state,
      response: { ...composed, missing: compute && answered === parts ? state.missing : [], mode: 'template' },
      unanswered: unanswered(prev, reading, answered, req.message.trim()),
    };
  }

  /**
   * A message that answers the question last asked, then asks another of its own in a sentence opening with a lead
   * (大企业可以吗？另外专利质押融资有没有贴息 after 使用成果的企业是中小微企业吗): the two parts, to be answered in turn;
   * null for any other message. The first part names no item and states the fact asked; the other names an item.
   */
  function answerThenAsk(message: string, prev: SessionState): [string, string] | null {
    if (prev.pending === null) return null;
    const leads = kb.vocabulary.grammar.nextQuestionLeads;
    const at = sentenceSpans(message).slice(1).find(([start]) => leads.some((w) => message.startsWith(w, start)))?.[0];
    if (at === undefined) return null;
    const [first, rest] = [message.slice(0, at), message.slice(at)];
    const ctx = contextOf(prev);
    const answer = reader.read(first, ctx);
    if (answer.facts[prev.pending] === undefined || answer.items.length + answer.measures.length > 0) return null;
    const next = reader.read(rest, ctx);
    const focus = [...prev.focus.benefits, ...prev.focus.checks, ...prev.focus.described];
    return next.items.some((id) => !focus.includes(id)) || next.measures.length > 0 ? [first, rest] : null;
  }

  /**
   * The facts stated by naming one of their values or denying them (not figures, dates or text), other than what kind
   * of party someone is (医院…算科研事业单位吗 says one party's kind twice, no two cases).
   */
  const wordFacts = new Set(kb.facts.facts.filter((f) => (f.kind === 'enum' || f.kind === 'boolean') && !index.partyFact(f.id)).map((f) => f.id));

  /**
   * The topic's yes-or-no facts the conversation holds a no for (还没被认定 of the platform asked about): 认定之后 supposes
   * them. Not another item's (a platform's recognition under its excellence reward alone).
   */
  function deniedOfTopic(state: SessionState, topicFacts: readonly string[]): string[] {
    const ofTopic = new Set([...topicFacts, ...index.reviewedFacts(state.focus.benefits)]);
    return Object.keys(state.facts).filter((f) => state.facts[f] === false && ofTopic.has(f));
  }

  /**
   * The document's questions that stand alone beside another question (有效期, 哪个部门, 谁解释, 要交哪些材料): not those
   * that weigh or place the case asked before it (两边都拿, 必须在无锡).
   */
  const documentAsked = new Set<IntentId>(['validity', 'departments', 'guide', 'interpretation', 'issuer', 'issueDate', 'measureCount']);
  /** The document's questions of whom the measures are for (适用对象, 个人能不能申报, 要在无锡注册吗). */
  const whoAsked = new Set<IntentId>(['scope', 'individuals', 'registration']);
  /** Words asking whether a sum said is so, or sure to be had (对吗, 能确定拿到吗). */
  const claimOrCertain = [...kb.vocabulary.grammar.claimAsked, ...kb.vocabulary.grammar.certainAsked];
  /** Whether a reading asks something (a question mark or an asking word). */
  const asks = (r: Reading) => r.interrogative === true || (r.questions ?? 0) > 0;
  /** A part that leans on the other: a figure, a sum, a what-if, or two things weighed together. */
  const leansOnOther = (r: Reading) => r.amounts.length > 0 || (r.quoted?.length ?? 0) > 0 || Object.keys(r.facts).some((f) => index.figureFacts.has(f)) || r.intents.some((i) => i === 'total' || i === 'each' || i === 'followUp' || i === 'correction' || i === 'combination');
  /** Whether a reading asks of a place (南京的高校, 江阴的企业). */
  const ofPlace = (r: Reading) => r.askerOutside !== undefined || r.inside.length > 0;

  /**
   * A message of two questions to be answered in turn (null for any other message), each sentence read on its own:
   * - cases apart, each asking of its own value of one fact (省科技奖三等奖可以吗？国家科技进步奖二等奖呢？): read as one, it
   *   states neither value;
   * - a place asked after another question of the topic (是直接给还是要评审？我们团队是南京的高校，也能申请吗): read as one,
   *   the place's answer stops the turn and the other is lost. Not where one part leans on the other (a figure, a total, 还是…);
   * - a question of the topic stating nothing, then a case of its conditions (这个补助是给我们企业还是给江南大学？另外如果
   *   合作方是一家民营的研发公司，也能算吗);
   * - a question of the topic, then one opening with a lead (另外, 还有) naming another item;
   * - a what-if of the topic's figure alone, then one opening with a lead stating another of the topic's conditions
   *   (marked 'sameTopic': where the second leaves the card as it was, the message is one turn after all);
   * - a question of the topic, then one of the document's own (有效期, 哪个部门, 材料 …) naming nothing and stating nothing
   *   (marked 'document': the first may leave its question waiting, which the second does not take up);
   * - a total of the topic stating nothing, then a what-if of a figure (刚才这两项加起来最多多少？如果省里的绩效奖励是70万呢);
   * - the topic's departments, then a question of the topic's own;
   * - two questions of whom the measures are for (技术转移机构算不算适用对象？个人能不能直接申报);
   * - a question of an item off the topic, then one opening with a lead of another measure's item (政策里有没有银行贷款贴息？
   *   另外"先投后股"是投给谁的).
   */
  function questionsApart(message: string, prev: SessionState): [string, string] | [string, string, 'sameTopic' | 'document'] | null {
    const spans = sentenceSpans(message).filter(([s, e]) => /[^\s\p{P}]/u.test(message.slice(s, e)));
    if (spans.length !== 2) return null;
    const at = spans[1]![0];
    const [first, rest] = [message.slice(0, at), message.slice(at)];
    const ctx = contextOf(prev);
    const a = reader.read(first, ctx);
    if (!asks(a)) return null;
    // What the first part allows, found before the second is read (a message whose first part allows none is read once).
    const casesMay = Object.keys(a.facts).some((f) => wordFacts.has(f));
    // (Only a place asked second: 我是中科院一个所在无锡分支机构的…，那个高校院所联盟怎么加入？ says where one works. And only
    // the first part naming nothing: 概念验证中心怎么申请？ alone loses what the place says; with no topic, only a question of
    // the document's own — 怎么申请？ — not 市里有哪些支持？, which alone is anyone's guess.)
    const topical = prev.focus.benefits.length + prev.focus.checks.length + prev.focus.described.length > 0;
    const asksAlone = a.intents.length > 0 && a.items.length + a.measures.length === 0 && !leansOnOther(a);
    const placeMay = asksAlone && (topical || !a.intents.includes('explain')) && !ofPlace(a);
    // (这个补助是给我们企业还是给江南大学？另外如果合作方是一家民营的研发公司，也能算吗 after the contract subsidy: a
    // question of the topic stating nothing, then a case of the topic's conditions.)
    const caseMay = asksAlone && Object.keys(a.facts).length + a.amounts.length === 0;
    // (我们研究院是民办非企业性质的新型研发机构，能享受这个联动奖补吗？另外评职称的时候成果转化效益怎么折算 on the sharing
    // reward: a question of the topic, then one opening with a lead, of another item.)
    const focus = [...prev.focus.benefits, ...prev.focus.checks, ...prev.focus.described];
    const ofTopic = topical && a.measures.length === 0 && a.items.every((id) => focus.includes(id));
    const ledOfTopic = ofTopic && kb.vocabulary.grammar.nextQuestionLeads.some((w) => rest.startsWith(w));
    const leadMay = ledOfTopic && !leansOnOther(a);
    // (补贴比例具体是多少？这块归哪个部门管 / 创新券能不能拿去买检测服务？另外这个配套政策到哪一年为止 after the topic: a
    // question of the topic, then one of the document's own, naming nothing.)
    const ofDocument = (r: Reading) => r.intents.some((i) => documentAsked.has(i));
    // (Not a condition or a what-if said in the first — 必须是主要完成人吗？这个归哪个部门管, 那我们是国企呢？有效期到哪年 —
    // which alone would be read as the case.)
    const namesNoParty = a.self.length + a.asked.length + a.counterparties.length === 0;
    const statesNothing = Object.keys(a.facts).length === 0 && namesNoParty && !a.intents.includes('followUp');
    const documentMay = ofTopic && !leansOnOther(a) && !ofDocument(a) && statesNothing;
    // (那如果只用了6.5万呢？还有，如果创新券不是在这个省平台上用的，算不算？ on the vouchers: a what-if of the topic's figure
    // alone — or of a count, 要是连续两年每年都落地12个，两年加起来最多多少？另外我们在一个区级工业园… — then one opening with a
    // lead, of another of its conditions. Not a what-if of who or where the asker is — 如果我们是
    // 国有企业呢？另外，合作方是三甲医院的话算吗 — which alone would lose the topic.)
    const figureOnly = (a.amounts.length > 0 || Object.keys(a.facts).some((f) => index.figureFacts.has(f))) && Object.keys(a.facts).every((f) => index.figureFacts.has(f)) && namesNoParty && !ofPlace(a);
    const leadCaseMay = ledOfTopic && a.intents.includes('followUp') && figureOnly;
    // (如果绩效评价只是良好呢？另外要是建的是概念验证中心，金额分别是多少 after the pilot platform's reward: a what-if of
    // the topic that a note of its item answers, stating nothing, then one opening with a lead, of other items.)
    // (那如果是区里的比赛获奖呢？另外“无锡青年科学家支撑计划”有年龄限制吗 after the title fast track: a what-if of one of the
    // topic's conditions, by a word, then one opening with a lead, of another item.)
    const caseMayThenItem = ledOfTopic && a.intents.every((i) => i === 'followUp') && a.amounts.length === 0 && Object.keys(a.facts).length > 0 && Object.keys(a.facts).every((f) => wordFacts.has(f) && ctx.topicFacts.includes(f)) && namesNoParty;
    const pointMay = ledOfTopic && a.intents.every((i) => i === 'followUp') && a.amounts.length === 0 && Object.keys(a.facts).length === 0 && focus.some((id) => index.noteFinds(id, first).length > 0);
    // (如果新增是6000万呢？对了，这笔钱归哪个部门管 after the platform's support: a what-if of the topic's figure alone, then
    // a question of the document's own, naming nothing.)
    // (Only of the topic's own figures: not 如果投了300万呢 after the pilot platform, which none of its items reckons on.)
    const topicBases = new Set(index.baseFacts(prev.focus.benefits));
    const figureMay = ofTopic && figureOnly && Object.keys(a.facts).every((f) => topicBases.has(f));
    // (前两家合计多少？如果B的合同额改成400万呢，前两家合计又是多少 after three firms: a total of the topic as it stands,
    // stating nothing, then a what-if of a figure asking the total again — each its own answer.)
    const totalMay = topical && a.intents.includes('total') && a.amounts.length === 0 && Object.keys(a.facts).length === 0 && namesNoParty;
    // (国有企业那条呢？12条里还有哪些条款没有列各市（县）区政府的 after 科创金融那条不用各区政府负责吗: a measure named alone, the
    // department asked before asked of it again, then a question of departments of its own.)
    const departmentAgainMay = prev.departmentAsked !== null && a.measures.length > 0 && a.items.length + a.amounts.length === 0 && a.departments.length === 0;
    // (那建设加接续最多就是1500万对吧？另外成员单位能不能一起报人才项目 after the consortium's items: a sum of the topic said
    // to be checked, then one opening with a lead, of another item.)
    // (那就按最高100万算，能确定拿到吗？另外跟…联动奖补能不能一起拿: or whether it is sure to be had.)
    const claimMay = ledOfTopic && (a.quoted?.length ?? 0) > 0 && a.amounts.length === 0 && claimOrCertain.some((w) => first.includes(w));
    // (这个奖是哪些部门负责的？需要满足什么条件 after the broker's reward: the topic's departments asked, stating nothing,
    // then a question of the topic's own.)
    const departmentsFirstMay = ofTopic && a.intents.includes('departments') && !leansOnOther(a) && statesNothing;
    // (技术转移机构算不算适用对象？个人能不能直接申报: whom the measures are for asked of one kind, then another question of
    // whom, of no item — read as one, the kind's item takes the second.)
    const whoFirstMay = a.intents.some((i) => whoAsked.has(i)) && !leansOnOther(a) && a.amounts.length === 0;
    // (政策里有没有银行贷款贴息？另外"先投后股"是投给谁的 after the funds: a question of an item off the topic, then one opening
    // with a lead, of an item of another measure — read as one, the topic's item takes both.)
    const measuresOfItems = (ids: readonly string[]) => new Set(ids.map((id) => index.item(id)?.measure));
    // (Only after a topic, which would take both: not 揭榜类项目怎么申请？另外创新券能买哪些服务 opening a conversation.)
    const ownItemsMay = topical && a.items.length > 0 && !ofTopic && !leansOnOther(a) && kb.vocabulary.grammar.nextQuestionLeads.some((w) => rest.startsWith(w));
    if (!casesMay && !placeMay && !caseMay && !leadMay && !leadCaseMay && !caseMayThenItem && !documentMay && !pointMay && !figureMay && !totalMay && !departmentAgainMay && !claimMay && !departmentsFirstMay && !whoFirstMay && !ownItemsMay) return null;
    const b = reader.read(rest, ctx);
    // (…也能申请吗 with no mark asks by its intent.)
    if (!asks(b) && b.intents.length === 0) return null;
    const casesApart = casesMay && asks(b) && Object.keys(a.facts).some((f) => wordFacts.has(f) && b.facts[f] !== undefined && b.facts[f] !== a.facts[f]);
    const placeApart = placeMay && ofPlace(b) && b.intents.length > 0 && !a.intents.some((i) => b.intents.includes(i)) && !leansOnOther(b);
    // (…如果今年合同总额很高但跟去年比没有增加，还能拿吗: or no increase of the topic's yearly figure.)
    // (…另外要是合同拖到2028年10月才签，还能享受吗: or the day something of it is done, weighed against the validity.)
    const caseAfter = caseMay && b.amounts.length === 0 && b.items.length === 0 && (Object.keys(b.facts).some((f) => ctx.topicFacts.includes(f) || index.dateFact(f)) || (b.noIncrease !== undefined && topicBases.has(b.noIncrease.fact)));
    const leadApart = (leadMay || pointMay || claimMay || caseMayThenItem) && (b.items.some((id) => !focus.includes(id)) || b.measures.length > 0);
    // (The second naming nothing — no item, measure, figure or fact — asks the document alone.)
    const documentAlone = ofDocument(b) && b.items.length + b.measures.length + b.amounts.length + Object.keys(b.facts).length === 0;
    const documentApart = documentMay && documentAlone;
    const leadCase = leadCaseMay && asks(b) && b.amounts.length === 0 && b.items.every((id) => focus.includes(id)) && b.measures.length === 0 && Object.keys(b.facts).some((f) => ctx.topicFacts.includes(f) && a.facts[f] === undefined);
    // (A what-if, not a correction of the figure the first asked on — 不对，B是400万 — nor one more added — 如果再加一家.)
    // (刚才这两项加起来最多多少？如果省里的绩效奖励是70万呢: a what-if of a figure after the total asked is the total again too,
    // where the topic holds the items of that total — not the sum of two turns apart, which a what-if does not redo.)
    const totalAgain = totalMay && b.amounts.length > 0 && b.intents.includes('followUp') && !b.intents.includes('also') && (b.intents.includes('total') || prev.focus.benefits.length > 1);
    // (揭榜那个和获奖产业化这个加起来最多能拿多少？要是获的是省科学技术奖三等奖呢: or a what-if of one of the topic's
    // conditions, answered after the total as things stand.)
    const totalThenCase = totalMay && b.intents.includes('followUp') && !b.intents.includes('also') && b.amounts.length + b.measures.length === 0 && Object.keys(b.facts).some((f) => ctx.topicFacts.includes(f) && wordFacts.has(f));
    const departmentApart = departmentAgainMay && b.departments.length > 0 && b.measures.length + b.items.length + b.amounts.length === 0;
    // (这笔钱是打给我们企业还是给江南大学？学校那边能不能也按这份合同拿点 after the contract subsidy: whom the topic's money
    // goes to, then what a party it is not for may have of its own.)
    const otherPartyAfter = caseMay && a.intents.includes('recipient') && b.asked.length > 0 && b.asked.every((p) => !prev.focus.benefits.some((id) => index.partyServes(p, id))) && b.amounts.length + b.items.length + b.measures.length === 0;
    // (Not a point the text leaves open — 按什么标准给 of the contract subsidy is its 30%, said with the departments.)
    const topicAfter = departmentsFirstMay && asks(b) && b.intents.length > 0 && !ofDocument(b) && !b.intents.some((i) => i === 'criteria' || i === 'payment' || i === 'funder' || i === 'tax') && b.measures.length === 0 && b.items.every((id) => focus.includes(id)) && !leansOnOther(b);
    const itemsApart = ownItemsMay && b.items.length > 0 && !leansOnOther(b) && [...measuresOfItems(b.items)].every((m) => !measuresOfItems(a.items).has(m));
    const whoAfter = whoFirstMay && b.intents.some((i) => whoAsked.has(i) && !a.intents.includes(i)) && b.items.length + b.measures.length + b.amounts.length + Object.keys(b.facts).length === 0;
    // (这个奖补是自己报就行还是要先评上优秀？归哪些部门管: the document's own question second leaves the first's question
    // standing, so the first may ask one — not a first naming a department, 这些事卫健委管不管, which asks none of the card.)
    const documentSecond = documentApart || (figureMay && documentAlone);
    if (documentSecond && a.departments.length === 0) return [first, rest, 'document'];
    if (casesApart || placeApart || caseAfter || leadApart || documentSecond || totalAgain || totalThenCase || departmentApart || otherPartyAfter || topicAfter || whoAfter || itemsApart) return [first, rest];
    return leadCase ? [first, rest, 'sameTopic'] : null;
  }

  /**
   * One turn, or two in turn for a message that answers the question asked and asks another ({@link answerThenAsk}),
   * or that asks two questions apart ({@link questionsApart}).
   */
  async function turnOrTwo(req: ChatRequest, prev: SessionState, budget: ModelBudget | null): Promise<Turn> {
    const parts = answerThenAsk(req.message, prev) ?? questionsApart(req.message, prev);
    if (!parts) return turn(req, prev, budget);
    const first = await turn({ ...req, message: parts[0] }, prev, budget);
    // (300万。另外中试平台能拿多少 when the first part leaves a question of its own: one turn, as before — the question
    // asked would be lost under the other topic.)
    if (first.state.pending !== null && parts[2] !== 'document') return turn(req, prev, budget);
    const next = await turn({ ...req, message: parts[1] }, first.state, budget);
    if (parts[2] === 'document' && next.state.pending === null) next.state.pending = first.state.pending;
    const a = first.response;
    const b = next.response;
    // (如果是500万呢？另外，合作方是外地高校的话算不算？: a case of the topic's conditions that leaves the card as it was is
    // answered in one, its notes beside the card.)
    const same = (x: Turn['response'], y: Turn['response']) => JSON.stringify([x.calculations, x.checks]) === JSON.stringify([y.calculations, y.checks]);
    if (parts[2] === 'sameTopic' && same(a, b)) return turn(req, prev, budget);
    // (我们是技术转移机构，能享受哪些政策？个人能申报吗: a paragraph of several lines the first answer gave — the measures'
    // addressees — is not given again; a card's one-line source under each card stays.)
    const given = new Set(a.answer.split('\n\n'));
    const rest = b.answer.split('\n\n').filter((p) => !(p.includes('\n') && given.has(p))).join('\n\n');
    return {
      state: next.state,
      response: {
        ...b,
        answer: rest === '' ? a.answer : `${a.answer}\n\n${rest}`,
        citations: [...a.citations, ...b.citations.filter((c) => !a.citations.some((d) => d.excerpt === c.excerpt))],
        calculations: [...a.calculations, ...b.calculations],
        checks: [...a.checks, ...b.checks],
        remarks: [...a.remarks, ...b.remarks],
      },
      unanswered: [...first.unanswered, ...next.unanswered],
    };
  }

  // Without a model (whose reading may vary), the first turn of a new session depends only on its message and
  // date: the page's example questions and the questions many people open with are worked out once a day.
  const firstTurns = new Map<string, Turn>();
  const FIRST_TURNS = 1000;
  // A message is kept only the second time it opens a session within the last SEEN_ONCE others: questions asked
  // once (a figure of one's own) do not push out the ones many people ask, nor fill the heap with answers never reused.
  const seenOnce = new Set<string>();
  const SEEN_ONCE = 1000;

  /** The first turn of a new session, from the cache when the same message was the first of another one on that date. */
  async function firstTurn(req: ChatRequest): Promise<Turn> {
    const key = `${req.asOf ?? today()}\n${req.message}`;
    const hit = firstTurns.get(key);
    if (hit) {
      // Most recently used last: the oldest is the one let go.
      firstTurns.delete(key);
      firstTurns.set(key, hit);
      return { state: cloneSession(hit.state), response: hit.response, unanswered: hit.unanswered };
    }
    const done = await turnOrTwo(req, emptySession(), null);
    if (!seenOnce.delete(key)) {
      if (seenOnce.size >= SEEN_ONCE) seenOnce.delete(seenOnce.values().next().value!);
      seenOnce.add(key);
      return done;
    }
    if (firstTurns.size >= FIRST_TURNS) firstTurns.delete(firstTurns.keys().next().value!);
    // Shared by every session that opens with this message: the response frozen, the state copied for each hit.
    firstTurns.set(key, { state: done.state, response: deepFreeze(done.response), unanswered: done.unanswered });
    return done;
  }

  /** Runs a turn and saves its state against the version it read; redoes it when another turn saved first. */
  async function turnSaved(req: ChatRequest, sessionId: string, fresh: boolean, budget: ModelBudget | null = null): Promise<ChatResponse> {
    for (let attempt = 0; ; attempt++) {
      // An id issued for this turn has nothing stored yet; a redo (another turn saved first) reads what it saved.
      const first = fresh && attempt === 0;
      const stored = first ? undefined : sessions.load(sessionId);
      const prev = (stored && parseSessionState(stored.state)) ?? emptySession();
      // A budget means a model: its turns are not kept.
      const { state, response, unanswered: events } = first && !budget ? await firstTurn(req) : await turnOrTwo(req, prev, budget);
      if (options.onUnanswered) for (const e of events) options.onUnanswered(e);
      // A one-shot question that leaves nothing to continue needs no stored row.
      if (!stored && isEmptySession(state)) return { ...response, sessionId };
      // A new session is written with the others that arrive with it, before its id is given out.
      const saved = first ? await sessions.create(sessionId, state) : sessions.save(sessionId, state, stored?.version);
      if (saved !== null || attempt >= 20) return { ...response, sessionId };
    }
  }

  // Turns of one session run one after another in this process; across processes the versioned save decides.
  const running = new Map<string, Promise<unknown>>();
  function serialised<T>(sessionId: string, run: () => Promise<T>): Promise<T> {
    const previous = running.get(sessionId) ?? Promise.resolve();
    const next = previous.then(run, run);
    const settled = next.catch(() => undefined);
    running.set(sessionId, settled);
    void settled.then(() => {
      if (running.get(sessionId) === settled) running.delete(sessionId);
    });
    return next;
  }

  return {
    async chat(body, chatOptions = {}) {
      const parsed = parseChatRequest(body, maxChars);
      // An id the server did not issue (or one expired) starts a new session under a new id.
      const known = parsed.sessionId !== undefined && (running.has(parsed.sessionId) || sessions.load(parsed.sessionId) !== undefined);
      const sessionId = known ? parsed.sessionId! : newSessionId();
      if (!explainer) return serialised(sessionId, () => turnSaved(parsed, sessionId, !known));
      // The date is fixed once, so that the explanation is checked against the date the answer was computed for.
      const req = { ...parsed, asOf: parsed.asOf ?? today() };
      const budget = createModelBudget(modelTimeoutMs);
      const response = await serialised(sessionId, () => turnSaved(req, sessionId, !known, budget));
      // The state is saved: the next turn of the session need not wait for the explanation.
      const outcome = await explainer.explain({ message: req.message, asOf: req.asOf }, response, { ...chatOptions, budget });
      if (outcome.used === 'template' && (outcome.fault || outcome.violations.length > 0)) {
        const refused = outcome.violations.map((v) => v.map((x) => `${x.raw} (${x.reason})`).join('、')).join(' / ');
        log(`llm: explanation: template answer after ${outcome.attempts} attempt(s)${outcome.fault ? `; ${outcome.fault}` : ''}${refused ? `; guard refused ${refused}` : ''}`);
      }
      return outcome.response;
    },
  };
}

const wuxiDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
let todayCache = { until: 0, date: '' };
/** Today's date where the policy applies (Asia/Shanghai), YYYY-MM-DD; worked out at most once a second. */
export function todayInWuxi(): string {
  const now = Date.now();
  if (now >= todayCache.until) todayCache = { until: now + 1000, date: wuxiDate.format(now) };
  return todayCache.date;
}
