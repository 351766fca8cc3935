/**
 * One turn with the core from a chat: the chat's session id goes in, the
 * answer comes back as HTML messages (split at paragraph boundaries), and a
 * clarifying question's options become inline buttons on the last of them.
 */
import { InlineKeyboard } from 'grammy';
import type { ForceReply } from 'grammy/types';
import { ChatInputError, type Assistant, type ChatResponse } from '../core/index.ts';
import { answerBlocks, renderMessages, type Block } from './format.ts';
import type { BotContext } from './types.ts';

/** Callback data of an option button: `o:<index>` into the question's options kept for the chat (labels never go in: 64-byte limit). */
export const OPTION_PREFIX = 'o:';
/** Options short enough to sit two to a row. */
const SHORT_OPTION_CHARS = 8;

/** Buttons one to a row (a row per [label, data]). */
export function column(buttons: ReadonlyArray<readonly [label: string, data: string]>): InlineKeyboard {
  return InlineKeyboard.from(buttons.map(([label, data]) => [InlineKeyboard.text(label, data)]));
}

export function optionKeyboard(options: readonly string[]): InlineKeyboard {
  const buttons = options.map((label, i) => InlineKeyboard.text(label, `${OPTION_PREFIX}${i}`));
  const perRow = options.every((o) => o.length <= SHORT_OPTION_CHARS) ? 2 : 1;
  const rows = [];
  for (let i = 0; i < buttons.length; i += perRow) rows.push(buttons.slice(i, i + perRow));
  return InlineKeyboard.from(rows);
}

export interface AskOptions {
  /** Start a new conversation (a guided calculation starts from nothing). */
  fresh?: boolean;
  /** Blocks shown before the answer (what was asked, when it came from a button). */
  before?: Block[];
}

/** Sends HTML messages in order; the markup goes on the last one. Returns the last message's id. */
export async function sendHtml(ctx: BotContext, messages: readonly string[], markup?: InlineKeyboard | ForceReply): Promise<number | undefined> {
  let last: number | undefined;
  for (let i = 0; i < messages.length; i++) {
    const sent = await ctx.reply(messages[i]!, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(i === messages.length - 1 && markup ? { reply_markup: markup } : {}),
    });
    last = sent.message_id;
  }
  return last;
}

/** Asks the core `message` in this chat's session and shows the answer. */
export async function ask(ctx: BotContext, assistant: Assistant, message: string, options: AskOptions = {}): Promise<ChatResponse | null> {
  const sessionId = options.fresh ? undefined : ctx.session.sessionId;
  let response: ChatResponse;
  try {
    response = await assistant.chat({ message, ...(sessionId ? { sessionId } : {}) });
  } catch (e) {
    if (e instanceof ChatInputError) {
      await ctx.reply(e.reason);
      return null;
    }
    throw e;
  }
  // A session id the core did not issue (expired, or another version's) starts anew: keep the one it returns.
  ctx.session.sessionId = response.sessionId;
  const question = response.question;
  const choices = question?.options ?? [];
  const group = ctx.chat?.type !== 'private';
  const markup: InlineKeyboard | ForceReply | undefined = choices.length
    ? optionKeyboard(choices)
    : question && group
      ? // In a group the bot hears only replies to it and mentions: ask for a reply.
        { force_reply: true, selective: true, input_field_placeholder: `例如：${question.example}`.slice(0, 64) }
      : undefined;
  const messages = renderMessages([...(options.before ?? []), ...answerBlocks(response)]);
  const last = await sendHtml(ctx, messages, markup);
  if (choices.length && last !== undefined) ctx.session.question = { messageId: last, options: [...choices] };
  else delete ctx.session.question;
  return response;
}
