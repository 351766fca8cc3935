/**
 * Wires the knowledge base, engine, retriever and sessions into an assistant,
 * from options (bot/main.ts reads them from the environment).
 *
 * With a dataDir (and no fixed knowledgeDir) the runtime serves the current
 * published version under DATA_DIR/knowledge and watches its pointer: a newly
 * published or rolled-back version is loaded, indexed and wired in the
 * background, then swapped in; a turn already running finishes on the
 * version it started on. A version that fails to load leaves the one serving
 * in place, and the failure is logged and reported in `status()`.
 */
import { join } from 'node:path';
import { loadKnowledge, type KnowledgeBase } from '../../knowledge/index.ts';
import { openVersionStore, type VersionStore } from '../../knowledge/versions.ts';
import { createEligibilityEngine } from '../../eligibility/index.ts';
import { createPolicyRetriever, type EmbeddingsConfig, type Retriever } from '../../retrieval/index.ts';
import { createAssistant, type Assistant } from './assistant.ts';
import { createSqliteQuestionLog, type QuestionLog } from './question-log.ts';
import { createMemorySessionStore, createSqliteSessionStore, type SessionStore } from './session-store.ts';
import type { ExplainPrompts, LanguageModel, ModelHealth } from './model.ts';
import type { UnansweredEvent } from './types.ts';

export interface RuntimeOptions {
  /** A fixed knowledge base folder, served as it is (default: the published versions under dataDir, else the bundled one). */
  knowledgeDir?: string;
  /** Where sessions, the index, knowledge versions and the question log are kept; omit to keep everything in memory. */
  dataDir?: string;
  embeddings?: EmbeddingsConfig;
  sessionTtlMs?: number;
  log?: (message: string) => void;
  onIndexProgress?: (done: number, total: number) => void;
  today?: () => string;
  /** How often the current-version pointer is read, in ms (default 1000). */
  pollMs?: number;
  /** Keep unanswered questions in dataDir/questions.sqlite (default: on when there is a dataDir). */
  questionLog?: boolean;
  /** The knowledge base the release brings, recorded as the first version (default: the bundled knowledge/). */
  bundledKnowledgeDir?: string;
  /** A language model for understanding and explanations (bot/main.ts builds it with createOpenAIModel); omit for template mode. */
  model?: LanguageModel;
  /** The prompts of an explanation (bot/llm's `explainPrompts`); required with a model. */
  explainPrompts?: ExplainPrompts;
  /** The model time of one turn, in ms (LLM_TIMEOUT_MS). */
  modelTimeoutMs?: number;
}

/** The model as /healthz shows it: a failing model is not a failing service. */
export interface ModelStatus extends ModelHealth {
  model: string;
}

/** What is serving, for /healthz and /api/info. */
export interface RuntimeStatus {
  /** The knowledge version answering now. */
  version: string;
  /** ISO time it started serving. */
  since: string;
  /** Whether it is the current published version (false while a new one is built, or when the current one failed). */
  current: boolean;
  /** Damage found at start and a failed switch, each naming what is at fault. */
  problems: string[];
}

export interface Runtime {
  /** The knowledge base serving now; changes when a new version is swapped in. */
  readonly kb: KnowledgeBase;
  readonly retriever: Retriever;
  readonly sessions: SessionStore;
  /** Answers each turn from the version serving when the turn starts. */
  readonly assistant: Assistant;
  /** Published versions, when served from dataDir; null for a fixed or in-memory knowledge base. */
  readonly versions: VersionStore | null;
  /** Unanswered questions for staff; null when off or without a dataDir. */
  readonly questions: QuestionLog | null;
  status(): RuntimeStatus;
  /** The model's name and circuit state; null in template mode. */
  modelStatus(): ModelStatus | null;
  /** Reads the current-version pointer now and swaps when it moved; resolves with the version serving. */
  refresh(): Promise<string>;
  close(): void;
}

interface Serving {
  kb: KnowledgeBase;
  retriever: Retriever;
  assistant: Assistant;
  since: string;
}

const firstLine = (e: unknown) => (e instanceof Error ? e.message : String(e));

