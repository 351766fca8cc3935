/**
 * Explanation through a model: after the templates have composed the answer,
 * the model rewrites it in friendlier words from the question, the template
 * answer, the engine's calculations and checks and the cited clauses only.
 * The number guard checks its text — sentence by sentence when it is
 * streamed, so that no unchecked figure is ever passed on — against the
 * engine's figures, the template answer, the as-of date, the cited clauses and
 * the user's own numbers (those two as echoes only). On a violation the model
 * gets one retry that names the refused figures; then the template answer.
 * Any fault of the model ends in the template answer too.
 *
 * Only `answer` and `mode` ever change: calculations, checks, citations,
 * the question and the remarks always come from the engine and the templates.
 */
import { createNumberGuard, engineCounts, engineSources, readNumbers, type GuardViolation, type NumberGuard, type NumberMention } from './guard.ts';
import type { ExplainPrompts, LanguageModel } from './model.ts';
import { createModelBudget, type ModelBudget } from './model-budget.ts';
import type { ChatResponse } from './types.ts';

/** How a streamed explanation reaches an adapter. */
export interface ExplainStream {
  /** A sentence of the model's reply, already passed by the guard. */
  onSentence?: (sentence: string) => void;
  /** What was shown so far is to be replaced by this text (the template answer, or a checked retry). */
  onReplace?: (text: string) => void;
}

export interface ExplainRequest {
  /** The user's message of this turn. */
  message: string;
  /** The user's earlier messages, if the adapter has them. */
  history?: readonly string[];
  /** The date the answer was computed for (YYYY-MM-DD). */
  asOf: string;
}

/** What happened, for logs and tests. */
export interface ExplainOutcome {
  response: ChatResponse;
  /** llm: the model's text is the answer; template: it is not (and why). */
  used: 'llm' | 'template';
  attempts: number;
  /** The guard's refusals of each attempt that had any. */
  violations: GuardViolation[][];
  /** A model fault, when one ended the explanation. */
  fault?: string;
}

/** Where a sentence ends in a reply: Chinese and Western stops and line breaks, with closing quotes kept. */
const SENTENCE_END = /[。！？!?；;\n]+[”’」』）)】]*/g;

/**
 * Cuts streamed text into whole sentences: `push` returns the sentences a
 * piece completes; `rest` is what is left when the stream ends.
 */
export function createSentenceSplitter() {
  let buffer = '';
  return {
    push(piece: string): string[] {
      buffer += piece;
      const out: string[] = [];
      let from = 0;
      SENTENCE_END.lastIndex = 0;
      for (let m = SENTENCE_END.exec(buffer); m; m = SENTENCE_END.exec(buffer)) {
        // A stop at the very end may still be followed by a closing quote in the next piece.
        if (m.index + m[0].length === buffer.length && /[。！？!?；;]$/.test(m[0])) break;
        out.push(buffer.slice(from, m.index + m[0].length));
        from = m.index + m[0].length;
      }
      buffer = buffer.slice(from);
      return out;
    },
    rest(): string {
      const r = buffer;
      buffer = '';
      return r;
    },
  };
}

/** Thrown from inside the stream to stop it when a sentence fails the guard. */
class GuardStop {
  constructor(readonly violations: GuardViolation[]) {}
}

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The guard of one answer. Trusted: the engine's figures (results, traces,
 * headlines), the as-of date, and the template answer's figures (the validity
 * period, a cap in a list) — except a number the user wrote that the template
 * only repeats as the user's input (the reader may have taken 直接说我能拿500万
 * for a contract: 合同500万元): that one may be repeated, never presented as
 * what the user gets. Echoes only: the user's messages and the cited clauses.
 */
export function answerGuard(response: Pick<ChatResponse, 'answer' | 'calculations' | 'checks' | 'citations'>, request: ExplainRequest): NumberGuard {
  const parts = { calculations: response.calculations, checks: response.checks };
  const engine = [...engineSources(parts), request.asOf];
  const userMessages = [...(request.history ?? []), request.message];
  const byEngine = createNumberGuard(engine, { measureNumbers: [] });
  const byUser = createNumberGuard(userMessages, { measureNumbers: [] });
  // Where the template itself presents a figure as a benefit (最高500万元), it states it from the knowledge base.
  const asBenefit = new Set(createNumberGuard([], { userMessages: [response.answer], measureNumbers: [] }).check(response.answer).violations.filter((v) => v.reason === 'echo-as-benefit').map((v) => v.start));
  let template = '';
  let at = 0;
  for (const m of readNumbers(response.answer)) {
    if (asBenefit.has(m.start) || byEngine.check(m.raw).ok || !byUser.check(m.raw).ok) continue;
    template += `${response.answer.slice(at, m.start)}□`;
    at = m.end;
  }
  template += response.answer.slice(at);
  const guard = createNumberGuard([...engine, template], { userMessages, context: response.citations.map((c) => c.excerpt), counts: engineCounts(parts) });
  const ceilings = ceilingsOnly(response.calculations);
  if (ceilings.size === 0) return guard;
  return {
    allowed: guard.allowed,
    check(text) {
      const verdict = guard.check(text);
      const asAmount = capsAsAmounts(text, ceilings).filter((m) => !verdict.violations.some((v) => v.start === m.start));
      if (asAmount.length === 0) return verdict;
      const violations = [...verdict.violations, ...asAmount.map((m): GuardViolation => ({ ...m, reason: 'cap-as-amount' }))].sort((a, b) => a.start - b.start);
      return { ok: false, violations };
    },
  };
}

