/**
 * /calc: a guided calculation. Pick an item (inline buttons), then the core
 * asks for what it needs, one clarifying question at a time.
 */
import { Composer } from 'grammy';
import { ask, column } from '../conversation.ts';
import { calcItems, calcPrompt, shortVersion } from '../policy.ts';
import type { BotContext, BotDeps } from '../types.ts';

/**
 * Callback data `c:<version>:<index>`: the index into the calculable items of
 * the knowledge version the list was made from, so a button from before a
 * publish is refused rather than read against another list.
 */
const calcData = /^c:([0-9a-f]{8}):(\d+)$/;

export function calcFeature(deps: Pick<BotDeps, 'assistant' | 'kb'>): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.command('calc', async (ctx) => {
    const kb = deps.kb();
    const keyboard = column(calcItems(kb).map((item, i) => [`第${item.measure}条 ${item.benefit.title}`, `c:${shortVersion(kb.version)}:${i}`] as const));
    await ctx.reply('选择要测算的奖补项目，我会一步步询问需要的情况：', { reply_markup: keyboard });
  });

  feature.callbackQuery(calcData, async (ctx) => {
    const kb = deps.kb();
    const item = ctx.match[1] === shortVersion(kb.version) ? calcItems(kb)[Number(ctx.match[2])] : undefined;
    if (!item) {
      await ctx.answerCallbackQuery({ text: '政策知识库已更新，请重新发送 /calc 选择', show_alert: true });
      return;
    }
    await ctx.answerCallbackQuery();
    delete ctx.session.question;
    await ask(ctx, deps.assistant, calcPrompt(item.benefit), { fresh: true, before: [{ kind: 'heading', text: `测算：第${item.measure}条 ${item.benefit.title}` }] });
  });

  return feature;
}
