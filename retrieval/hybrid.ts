/**
 * Hybrid retrieval: BM25 over jieba tokens and HNSW vectors (LangChain's
 * HNSWLib over hnswlib-node), fused by reciprocal rank, never by adding unlike
 * scores; clause hits rolled up to measures; nothing cited below a threshold.
 * The vector index is saved under `indexDir` with a manifest that carries the
 * sha256 of every file; it is verified before hnswlib reads a byte of it (a
 * damaged graph crashes the process rather than throwing) and rebuilt when the
 * knowledge, tokenizer or embedder changes, or when anything does not match.
 * A search that fails on the vectors answers from BM25 alone and rebuilds them.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { SynchronousInMemoryDocstore } from '@langchain/community/stores/doc/in_memory';
import { Document } from '@langchain/core/documents';
import { createLexicalIndexBuilder } from './bm25.ts';
import { indexText, type Chunk } from './chunks.ts';
import { createCoverage } from './coverage.ts';
import { RetrievalError, type DescribedEmbeddings } from './embeddings.ts';
import { weightedTerms, type Tokenizer } from './tokenizer.ts';

/** Bumped whenever what is saved changes shape; an index of another version is rebuilt. */
export const INDEX_FORMAT_VERSION = 2;
/** The files LangChain's HNSWLib saves; each must be listed, with its checksum, in the manifest. */
export const INDEX_FILES = ['args.json', 'docstore.json', 'hnswlib.index'] as const;
/** Reciprocal rank fusion constant (Cormack et al.). */
export const RRF_K = 60;
/** How many candidates each retriever contributes to the fusion. */
export const CANDIDATES = 50;
/**
 * Below this share of the question's words known to the policy (see
 * coverage.ts), or with no clause matching a word, nothing is cited. Set from
 * `npm run eval`.
 */
export const CITE_THRESHOLD = { coverage: 0.35 };
/** Vectors are the weaker ranker here; their ranks count for less in the fusion. */
export const FUSION_WEIGHTS = { lexical: 1, vector: 0.5 };

export interface ClauseHit {
  chunk: Chunk;
  /** Fused RRF score. */
  score: number;
  lexicalRank: number | null;
  vectorRank: number | null;
}

export interface MeasureHit {
  doc: string;
  measure: number;
  score: number;
  clauses: ClauseHit[];
}

export interface SearchResult {
  query: string;
  /** The query after synonym expansion. */
  expanded: string;
  /** False when the question matches nothing well enough to cite: show no citation then. */
  cited: boolean;
  clauses: ClauseHit[];
  measures: MeasureHit[];
  signals: { bm25Top: number; cosineTop: number; coverage: number };
}

export type SearchMode = 'hybrid' | 'lexical' | 'vector';

export interface Retriever {
  search(query: string, options?: { k?: number; mode?: SearchMode }): Promise<SearchResult>;
  readonly chunks: readonly Chunk[];
  readonly manifest: IndexManifest;
  /** How the vector index came to be: loaded from disk, built, or rebuilt after a fault. */
  readonly origin: 'loaded' | 'built' | 'rebuilt';
  /**
   * The vectors right now: `ok`, or `rebuilding` after a fault (searches use
   * BM25 alone meanwhile), or `failed` when the rebuild failed too; `reason`
   * says what went wrong.
   */
  vectorStatus(): { state: 'ok' | 'rebuilding' | 'failed'; reason?: string };
}

export interface IndexManifest {
  formatVersion: number;
  knowledgeVersion: string;
  tokenizer: string;
  embedder: string;
  dimensions: number;
  chunks: number;
  builtAt: string;
  /** sha256 (hex) of every file under vectors/, by name. */
  files: Record<string, string>;
}

