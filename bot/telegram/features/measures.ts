/** /measures: the twelve measures (and the closing provisions) as buttons; a tap shows the measure's text from the knowledge base. */
import { Composer } from 'grammy';
import { column, sendHtml } from '../conversation.ts';
import { clip, escapeHtml, renderMessages, type Block } from '../format.ts';
import { calcItems, capText, measureLabel, measuresInOrder, shortVersion } from '../policy.ts';
import type { BotContext, BotDeps } from '../types.ts';

/** Longest button label before it is clipped (Telegram shows about this much on a phone). */
const LABEL_CHARS = 24;

export function measuresFeature(deps: Pick<BotDeps, 'kb'>): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.command('measures', async (ctx) => {
    const kb = deps.kb();
    const keyboard = column(measuresInOrder(kb).map((m) => [clip(measureLabel(m), LABEL_CHARS), `m:${m.number}`] as const));
    await ctx.reply(`<b>${escapeHtml(kb.document.title)}</b>\n共12条措施，点选一条阅读原文：`, { parse_mode: 'HTML', reply_markup: keyboard });
  });

  feature.callbackQuery(/^m:(\d+)$/, async (ctx) => {
    const kb = deps.kb();
    const n = Number(ctx.match[1]);
    const m = kb.measures[n];
    if (!m) {
      await ctx.answerCallbackQuery({ text: '没有这一条，请重新发送 /measures', show_alert: true });
      return;
    }
    await ctx.answerCallbackQuery();
    const blocks: Block[] = [{ kind: 'heading', text: measureLabel(m) }, { kind: 'quote', text: m.text }];
    if (m.benefits.length) blocks.push({ text: ['本条奖补：', ...m.benefits.map((b) => `• ${b.title}（最高${capText(b.cap.yuan)}）`)].join('\n') });
    blocks.push({ text: `责任部门：${m.departments.join('、')}` });
    // Items of this measure that can be calculated, as buttons into the guided calculation.
    const items = calcItems(kb)
      .map((item, i) => ({ item, i }))
      .filter(({ item }) => item.measure === n)
      .map(({ item, i }) => [`测算：${item.benefit.title}`, `c:${shortVersion(kb.version)}:${i}`] as const);
    await sendHtml(ctx, renderMessages(blocks), items.length ? column(items) : undefined);
  });

  return feature;
}
