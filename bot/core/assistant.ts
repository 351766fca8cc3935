/**
 * The conversation core: one turn of a chat. Understands the message, keeps
 * the session's facts, retrieves the clauses, runs the eligibility engine,
 * asks for one missing fact at a time, and composes a cited template answer.
 * No HTTP, Telegram or terminal here: adapters call `chat`.
 */
import { capPerLabel, dateAsWritten, yuanAsWritten, type KnowledgeBase } from '../../knowledge/index.ts';
import { checkAsOf, EligibilityError, FactError, type EligibilityEngine, type Evaluation } from '../../eligibility/index.ts';
import { statesQuote, type Retriever, type SearchResult } from '../../retrieval/index.ts';
import { benefitBlock, benefitHeadline, checkBlock, checkHeadline, footer, formulaText, measureName, validityText } from './compose.ts';
import { createStatementIndex, perspective, pickFocus } from './focus.ts';
import { newSessionId, type SessionStore } from './session-store.ts';
import { emptySession, parseSessionState, type SessionState } from './sessions.ts';
import { ChatInputError, type ChatCitation, type ChatQuestion, type ChatRequest, type ChatResponse, type UnansweredEvent } from './types.ts';
import { understand, type StatedFacts } from './understand.ts';

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
}

export interface Assistant {
  chat(request: unknown): Promise<ChatResponse>;
}

const sessionIdRe = /^[A-Za-z0-9_-]{1,64}$/;
const dontKnow = /^(不知道|不清楚|不确定|跳过|不方便说|没有这个信息)[!！。.]*$/;

/** Checks the request's shape; every fault names its field. */
export function parseChatRequest(body: unknown, maxMessageChars: number): ChatRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ChatInputError('body', 'expected a JSON object such as {"message": "…"}');
  const b = body as Record<string, unknown>;
  if (!('message' in b)) throw new ChatInputError('message', 'is required');
  if (typeof b.message !== 'string') throw new ChatInputError('message', 'must be a string');
  if (b.message.trim() === '') throw new ChatInputError('message', 'must not be empty');
  if (b.message.length > maxMessageChars) throw new ChatInputError('message', `is longer than ${maxMessageChars} characters; shorten it`, { tooLarge: true });
  if (b.sessionId !== undefined && (typeof b.sessionId !== 'string' || !sessionIdRe.test(b.sessionId))) {
    throw new ChatInputError('sessionId', 'must be 1–64 letters, digits, - or _');
  }
  if (b.asOf !== undefined) {
    try {
      checkAsOf(b.asOf);
    } catch (e) {
      throw new ChatInputError('asOf', e instanceof EligibilityError ? 'must be a real date written YYYY-MM-DD' : String(e));
    }
  }
  return { message: b.message, ...(b.sessionId !== undefined ? { sessionId: b.sessionId as string } : {}), ...(b.asOf !== undefined ? { asOf: b.asOf as string } : {}) };
}

