/**
 * The Telegram adapter: `createBot(deps)` builds the bot (grammY, feature
 * composers over the conversation core), `startTelegram(bot, options)` runs
 * it by long polling or webhook. Imports bot/core only; bot/main.ts wires it.
 */
export { createBot, DEFAULT_RATE_LIMIT, RATE_LIMITED, UPDATE_FAILED } from './bot.ts';
export { describeError, redactToken } from './errors.ts';
export { startTelegram, ALLOWED_UPDATES } from './start.ts';
export type { StartOptions, TelegramService, TelegramState, WebhookSettings } from './start.ts';
export { createMemoryChatStorage, createSqliteChatStorage, CHAT_TTL_MS } from './chat-storage.ts';
export { adminCommands, userCommands } from './commands.ts';
export { ADMIN_ONLY } from './features/admin.ts';
export { exampleQuestions } from './features/start.ts';
export { answerBlocks, escapeHtml, MESSAGE_LIMIT, renderMessages } from './format.ts';
export type { Block } from './format.ts';
export type {
  AdminDeps,
  BotContext,
  BotDeps,
  ChatData,
  HistoryView,
  KnowledgeAdmin,
  KnowledgeIssueView,
  PolicyView,
  PreviewView,
  RateLimitOptions,
  ServingStatus,
} from './types.ts';
