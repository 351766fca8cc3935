/** Starts the real web server on a free loopback port, over an in-memory runtime. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRuntime, type Runtime } from '../../bot/core/index.ts';
import { createWebServer, listen, measureTexts } from '../../bot/web/server.ts';

export interface TestServer {
  url: string;
  runtime: Runtime;
  close(): Promise<void>;
}

export async function startTestServer(options: { today?: string; sqlite?: boolean; maxBodyBytes?: number } = {}): Promise<TestServer> {
  const dataDir = options.sqlite ? mkdtempSync(join(tmpdir(), 'cg-data-')) : undefined;
  const runtime = await createRuntime({ today: () => options.today ?? '2026-06-01', ...(dataDir ? { dataDir } : {}) });
  const server = createWebServer({
    assistant: runtime.assistant,
    ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
    info: () => ({ title: runtime.kb.document.title, validity: { from: runtime.kb.document.validity.from, to: runtime.kb.document.validity.to }, knowledgeVersion: runtime.kb.version }),
    measures: () => measureTexts(runtime.kb),
    health: () => ({ knowledgeVersion: runtime.kb.version }),
  });
  const address = await listen(server, 0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${address.port}`,
    runtime,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          runtime.close();
          if (dataDir) rmSync(dataDir, { recursive: true, force: true });
          resolve();
        });
      }),
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
