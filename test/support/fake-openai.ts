/**
 * A loopback fake of an OpenAI-compatible API speaking the real wire protocol:
 * POST /v1/embeddings, and POST /v1/chat/completions streamed (server-sent
 * `chat.completion.chunk` events and `data: [DONE]`) or not, text or tool calls.
 * Tests queue what the chat endpoint answers, script faults and read what it got.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

/**
 * One scripted answer of /v1/chat/completions. `pieces` is how many stream
 * chunks the text or the tool arguments are cut into when the request streams.
 */
export type ChatReply =
  | { kind: 'text'; text: string; pieces?: number; finishReason?: 'stop' | 'length' | 'content_filter' }
  | { kind: 'tool'; name: string; arguments: string; pieces?: number }
  | { kind: 'status'; status: number; message: string }
  /** Accepts the request and never answers. */
  | { kind: 'hang' }
  /** Sends `after` chunks of the text (or, unstreamed, part of the body), then destroys the socket. */
  | { kind: 'cut'; text: string; after: number }
  /** Sends `after` chunks of the text, then keeps the connection open without another byte. */
  | { kind: 'stall'; text: string; after: number }
  /** A body (or, streamed, an event) that is not JSON. */
  | { kind: 'malformed' }
  /** A well-formed completion with no text and no tool call. */
  | { kind: 'empty' };

/** Builders for `queueChat`. */
export const chatReply = {
  text: (text: string, options: { pieces?: number; finishReason?: 'stop' | 'length' | 'content_filter' } = {}): ChatReply => ({ kind: 'text', text, ...options }),
  tool: (name: string, args: unknown, options: { pieces?: number } = {}): ChatReply => ({ kind: 'tool', name, arguments: typeof args === 'string' ? args : JSON.stringify(args), ...options }),
  status: (status: number, message = `scripted failure ${status}`): ChatReply => ({ kind: 'status', status, message }),
  hang: (): ChatReply => ({ kind: 'hang' }),
  cut: (text: string, after: number): ChatReply => ({ kind: 'cut', text, after }),
  stall: (text: string, after: number): ChatReply => ({ kind: 'stall', text, after }),
  malformed: (): ChatReply => ({ kind: 'malformed' }),
  empty: (): ChatReply => ({ kind: 'empty' }),
};

export interface FakeOpenAI {
  baseURL: string;
  requests: RecordedRequest[];
  /** Requests to /v1/chat/completions only. */
  chatRequests(): RecordedRequest[];
  /** Answer the next requests (any route) with these statuses (then behave normally). */
  failNext(...statuses: number[]): void;
  /** Delay every answer by this many milliseconds. */
  setDelay(ms: number): void;
  /** Answers of the next chat requests, in order; with none queued, a chat request gets 500. */
  queueChat(...replies: ChatReply[]): void;
  /** Drops queued chat answers and recorded requests. */
  reset(): void;
  close(): Promise<void>;
}

/** Deterministic toy embedding: character codes folded into `dim` buckets. */
export function toyEmbedding(text: string, dim: number): number[] {
  const v = new Array<number>(dim).fill(0);
  for (const ch of text) v[ch.codePointAt(0)! % dim]! += 1;
  return v;
}

/** Cuts a text into `pieces` nearly equal parts, never inside a character. */
export function splitPieces(text: string, pieces: number): string[] {
  const chars = Array.from(text);
  const n = Math.max(1, Math.min(pieces, chars.length));
  const base = Math.floor(chars.length / n);
  const out: string[] = [];
  let at = 0;
  for (let i = 0; i < n; i++) {
    const size = base + (i < chars.length % n ? 1 : 0);
    out.push(chars.slice(at, at + size).join(''));
    at += size;
  }
  return out;
}

const DEFAULT_PIECES = 4;
/** Lets the chunks sent before a cut reach the client first, as on a real network. */
const CUT_AFTER_MS = 20;
let completionSeq = 0;

function completionBase(model: string) {
  return { id: `chatcmpl-fake-${++completionSeq}`, created: Math.floor(Date.now() / 1000), model, system_fingerprint: null };
}

function chunk(base: ReturnType<typeof completionBase>, delta: Record<string, unknown>, finishReason: string | null = null) {
  return `data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }] })}\n\n`;
}

/** The stream events of a reply, without the final `[DONE]`. */
function streamEvents(reply: ChatReply, model: string): string[] {
  const base = completionBase(model);
  switch (reply.kind) {
    case 'text':
    case 'cut':
    case 'stall': {
      const pieces = reply.kind === 'text' ? splitPieces(reply.text, reply.pieces ?? DEFAULT_PIECES) : splitPieces(reply.text, DEFAULT_PIECES * 2);
      return [
        chunk(base, { role: 'assistant', content: '', refusal: null }),
        ...pieces.map((p) => chunk(base, { content: p })),
        chunk(base, {}, reply.kind === 'text' ? (reply.finishReason ?? 'stop') : 'stop'),
      ];
    }
    case 'tool': {
      const id = `call_fake_${completionSeq}`;
      return [
        chunk(base, { role: 'assistant', content: null, tool_calls: [{ index: 0, id, type: 'function', function: { name: reply.name, arguments: '' } }] }),
        ...splitPieces(reply.arguments, reply.pieces ?? DEFAULT_PIECES).map((p) => chunk(base, { tool_calls: [{ index: 0, function: { arguments: p } }] })),
        chunk(base, {}, 'tool_calls'),
      ];
    }
    case 'empty':
      return [chunk(base, { role: 'assistant', content: '' }), chunk(base, {}, 'stop')];
    default:
      return [];
  }
}

