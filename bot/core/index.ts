/**
 * The conversation core: plain functions with no grammY, HTTP or readline.
 * Adapters (web, Telegram, CLI) call `createAssistant(...).chat(request)`.
 */
export { createAssistant, parseChatRequest, todayInWuxi } from './assistant.ts';
export type { Assistant, AssistantOptions, ChatOptions } from './assistant.ts';
export { createMemorySessionStore, createSqliteSessionStore, newSessionId } from './session-store.ts';
export type { SessionStore, StoredSession } from './session-store.ts';
export { emptySession, isEmptySession, parseSessionState, sessionStateSchema } from './sessions.ts';
export type { SessionState } from './sessions.ts';
export { ChatInputError } from './types.ts';
export type { ChatCalculation, ChatCheck, ChatCitation, ChatCondition, ChatQuestion, ChatRequest, ChatResponse, KnowledgeHistoryView, UnansweredEvent } from './types.ts';
export { findAmounts, findCounts, findDates, findPercents, formatYuanFen, formatWan } from './numbers.ts';
export { createReader, emptyContext } from './read.ts';
export type { Reader, Reading, ReadContext, StatedFacts, StatedAmount, RefusedFigure } from './read.ts';
export { createItemIndex, decide, handlers } from './decide.ts';
export type { Decision, Part, SearchSummary } from './decide.ts';
export { createRuntime } from './runtime.ts';
export type { ModelStatus, Runtime, RuntimeOptions, RuntimeStatus } from './runtime.ts';
export { createMemoryQuestionLog, createSqliteQuestionLog, normaliseQuestion, unansweredKinds } from './question-log.ts';
export type { LoggedQuestion, QuestionGroup, QuestionLog, QuestionSummary, UnansweredKind } from './question-log.ts';
export type { ExplainInput, ExplainMaterial, ExplainPrompts, LanguageModel, ModelHealth, ModelTool, UnderstandInput } from './model.ts';
export { createModelReader, createUnderstandingTool, UNDERSTAND_TOOL } from './model-read.ts';
export type { ModelReader, ModelReadOutcome, UnsureReason, Understanding } from './model-read.ts';
export { answerGuard, createExplainer, createSentenceSplitter } from './model-explain.ts';
export type { Explainer, ExplainOutcome, ExplainRequest, ExplainStream } from './model-explain.ts';
export { createModelBudget } from './model-budget.ts';
export type { ModelBudget } from './model-budget.ts';