export async function createRuntime(options: RuntimeOptions = {}): Promise<Runtime> {
  if (options.model && !options.explainPrompts) throw new Error('core: a model needs explainPrompts (bot/llm exports them)');
  const log = options.log ?? (() => {});
  const ttlMs = options.sessionTtlMs ?? 2 * 60 * 60 * 1000;
  const sessions = options.dataDir ? createSqliteSessionStore(join(options.dataDir, 'sessions.sqlite'), { ttlMs }) : createMemorySessionStore({ ttlMs });
  const startProblems: string[] = [];
  const report = (p: string) => {
    startProblems.push(p);
    log(p);
  };

  const questions =
    options.dataDir && options.questionLog !== false
      ? createSqliteQuestionLog(join(options.dataDir, 'questions.sqlite'), { onError: (e) => log(`questions: could not keep unanswered questions: ${firstLine(e)}`) })
      : null;
  if (questions?.problem) report(`questions: ${questions.problem}`);
  const onUnanswered = questions
    ? (event: UnansweredEvent) => {
        try {
          questions.record(event);
        } catch (e) {
          log(`questions: could not keep an unanswered question: ${firstLine(e)}`);
        }
      }
    : undefined;

  async function build(kb: KnowledgeBase): Promise<Serving> {
    const engine = createEligibilityEngine(kb);
    const retriever = await createPolicyRetriever(kb, {
      ...(options.embeddings ? { embeddings: options.embeddings } : {}),
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      log,
      ...(options.onIndexProgress ? { onProgress: options.onIndexProgress } : {}),
    });
    const assistant = createAssistant({
      kb,
      engine,
      retriever,
      sessions,
      ...(options.today ? { today: options.today } : {}),
      ...(onUnanswered ? { onUnanswered } : {}),
      ...(options.model ? { model: options.model, explainPrompts: options.explainPrompts!, log } : {}),
      ...(options.modelTimeoutMs !== undefined ? { modelTimeoutMs: options.modelTimeoutMs } : {}),
    });
    return { kb, retriever, assistant, since: new Date().toISOString() };
  }

  const versioned = Boolean(options.dataDir) && !options.knowledgeDir;
  let versions: VersionStore | null = null;
  let serving: Serving;
  /** The pointer (version@entry) that failed to load, so it is not retried every poll. */
  let failed: { key: string; problem: string } | null = null;

  if (!versioned) {
    serving = await build(loadKnowledge(options.knowledgeDir));
  } else {
    versions = await openVersionStore({ dataDir: options.dataDir!, ...(options.bundledKnowledgeDir ? { bundledDir: options.bundledKnowledgeDir } : {}) });
    for (const p of versions.problems) report(p);
    for (const p of versions.check()) report(p);
    const store = versions;
    const pointer = store.current();
    // The current version, else the last good one the history names, else the bundled folder itself.
    const candidates = [...new Set([...(pointer ? [pointer.version] : []), ...(await store.history()).map((e) => e.version)])];
    let found: Serving | undefined;
    for (const version of candidates) {
      try {
        found = await build(store.load(version));
        break;
      } catch (e) {
        report(`knowledge: version ${version} cannot be served: ${firstLine(e)}`);
      }
    }
    if (!found) {
      const dir = options.bundledKnowledgeDir;
      report(`knowledge: no stored version can be served; serving the bundled knowledge base ${dir ?? 'knowledge/'}`);
      found = await build(loadKnowledge(dir));
    }
    serving = found;
    if (pointer && serving.kb.version !== pointer.version) {
      failed = { key: `${pointer.version}@${pointer.seq}`, problem: `knowledge: the current version ${pointer.version} cannot be served; serving ${serving.kb.version}, the last good version` };
      log(failed.problem);
    }
  }

  let refreshing: Promise<string> | null = null;
  let pointerUnreadable = false;
  async function refresh(): Promise<string> {
    if (!versions) return serving.kb.version;
    if (refreshing) return refreshing;
    const store = versions;
    refreshing = (async () => {
      // The pointer may move again while a version is built: follow it until it rests.
      for (;;) {
        const pointer = store.current();
        if (!pointer) {
          if (!pointerUnreadable) log(`knowledge: ${store.root}/current.json cannot be read; still serving ${serving.kb.version}`);
          pointerUnreadable = true;
          break;
        }
        pointerUnreadable = false;
        const key = `${pointer.version}@${pointer.seq}`;
        if (pointer.version === serving.kb.version) {
          failed = null;
          break;
        }
        if (failed?.key === key) break;
        const started = Date.now();
        try {
          const next = await build(store.load(pointer.version));
          const was = serving.kb.version;
          serving = next;
          failed = null;
          log(`knowledge: now serving version ${next.kb.version} (was ${was}; loaded and indexed in ${Date.now() - started} ms)`);
        } catch (e) {
          failed = { key, problem: `knowledge: could not switch to version ${pointer.version}: ${firstLine(e)}; still serving ${serving.kb.version}` };
          log(failed.problem);
          break;
        }
      }
      return serving.kb.version;
    })().finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  const timer = versions
    ? setInterval(() => {
        refresh().catch((e: unknown) => log(`knowledge: checking for a new version failed: ${firstLine(e)}`));
      }, options.pollMs ?? 1000)
    : null;
  timer?.unref();

  return {
    get kb() {
      return serving.kb;
    },
    get retriever() {
      return serving.retriever;
    },
    sessions,
    // The version is chosen once, when the turn starts; a swap meanwhile does not touch it.
    assistant: { chat: (request, chatOptions) => serving.assistant.chat(request, chatOptions) },
    versions,
    questions,
    status: () => ({
      version: serving.kb.version,
      since: serving.since,
      current: !versions || versions.current()?.version === serving.kb.version,
      problems: [...startProblems, ...(failed ? [failed.problem] : [])],
    }),
    modelStatus: () => (options.model ? { model: options.model.model, ...options.model.health() } : null),
    refresh,
    close() {
      if (timer) clearInterval(timer);
      sessions.close();
      questions?.close();
      versions?.close();
    },
  };
}
