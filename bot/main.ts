/**
 * Entry point of `npm start`: the only place that reads environment
 * variables. Loads the knowledge base, builds or loads the index under
 * DATA_DIR, and serves the web chat.
 */
import { resolve } from 'node:path';
import { createRuntime } from './core/index.ts';
import type { EmbeddingsConfig } from '../retrieval/index.ts';
import { createWebServer, listen, measureTexts } from './web/server.ts';
import { runAsk } from './cli/ask.ts';
import { runChat } from './cli/chat.ts';

export class ConfigError extends Error {
  constructor(variable: string, message: string) {
    super(`config: ${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  embeddings: EmbeddingsConfig;
}

/** Parses the environment once; every fault names the variable. */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError('PORT', `«${env.PORT}» is not a port number (0–65535)`);
  const kind = env.EMBEDDINGS || 'local';
  let embeddings: EmbeddingsConfig;
  if (kind === 'local') embeddings = { kind: 'local' };
  else if (kind === 'openai') {
    if (!env.EMBEDDINGS_MODEL) throw new ConfigError('EMBEDDINGS_MODEL', 'is required when EMBEDDINGS=openai (for example bge-m3)');
    embeddings = {
      kind: 'openai',
      baseURL: env.OPENAI_BASE_URL || 'https://api.openai.com/v1',
      model: env.EMBEDDINGS_MODEL,
      ...(env.OPENAI_API_KEY ? { apiKey: env.OPENAI_API_KEY } : {}),
    };
  } else throw new ConfigError('EMBEDDINGS', `«${kind}» is not supported; use local or openai`);
  return { port, host: env.HOST || '127.0.0.1', dataDir: resolve(env.DATA_DIR || './data'), embeddings };
}

async function serve() {
  const config = readConfig(process.env);
  let shown = 0;
  const runtime = await createRuntime({
    dataDir: config.dataDir,
    embeddings: config.embeddings,
    log: (m) => console.log(m),
    onIndexProgress: (done, total) => {
      if (total >= 1000 && (done - shown >= total / 10 || done === total)) {
        shown = done;
        console.log(`building the index: ${done}/${total} clauses`);
      }
    },
  });
  const { kb, retriever } = runtime;
  const server = createWebServer({
    assistant: runtime.assistant,
    onError: (e) => console.error('web: unexpected error', e),
    info: { title: kb.document.title, validity: { from: kb.document.validity.from, to: kb.document.validity.to } },
    measures: () => measureTexts(kb),
    health: () => ({ knowledgeVersion: kb.version, index: retriever.manifest.builtAt, clauses: retriever.chunks.length }),
  });
  const address = await listen(server, config.port, config.host);
  console.log(`${kb.document.title}（${kb.document.validity.from} 至 ${kb.document.validity.to}），知识库版本 ${kb.version}`);
  console.log(`index: ${retriever.origin} (${retriever.chunks.length} clauses, ${retriever.manifest.embedder.split(':')[0]}), data in ${config.dataDir}`);
  console.log(`web chat: http://${address.address}:${address.port}/  (mode: template; set OPENAI_API_KEY for a model)`);
  const stop = () => {
    server.close();
    server.closeAllConnections();
    runtime.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** `tsx bot/main.ts [serve | ask … | chat]`: npm start, npm run ask and npm run chat. */
async function main(argv: string[]) {
  const [command = 'serve', ...rest] = argv;
  const runtime = async () => {
    const config = readConfig(process.env);
    return createRuntime({ dataDir: config.dataDir, embeddings: config.embeddings, log: (m) => console.error(m) });
  };
  if (command === 'serve') return serve();
  if (command === 'ask') {
    let rt: Awaited<ReturnType<typeof runtime>> | undefined;
    const code = await runAsk(rest, async () => (rt = await runtime()).assistant);
    rt?.close();
    process.exitCode = code;
    return;
  }
  if (command === 'chat') {
    const rt = await runtime();
    await runChat(rt.assistant);
    rt.close();
    return;
  }
  console.error(`unknown command ${command}; use serve, ask or chat`);
  process.exitCode = 2;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