function completion(reply: ChatReply & { kind: 'text' | 'tool' | 'empty' }, model: string) {
  const message = reply.kind === 'tool'
    ? { role: 'assistant', content: null, refusal: null, tool_calls: [{ id: `call_fake_${completionSeq + 1}`, type: 'function', function: { name: reply.name, arguments: reply.arguments } }] }
    : { role: 'assistant', content: reply.kind === 'text' ? reply.text : '', refusal: null };
  const finish = reply.kind === 'tool' ? 'tool_calls' : reply.kind === 'text' ? (reply.finishReason ?? 'stop') : 'stop';
  return {
    ...completionBase(model),
    object: 'chat.completion',
    choices: [{ index: 0, message, logprobs: null, finish_reason: finish }],
    usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
  };
}

function answerChat(res: ServerResponse, reply: ChatReply, body: { stream?: boolean; model?: string }): void {
  const model = body.model ?? 'fake';
  if (reply.kind === 'hang') return;
  if (reply.kind === 'status') {
    res.writeHead(reply.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { message: reply.message, type: 'server_error', code: null } }));
    return;
  }
  if (reply.kind === 'malformed') {
    res.writeHead(200, { 'content-type': body.stream ? 'text/event-stream' : 'application/json' });
    res.end(body.stream ? 'data: {"id": "chatcmpl-broken", "choices": [\n\n' : '{"id": "chatcmpl-broken", "choices": [');
    return;
  }
  if (!body.stream) {
    if (reply.kind === 'cut' || reply.kind === 'stall') {
      const whole = JSON.stringify(completion({ kind: 'text', text: reply.text }, model));
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(whole) });
      res.write(whole.slice(0, whole.length >> 1));
      if (reply.kind === 'cut') setTimeout(() => res.socket?.destroy(), CUT_AFTER_MS);
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(completion(reply, model)));
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  const events = streamEvents(reply, model);
  if (reply.kind === 'cut' || reply.kind === 'stall') {
    // The role chunk and `after` text chunks; never the finish chunk nor [DONE].
    for (const e of events.slice(0, 1 + reply.after)) res.write(e);
    if (reply.kind === 'cut') setTimeout(() => res.socket?.destroy(), CUT_AFTER_MS);
    return;
  }
  for (const e of events) res.write(e);
  res.end('data: [DONE]\n\n');
}

export async function startFakeOpenAI(options: { dimensions?: number } = {}): Promise<FakeOpenAI> {
  const dim = options.dimensions ?? 16;
  const requests: RecordedRequest[] = [];
  const failures: number[] = [];
  const chatQueue: ChatReply[] = [];
  let delay = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = raw;
      try { body = JSON.parse(raw); } catch { /* recorded as text */ }
      requests.push({ path: req.url ?? '', headers: req.headers, body });
      if (delay) await new Promise((r) => setTimeout(r, delay));
      const send = (status: number, json: unknown) => {
        if (res.destroyed) return;
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json));
      };
      const fail = failures.shift();
      if (fail) return send(fail, { error: { message: `scripted failure ${fail}`, type: 'server_error' } });
      if (req.method === 'POST' && req.url === '/v1/embeddings') {
        const { input, model } = body as { input: string[] | string; model: string };
        const inputs = Array.isArray(input) ? input : [input];
        // Real servers may return data out of order; each item carries its index.
        const data = inputs.map((t, index) => ({ object: 'embedding', index, embedding: toyEmbedding(t, dim) })).reverse();
        return send(200, { object: 'list', data, model, usage: { prompt_tokens: 0, total_tokens: 0 } });
      }
      if (req.method === 'POST' && req.url === '/v1/chat/completions') {
        const reply = chatQueue.shift() ?? chatReply.status(500, 'fake-openai: no chat reply queued');
        if (res.destroyed) return;
        return answerChat(res, reply, typeof body === 'object' && body !== null ? body : {});
      }
      send(404, { error: { message: `no route ${req.method} ${req.url}` } });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    chatRequests: () => requests.filter((r) => r.path === '/v1/chat/completions'),
    failNext: (...s) => failures.push(...s),
    setDelay: (ms) => { delay = ms; },
    queueChat: (...replies) => chatQueue.push(...replies),
    reset: () => { chatQueue.length = 0; requests.length = 0; failures.length = 0; },
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
