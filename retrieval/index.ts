/**
 * Retrieval: ranks the policy's clauses for a question. Hides LangChain behind
 * small interfaces (Tokenizer, Embeddings, Retriever).
 */
import { join } from 'node:path';
import type { KnowledgeBase } from '../knowledge/index.ts';
import { chunkKnowledge, indexText } from './chunks.ts';
import { LocalHashEmbeddings, OpenAICompatibleEmbeddings, RetrievalError, type DescribedEmbeddings } from './embeddings.ts';
import { createRetriever, type Retriever } from './hybrid.ts';
import { createLexiconTokenizer, createQueryExpander } from './tokenizer.ts';

export * from './bm25.ts';
export * from './chunks.ts';
export * from './coverage.ts';
export * from './embeddings.ts';
export * from './hybrid.ts';
export * from './tokenizer.ts';

export type EmbeddingsConfig =
  | { kind: 'local' }
  | { kind: 'openai'; baseURL: string; apiKey?: string; model: string; timeoutMs?: number };

export interface PolicyRetrieverOptions {
  embeddings?: EmbeddingsConfig;
  /** DATA_DIR; the index is kept in DATA_DIR/index. Omit to keep it in memory. */
  dataDir?: string;
  onProgress?: (done: number, total: number) => void;
  log?: (message: string) => void;
}

/** The retriever over a knowledge base, with the lexicon's tokenizer and synonyms. */
export async function createPolicyRetriever(kb: KnowledgeBase, options: PolicyRetrieverOptions = {}): Promise<Retriever> {
  const tokenizer = createLexiconTokenizer(kb.lexicon);
  const chunks = chunkKnowledge(kb);
  const config = options.embeddings ?? { kind: 'local' };
  let embeddings: DescribedEmbeddings;
  if (config.kind === 'local') {
    embeddings = new LocalHashEmbeddings({ tokenizer, corpus: chunks.map(indexText) });
  } else if (config.kind === 'openai') {
    embeddings = new OpenAICompatibleEmbeddings(config);
  } else {
    throw new RetrievalError(`unknown embeddings kind ${JSON.stringify((config as { kind: unknown }).kind)}; use local or openai`);
  }
  return createRetriever({
    chunks,
    knowledgeVersion: kb.version,
    tokenizer,
    embeddings,
    expandQuery: createQueryExpander(kb.lexicon),
    vocabulary: kb.lexicon.synonyms.flatMap((g) => [g.canonical, ...g.variants]),
    ...(options.dataDir ? { indexDir: join(options.dataDir, 'index') } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
}
