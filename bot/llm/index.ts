/**
 * The model layer: `LanguageModel` (bot/core/model.ts) over any
 * OpenAI-compatible chat endpoint, its error, its circuit breaker, and the
 * prompts of an explanation. The only place the `openai` SDK is used for chat.
 */
export { createOpenAIModel, DEFAULT_TIMEOUT_MS } from './openai-model.ts';
export type { OpenAIModelOptions } from './openai-model.ts';
export { ModelError } from './errors.ts';
export type { ModelFault } from './errors.ts';
export { createCircuitBreaker, DEFAULT_COOLDOWN_MS, DEFAULT_FAILURE_THRESHOLD } from './breaker.ts';
export type { CircuitBreaker, CircuitBreakerOptions } from './breaker.ts';
export { buildExplainPrompt, explainPrompts, retryNote, withRetryNote, EXPLAIN_SYSTEM } from './prompts.ts';
export type { ExplainMaterial } from './prompts.ts';
