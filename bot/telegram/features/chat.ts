/**
 * Free text goes to the same core as the web chat, one session per chat; a
 * pressed option answers the question on screen with its label. /reset
 * forgets the chat's session.
 */
import { Composer } from 'grammy';
import { ask, OPTION_PREFIX } from '../conversation.ts';
import { textForBot } from '../groups.ts';
import type { BotContext, BotDeps } from '../types.ts';

export function resetFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command('reset', async (ctx) => {
    ctx.session = {};
    await ctx.reply('已清空本次对话，可以重新提问。');
  });
  return feature;
}

export function chatFeature(deps: Pick<BotDeps, 'assistant'>): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.callbackQuery(new RegExp(`^${OPTION_PREFIX}(\\d+)$`), async (ctx) => {
    const pending = ctx.session.question;
    const pressedOn = ctx.callbackQuery.message?.message_id;
    const label = pending && pending.messageId === pressedOn ? pending.options[Number(ctx.match[1])] : undefined;
    if (!label) {
      // A button of an earlier question: the conversation has moved on.
      await ctx.answerCallbackQuery({ text: '这个问题已经回答过或已过期，请看最新的提问。' });
      if (pressedOn !== undefined) await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => {});
      return;
    }
    await ctx.answerCallbackQuery({ text: `已选择：${label}` });
    delete ctx.session.question;
    // Leave the choice visible where the buttons were.
    await ctx.editMessageReplyMarkup({ reply_markup: { inline_keyboard: [[{ text: `✓ ${label}`, callback_data: 'noop' }]] } }).catch(() => {});
    await ask(ctx, deps.assistant, label);
  });

  feature.callbackQuery('noop', (ctx) => ctx.answerCallbackQuery());

  feature.on('message:text', async (ctx) => {
    if (ctx.message.text.startsWith('/')) {
      await ctx.reply('没有这个命令。发送 /help 查看可用的命令，或直接用文字提问。');
      return;
    }
    const text = textForBot(ctx);
    if (!text) {
      await ctx.reply('请直接说出您的问题，例如「和高校签了300万元技术合同，能补多少」。');
      return;
    }
    await ask(ctx, deps.assistant, text);
  });

  feature.on('message', async (ctx) => {
    if (ctx.chat.type === 'private') await ctx.reply('我只能读文字消息，请用文字提问。');
  });

  return feature;
}
