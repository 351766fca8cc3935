/** Starts the real web server on a free loopback port, over an in-memory runtime. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { createRuntime, type Runtime } from '../../bot/core/index.ts';
import { createHealthCheck } from '../../bot/core/health.ts';
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

type EdgeOptions = Pick<WebServerOptions, 'maxBodyBytes' | 'headersTimeoutMs' | 'bodyTimeoutMs' | 'keepAliveTimeoutMs' | 'maxConnectionsPerClient' | 'allowedHosts'>;

export async function startTestServer(options: { today?: string; sqlite?: boolean } & EdgeOptions = {}): Promise<TestServer> {
  const dataDir = options.sqlite ? mkdtempSync(join(tmpdir(), 'cg-data-')) : undefined;
  const runtime = await createRuntime({ today: () => options.today ?? '2026-06-01', ...(dataDir ? { dataDir } : {}) });
  const { today: _today, sqlite: _sqlite, ...edge } = options;
  const health = createHealthCheck(() => runtime);
  const logs: string[] = [];
  const server = createWebServer({
    assistant: runtime.assistant,
    ...edge,
    log: (line) => logs.push(line),
    info: () => ({ title: runtime.kb.document.title, validity: { from: runtime.kb.document.validity.from, to: runtime.kb.document.validity.to }, knowledgeVersion: runtime.kb.version }),
    measures: () => measureTexts(runtime.kb),
    health: async () => ({ ...(await health()), knowledgeVersion: runtime.kb.version }),
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