/** Words that keep a ceiling a ceiling: 最高500万, 不超过500万, 500万以内. */
const CEILING_BEFORE = /(最高|上限|封顶|至多|最多|不超过|不高于|以内|为限|up to)/;
const CEILING_AFTER = /^[^，。；！？\n,;!?]{0,3}?(以内|上限|封顶|为限|之内)/;
const CLAUSE_END = /[，。；！？\n,;!?]/;
const LOOK_BEHIND = 12;

/** The yuan the engine states only as a ceiling: caps of items it computed no amount for, that no computed amount equals. */
function ceilingsOnly(calculations: ChatResponse['calculations']): Set<string> {
  const amounts = new Set<string>();
  for (const c of calculations) {
    if (c.amountYuan !== null) amounts.add(`${c.amountYuan}元`);
    if (c.combination) amounts.add(`${c.combination.payableYuan}元`).add(`${c.combination.otherAmountYuan}元`);
  }
  return new Set(calculations.filter((c) => c.amountYuan === null).map((c) => `${c.capYuan}元`).filter((v) => !amounts.has(v)));
}

/** Mentions of those ceilings presented as what the user gets without a word that keeps them a ceiling. */
function capsAsAmounts(text: string, ceilings: ReadonlySet<string>): NumberMention[] {
  const presented = new Set(createNumberGuard([], { userMessages: [text], measureNumbers: [] }).check(text).violations.filter((v) => v.reason === 'echo-as-benefit').map((v) => v.start));
  return readNumbers(text).filter((m) => {
    if (m.kind !== 'amount' || !ceilings.has(m.value) || !presented.has(m.start)) return false;
    let from = m.start;
    while (from > 0 && m.start - from < LOOK_BEHIND && !CLAUSE_END.test(text[from - 1]!)) from--;
    return !CEILING_BEFORE.test(text.slice(from, m.start)) && !CEILING_AFTER.test(text.slice(m.end));
  });
}

export interface Explainer {
  /** The response with the model's checked text as its answer, or as it was. Never rejects. */
  explain(request: ExplainRequest, response: ChatResponse, options?: ExplainStream & { budget?: ModelBudget; signal?: AbortSignal }): Promise<ExplainOutcome>;
}

export function createExplainer(model: LanguageModel, prompts: ExplainPrompts, defaultTimeoutMs: number): Explainer {
  return {
    async explain(request, response, options = {}) {
      const template: ExplainOutcome = { response, used: 'template', attempts: 0, violations: [] };
      if (model.health().state === 'open') return { ...template, fault: 'circuit open' };
      const budget = options.budget ?? createModelBudget(defaultTimeoutMs);
      const guard = answerGuard(response, request);
      const streaming = Boolean(options.onSentence || options.onReplace);
      const shown: string[] = [];
      const signalFor = () => {
        const s = budget.next();
        if (!s) return null;
        return options.signal ? AbortSignal.any([s, options.signal]) : s;
      };
      const fallBack = (outcome: Omit<ExplainOutcome, 'response' | 'used'>): ExplainOutcome => {
        if (shown.length > 0) options.onReplace?.(response.answer);
        return { ...outcome, response, used: 'template' };
      };

      const prompt = prompts.build({ question: request.message, template: response.answer, calculations: response.calculations, checks: response.checks, citations: response.citations });
      const violations: GuardViolation[][] = [];

      // First attempt: streamed sentence by sentence when the adapter streams.
      const first = signalFor();
      if (!first) return fallBack({ attempts: 0, violations, fault: 'no time left' });
      let text: string;
      try {
        if (streaming) {
          const splitter = createSentenceSplitter();
          const pass = (sentence: string) => {
            if (sentence.trim() === '') return;
            const verdict = guard.check(sentence);
            if (!verdict.ok) throw new GuardStop(verdict.violations);
            shown.push(sentence);
            options.onSentence?.(sentence);
          };
          await model.explain(prompt, { signal: first, onDelta: (d) => splitter.push(d).forEach(pass) });
          pass(splitter.rest());
          text = shown.join('');
        } else {
          text = await model.explain(prompt, { signal: first });
        }
      } catch (e) {
        if (!(e instanceof GuardStop)) return fallBack({ attempts: 1, violations, fault: describe(e) });
        violations.push(e.violations);
        text = '';
      }
      if (violations.length === 0) {
        const verdict = guard.check(text);
        if (verdict.ok && text.trim() !== '') return { response: { ...response, answer: text.trim(), mode: 'llm' }, used: 'llm', attempts: 1, violations };
        violations.push(verdict.violations);
      }

      // The one retry, not streamed: it names what the guard refused.
      const second = signalFor();
      if (!second) return fallBack({ attempts: 1, violations, fault: 'no time left for a retry' });
      let retried: string;
      try {
        retried = await model.explain(prompts.retry(prompt, violations[0]!), { signal: second });
      } catch (e) {
        return fallBack({ attempts: 2, violations, fault: describe(e) });
      }
      const verdict = guard.check(retried);
      if (!verdict.ok || retried.trim() === '') {
        violations.push(verdict.violations);
        return fallBack({ attempts: 2, violations });
      }
      if (streaming) options.onReplace?.(retried.trim());
      return { response: { ...response, answer: retried.trim(), mode: 'llm' }, used: 'llm', attempts: 2, violations };
    },
  };
}

