/**
 * The conversation core: plain functions with no grammY, HTTP or readline.
 * Adapters (web, Telegram, CLI) call `createAssistant(...).chat(request)`.
 */
export { createAssistant, parseChatRequest } from './assistant.ts';
export type { Assistant, AssistantOptions } from './assistant.ts';
export { createMemorySessionStore, createSqliteSessionStore, newSessionId } from './session-store.ts';
export type { SessionStore, StoredSession } from './session-store.ts';
export { emptySession, parseSessionState, sessionStateSchema } from './sessions.ts';
export type { SessionState } from './sessions.ts';
export { ChatInputError } from './types.ts';
export type { ChatCalculation, ChatCheck, ChatCitation, ChatCondition, ChatQuestion, ChatRequest, ChatResponse } from './types.ts';
export { findAmounts, findCounts, findPercents, formatYuanFen } from './numbers.ts';
export { understand, detectIntent, extractFacts } from './understand.ts';
export { createRuntime } from './runtime.ts';
export type { Runtime, RuntimeOptions, RuntimeStatus } from './runtime.ts';
export { createMemoryQuestionLog, createSqliteQuestionLog, normaliseQuestion, unansweredKinds } from './question-log.ts';
export type { LoggedQuestion, QuestionGroup, QuestionLog, QuestionSummary, UnansweredKind } from './question-log.ts';
