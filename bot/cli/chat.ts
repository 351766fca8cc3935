/**
 * `npm run chat`: an interactive chat in the terminal. Options of a
 * clarifying question can be picked by number; /reset, /help, /quit.
 */
import { createInterface } from 'node:readline';
import { ChatInputError, type Assistant, type ChatResponse } from '../core/index.ts';
import { renderText } from './ask.ts';

export async function runChat(assistant: Assistant, input = process.stdin, output = process.stdout): Promise<void> {
  const rl = createInterface({ input, output, terminal: Boolean((input as { isTTY?: boolean }).isTTY) });
  // Output closed by the reader (`npm run chat | head`): stop quietly; nothing more can be shown.
  let closed = false;
  output.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    closed = true;
    rl.close();
  });
  let sessionId: string | undefined;
  let last: ChatResponse | undefined;
  output.write('成果转化政策助手（终端版）。直接输入问题；/reset 清空，/help 帮助，/quit 退出。\n');
  const prompt = () => output.write('\n你> ');
  prompt();
  // Reading lines as a stream keeps piped input (several lines at once) in order.
  for await (const raw of rl) {
    if (closed) break;
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
      output.write(`\n助手> ${renderText(last, { numberedOptions: true, session: false })}\n`);
    } catch (e) {
      output.write(`\n（${describeError(e)}）\n`);
    }
    prompt();
  }
  rl.close();
}

/** A failed turn in words for the person at the terminal: Chinese, with what to do. */
function describeError(e: unknown): string {
  if (e instanceof ChatInputError) {
    const text = e.message.replace(/^core: [\w.]+: /, '');
    if (/[\u3400-\u9fff]/.test(text)) return text;
    return e.tooLarge ? '问题太长了，请删减后再发' : `这句话无法处理，请换个说法再试（${text}）`;
  }
  return `出错了，请再发一次（${e instanceof Error ? e.message : String(e)}）`;
}