export interface RetrieverOptions {
  chunks: readonly Chunk[];
  /** Hash of the knowledge the chunks come from. */
  knowledgeVersion: string;
  tokenizer: Tokenizer;
  embeddings: DescribedEmbeddings;
  expandQuery?: (query: string) => string;
  /** Where the vector index is saved (DATA_DIR/index). Omit to keep it in memory. */
  indexDir?: string;
  /** Called while the vector index is built. */
  onProgress?: (done: number, total: number) => void;
  log?: (message: string) => void;
  batchSize?: number;
  /** Further domain words (the lexicon's synonyms) that count as on-topic. */
  vocabulary?: readonly string[];
}

type ExpectedManifest = Omit<IndexManifest, 'builtAt' | 'dimensions' | 'files'>;

function sameManifest(a: IndexManifest, b: ExpectedManifest): boolean {
  return (
    a.formatVersion === b.formatVersion &&
    a.knowledgeVersion === b.knowledgeVersion &&
    a.tokenizer === b.tokenizer &&
    a.embedder === b.embedder &&
    a.chunks === b.chunks
  );
}

/** HNSW graph parameters: links per node and the candidate list while building. */
export const HNSW_PARAMS = { m: 12, efConstruction: 64, efSearch: 64 };

/**
 * One pass over the chunks: each is tokenized once, added to the lexical index
 * and (when no saved vector index could be used) embedded into the HNSW graph.
 * Nothing per chunk is kept beyond what the indexes hold, so large knowledge
 * bases build in bounded memory.
 */
async function buildIndexes(opts: RetrieverOptions, withVectors: boolean) {
  const { chunks, embeddings, tokenizer } = opts;
  const batch = opts.batchSize ?? 256;
  const lexical = createLexicalIndexBuilder();
  // The graph is built here with our parameters and handed to LangChain's HNSWLib,
  // which searches, saves and loads it (its own build uses slower defaults).
  const { HierarchicalNSW } = await HNSWLib.imports();
  let index: InstanceType<typeof HierarchicalNSW> | undefined;
  const docs = new Map<string, Document>();
  for (let i = 0; i < chunks.length; i += batch) {
    const slice = chunks.slice(i, i + batch);
    const texts = slice.map(indexText);
    const tokens = texts.map((t) => tokenizer.tokenize(t));
    for (const t of tokens) lexical.add(t);
    if (!withVectors) continue;
    const vectors = embeddings.embedTokenized
      ? texts.map((t, j) => embeddings.embedTokenized!(t, tokens[j]!))
      : await embeddings.embedDocuments(texts);
    if (!index) {
      index = new HierarchicalNSW('cosine', vectors[0]!.length);
      index.initIndex(chunks.length, HNSW_PARAMS.m, HNSW_PARAMS.efConstruction);
    }
    vectors.forEach((v, j) => {
      index!.addPoint(v, i + j);
      docs.set(String(i + j), new Document({ pageContent: slice[j]!.excerpt, metadata: { i: i + j, id: slice[j]!.id } }));
    });
    opts.onProgress?.(Math.min(i + batch, chunks.length), chunks.length);
  }
  if (chunks.length === 0) throw new RetrievalError('there is nothing to index: the knowledge base has no clauses');
  const store = index
    ? new HNSWLib(embeddings, { space: 'cosine', numDimensions: index.getNumDimensions(), index, docstore: new SynchronousInMemoryDocstore(docs) })
    : undefined;
  return { lexical: lexical.build(), store };
}

