/**
 * Entry point of `npm start` and `npm run serve:prod`: the only place that
 * reads environment variables. Checks DATA_DIR, loads the knowledge base,
 * builds or loads the index under DATA_DIR, serves the web chat, runs the
 * Telegram bot beside it when TELEGRAM_BOT_TOKEN is set, and on SIGTERM or
 * SIGINT stops accepting, finishes requests in flight and closes the
 * databases.
 */
import { createHmac } from 'node:crypto';
import { join, resolve } from 'node:path';
import { createRuntime, type LanguageModel, type Runtime } from './core/index.ts';
import { checkDataDir } from './core/data-dir.ts';
import { createHealthCheck } from './core/health.ts';
import { createOpenAIModel, explainPrompts } from './llm/index.ts';
import type { EmbeddingsConfig } from '../retrieval/index.ts';
import { formatDiff } from '../knowledge/diff.ts';
import { openCheckedDatabase } from '../knowledge/sqlite.ts';
import type { VersionStore } from '../knowledge/versions.ts';
import { closeGracefully, createWebServer, listen, measureTexts, WEB_DEFAULTS } from './web/server.ts';
import { createAdminHandler } from './web/admin.ts';
import { unpackZip } from './web/zip.ts';
import { createBot, createSqliteChatStorage, startTelegram, type BotDeps, type KnowledgeAdmin, type TelegramService } from './telegram/index.ts';
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
  /** The Telegram bot; null without TELEGRAM_BOT_TOKEN. */
  telegram: TelegramConfig | null;
}

export interface TelegramConfig {
  token: string;
  /** TELEGRAM_API_ROOT: another Bot API server (self-hosted, or a test one); null: Telegram's. */
  apiRoot: string | null;
  /** ADMIN_TELEGRAM_IDS: user ids allowed to run /kb_ commands. */
  adminIds: number[];
  /** Webhook mode (TELEGRAM_WEBHOOK_URL); null: long polling. */
  webhook: { url: string; /** The path the web server answers it on. */ path: string; secretToken: string } | null;
}

/** Paths of the web server a webhook may not take. */
const RESERVED_PATHS = /^\/(api|admin|healthz|index\.html|app\.js|format\.js|style\.css)?(\/|$)/;

function httpUrl(variable: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(variable, `«${value}» is not a URL (for example https://api.telegram.org)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(variable, `«${value}» is not an http(s) URL`);
  return url;
}

/** The Telegram settings; null when TELEGRAM_BOT_TOKEN is unset (the other TELEGRAM_ settings are then unused). */
export function readTelegramConfig(env: NodeJS.ProcessEnv): TelegramConfig | null {
  const token = (env.TELEGRAM_BOT_TOKEN ?? '').trim();
  if (!token) return null;
  // The token's form is not checked here: the Bot API is asked at start, and a refused token is reported without stopping the web server.
  let apiRoot: string | null = null;
  if (env.TELEGRAM_API_ROOT) apiRoot = httpUrl('TELEGRAM_API_ROOT', env.TELEGRAM_API_ROOT).toString().replace(/\/+$/, '');
  const adminIds: number[] = [];
  for (const part of (env.ADMIN_TELEGRAM_IDS ?? '').split(/[\s,]+/).filter(Boolean)) {
    const id = Number(part);
    if (!/^\d+$/.test(part) || !Number.isSafeInteger(id) || id <= 0) {
      throw new ConfigError('ADMIN_TELEGRAM_IDS', `«${part}» is not a Telegram user id (digits only, comma-separated; a user sees theirs with @userinfobot)`);
    }
    adminIds.push(id);
  }
  let webhook: TelegramConfig['webhook'] = null;
  if (env.TELEGRAM_WEBHOOK_URL) {
    const url = httpUrl('TELEGRAM_WEBHOOK_URL', env.TELEGRAM_WEBHOOK_URL);
    if (RESERVED_PATHS.test(url.pathname)) {
      throw new ConfigError('TELEGRAM_WEBHOOK_URL', `the path «${url.pathname}» is taken by the web chat; use one of its own, for example https://example.org/telegram/webhook`);
    }
    const secret = env.TELEGRAM_WEBHOOK_SECRET;
    if (secret !== undefined && secret !== '' && !/^[A-Za-z0-9_-]{1,256}$/.test(secret)) {
      throw new ConfigError('TELEGRAM_WEBHOOK_SECRET', 'use 1–256 characters A–Z, a–z, 0–9, _ and - (Telegram allows no others)');
    }
    // Derived from the token unless given, so every process behind a load balancer checks the same one.
    const secretToken = secret || createHmac('sha256', token).update('chengguo-zhuanhua telegram webhook').digest('base64url');
    webhook = { url: url.toString(), path: url.pathname, secretToken };
  }
  return { token, apiRoot, adminIds, webhook };
}

/** The version store as the bot's /kb_ commands use it: the readable diff as lines, zips unpacked as the admin page does. */
export function telegramKnowledge(store: VersionStore): KnowledgeAdmin {
  return {
    history: () => store.history(),
    preview(dir) {
      const p = store.preview(dir);
      return p.ok ? { ok: true, base: p.base, version: p.version, changed: p.diff.changed, summary: p.diff.summary, lines: formatDiff(p.diff) } : p;
    },
    publish: (dir, options) => store.publish(dir, options),
    rollback: (version, options) => store.rollback(version, options),
    unpack: (data, dir) => void unpackZip(data, dir),
  };
}

/** What createBot needs, from the runtime and the Telegram settings. */
export function telegramDeps(runtime: Runtime, telegram: TelegramConfig, extra: Partial<BotDeps> = {}): BotDeps {
  return {
    token: telegram.token,
    ...(telegram.apiRoot ? { apiRoot: telegram.apiRoot } : {}),
    assistant: runtime.assistant,
    kb: () => runtime.kb,
    admin: {
      ids: telegram.adminIds,
      knowledge: runtime.versions ? telegramKnowledge(runtime.versions) : null,
      status: () => ({ ...runtime.status(), clauses: runtime.retriever.chunks.length }),
      refresh: () => runtime.refresh(),
    },
    ...extra,
  };
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
    telegram: readTelegramConfig(env),
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
  let telegram: TelegramService | null = null;
  let closeChats = () => {};
  if (config.telegram) {
    const tg = config.telegram;
    const chats = openCheckedDatabase(join(config.dataDir, 'telegram.sqlite'));
    if (chats.problem) console.log(`telegram: ${chats.problem}`);
    closeChats = () => chats.db.close();
    const log = (m: string) => console.log(m);
    const bot = createBot(telegramDeps(runtime, tg, { storage: createSqliteChatStorage(chats.db), log }));
    telegram = startTelegram(bot, { ...(tg.webhook ? { webhook: { url: tg.webhook.url, secretToken: tg.webhook.secretToken } } : {}), adminIds: tg.adminIds, log });
    console.log(`telegram: starting (${tg.webhook ? `webhook at ${tg.webhook.url}` : 'long polling'}, Bot API ${tg.apiRoot ?? 'https://api.telegram.org'}, ${tg.adminIds.length} admin(s))`);
  }
  // The knowledge base, retriever and status are read per request: a published version swaps them.
  const health = createHealthCheck(() => runtime);
  const server = createWebServer({
    ...(telegram?.handleWebhook && config.telegram?.webhook ? { routes: [{ path: config.telegram.webhook.path, handle: telegram.handleWebhook }] } : {}),
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
    // Let the bot finish the updates in hand, but not for long.
    if (telegram) await Promise.race([telegram.stop().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
    closeChats();
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
