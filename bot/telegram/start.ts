/**
 * Runs a bot made by createBot: long polling with grammY's runner, or a
 * webhook (grammY's webhookCallback with the secret token checked) that the
 * web server mounts. Connecting is done once up front and reported once: a
 * token the Bot API refuses stops the bot with one clear line; an API that
 * cannot be reached is said once and then tried again quietly, so the web
 * server beside it keeps serving either way.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { run, type RunnerHandle } from '@grammyjs/runner';
import { Api, GrammyError, webhookCallback, type Bot } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { adminCommands, userCommands } from './commands.ts';
import { describeError } from './errors.ts';
import type { BotContext } from './types.ts';

/** The updates the bot handles. */
export const ALLOWED_UPDATES = ['message', 'callback_query'] as const;

export interface WebhookSettings {
  /** The public https address Telegram posts to. */
  url: string;
  /** Telegram sends it back in X-Telegram-Bot-Api-Secret-Token; anything without it is refused. */
  secretToken: string;
}

export interface StartOptions {
  /** Webhook mode; without it, long polling. */
  webhook?: WebhookSettings;
  /** Admins whose chats also list the /kb_ commands. */
  adminIds?: readonly number[];
  log: (message: string) => void;
  /** While the Bot API cannot be reached at start, how often to try again (ms). */
  connectRetryMs?: number;
  /** How often long polling tries again after a failed getUpdates (ms). */
  pollRetryMs?: number;
  /** Long polling timeout in seconds (getUpdates). */
  pollTimeoutSeconds?: number;
  /** How long one getMe may take before the API counts as unreachable (s). */
  probeTimeoutSeconds?: number;
}

export type TelegramState = 'connecting' | 'running' | 'refused' | 'stopped';

