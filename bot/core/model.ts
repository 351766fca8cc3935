/**
 * The port through which the conversation core uses a language model. The core
 * owns this interface; `bot/llm` implements it over any OpenAI-compatible chat
 * endpoint, and tests may implement it in memory. Types only: the core never
 * imports a model SDK.
 *
 * A model only reads and phrases. Whatever it returns is checked by the core
 * (tool arguments against the fact schemas and the user's own numbers, text by
 * the number guard) before anything reaches a user, and every method rejects
 * rather than returns a partial result, so the core can fall back to the
 * template answer on any fault.
 */
import type { GuardViolation } from './guard.ts';
import type { ChatCalculation, ChatCheck, ChatCitation } from './types.ts';

/** A tool the model is made to call, its parameters as JSON Schema (from zod through `z.toJSONSchema`). */
export interface ModelTool {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
}

export interface UnderstandInput {
  /** What to read out of the message and how; the system message. */
  instructions: string;
  /** The user's message of this turn. */
  message: string;
  /** The user's earlier messages in this session, oldest first. */
  history: readonly string[];
  tool: ModelTool;
}

export interface ExplainInput {
  system: string;
  user: string;
}

/** What an explanation is written from: nothing else of the turn reaches the model. */
export interface ExplainMaterial {
  /** The user's message of this turn. */
  question: string;
  /** The answer the templates wrote: what the reply rephrases. */
  template: string;
  calculations: readonly ChatCalculation[];
  checks: readonly ChatCheck[];
  citations: readonly ChatCitation[];
}

/**
 * The prompts of an explanation. They belong to the model layer (bot/llm
 * exports `explainPrompts`); the core takes them as a dependency so that it
 * never imports that layer.
 */
export interface ExplainPrompts {
  /** The system and user messages of one explanation. */
  build(material: ExplainMaterial): ExplainInput;
  /** The prompt of the one retry: the first one with a note naming the figures the guard refused. */
  retry(prompt: ExplainInput, violations: readonly GuardViolation[]): ExplainInput;
}

export interface ModelCallOptions {
  /** Aborts the call (the turn was cancelled); rejects with an abort fault. */
  signal?: AbortSignal;
}

export interface ExplainOptions extends ModelCallOptions {
  /** When given, the reply is streamed and each piece of text arrives here in order. */
  onDelta?: (delta: string) => void;
}

/** The circuit breaker over the endpoint, for /healthz. */
export interface ModelHealth {
  /** closed: calls go through; open: calls fail at once until `openUntil`; half-open: one probe call is let through. */
  state: 'closed' | 'open' | 'half-open';
  consecutiveFailures: number;
  /** ISO time when an open circuit lets a probe through. */
  openUntil?: string;
}

export interface LanguageModel {
  /** The model's name as the endpoint knows it (for logs and /healthz). */
  readonly model: string;
  /**
   * Structured reading through a forced tool call. Resolves with the tool
   * call's arguments as parsed JSON — unvalidated: the caller checks them
   * against its schema. Rejects on any fault (timeout, HTTP error, no tool
   * call, arguments that are not JSON).
   */
  understand(input: UnderstandInput, options?: ModelCallOptions): Promise<unknown>;
  /**
   * Writes a reply from a prompt. Streams text pieces to `onDelta` when given;
   * resolves with the whole text. Rejects on any fault, including an empty
   * reply or a stream cut before its end — after deltas may already have
   * arrived, so a caller that streams must be ready to take them back.
   */
  explain(input: ExplainInput, options?: ExplainOptions): Promise<string>;
  health(): ModelHealth;
}
