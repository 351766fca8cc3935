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
}

export interface ChatCheck {
  measure: number;
  check: string;
  title: string;
  eligible: boolean | null;
  unmet: string[];
  missing: string[];
  conditions: ChatCondition[];
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
  mode: 'template' | 'model';
  sessionId: string;
}

/** A request the core cannot take: names the field and what to do. Adapters map it to 400. */
export class ChatInputError extends Error {
  readonly field: string;
  /** The input is over a size limit (the web adapter answers 413). */
  readonly tooLarge: boolean;
  constructor(field: string, message: string, options: { tooLarge?: boolean } = {}) {
    super(`core: ${field}: ${message}`);
    this.name = 'ChatInputError';
    this.field = field;
    this.tooLarge = options.tooLarge ?? false;
  }
}
