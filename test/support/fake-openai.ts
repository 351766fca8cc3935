/**
 * A loopback fake of an OpenAI-compatible API speaking the real wire protocol
 * (POST /v1/embeddings for now). Tests script its faults and read what it got.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface FakeOpenAI {
  baseURL: string;
  requests: RecordedRequest[];
  /** Answer the next requests with these statuses (then behave normally). */
  failNext(...statuses: number[]): void;
  /** Delay every answer by this many milliseconds. */
  setDelay(ms: number): void;
  close(): Promise<void>;
}

/** Deterministic toy embedding: character codes folded into `dim` buckets. */
export function toyEmbedding(text: string, dim: number): number[] {
  const v = new Array<number>(dim).fill(0);
  for (const ch of text) v[ch.codePointAt(0)! % dim]! += 1;
  return v;
}

export async function startFakeOpenAI(options: { dimensions?: number } = {}): Promise<FakeOpenAI> {
  const dim = options.dimensions ?? 16;
  const requests: RecordedRequest[] = [];
  const failures: number[] = [];
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
      send(404, { error: { message: `no route ${req.method} ${req.url}` } });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    failNext: (...s) => failures.push(...s),
    setDelay: (ms) => { delay = ms; },
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
