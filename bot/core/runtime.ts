/**
 * Wires the knowledge base, engine, retriever and sessions into an assistant,
 * from options (bot/main.ts reads them from the environment).
 */
import { join } from 'node:path';
import { loadKnowledge, type KnowledgeBase } from '../../knowledge/index.ts';
import { createEligibilityEngine } from '../../eligibility/index.ts';
import { createPolicyRetriever, type EmbeddingsConfig, type Retriever } from '../../retrieval/index.ts';
import { createAssistant, type Assistant } from './assistant.ts';
import { createMemorySessionStore, createSqliteSessionStore, type SessionStore } from './session-store.ts';

export interface RuntimeOptions {
  /** Knowledge base folder (default: the bundled one). */
  knowledgeDir?: string;
  /** Where sessions and the index are kept; omit to keep everything in memory. */
  dataDir?: string;
  embeddings?: EmbeddingsConfig;
  sessionTtlMs?: number;
  log?: (message: string) => void;
  onIndexProgress?: (done: number, total: number) => void;
  today?: () => string;
}

export interface Runtime {
  kb: KnowledgeBase;
  retriever: Retriever;
  sessions: SessionStore;
  assistant: Assistant;
  close(): void;
}

export async function createRuntime(options: RuntimeOptions = {}): Promise<Runtime> {
  const kb = loadKnowledge(options.knowledgeDir);
  const engine = createEligibilityEngine(kb);
  const retriever = await createPolicyRetriever(kb, {
    ...(options.embeddings ? { embeddings: options.embeddings } : {}),
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.log ? { log: options.log } : {}),
    ...(options.onIndexProgress ? { onProgress: options.onIndexProgress } : {}),
  });
  const ttlMs = options.sessionTtlMs ?? 2 * 60 * 60 * 1000;
  const sessions = options.dataDir ? createSqliteSessionStore(join(options.dataDir, 'sessions.sqlite'), { ttlMs }) : createMemorySessionStore({ ttlMs });
  const assistant = createAssistant({ kb, engine, retriever, sessions, ...(options.today ? { today: options.today } : {}) });
  return { kb, retriever, sessions, assistant, close: () => sessions.close() };
}