export interface TelegramService {
  /** Serves Telegram's webhook posts (webhook mode); mount it at the webhook URL's path. */
  handleWebhook?(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Resolves when the bot runs (running), the token is refused or setup failed (refused), or it was stopped first. */
  ready: Promise<TelegramState>;
  state(): TelegramState;
  stop(): Promise<void>;
}

/** 401 (a revoked or wrong token) and 404 (a malformed one) mean the token will not work however often it is tried. */
function tokenRefused(e: unknown): e is GrammyError {
  return e instanceof GrammyError && (e.error_code === 401 || e.error_code === 404);
}

/** Starts the bot in the background; never throws: every failure is logged once. */
export function startTelegram(bot: Bot<BotContext>, options: StartOptions): TelegramService {
  const log = options.log;
  const apiRoot = bot.api.options?.apiRoot ?? 'https://api.telegram.org';
  let state: TelegramState = 'connecting';
  let stopping = false;
  let runner: RunnerHandle | undefined;
  let wake: (() => void) | undefined;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(t);
        resolve();
      };
    });

  /** getMe on a client without the bot's transformers, so a network failure surfaces instead of being retried. */
  async function connect(): Promise<UserFromGetMe | null> {
    const probe = new Api(bot.token, { ...bot.api.options, timeoutSeconds: options.probeTimeoutSeconds ?? 15 });
    let attempts = 0;
    while (!stopping) {
      attempts++;
      try {
        const me = await probe.getMe();
        if (attempts > 1) log(`telegram: reached ${apiRoot} after ${attempts} attempts`);
        return me;
      } catch (e) {
        if (tokenRefused(e)) {
          log(`telegram: ${apiRoot} refused TELEGRAM_BOT_TOKEN (${e.error_code} ${e.description}); the bot is off — check the token BotFather gave (the web server keeps serving)`);
          return null;
        }
        if (attempts === 1) {
          const every = Math.round((options.connectRetryMs ?? 30_000) / 1000);
          log(`telegram: cannot reach the Bot API at ${apiRoot} (${describeError(e)}); trying again every ${every} s without further messages (the web server keeps serving)`);
        }
        await sleep(options.connectRetryMs ?? 30_000);
      }
    }
    return null;
  }

  async function registerCommands() {
    try {
      await bot.api.setMyCommands(userCommands);
      for (const id of options.adminIds ?? []) {
        // Fails for an admin who never opened a chat with the bot; the commands work anyway.
        await bot.api.setMyCommands(adminCommands, { scope: { type: 'chat', chat_id: id } }).catch(() => {});
      }
    } catch (e) {
      log(`telegram: could not register the command list (${describeError(e)}); the commands work anyway`);
    }
  }

  /** Reports the Bot API going away and coming back during long polling, once each way. */
  function watchPolling() {
    let down = false;
    bot.api.config.use(async (prev, method, payload, signal) => {
      if (method !== 'getUpdates') return prev(method, payload, signal);
      try {
        const result = await prev(method, payload, signal);
        if (down && result.ok) {
          down = false;
          log(`telegram: the Bot API at ${apiRoot} answers again`);
        }
        return result;
      } catch (e) {
        if (!down && !signal?.aborted) {
          down = true;
          log(`telegram: lost the Bot API at ${apiRoot} (${describeError(e)}); polling again every ${Math.round((options.pollRetryMs ?? 5000) / 1000)} s`);
        }
        throw e;
      }
    });
  }

  const handleWebhook = options.webhook
    ? (() => {
        const callback = webhookCallback(bot, 'http', { secretToken: options.webhook.secretToken, onTimeout: 'return', timeoutMilliseconds: 9_000 });
        return async (req: IncomingMessage, res: ServerResponse) => {
          if (req.method !== 'POST') {
            res.writeHead(405, { allow: 'POST', 'content-type': 'text/plain; charset=utf-8' }).end('use POST');
            return;
          }
          try {
            await callback(req, res);
          } catch (e) {
            log(`telegram: a webhook request failed: ${describeError(e)}`);
            if (!res.headersSent) res.writeHead(e instanceof SyntaxError ? 400 : 500, { 'content-type': 'text/plain; charset=utf-8' }).end(e instanceof SyntaxError ? 'not an update' : 'error');
          }
        };
      })()
    : undefined;

  const ready = (async (): Promise<TelegramState> => {
    const me = await connect();
    if (!me) return (state = stopping ? 'stopped' : 'refused');
    bot.botInfo = me;
    await registerCommands();
    if (stopping) return (state = 'stopped');
    if (options.webhook) {
      try {
        await bot.api.setWebhook(options.webhook.url, { secret_token: options.webhook.secretToken, allowed_updates: [...ALLOWED_UPDATES] });
      } catch (e) {
        log(`telegram: the Bot API refused the webhook ${options.webhook.url} (${describeError(e)}); check TELEGRAM_WEBHOOK_URL — the bot gets no updates (the web server keeps serving)`);
        return (state = 'refused');
      }
      log(`telegram: @${me.username} receives updates by webhook at ${options.webhook.url}`);
      return (state = 'running');
    }
    try {
      // A webhook left from an earlier run would make getUpdates fail with 409.
      await bot.api.deleteWebhook();
    } catch (e) {
      log(`telegram: could not remove an earlier webhook (${describeError(e)})`);
    }
    if (stopping) return (state = 'stopped');
    watchPolling();
    runner = run(bot, {
      runner: { silent: true, retryInterval: options.pollRetryMs ?? 5000, fetch: { timeout: options.pollTimeoutSeconds ?? 30, allowed_updates: [...ALLOWED_UPDATES] } },
    });
    runner.task()?.catch((e: unknown) => {
      state = 'stopped';
      const why = e instanceof GrammyError && e.error_code === 409 ? ' — another process polls with this token, or a webhook is set' : '';
      log(`telegram: long polling stopped: ${describeError(e)}${why} (the web server keeps serving)`);
    });
    log(`telegram: @${me.username} is polling ${apiRoot} for updates`);
    return (state = 'running');
  })();

  return {
    ...(handleWebhook ? { handleWebhook } : {}),
    ready,
    state: () => state,
    async stop() {
      stopping = true;
      wake?.();
      await ready.catch(() => {});
      if (runner?.isRunning()) await runner.stop();
      state = 'stopped';
    },
  };
}
