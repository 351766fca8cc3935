/**
 * createBot(deps): the Telegram adapter as small feature composers over one
 * grammY bot — the same assistant as the web chat, and the knowledge
 * commands for bureau staff. Reads no environment; bot/main.ts passes
 * everything in.
 *
 * In front of the features: auto-retry (429 with retry_after, 5xx and
 * network errors; not getUpdates, which the runner retries and reports
 * itself), bot.catch so one bad update never stops the bot, updates of a
 * chat one at a time (runner's sequentialize), group messages only when
 * addressed to the bot, a per-user rate limit with a polite reply, and
 * grammY's session holding each chat's core session id.
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { limit } from '@grammyjs/ratelimiter';
import { sequentialize } from '@grammyjs/runner';
import { Bot, session } from 'grammy';
import { createMemoryChatStorage } from './chat-storage.ts';
import { describeError } from './errors.ts';
import { adminFeature } from './features/admin.ts';
import { calcFeature } from './features/calc.ts';
import { chatFeature, resetFeature } from './features/chat.ts';
import { measuresFeature } from './features/measures.ts';
import { startFeature } from './features/start.ts';
import { addressedToBot } from './groups.ts';
import type { BotContext, BotDeps, RateLimitOptions } from './types.ts';

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { timeFrameMs: 10_000, limit: 8 };
/** Longest wait for a retry_after the bot accepts before giving up on that one request. */
const MAX_RETRY_AFTER_SECONDS = 120;
const MAX_RETRY_ATTEMPTS = 5;

export const RATE_LIMITED = '您发得有点快，请稍等几秒再继续，我会接着为您解答。';
export const UPDATE_FAILED = '抱歉，处理这条消息时出了问题，请稍后再试或换个说法。';

const chatKey = (ctx: { chat?: { id: number } | undefined }) => ctx.chat?.id.toString();

export function createBot(deps: BotDeps): Bot<BotContext> {
  const log = deps.log ?? (() => {});
  const bot = new Bot<BotContext>(deps.token, {
    ...(deps.apiRoot ? { client: { apiRoot: deps.apiRoot } } : {}),
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
  });

  const retry = autoRetry({ maxRetryAttempts: MAX_RETRY_ATTEMPTS, maxDelaySeconds: MAX_RETRY_AFTER_SECONDS });
  bot.api.config.use((prev, method, payload, signal) => (method === 'getUpdates' ? prev(method, payload, signal) : retry(prev, method, payload, signal)));

  bot.catch(async ({ ctx, error }) => {
    log(`telegram: update ${ctx.update.update_id} failed: ${describeError(error)}`);
    try {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
      if (ctx.chat) await ctx.reply(UPDATE_FAILED);
    } catch {
      // Telegram itself is failing: the log line above is all that can be done.
    }
  });

  bot.use(sequentialize(chatKey));
  bot.use(async (ctx, next) => {
    if (addressedToBot(ctx)) await next();
  });
  const rate = deps.rateLimit ?? DEFAULT_RATE_LIMIT;
  bot.use(
    limit<BotContext, never>({
      timeFrame: rate.timeFrameMs,
      limit: rate.limit,
      keyGenerator: (ctx) => ctx.from?.id.toString(),
      onLimitExceeded: async (ctx) => {
        if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: RATE_LIMITED });
        else if (ctx.chat) await ctx.reply(RATE_LIMITED);
      },
    }),
  );
  bot.use(session({ initial: () => ({}), storage: deps.storage ?? createMemoryChatStorage(), getSessionKey: chatKey }));

  bot.use(adminFeature(deps), startFeature(deps), measuresFeature(deps), calcFeature(deps), resetFeature(), chatFeature(deps));
  return bot;
}
