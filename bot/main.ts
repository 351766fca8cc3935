/**
 * Entry point of `npm start` and `npm run serve:prod`: the only place that
 * reads environment variables. Checks DATA_DIR, loads the knowledge base,
 * builds or loads the index under DATA_DIR, serves the web chat, and on
 * SIGTERM or SIGINT stops accepting, finishes requests in flight and closes
 * the database.
 */
import { resolve } from 'node:path';
import { createRuntime, type LanguageModel } from './core/index.ts';
import { checkDataDir } from './core/data-dir.ts';
import { createHealthCheck } from './core/health.ts';
import { createOpenAIModel, explainPrompts } from './llm/index.ts';
import type { EmbeddingsConfig } from '../retrieval/index.ts';
import { closeGracefully, createWebServer, listen, measureTexts, WEB_DEFAULTS } from './web/server.ts';
import { createAdminHandler } from './web/admin.ts';
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
  /** Switches on the web admin page /admin; null: off. */
  adminToken: string | null;
  /** Keep unanswered questions for bureau staff (QUESTION_LOG=off: no). */
  questionLog: boolean;
  /** An OpenAI-compatible chat model (OPENAI_API_KEY set); null: template mode. */
  llm: LlmConfig | null;
  web: {
    headersTimeoutMs: number;
    bodyTimeoutMs: number;
    keepAliveTimeoutMs: number;
    maxConnectionsPerClient: number;
    /** Unset: the server's default (the listen address, localhost, 127.0.0.1 and [::1], with the port). */
    allowedHosts?: string[];
  };
  /** How long requests in flight may take to finish after SIGTERM or SIGINT. */
  shutdownTimeoutMs: number;
}

export interface LlmConfig {
  baseURL: string;
  apiKey: string;
  model: string;
  /** One call's deadline, and the model time of one turn. */
  timeoutMs: number;
}

export const DEFAULT_OPENAI_BASE_URL = 'https://api.openai.com/v1';
export const DEFAULT_LLM_TIMEOUT_MS = 8000;
/** Shorter than this, no model answers; longer, a user waits too long for the template answer: both are typing errors. */
export const MIN_LLM_TIMEOUT_MS = 500;
export const MAX_LLM_TIMEOUT_MS = 120_000;

/** The shortest ADMIN_TOKEN accepted: it is the only key to the admin page. */
export const ADMIN_TOKEN_MIN_CHARS = 16;

/** A duration in seconds (decimals allowed), as milliseconds. */
function seconds(env: NodeJS.ProcessEnv, variable: string, fallbackMs: number): number {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallbackMs;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0 || n > 3600) throw new ConfigError(variable, `«${raw}» is not a number of seconds (greater than 0, at most 3600)`);
  return Math.round(n * 1000);
}

