/**
 * The conversation core's public types: the /api/chat contract of
 * ARCHITECTURE.md (shared by the web, Telegram and CLI adapters) and its errors.
 */

export interface ChatRequest {
  message: string;
  sessionId?: string;
  /** YYYY-MM-DD; defaults to today. */
  asOf?: string;
}

export interface ChatCitation {
  measure: number;
  excerpt: string;
  heading: string;
}

export interface ChatCondition {
  id: string;
  label: string;
  status: 'met' | 'unmet' | 'unknown';
}

export interface ChatCalculation {
  measure: number;
  benefit: string;
  title: string;
  beneficiary: string;
  beneficiaryLabel: string;
  status: 'computed' | 'cap_only' | 'needs_info' | 'not_eligible' | 'not_in_force';
  amountYuan: number | null;
  capYuan: number;
  formula: string;
  eligible: boolean | null;
  conditions: ChatCondition[];
  notes: string[];
  combination?: { otherAmountYuan: number; higher: 'this' | 'other' | 'equal'; payableYuan: number };
  /** The result in words, for a card's first line: 可获 90万元 / 最高可获 90万元（还需确认 1 项） / 不符合：… */
  headline: string;
  /** The formula in words (300万元 × 30% = 90万元，未超过100万元上限); empty when nothing was computed. */
  formulaText: string;
}

export interface ChatCheck {
  measure: number;
  check: string;
  title: string;
  eligible: boolean | null;
  unmet: string[];
  missing: string[];
  conditions: ChatCondition[];
  /** The verdict in words: 符合 / 不符合：… / 还需确认 2 项. */
  headline: string;
}

/** A clarifying question: the fact it fills, the text, an example answer, and button options. */
export interface ChatQuestion {
  fact: string;
  text: string;
  example: string;
  options: string[];
}

export interface ChatResponse {
  answer: string;
  citations: ChatCitation[];
  calculations: ChatCalculation[];
  checks: ChatCheck[];
  missing: string[];
  question?: ChatQuestion;
  /**
   * The lines of the answer that the calculations and checks do not show
   * (notes, the combination rule, the clause line): a page that renders
   * cards from the structured fields shows these beside them instead of `answer`.
   */
  remarks: string[];
  mode: 'template' | 'llm';
  sessionId: string;
}

/** A question the assistant could not answer, kept (text only) so bureau staff see what to add. */
export interface UnansweredEvent {
  kind: 'out_of_scope' | 'no_topic' | 'abandoned_question' | 'refused_figure' | 'not_in_text';
  /** The user's message, verbatim. */
  text: string;
  /** What was refused or abandoned: the figure, or the fact asked for; for a point the text leaves open, the items it was asked of. */
  detail?: string;
}

/** A request the core cannot take: names the field and what to do. Adapters map it to 400. */
export class ChatInputError extends Error {
  readonly field: string;
  /** What is wrong and what to do, in Chinese, for the person who sent it. */
  readonly reason: string;
  /** The input is over a size limit (the web adapter answers 413). */
  readonly tooLarge: boolean;
  constructor(field: string, reason: string, options: { tooLarge?: boolean } = {}) {
    super(`core: ${field}: ${reason}`);
    this.name = 'ChatInputError';
    this.field = field;
    this.reason = reason;
    this.tooLarge = options.tooLarge ?? false;
  }
}

/**
 * One entry of the knowledge base's history as the adapters show it (the web admin page, the Telegram /kb_
 * commands): the knowledge store's entry without its internals, so adapters need not import knowledge/.
 */
export interface KnowledgeHistoryView {
  version: string;
  action: 'bundled' | 'publish' | 'rollback';
  by: string;
  at: string;
  note: string | null;
  current: boolean;
  summary: string;
}

