/**
 * POST /api/chat/stream: one turn as server-sent events. With a model, its
 * reply arrives sentence by sentence (each passed by the number guard before
 * it is sent); `replace` tells the page to show a text instead of what it
 * showed (the template answer when the model failed or was refused); `final`
 * carries exactly the JSON of POST /api/chat. Without a model, `final` alone.
 *
 *   event: sentence   data: {"text": "…"}
 *   event: replace    data: {"text": "…"}
 *   event: final      data: { …the /api/chat response… }
 *   event: error      data: {"error": "…"}   (only after the stream began; never expected)
 */
import type { ServerResponse } from 'node:http';
import type { Assistant } from '../core/index.ts';

/** The names of the events, for the page and tests. */
export const STREAM_EVENTS = { sentence: 'sentence', replace: 'replace', final: 'final', error: 'error' } as const;

export interface StreamChatOptions {
  /** Headers every response carries (the server's security headers). */
  headers: Record<string, string>;
  onError?: (error: unknown) => void;
}

/** One event in the wire format: JSON data on one line. */
export function sseEvent(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * Runs a turn and streams it. The response starts with the first event, so a
 * request the core refuses (ChatInputError) rejects before anything is
 * written and the server answers it like /api/chat (400, 413).
 */
export async function streamChat(res: ServerResponse, assistant: Assistant, body: unknown, options: StreamChatOptions): Promise<void> {
  const gone = new AbortController();
  let finished = false;
  res.on('close', () => {
    if (!finished) gone.abort();
  });
  const write = (event: string, data: unknown) => {
    if (!res.headersSent) {
      res.writeHead(200, {
        ...options.headers,
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        // Proxies (nginx) pass each event on at once instead of buffering the reply.
        'x-accel-buffering': 'no',
      });
    }
    if (!res.writableEnded && !res.destroyed) res.write(sseEvent(event, data));
  };
  let answer;
  try {
    answer = await assistant.chat(body, {
      signal: gone.signal,
      onSentence: (text) => write(STREAM_EVENTS.sentence, { text }),
      onReplace: (text) => write(STREAM_EVENTS.replace, { text }),
    });
  } catch (e) {
    if (!res.headersSent) throw e;
    options.onError?.(e);
    write(STREAM_EVENTS.error, { error: 'internal error; the server keeps running — try again or report it' });
    finished = true;
    res.end();
    return;
  }
  write(STREAM_EVENTS.final, answer);
  finished = true;
  res.end();
}