const hostPattern = /^(\*|\[[0-9a-f:.]+\](:\d{1,5})?|[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?)$/i;

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
  let maxConnectionsPerClient = WEB_DEFAULTS.maxConnectionsPerClient;
  if (env.MAX_CONNECTIONS_PER_CLIENT !== undefined && env.MAX_CONNECTIONS_PER_CLIENT !== '') {
    maxConnectionsPerClient = Number(env.MAX_CONNECTIONS_PER_CLIENT);
    if (!Number.isInteger(maxConnectionsPerClient) || maxConnectionsPerClient < 0) {
      throw new ConfigError('MAX_CONNECTIONS_PER_CLIENT', `«${env.MAX_CONNECTIONS_PER_CLIENT}» is not a whole number (0 switches the cap off)`);
    }
  }
  let allowedHosts: string[] | undefined;
  if (env.ALLOWED_HOSTS !== undefined && env.ALLOWED_HOSTS.trim() !== '') {
    allowedHosts = env.ALLOWED_HOSTS.split(',').map((h) => h.trim()).filter(Boolean);
    const bad = allowedHosts.find((h) => !hostPattern.test(h));
    if (bad !== undefined) throw new ConfigError('ALLOWED_HOSTS', `«${bad}» is not a host name or host:port (comma-separated, for example chat.example.org,localhost:3000; * accepts any)`);
  }
  const headersTimeoutMs = seconds(env, 'HEADERS_TIMEOUT_SECONDS', WEB_DEFAULTS.headersTimeoutMs);
  const web = {
    headersTimeoutMs,
    bodyTimeoutMs: seconds(env, 'BODY_TIMEOUT_SECONDS', WEB_DEFAULTS.bodyTimeoutMs),
    keepAliveTimeoutMs: seconds(env, 'KEEP_ALIVE_TIMEOUT_SECONDS', WEB_DEFAULTS.keepAliveTimeoutMs),
    maxConnectionsPerClient,
    ...(allowedHosts ? { allowedHosts } : {}),
  };
  const adminToken = env.ADMIN_TOKEN ? env.ADMIN_TOKEN : null;
  if (adminToken !== null && adminToken.length < ADMIN_TOKEN_MIN_CHARS) {
    throw new ConfigError('ADMIN_TOKEN', `is ${adminToken.length} characters; use at least ${ADMIN_TOKEN_MIN_CHARS} random ones (for example: openssl rand -hex 24)`);
  }
  const llm = readLlmConfig(env);
  const questionLogSetting = (env.QUESTION_LOG || 'on').toLowerCase();
  if (questionLogSetting !== 'on' && questionLogSetting !== 'off') throw new ConfigError('QUESTION_LOG', `«${env.QUESTION_LOG}» is not on or off`);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dataDir: resolve(env.DATA_DIR || './data'),
    embeddings,
    adminToken,
    questionLog: questionLogSetting === 'on',
    llm,
    web,
    shutdownTimeoutMs: seconds(env, 'SHUTDOWN_TIMEOUT_SECONDS', 10_000),
  };
}

/** A start-up fault as one line that names the file and says what to do. */
export function describeStartError(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const sys = e as NodeJS.ErrnoException;
  if (!sys.code || !sys.path) return e.message;
  const user = process.getuid ? `the user running the server (uid ${process.getuid()})` : 'the user running the server';
  const fix: Record<string, string> = {
    EISDIR: 'a folder stands where a file should be: move it away',
    ENOTDIR: 'a file stands where a folder should be: move it away',
    EACCES: `make it writable by ${user}`,
    EPERM: `make it writable by ${user}`,
    EROFS: 'it is on a read-only file system: point DATA_DIR at a writable one',
    ENOSPC: 'the disk is full: free some space',
    ENOENT: 'a folder on the way is missing: create it',
  };
  return `start: ${sys.syscall ?? 'access'} ${sys.path} failed (${sys.code}); ${fix[sys.code] ?? 'check the file and its folder'}`;
}

/** OPENAI_API_KEY switches the model on; LLM_MODEL then names it. Without a key nothing here is read. */
function readLlmConfig(env: NodeJS.ProcessEnv): LlmConfig | null {
  if (!env.OPENAI_API_KEY) return null;
  if (!env.LLM_MODEL) throw new ConfigError('LLM_MODEL', 'is required when OPENAI_API_KEY is set (for example gpt-4o-mini, deepseek-chat, qwen-plus)');
  const baseURL = env.OPENAI_BASE_URL || DEFAULT_OPENAI_BASE_URL;
  let url: URL | null = null;
  try {
    url = new URL(baseURL);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new ConfigError('OPENAI_BASE_URL', `«${baseURL}» is not an http(s) URL (for example https://api.deepseek.com/v1)`);
  }
  const raw = env.LLM_TIMEOUT_MS;
  const timeoutMs = raw === undefined || raw === '' ? DEFAULT_LLM_TIMEOUT_MS : Number(raw);
  if (!Number.isInteger(timeoutMs) || timeoutMs < MIN_LLM_TIMEOUT_MS || timeoutMs > MAX_LLM_TIMEOUT_MS) {
    throw new ConfigError('LLM_TIMEOUT_MS', `«${raw}» is not a whole number of milliseconds from ${MIN_LLM_TIMEOUT_MS} to ${MAX_LLM_TIMEOUT_MS}`);
  }
  return { baseURL, apiKey: env.OPENAI_API_KEY, model: env.LLM_MODEL, timeoutMs };
}

