/** Starts the real web server on a free loopback port, over an in-memory runtime. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { createRuntime, type LanguageModel, type Runtime } from '../../bot/core/index.ts';
import { createHealthCheck } from '../../bot/core/health.ts';
import { explainPrompts } from '../../bot/llm/index.ts';
import { closeGracefully, createWebServer, listen, measureTexts, type WebServerOptions } from '../../bot/web/server.ts';

export interface TestServer {
  url: string;
  port: number;
  runtime: Runtime;
  server: Server;
  /** The quiet lines the server logged. */
  logs: string[];
  close(): Promise<void>;
}

type EdgeOptions = Pick<WebServerOptions, 'maxBodyBytes' | 'headersTimeoutMs' | 'bodyTimeoutMs' | 'keepAliveTimeoutMs' | 'maxConnectionsPerClient' | 'allowedHosts' | 'routes'>;

export interface TestServerOptions extends EdgeOptions {
  today?: string;
  sqlite?: boolean;
  /** A language model (on the loopback fake): understanding and explanations behind the number guard. */
  model?: LanguageModel;
  /** The model time of one turn (LLM_TIMEOUT_MS). */
  modelTimeoutMs?: number;
  log?: (message: string) => void;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = options.sqlite ? mkdtempSync(join(tmpdir(), 'cg-data-')) : undefined;
  const runtime = await createRuntime({
    today: () => options.today ?? '2026-06-01',
    ...(dataDir ? { dataDir } : {}),
    ...(options.model ? { model: options.model, explainPrompts } : {}),
    ...(options.modelTimeoutMs !== undefined ? { modelTimeoutMs: options.modelTimeoutMs } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  const { today: _today, sqlite: _sqlite, model: _model, modelTimeoutMs: _modelTimeoutMs, log: _log, ...edge } = options;
  const health = createHealthCheck(() => runtime);
  const logs: string[] = [];
  const server = createWebServer({
    assistant: runtime.assistant,
    ...edge,
    log: (line) => logs.push(line),
    info: () => ({ title: runtime.kb.document.title, validity: { from: runtime.kb.document.validity.from, to: runtime.kb.document.validity.to }, knowledgeVersion: runtime.kb.version, model: Boolean(options.model) }),
    measures: () => measureTexts(runtime.kb),
    health: async () => ({ ...(await health()), knowledgeVersion: runtime.kb.version, model: runtime.modelStatus() }),
  });
  const address = await listen(server, 0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${address.port}`,
    port: address.port,
    runtime,
    server,
    logs,
    close: async () => {
      await closeGracefully(server, 0);
      runtime.close();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function postChat(url: string, body: unknown, init: { raw?: string; contentType?: string } = {}) {
  const res = await fetch(`${url}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': init.contentType ?? 'application/json' },
    body: init.raw ?? JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, json: (await res.json()) as Record<string, any> };
}

/** One turn over POST /api/chat/stream: the events in order, and the final JSON. */
export interface StreamedChat {
  status: number;
  headers: Headers;
  events: { event: string; data: any }[];
  /** The `final` event's data (the /api/chat JSON); for an error status, the JSON body. */
  json: Record<string, any>;
}

export async function postChatStream(url: string, body: unknown): Promise<StreamedChat> {
  const res = await fetch(`${url}/api/chat/stream`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!(res.headers.get('content-type') ?? '').startsWith('text/event-stream')) return { status: res.status, headers: res.headers, events: [], json: (await res.json()) as Record<string, any> };
  const text = await res.text();
  const events = text.split('\n\n').filter((b) => b.trim() !== '').map((block) => {
    const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
    const data = block.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
    return { event, data: JSON.parse(data) as any };
  });
  const final = events.find((e) => e.event === 'final');
  return { status: res.status, headers: res.headers, events, json: (final?.data ?? {}) as Record<string, any> };
}