export function createAssistant(options: AssistantOptions): Assistant {
  const { kb, engine, retriever, sessions } = options;
  const maxChars = options.maxMessageChars ?? 2000;
  const today = options.today ?? todayInWuxi;
  const statements = createStatementIndex(kb);
  const factDefs = new Map(kb.facts.facts.map((f) => [f.id, f]));
  const validity = validityText(kb);
  const doc = kb.document;
  const chunkOf = (measure: number, quote: string) =>
    retriever.chunks.find((c) => c.measure === measure && statesQuote(c.excerpt, quote));
  const citation = (measure: number, excerpt: string): ChatCitation => ({ measure, excerpt, heading: kb.measures[measure]?.heading ?? '' });

  function questionFor(fact: string): ChatQuestion {
    const def = factDefs.get(fact)!;
    const options = def.kind === 'enum' ? Object.values(def.values) : def.kind === 'boolean' ? ['是', '否'] : [];
    return { fact, text: def.ask, example: def.example, options };
  }

  /** Evaluates the facts the engine accepts; each fact it refuses is dropped and reported. */
  function evaluate(facts: StatedFacts, asOf: string, focus: SessionState['focus']): { evaluation: Evaluation; refused: FactError[] } {
    const clean: StatedFacts = { ...facts };
    const refused: FactError[] = [];
    for (;;) {
      try {
        return { evaluation: engine.evaluate(clean, asOf, { benefits: focus.benefits, checks: focus.checks }), refused };
      } catch (e) {
        if (!(e instanceof FactError) || !(e.fact in clean)) throw e;
        refused.push(e);
        delete clean[e.fact];
      }
    }
  }

  function informational(intent: string, search: SearchResult, asOf: string): { answer: string; citations: ChatCitation[] } | null {
    const m0 = (excerpt: string) => citation(0, chunkOf(0, excerpt)?.excerpt ?? excerpt);
    switch (intent) {
      case 'validity': {
        const v = doc.validity;
        const now = asOf < v.from ? `按 ${asOf} 计，本措施尚未实施，${dateAsWritten(v.from)}起实施。` : asOf > v.to ? `按 ${asOf} 计，本措施已于${dateAsWritten(v.to)}到期，不能再按本政策享受奖补。` : `按 ${asOf} 计，本措施在有效期内。`;
        return {
          answer: `${now}\n《${doc.title}》自${validity.replace('至', '起实施，有效期至')}。\n执行期间如遇国家及省、市有关规定和政策调整，本政策相应调整。`,
          citations: [m0(doc.validity.quote), m0(doc.adjustmentQuote)],
        };
      }
      case 'thanks':
        return { answer: '不客气！还有其他关于这项政策的问题，随时问我。', citations: [] };
      case 'list': {
        const lines = [`《${doc.title}》中有明确上限的资金支持：`];
        for (const m of kb.measures) for (const b of m.benefits) lines.push(`· ${measureName(kb, m.number)}｜${b.title}：最高${yuanAsWritten(b.cap.yuan)}（${capPerLabel[b.cap.per]}）`);
        lines.push('', '想算具体金额，请告诉我哪一项和您的情况，例如：“我们企业和高校签了300万元技术合同”。', footer(kb, [], true));
        return { answer: lines.join('\n'), citations: [] };
      }
      case 'elsewhere':
        return {
          answer: `我只解答无锡市的《${doc.title}》，其他城市或其他政策的问题请咨询当地主管部门。\n无锡这项政策的问题，例如：“中试平台能拿多少支持？”`,
          citations: [],
        };
      case 'combination':
        return {
          answer: `可以同时申报不同层级的政策，但同一事项的奖补不叠加：本措施涉及的奖补政策与本市各级其他同类政策不一致的，按“${doc.combination.principle}”原则支持——取对您最有利、金额最高的一项，不重复享受。\n如需比较，请告诉我两边的金额或比例，例如：“合同300万元，区里按20%补、最高200万元”。\n注意：一份技术合同可能同时涉及面向企业、科研单位和技术经理人的不同条款，各自按条款申报，是否视为同类奖补以申报指南为准。`,
          citations: [m0(doc.combination.quote)],
        };
      case 'interpretation':
        return {
          answer: `本措施由${doc.interpreters.join('、')}承担具体解释工作；有关措施的具体实施在申报指南中明确。`,
          citations: [m0(doc.interpretationQuote)],
        };
      case 'scope':
        return {
          answer: `本措施适用于${doc.appliesTo.join('、')}。各条措施的具体对象不同，例如：\n${examplesOfBeneficiaries()}\n具体以申报指南为准。`,
          citations: [m0(doc.appliesToQuote), ...(search.cited ? search.clauses.slice(0, 1).map((c) => citation(c.chunk.measure, c.chunk.excerpt)) : [])],
        };
      case 'help':
        return {
          answer: `您好！我可以解答《${doc.title}》（${validity}）的问题，并精确计算奖补金额。例如：\n· 我们企业和江南大学签了300万元技术合同，能拿多少补助？\n· 我在省级创新创业大赛获二等奖，是第一完成人，能直接申报职称吗？\n· 用了8万元科技创新券，能拿多少联动奖补？\n· 区里的补贴和市里的能一起拿吗？\n发送“重新开始”可清空已提供的信息。`,
          citations: [],
        };
      default:
        return null;
    }
  }

  /** The facts the conditions of a focus test: what a correction may change. */
  function conditionFactsOf(focus: SessionState['focus']): string[] {
    const conditions = [
      ...focus.benefits.flatMap((id) => statements.benefit(id)?.benefit?.conditions ?? []),
      ...focus.checks.flatMap((id) => statements.all.find((l) => l.provision?.id === id)?.provision?.conditions ?? []),
    ];
    return conditions.flatMap((c) => (c.fact ? [c.fact] : []));
  }

  /** One line per beneficiary of a computable benefit: 第6条：与科研事业单位开展产学研合作的企业. */
  function examplesOfBeneficiaries(): string {
    const seen = new Set<string>();
    const lines: string[] = [];
    for (const m of kb.measures) {
      for (const b of m.benefits) {
        if (!(b.base || b.perItem) || seen.has(b.beneficiary)) continue;
        seen.add(b.beneficiary);
        lines.push(`· 第${m.number}条：${b.beneficiaryLabel}`);
      }
    }
    return lines.join('\n');
  }

  /** What a named measure provides: its benefits with their caps, its provisions, its departments. */
  function describeMeasure(n: number): { answer: string; citations: ChatCitation[] } {
    const m = kb.measures[n]!;
    const lines = [`${measureName(kb, n)}的主要内容：`];
    for (const b of m.benefits) {
      const base = b.base ? factDefs.get(b.base.fact)?.label ?? '' : '';
      const rate = !b.rate ? (b.perItem ? `每项最高${yuanAsWritten(b.perItem.capYuan)}，` : '')
        : b.rate.kind === 'exact' ? `按${base}的${b.rate.percent}%，`
        : b.rate.kind === 'up_to' ? `按${base}不超过${b.rate.percent}%，`
        : b.rate.kind === 'match' ? `按${base}${b.rate.ratio}配套，`
        : `${b.rate.note}，`;
      lines.push(`· ${b.title}：对象为${b.beneficiaryLabel}，${rate}最高${yuanAsWritten(b.cap.yuan)}（${capPerLabel[b.cap.per]}）。`);
    }
    for (const p of m.provisions) lines.push(`· ${p.title}：${p.outcome}。`);
    if (m.benefits.length === 0 && m.provisions.length === 0) lines.push(...retriever.chunks.filter((c) => c.measure === n).slice(0, 2).map((c) => `· ${c.excerpt}`));
    lines.push('', footer(kb, [n], m.benefits.length > 0));
    return { answer: lines.join('\n'), citations: retriever.chunks.filter((c) => c.measure === n).map((c) => citation(n, c.excerpt)) };
  }

  // Turns of one session run one after another, so two at once cannot lose an update.
  const running = new Map<string, Promise<unknown>>();
  function serialised<T>(sessionId: string, turn: () => Promise<T>): Promise<T> {
    const previous = running.get(sessionId) ?? Promise.resolve();
    const next = previous.then(turn, turn);
    const settled = next.catch(() => undefined);
    running.set(sessionId, settled);
    void settled.then(() => {
      if (running.get(sessionId) === settled) running.delete(sessionId);
    });
    return next;
  }

  return {
    async chat(body) {
      const req = parseChatRequest(body, maxChars);
      // An id the server did not issue (or one expired) starts a new session under a new id.
      const known = req.sessionId !== undefined && sessions.load(req.sessionId) !== undefined;
      const sessionId = known ? req.sessionId! : newSessionId();
      return serialised(sessionId, () => turnSaved(req, sessionId));
    },
  };

  /** Runs a turn and saves its state against the version it read; redoes it when another turn saved first. */
  async function turnSaved(req: ChatRequest, sessionId: string): Promise<ChatResponse> {
    for (let attempt = 0; ; attempt++) {
      const stored = sessions.load(sessionId);
      const state = (stored && parseSessionState(stored.state)) ?? emptySession();
      const response = await turn(req, sessionId, state);
      if (sessions.save(sessionId, state, stored?.version) !== null || attempt >= 20) return response;
    }
  }

  async function turn(req: ChatRequest, sessionId: string, state: SessionState): Promise<ChatResponse> {
    const asOf = req.asOf ?? today();
    const message = req.message.trim();
    const respond = (r: Omit<ChatResponse, 'mode' | 'sessionId' | 'remarks'> & { remarks?: string[] }): ChatResponse => ({ remarks: [], ...r, mode: 'template', sessionId });
    const empty = { citations: [], calculations: [], checks: [], missing: [] };
    const unanswered = (kind: UnansweredEvent['kind'], detail?: string) => options.onUnanswered?.({ kind, text: message, ...(detail ? { detail } : {}) });

    const focusBenefit = state.focus.benefits[0] ? statements.benefit(state.focus.benefits[0])?.benefit : undefined;
    const who = perspective(message);
    const u = understand(message, {
      pendingFact: state.pending,
      defaultAmountFact: focusBenefit?.base?.fact ?? null,
      defaultCountFact: focusBenefit?.perItem?.fact ?? null,
      topicFacts: conditionFactsOf(state.focus),
      expectedFacts: state.missing,
      pendingKind: state.pending ? factDefs.get(state.pending)?.kind ?? null : null,
      asker: askerOf(who),
      maxAmountYuan: kb.facts.limits.maxAmountYuan,
    });

    if (u.intent === 'reset') {
      Object.assign(state, emptySession());
      return respond({ ...empty, answer: '好的，已清空之前提供的信息。请告诉我您的问题，例如：“我们企业和高校签了300万元技术合同，能拿多少补助？”' });
    }
    if (u.problems.length > 0) {
      const p = u.problems[0]!;
      const why = p.reason === 'negative' ? '是负数' : p.reason === 'zero' ? '为零' : p.reason === 'currency' ? '不是人民币金额' : `超过了可信范围（${yuanAsWan(kb.facts.limits.maxAmountYuan)}）`;
      unanswered('refused_figure', p.raw);
      const fix = p.reason === 'currency' ? '本政策以人民币计，请换算成人民币后再问，例如：1000万元。' : '请核对后重新输入，例如：300万元。';
      return respond({ ...empty, answer: `您提到的金额“${p.raw}”${why}，我没有据此计算。${fix}` });
    }
    if (state.pending && dontKnow.test(message)) {
      state.skipped.push(state.pending);
    }

    const search = await retriever.search(message, { k: 5 });
    if (u.measure !== null && (u.intent === 'measure' || u.intent === 'unknown')) {
      state.pending = null;
      return respond({ ...empty, ...describeMeasure(u.measure) });
    }
    const info = informational(u.intent, search, asOf);
    // 能补多少 alone names no benefit and no one: ask what and who rather than guess.
    if (!state.focus.benefits.length && !state.focus.checks.length && Object.keys(u.facts).length === 0 && message.replace(/[能可以补拿领多少钱奖励补贴资助吗呢？?！!。一共总共我们]/g, '').length < 2) {
      state.pending = null;
      return respond({ ...empty, answer: '请告诉我是哪一项支持、您是哪类单位或个人，以及相关金额，例如：“我们企业和江南大学签了300万元技术合同，能拿多少补助？”或“用了8万元科技创新券，能拿多少联动奖补？”。发送“政策里有哪些资金奖补”可查看全部奖补及上限。' });
    }
    const picked = pickFocus(kb, statements, message, u, search, state.facts, who);
    // 是什么 / 什么意思 asks what a clause says: explain it rather than compute.
    const explain = u.intent === 'measure' && Object.keys(u.facts).length === 0;
    if (explain) {
      picked.benefits = [];
      picked.checks = [];
    }
    const answersPending = state.pending !== null && (u.facts[state.pending] !== undefined || dontKnow.test(message));
    const hadFocus = state.focus.benefits.length > 0 || state.focus.checks.length > 0;
    // A correction (改成500万) or a short answer carrying facts continues the topic.
    const followUp = hadFocus && (answersPending || u.correction || (state.missing.some((f) => u.facts[f] !== undefined) && message.length <= 20));
    const newTopic = (picked.benefits.length > 0 || picked.checks.length > 0) && !followUp && !sameFocus(picked, state.focus);
    if (newTopic) {
      // A new topic starts from what this message says: conditions of an earlier topic (the
      // partner of another contract, a district's award for another item) do not carry over.
      // Only a figure the new topic computes on (the same contract's amount) is kept.
      const bases = new Set(picked.benefits.flatMap((id) => {
        const b = statements.benefit(id)?.benefit;
        return b?.base ? [b.base.fact] : b?.perItem ? [b.perItem.fact] : [];
      }));
      state.facts = Object.fromEntries(Object.entries(state.facts).filter(([f]) => bases.has(f)));
      state.skipped = [];
    }
    // New facts override old ones: 改成500万 corrects the amount.
    Object.assign(state.facts, u.facts);
    for (const f of Object.keys(u.facts)) state.skipped = state.skipped.filter((s) => s !== f);
    if (picked.benefits.length > 0 || picked.checks.length > 0) {
      // A new topic replaces the old one unless the message only continues it.
      if (!followUp) state.focus = picked;
    } else if (info) {
      state.pending = null;
      return respond({ ...empty, answer: info.answer, citations: info.citations });
    }
    const topical = state.focus.benefits.length > 0 || state.focus.checks.length > 0;
    // Another policy's award (区里按20%、最高200万) is for the item being computed.
    if (['otherPolicyAmountYuan', 'otherPolicyRatePercent', 'otherPolicyCapYuan'].some((f) => u.facts[f] !== undefined)) {
      const computable = state.focus.benefits.filter((id) => {
        const b = statements.benefit(id)?.benefit;
        return b?.base || b?.perItem;
      });
      // The asker's own item (我们企业 → the enterprise's subsidy), else the first that computes.
      const item = computable.find((id) => who?.includes(statements.benefit(id)!.benefit!.beneficiary)) ?? computable[0];
      if (item) state.facts.otherPolicyBenefit = item;
    }

    // An answer that does not fill the question asked: ask again rather than change the subject.
    if (state.pending && !answersPending && picked.benefits.length === 0 && picked.checks.length === 0 && Object.keys(u.facts).length === 0 && (!search.cited || message.length <= 10)) {
      const q = questionFor(state.pending);
      return respond({ ...empty, missing: state.missing, question: q, answer: `抱歉，没能从“${message}”中读出${factDefs.get(q.fact)?.label ?? '所需信息'}。${q.text}（例如：${q.example}）\n不清楚可以回复“不知道”，重新提问请发送“重新开始”。` });
    }

    if (!topical || explain || (!followUp && picked.benefits.length === 0 && picked.checks.length === 0 && Object.keys(u.facts).length === 0)) {
      state.pending = null;
      if (!search.cited) {
        unanswered('out_of_scope');
        return respond({
          ...empty,
          answer: `抱歉，这个问题不在《${doc.title}》的范围内，我只能解答这项政策的内容和奖补计算。\n您可以问：“中试平台能拿多少支持？”“技术经纪人撮合成交能拿多少奖励？”“政策有效期到什么时候？”`,
        });
      }
      // What the policy says: the best clauses, by measure.
      const top = search.measures[0]!;
      const clauses = search.clauses.filter((c) => c.chunk.measure === top.measure).slice(0, 2);
      const provisions = kb.measures[top.measure]!.provisions.filter((p) => clauses.some((c) => statesQuote(c.chunk.excerpt, p.quote)));
      const lines = [`这个问题对应${measureName(kb, top.measure)}。原文要点：`, ...clauses.map((c) => `· ${c.chunk.excerpt}`)];
      for (const p of provisions) lines.push(`要点：${p.outcome}。`);
      lines.push('', footer(kb, [top.measure], false));
      return respond({ ...empty, answer: lines.join('\n'), citations: search.clauses.slice(0, 3).map((c) => citation(c.chunk.measure, c.chunk.excerpt)) });
    }

    const { evaluation, refused } = evaluate(state.facts, asOf, state.focus);
    for (const r of refused) delete state.facts[r.fact];
    const results = evaluation.results;
    const checks = evaluation.checks;

    // One question at a time: the first fact the focus still needs, not one the user could not say.
    const missing = [...new Set([...results.flatMap((r) => r.missing), ...checks.flatMap((c) => c.missing)])];
    const ask = missing.find((f) => !state.skipped.includes(f) && factDefs.has(f));
    state.pending = ask ?? null;
    state.missing = missing;
    const question = ask ? questionFor(ask) : undefined;

    const blocks: string[] = [];
    const remarks: string[] = [];
    if (!evaluation.inForce) blocks.push(`按 ${asOf} 计算：该日期不在政策有效期（${validity}）内。`);
    for (const r of refused) blocks.push(`您提供的“${factDefs.get(r.fact)?.label ?? r.fact}”无法使用（${describeValue(r.value)}），请核对后重新提供。`);
    remarks.push(...blocks);
    for (const c of checks) blocks.push(checkBlock(kb, c, validity));
    for (const r of results) blocks.push(benefitBlock(kb, r, validity));
    const cardBlocks = blocks.length;
    const beneficiaries = new Set(results.filter((r) => r.status === 'computed').map((r) => r.beneficiary));
    if (beneficiaries.size > 1) blocks.push('以上各项分属不同条款、面向不同主体（企业、科研单位、技术经理人等），由各自按条款申报；同一事项与其他政策的关系按“从优、就高、不重复”原则处理，具体以申报指南为准。');
    if (question) blocks.push(`还需要确认：${question.text}（例如：${question.example}）`);
    const measures = [...new Set([...checks.map((c) => c.measure), ...results.map((r) => r.measure)])];
    blocks.push(footer(kb, measures, results.length > 0));
    remarks.push(...blocks.slice(cardBlocks).filter((b) => !b.startsWith('还需要确认：')));

    // The clauses that state what was computed or checked come first, then retrieval's.
    const citations: ChatCitation[] = [];
    const cite = (measure: number, excerpt: string) => {
      if (!citations.some((c) => c.excerpt === excerpt)) citations.push(citation(measure, excerpt));
    };
    for (const c of checks) cite(c.measure, chunkOf(c.measure, c.citations[0]!.excerpt)?.excerpt ?? c.citations[0]!.excerpt);
    for (const r of results) cite(r.measure, chunkOf(r.measure, r.citations[0]!.excerpt)?.excerpt ?? r.citations[0]!.excerpt);
    if (results.some((r) => r.combination)) cite(0, chunkOf(0, doc.combination.quote)?.excerpt ?? doc.combination.quote);
    if (search.cited) for (const c of search.clauses.slice(0, 2)) if (measures.includes(c.chunk.measure)) cite(c.chunk.measure, c.chunk.excerpt);

    return respond({
      answer: blocks.join('\n\n'),
      citations,
      calculations: results.map((r) => ({
        measure: r.measure,
        benefit: r.benefit,
        title: r.title,
        beneficiary: r.beneficiary,
        beneficiaryLabel: r.beneficiaryLabel,
        status: r.status,
        amountYuan: r.amountYuan,
        capYuan: r.capYuan,
        formula: r.formula,
        eligible: r.eligible,
        conditions: r.conditions.map((c) => ({ id: c.id, label: c.label, status: c.status })),
        notes: r.notes,
        ...(r.combination ? { combination: { otherAmountYuan: r.combination.otherAmountYuan, higher: r.combination.higher, payableYuan: r.combination.payableYuan } } : {}),
        headline: benefitHeadline(kb, r),
        formulaText: r.status === 'computed' ? formulaText(kb, r) : '',
      })),
      checks: checks.map((c) => ({
        measure: c.measure,
        check: c.check,
        title: c.title,
        eligible: c.eligible,
        unmet: c.unmet,
        missing: c.missing,
        conditions: c.conditions.map((x) => ({ id: x.id, label: x.label, status: x.status })),
        headline: checkHeadline(c),
      })),
      missing,
      remarks,
      ...(question ? { question } : {}),
    });
  }
}

function askerOf(who: string[] | null): 'enterprise' | 'institution' | 'technology_manager' | null {
  if (!who) return null;
  return who.includes('enterprise') ? 'enterprise' : who.includes('technology_manager') ? 'technology_manager' : 'institution';
}

function sameFocus(a: SessionState['focus'], b: SessionState['focus']): boolean {
  return a.benefits.join() === b.benefits.join() && a.checks.join() === b.checks.join();
}

function describeValue(v: unknown): string {
  return typeof v === 'string' && /^\d+(\.\d+)?$/.test(v) ? v : JSON.stringify(v) ?? String(v);
}

const wuxiDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
let todayCache = { until: 0, date: '' };
/** Today's date where the policy applies (Asia/Shanghai), YYYY-MM-DD; worked out at most once a second. */
export function todayInWuxi(): string {
  const now = Date.now();
  if (now >= todayCache.until) todayCache = { until: now + 1000, date: wuxiDate.format(now) };
  return todayCache.date;
}

function yuanAsWan(yuan: number): string {
  return yuan >= 100000000 && yuan % 100000000 === 0 ? `${yuan / 100000000}亿元` : `${yuan}元`;
}