/** The model of a configuration, or nothing in template mode. */
export function modelOf(config: Config): { model?: LanguageModel; explainPrompts?: typeof explainPrompts; modelTimeoutMs?: number } {
  if (!config.llm) return {};
  const { baseURL, apiKey, model, timeoutMs } = config.llm;
  return { model: createOpenAIModel({ baseURL, apiKey, model, timeoutMs }), explainPrompts, modelTimeoutMs: timeoutMs };
}

async function serve() {
  const config = readConfig(process.env);
  checkDataDir(config.dataDir);
  let shown = 0;
  const runtime = await createRuntime({
    dataDir: config.dataDir,
    embeddings: config.embeddings,
    questionLog: config.questionLog,
    ...modelOf(config),
    log: (m) => console.log(m),
    onIndexProgress: (done, total) => {
      if (total >= 1000 && (done - shown >= total / 10 || done === total)) {
        shown = done;
        console.log(`building the index: ${done}/${total} clauses`);
      }
    },
  });
  // The knowledge base, retriever and status are read per request: a published version swaps them.
  const health = createHealthCheck(() => runtime);
  const server = createWebServer({
    assistant: runtime.assistant,
    onError: (e) => console.error('web: unexpected error', e),
    log: (line) => console.warn(line),
    measures: () => measureTexts(runtime.kb),
    info: () => {
      const { document } = runtime.kb;
      return { title: document.title, validity: { from: document.validity.from, to: document.validity.to }, knowledgeVersion: runtime.kb.version, model: config.llm !== null };
    },
    health: async () => ({
      ...(await health()),
      knowledgeVersion: runtime.kb.version,
      knowledge: runtime.status(),
      index: runtime.retriever.manifest.builtAt,
      clauses: runtime.retriever.chunks.length,
      model: runtime.modelStatus(),
    }),
    ...config.web,
    ...(config.adminToken
      ? {
          admin: createAdminHandler({
            token: config.adminToken,
            knowledge: runtime.versions,
            questions: runtime.questions,
            status: () => runtime.status(),
            log: (m) => console.log(m),
          }),
        }
      : {}),
  });
  const address = await listen(server, config.port, config.host);
  const { kb, retriever } = runtime;
  console.log(`${kb.document.title}（${kb.document.validity.from} 至 ${kb.document.validity.to}），知识库版本 ${kb.version}`);
  console.log(`index: ${retriever.origin} (${retriever.chunks.length} clauses, ${retriever.manifest.embedder.split(':')[0]}), data in ${config.dataDir}`);
  const mode = config.llm ? `model ${config.llm.model} at ${config.llm.baseURL}, every figure checked by the number guard` : 'template; set OPENAI_API_KEY and LLM_MODEL for a model';
  console.log(`web chat: http://${address.address}:${address.port}/  (mode: ${mode})`);
  if (config.adminToken) console.log(`admin page: http://${address.address}:${address.port}/admin`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      console.log(`${signal} again: stopping now`);
      process.exit(1);
    }
    stopping = true;
    console.log(`${signal}: accepting no more connections; finishing requests in flight (at most ${config.shutdownTimeoutMs / 1000} s)`);
    const finished = await closeGracefully(server, config.shutdownTimeoutMs);
    runtime.close();
    console.log(finished ? 'stopped' : 'stopped; requests still running at the deadline were cut off');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/** `tsx bot/main.ts [serve | ask … | chat]`: npm start, npm run ask and npm run chat. */
async function main(argv: string[]) {
  const [command = 'serve', ...rest] = argv;
  const runtime = async () => {
    const config = readConfig(process.env);
    return createRuntime({ dataDir: config.dataDir, embeddings: config.embeddings, questionLog: config.questionLog, ...modelOf(config), log: (m) => console.error(m) });
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
    console.error(describeStartError(e));
    process.exit(1);
  });
}
