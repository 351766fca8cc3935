/** /start and /help: what the assistant does, with example questions as buttons that ask them. */
import { Composer } from 'grammy';
import { ask, column } from '../conversation.ts';
import { escapeHtml } from '../format.ts';
import type { BotContext, BotDeps } from '../types.ts';

/** Example questions; a button's callback data is `ex:<index>`. */
export const exampleQuestions: readonly string[] = [
  '我们企业和江南大学签了300万元技术合同，能拿多少补助？',
  '我在省级创新创业大赛拿了二等奖，是第一完成人，能直接评职称吗？',
  '科技创新券能拿多少？',
  '政策有效期到什么时候？',
];

const examplesKeyboard = () => column(exampleQuestions.map((q, i) => [q, `ex:${i}`] as const));

function dateCn(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function startFeature(deps: Pick<BotDeps, 'assistant' | 'kb'>): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  const intro = () => {
    const { document } = deps.kb();
    return [
      `<b>成果转化政策助手</b>`,
      `我解答《${escapeHtml(document.title)}》（${dateCn(document.validity.from)}至${dateCn(document.validity.to)}有效）的问题：`,
      `• <b>能拿多少</b>：按原文的比例和上限算出金额，精确到元，列出算式和依据条款`,
      `• <b>是否符合</b>：逐条核对条件（例如职称评审绿色通道），缺什么就问什么`,
      `• <b>原文</b>：每个回答都引用政策原文`,
      '',
      `直接用中文提问即可；需要补充情况时我会给出选项按钮。`,
      `/measures 阅读12条措施　/calc 分步测算　/reset 重新开始`,
      '',
      `试试这些问题：`,
    ].join('\n');
  };

  feature.command('start', async (ctx) => {
    await ctx.reply(intro(), { parse_mode: 'HTML', reply_markup: examplesKeyboard() });
  });

  feature.command('help', async (ctx) => {
    const text = [
      '<b>怎么用</b>',
      '• 直接发问题，例如「和高校签了200万元技术合同能补多少」。说清金额、合作单位类型等，结果更准。',
      '• 我追问时，点选按钮或直接回复文字都可以；想改数字，直接说「改成150万元」。',
      '• /calc 选一个奖补项目，按提示一步步算出金额。',
      '• /measures 查看12条措施的原文。',
      '• /reset 清空本次对话的情况，重新开始。',
      '• 在群里请 @我 或回复我的消息。',
      '',
      '金额、比例、上限都来自政策原文，最终以申报指南和主管部门审核为准。',
    ].join('\n');
    await ctx.reply(text, { parse_mode: 'HTML', reply_markup: examplesKeyboard() });
  });

  feature.callbackQuery(/^ex:(\d+)$/, async (ctx) => {
    const question = exampleQuestions[Number(ctx.match[1])];
    await ctx.answerCallbackQuery();
    if (!question) return;
    await ask(ctx, deps.assistant, question, { before: [{ kind: 'heading', text: `问：${question}` }] });
  });

  return feature;
}
