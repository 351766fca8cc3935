/** A bot made by createBot, running by long polling against the fake Bot API server, and the people who talk to it. */
import type { ChatResponse } from '../../bot/core/index.ts';
import { createBot, startTelegram, type BotDeps, type PolicyView, type TelegramService } from '../../bot/telegram/index.ts';
import { startFakeTelegram, type FakeChat, type FakeTelegram, type FakeUser } from './fake-telegram.ts';

export const user: FakeUser = { id: 1001, first_name: '王经理', username: 'wang_jingli' };
export const admin: FakeUser = { id: 9001, first_name: '李科长', username: 'li_kezhang' };
export const privateChat = (u: FakeUser): FakeChat => ({ id: u.id, type: 'private', title: u.first_name });
export const group: FakeChat = { id: -100200300, type: 'supergroup', title: '成果转化交流群' };

export interface BotOnFake {
  fake: FakeTelegram;
  service: TelegramService;
  logs: string[];
  stop(): Promise<void>;
}

/** Starts the fake server and a bot polling it; `deps` gets the fake's token and apiRoot. */
export async function startBotOnFake(deps: (fake: FakeTelegram, log: (m: string) => void) => BotDeps, options: { adminIds?: number[] } = {}): Promise<BotOnFake> {
  const fake = await startFakeTelegram();
  const logs: string[] = [];
  const log = (m: string) => logs.push(m);
  const bot = createBot(deps(fake, log));
  const service = startTelegram(bot, { log, adminIds: options.adminIds ?? [], pollRetryMs: 200, connectRetryMs: 200 });
  const state = await service.ready;
  if (state !== 'running') throw new Error(`test: the bot did not start (${state}): ${logs.join('\n')}`);
  return {
    fake,
    service,
    logs,
    async stop() {
      await service.stop();
      await fake.close();
    },
  };
}

/** A knowledge base with no measures, for bots whose assistant is a stand-in. */
export const emptyPolicy: PolicyView = { version: '0123456789abcdef', document: { title: '测试政策', validity: { from: '2025-09-01', to: '2028-08-31' } }, measures: [] };

/** A ChatResponse with only an answer, from a stand-in assistant. */
export function plainResponse(answer: string, sessionId = 'stub-session'): ChatResponse {
  return { answer, citations: [], calculations: [], checks: [], missing: [], remarks: [], mode: 'template', sessionId };
}

/** Waits for the n-th message the bot sends in a chat after `since` messages, and returns the new ones. */
export async function botReplies(fake: FakeTelegram, chatId: number, since: number, count = 1): Promise<{ text: string; message_id: number; reply_markup?: any; entities?: any[] }[]> {
  const all = await fake.waitFor(() => {
    const msgs = fake.botMessages(chatId);
    return msgs.length >= since + count ? msgs : null;
  }, 20_000, `${count} bot message(s) in chat ${chatId} after ${since}`);
  return all.slice(since) as never;
}

/** Callback data of the button labelled `label` (or whose label includes it) on a message. */
export function buttonData(message: { reply_markup?: any }, label: string): string {
  const button = (message.reply_markup?.inline_keyboard ?? []).flat().find((b: any) => b.text === label || String(b.text).includes(label));
  if (!button) throw new Error(`test: no button «${label}» on the message; buttons: ${JSON.stringify(message.reply_markup)}`);
  return button.callback_data;
}