/** A fault in one file of the saved index, named so the log can say which. */
class IndexFileError extends Error {
  constructor(readonly file: string, message: string) {
    super(`${file} ${message}`);
  }
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Reads the manifest; anything but a manifest of the expected shape is a fault naming the file. */
function readManifest(path: string): IndexManifest {
  let saved: unknown;
  try {
    saved = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new IndexFileError(path, `cannot be read (${e instanceof Error ? e.message : String(e)})`);
  }
  const m = saved as Partial<IndexManifest> | null;
  if (!m || typeof m !== 'object') throw new IndexFileError(path, 'is not a JSON object');
  if (m.formatVersion !== INDEX_FORMAT_VERSION) return m as IndexManifest; // out of date, not damaged
  const files = m.files;
  if (!files || typeof files !== 'object' || INDEX_FILES.some((f) => typeof files[f] !== 'string' || !/^[0-9a-f]{64}$/.test(files[f]!))) {
    throw new IndexFileError(path, `lacks a sha256 for each of ${INDEX_FILES.join(', ')}`);
  }
  return m as IndexManifest;
}

/** Checks every file under `vectorsDir` against its checksum before anything parses it. */
function verifyFiles(vectorsDir: string, manifest: IndexManifest): void {
  for (const [name, expected] of Object.entries(manifest.files)) {
    const file = join(vectorsDir, name);
    let stat;
    try {
      stat = statSync(file);
    } catch {
      throw new IndexFileError(file, 'is missing');
    }
    if (!stat.isFile()) throw new IndexFileError(file, 'is not a file');
    const actual = sha256(file);
    if (actual !== expected) throw new IndexFileError(file, `does not match its checksum in the manifest (saved ${expected.slice(0, 12)}…, now ${actual.slice(0, 12)}…)`);
  }
}

/** Loads the verified store and checks that every document lines up with its chunk. */
async function loadStore(dir: string, opts: RetrieverOptions): Promise<HNSWLib> {
  const store = await HNSWLib.load(dir, opts.embeddings);
  const dimensions = store.index.getNumDimensions();
  if (store.args.numDimensions !== dimensions) throw new IndexFileError(join(dir, 'args.json'), `says ${store.args.numDimensions} dimensions for an index of ${dimensions}`);
  const count = store.index.getCurrentCount();
  if (count !== opts.chunks.length) throw new IndexFileError(join(dir, 'hnswlib.index'), `holds ${count} vectors for ${opts.chunks.length} chunks`);
  for (let i = 0; i < count; i++) {
    const doc = store.docstore.search(String(i));
    if (typeof doc === 'string' || doc.metadata.i !== i || doc.metadata.id !== opts.chunks[i]!.id) {
      throw new IndexFileError(join(dir, 'docstore.json'), `document ${i} does not match chunk ${opts.chunks[i]!.id}`);
    }
  }
  return store;
}

/**
 * Saves the store beside the current one, then swaps it in, so a crash
 * mid-save never leaves a half index behind a valid manifest; the manifest,
 * written last, carries the checksum of every file.
 */
async function saveStore(dir: string, store: HNSWLib, manifest: Omit<IndexManifest, 'files'>): Promise<IndexManifest> {
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, 'vectors.tmp');
  rmSync(tmp, { recursive: true, force: true });
  await store.save(tmp);
  const files = Object.fromEntries(readdirSync(tmp).sort().map((f) => [f, sha256(join(tmp, f))]));
  const full = { ...manifest, files };
  // Whatever stands where the manifest or the vectors go (even a folder) is ours to replace.
  rmSync(join(dir, 'manifest.json'), { recursive: true, force: true });
  rmSync(join(dir, 'vectors'), { recursive: true, force: true });
  renameSync(tmp, join(dir, 'vectors'));
  writeFileSync(join(dir, 'manifest.json.tmp'), `${JSON.stringify(full, null, 2)}\n`);
  renameSync(join(dir, 'manifest.json.tmp'), join(dir, 'manifest.json'));
  return full;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Builds (or loads) the indexes and returns a retriever over the chunks. */
export async function createRetriever(opts: RetrieverOptions): Promise<Retriever> {
  const { chunks, tokenizer, embeddings } = opts;
  const expand = opts.expandQuery ?? ((q: string) => q);
  const log = opts.log ?? (() => {});

  const expected: ExpectedManifest = {
    formatVersion: INDEX_FORMAT_VERSION,
    knowledgeVersion: opts.knowledgeVersion,
    tokenizer: tokenizer.id,
    embedder: embeddings.info.id,
    chunks: chunks.length,
  };
  let store: HNSWLib | undefined;
  let origin: Retriever['origin'] = 'built';
  let manifest: IndexManifest | undefined;
  const dir = opts.indexDir;
  if (dir) {
    const manifestPath = join(dir, 'manifest.json');
    if (existsSync(manifestPath)) {
      try {
        const saved = readManifest(manifestPath);
        if (sameManifest(saved, expected)) {
          // hnswlib trusts its file: a few flipped bytes in the graph crash the
          // process on the first search, so nothing is read before it matches.
          verifyFiles(join(dir, 'vectors'), saved);
          store = await loadStore(join(dir, 'vectors'), opts);
          manifest = saved;
          origin = 'loaded';
        } else {
          log(`retrieval: the saved index is out of date (knowledge, tokenizer or embedder changed); rebuilding`);
        }
      } catch (e) {
        const what = e instanceof IndexFileError ? e.message : `${dir} cannot be loaded (${errorText(e)})`;
        log(`retrieval: the saved index is unreadable: ${what}; rebuilding`);
        origin = 'rebuilt';
      }
    }
  }
  const built = await buildIndexes(opts, !store);
  const lexical = built.lexical;
  const extraVocabulary = (opts.vocabulary ?? []).flatMap((v) => tokenizer.tokenize(v));
  const coverageOf = createCoverage((t) => lexical.has(t) || extraVocabulary.includes(t));

  /** Saves a freshly built store when there is a folder to save to; a failure leaves it in memory. */
  async function persist(fresh: HNSWLib): Promise<IndexManifest> {
    const m = { ...expected, dimensions: fresh.index.getNumDimensions(), builtAt: new Date().toISOString() };
    if (!dir) return { ...m, files: {} };
    try {
      return await saveStore(dir, fresh, m);
    } catch (e) {
      // The index is a cache: serving from memory beats refusing to start.
      log(`retrieval: cannot save the index in ${dir} (${errorText(e)}); serving it from memory, and it is built again at the next start — make ${dir} writable to keep it`);
      return { ...m, files: {} };
    }
  }
  if (!store) {
    store = built.store!;
    manifest = await persist(store);
  }
  store.index.setEf(Math.max(CANDIDATES, HNSW_PARAMS.efSearch));
  let vectors: HNSWLib | null = store;
  let vectorState: ReturnType<Retriever['vectorStatus']> = { state: 'ok' };

  /** Stops using the vectors, answers from BM25 alone, and rebuilds them in the background. */
  function rebuildVectors(reason: string): void {
    if (vectorState.state === 'rebuilding') return;
    vectors = null;
    vectorState = { state: 'rebuilding', reason };
    log(`retrieval: ${reason}; answering from BM25 alone while the vector index is rebuilt`);
    void (async () => {
      try {
        const fresh = (await buildIndexes(opts, true)).store!;
        fresh.index.setEf(Math.max(CANDIDATES, HNSW_PARAMS.efSearch));
        manifest = await persist(fresh);
        vectors = fresh;
        vectorState = { state: 'ok' };
        log('retrieval: the vector index is rebuilt');
      } catch (e) {
        vectorState = { state: 'failed', reason: `${reason}; the rebuild failed too (${errorText(e)})` };
        log(`retrieval: rebuilding the vector index failed (${errorText(e)}); answering from BM25 alone`);
      }
    })();
  }

  // The same fault (an embeddings endpoint down) is logged once every few seconds, not per question.
  const lastLogged = new Map<string, number>();
  function logQuietly(message: string): void {
    const now = Date.now();
    if ((lastLogged.get(message) ?? 0) > now - 10_000) return;
    lastLogged.set(message, now);
    log(message);
  }

  async function search(query: string, options: { k?: number; mode?: SearchMode } = {}): Promise<SearchResult> {
    const k = options.k ?? 5;
    const mode = options.mode ?? 'hybrid';
    const expanded = expand(query);
    const queryTokens = tokenizer.tokenize(query);
    const expandedTokens = expanded === query ? queryTokens : tokenizer.tokenize(expanded);
    const fused = new Map<number, ClauseHit>();
    const hit = (i: number) => {
      let h = fused.get(i);
      if (!h) fused.set(i, (h = { chunk: chunks[i]!, score: 0, lexicalRank: null, vectorRank: null }));
      return h;
    };
    let bm25Top = 0;
    let cosineTop = 0;
    if (mode !== 'vector') {
      const lex = lexical.search(weightedTerms(queryTokens, expandedTokens), CANDIDATES);
      bm25Top = lex[0]?.score ?? 0;
      lex.forEach((l, rank) => {
        const h = hit(l.index);
        h.lexicalRank = rank + 1;
        h.score += FUSION_WEIGHTS.lexical / (RRF_K + rank + 1);
      });
    }
    const current = vectors;
    if (mode !== 'lexical' && current) {
      let qv: number[] | undefined;
      try {
        qv = embeddings.embedTokenized ? embeddings.embedTokenized(expanded, expandedTokens) : await embeddings.embedQuery(expanded);
      } catch (e) {
        // The embedder (a remote endpoint) failing says nothing about the index: BM25 answers this one.
        logQuietly(`retrieval: embedding the question failed (${errorText(e)}); answering from BM25 alone`);
      }
      let res: [Document, number][] = [];
      if (qv) {
        try {
          res = await current.similaritySearchVectorWithScore(qv, Math.min(CANDIDATES, chunks.length));
          for (const [doc] of res) {
            const i = doc.metadata.i as unknown;
            if (typeof i !== 'number' || chunks[i]?.id !== doc.metadata.id) throw new Error(`the vector index returned document ${String(i)}, which matches no chunk`);
          }
        } catch (e) {
          res = [];
          rebuildVectors(`vector search failed (${errorText(e)})`);
        }
      }
      cosineTop = res.length > 0 ? 1 - res[0]![1] : 0;
      res.forEach(([doc, _distance], rank) => {
        const h = hit(doc.metadata.i as number);
        h.vectorRank = rank + 1;
        h.score += FUSION_WEIGHTS.vector / (RRF_K + rank + 1);
      });
    }
    const clauses = [...fused.values()].sort((a, b) => b.score - a.score);
    // Measures are fused by rank too: each retriever ranks measures by its best
    // clause, and those ranks are combined, so a measure both retrievers put
    // near the top wins over one that a single retriever liked.
    const byMeasure = new Map<string, MeasureHit>();
    const measureRanks = (rankOf: (c: ClauseHit) => number | null, weight: number) => {
      const best = new Map<string, number>();
      for (const c of clauses) {
        const r = rankOf(c);
        if (r === null) continue;
        const key = `${c.chunk.doc}#${c.chunk.measure}`;
        if (!best.has(key) || r < best.get(key)!) best.set(key, r);
      }
      [...best].sort((a, b) => a[1] - b[1]).forEach(([key], i) => {
        byMeasure.get(key)!.score += weight / (RRF_K + i + 1);
      });
    };
    for (const c of clauses) {
      const key = `${c.chunk.doc}#${c.chunk.measure}`;
      let m = byMeasure.get(key);
      if (!m) byMeasure.set(key, (m = { doc: c.chunk.doc, measure: c.chunk.measure, score: 0, clauses: [] }));
      m.clauses.push(c);
    }
    measureRanks((c) => c.lexicalRank, FUSION_WEIGHTS.lexical);
    measureRanks((c) => c.vectorRank, FUSION_WEIGHTS.vector);
    const measures = [...byMeasure.values()].sort((a, b) => b.score - a.score || b.clauses[0]!.score - a.clauses[0]!.score);
    const coverage = coverageOf(queryTokens);
    const cited = coverage >= CITE_THRESHOLD.coverage && fused.size > 0;
    return {
      query,
      expanded,
      cited,
      clauses: clauses.slice(0, k),
      measures: measures.slice(0, k),
      signals: { bm25Top, cosineTop, coverage },
    };
  }

  return {
    search,
    chunks,
    get manifest() {
      return manifest!;
    },
    origin,
    vectorStatus: () => vectorState,
  };
}
