/**
 * `npm run --silent ask -- [--json] [--session ID] [--as-of YYYY-MM-DD] "问题"`:
 * one question from the command line; --json prints exactly what /api/chat returns.
 */
import { ChatInputError, type Assistant, type ChatResponse } from '../core/index.ts';

export const askUsage = `usage: npm run --silent ask -- [options] "问题"

options:
  --json             print the JSON answer of POST /api/chat instead of the text
  --session ID       continue a conversation: the sessionId an earlier answer gave
                     (an id the assistant did not issue starts a new conversation)
  --as-of YYYY-MM-DD compute as of this date (default: today)
  -h, --help         show this text

examples:
  npm run --silent ask -- "我们企业和江南大学签了300万元技术合同，能拿多少补助？"
  npm run --silent ask -- --json --session <sessionId from the last answer> "300万"`;

export interface AskArgs {
  json: boolean;
  sessionId?: string;
  asOf?: string;
  message: string;
}

export class UsageError extends Error {}

export function parseAskArgs(argv: readonly string[]): AskArgs | 'help' {
  let json = false;
  let sessionId: string | undefined;
  let asOf: string | undefined;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h' || a === '--help') return 'help';
    else if (a === '--json') json = true;
    else if (a === '--session' || a === '--as-of') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      if (a === '--session') sessionId = v;
      else asOf = v;
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else words.push(a);
  }
  if (words.length === 0) throw new UsageError('the question is missing');
  return { json, message: words.join(' '), ...(sessionId ? { sessionId } : {}), ...(asOf ? { asOf } : {}) };
}

export interface RenderOptions {
  /** Number a clarifying question's options, for a chat that takes the number as the reply. */
  numberedOptions?: boolean;
  /** End with the session id and how to continue (a one-off question); a chat keeps it to itself. */
  session?: boolean;
}

/**
 * Text for a terminal: the answer with a clarifying question's options once,
 * right under the line that asks it (else under the answer), then citations.
 */
export function renderText(r: ChatResponse, options: RenderOptions = {}): string {
  const { numberedOptions = false, session = true } = options;
  const lines = r.answer.split('\n');
  const choices = r.question?.options ?? [];
  if (choices.length) {
    const line = numberedOptions ? `回复序号选择：${choices.map((o, i) => `${i + 1}. ${o}`).join('  ')}` : `可选：${choices.join(' / ')}`;
    const asked = r.question?.text ? lines.findIndex((l) => l.includes(r.question!.text)) : -1;
    lines.splice(asked >= 0 ? asked + 1 : lines.length, 0, line);
  }
  if (r.citations.length > 0) {
    lines.push('', '依据：');
    for (const c of r.citations) lines.push(`  [${c.measure === 0 ? '附则' : `第${c.measure}条`}] ${c.excerpt}`);
  }
  if (session) lines.push('', `（会话 ${r.sessionId}；继续对话请加 --session ${r.sessionId}）`);
  return lines.join('\n');
}

/** Runs one question; returns the exit code. */
export async function runAsk(argv: readonly string[], assistant: () => Promise<Assistant>, out = process.stdout, err = process.stderr): Promise<number> {
  let args: AskArgs | 'help';
  try {
    args = parseAskArgs(argv);
  } catch (e) {
    err.write(`ask: ${(e as Error).message}\n\n${askUsage}\n`);
    return 2;
  }
  if (args === 'help') {
    out.write(`${askUsage}\n`);
    return 0;
  }
  try {
    const r = await (await assistant()).chat({ message: args.message, ...(args.sessionId ? { sessionId: args.sessionId } : {}), ...(args.asOf ? { asOf: args.asOf } : {}) });
    out.write(args.json ? `${JSON.stringify(r)}\n` : `${renderText(r)}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof ChatInputError)) throw e;
    const message = e.reason;
    if (args.json) out.write(`${JSON.stringify({ error: message, field: e.field })}\n`);
    else err.write(`ask: ${message}\n`);
    return 1;
  }
}
