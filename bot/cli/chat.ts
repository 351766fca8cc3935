/**
 * `npm run chat`: an interactive chat in the terminal. Options of a
 * clarifying question can be picked by number; /reset, /help, /quit.
 */
import { createInterface } from 'node:readline';
import type { Assistant, ChatResponse } from '../core/index.ts';
import { renderText } from './ask.ts';

export async function runChat(assistant: Assistant, input = process.stdin, output = process.stdout): Promise<void> {
  const rl = createInterface({ input, output, terminal: Boolean((input as { isTTY?: boolean }).isTTY) });
  let sessionId: string | undefined;
  let last: ChatResponse | undefined;
  output.write('成果转化政策助手（终端版）。直接输入问题；/reset 清空，/help 帮助，/quit 退出。\n');
  const prompt = () => output.write('\n你> ');
  prompt();
  // Reading lines as a stream keeps piped input (several lines at once) in order.
  for await (const raw of rl) {
    const line = raw.trim();
    if (!line) {
      prompt();
      continue;
    }
    if (line === '/quit' || line === '/exit') break;
    let message = line === '/reset' ? '重新开始' : line === '/help' ? '帮助' : line;
    const options = last?.question?.options ?? [];
    if (/^\d+$/.test(line) && Number(line) >= 1 && Number(line) <= options.length) message = options[Number(line) - 1]!;
    try {
      last = await assistant.chat({ message, ...(sessionId ? { sessionId } : {}) });
      sessionId = last.sessionId;
      const text = renderText(last).replace(/\n\n（会话[^\n]*$/, '');
      const numbered = last.question?.options.length ? `\n（回复序号选择：${last.question.options.map((o, i) => `${i + 1}. ${o}`).join('  ')}）` : '';
      output.write(`\n助手> ${text}${numbered}\n`);
    } catch (e) {
      output.write(`\n（出错：${e instanceof Error ? e.message : String(e)}）\n`);
    }
    prompt();
  }
  rl.close();
}
