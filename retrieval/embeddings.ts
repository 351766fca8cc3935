/**
 * Embeddings for the vector index, as LangChain `Embeddings`:
 *
 * - `LocalHashEmbeddings` (the default; no network, no model download): a
 *   sparse bag of character 1–2-grams and jieba words, weighted by IDF learned
 *   from the knowledge base and log term frequency, hashed with a sign bit into
 *   a fixed number of dimensions and L2-normalised. It captures surface
 *   similarity, partial-word overlap (小批量试生产 ~ 试生产) and, through query
 *   expansion, the lexicon's synonyms. It cannot capture meaning that shares no
 *   characters with the policy (钱 ~ 资助 only if the lexicon says so), word
 *   order, or negation.
 * - `OpenAICompatibleEmbeddings`: any OpenAI-compatible `/embeddings` endpoint
 *   (bge-m3 on Ollama or vLLM, a cloud provider), batched, with a timeout per
 *   request and retries with backoff on 429, 5xx and network errors.
 */
import { createHash } from 'node:crypto';
import { Embeddings } from '@langchain/core/embeddings';
import type { Tokenizer } from './tokenizer.ts';

/** What an index manifest records of an embedder. */
export interface EmbedderInfo {
  id: string;
  dimensions: number;
}

export interface DescribedEmbeddings extends Embeddings {
  readonly info: EmbedderInfo;
  /** Embeds a text whose tokens are already known (local embedders only). */
  embedTokenized?(text: string, tokens: readonly string[]): number[];
}

export class RetrievalError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(`retrieval: ${message}`, options);
    this.name = 'RetrievalError';
  }
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnvString(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** Feature ids are 32-bit hashes: `kind` separates words from n-grams of each length. */
function fnvCodes(kind: number, codes: readonly number[], from: number, n: number): number {
  let h = Math.imul(FNV_OFFSET ^ kind, FNV_PRIME);
  for (let i = from; i < from + n; i++) h = Math.imul(h ^ codes[i]!, FNV_PRIME);
  return h >>> 0;
}

const hanOrWord = /[\p{Script=Han}]+|[a-z0-9]+/gu;
const WORD_KIND = 0xff;

export interface LocalHashEmbeddingsOptions {
  tokenizer: Tokenizer;
  /** Texts the IDF weights are learned from (the indexed chunks). */
  corpus: readonly string[];
  dimensions?: number;
  /** How much a whole word weighs against its character n-grams. */
  wordWeight?: number;
  /** Character n-gram lengths used (default 1–2, chosen with `npm run eval`). */
  minGram?: number;
  maxGram?: number;
}

export class LocalHashEmbeddings extends Embeddings implements DescribedEmbeddings {
  readonly info: EmbedderInfo;
  private readonly tokenizer: Tokenizer;
  private readonly idf = new Map<number, number>();
  private readonly unseenIdf: number;
  private readonly dimensions: number;
  private readonly wordWeight: number;
  private readonly minGram: number;
  private readonly maxGram: number;
  private readonly scratch: Float64Array;

  constructor(options: LocalHashEmbeddingsOptions) {
    super({});
    this.tokenizer = options.tokenizer;
    this.dimensions = options.dimensions ?? 2048;
    this.wordWeight = options.wordWeight ?? 3;
    this.minGram = options.minGram ?? 1;
    this.maxGram = options.maxGram ?? 2;
    this.scratch = new Float64Array(this.dimensions);
    const df = new Map<number, number>();
    for (const text of options.corpus) for (const f of this.features(text).keys()) df.set(f, (df.get(f) ?? 0) + 1);
    const n = Math.max(1, options.corpus.length);
    const vocab = createHash('sha256');
    for (const [f, d] of [...df].sort((a, b) => a[0] - b[0])) {
      const w = Math.log((n + 1) / (d + 0.5));
      this.idf.set(f, w);
      vocab.update(`${f}:${w.toFixed(6)}\n`);
    }
    this.unseenIdf = Math.log((n + 1) / 0.5);
    this.info = {
      id: `local-hash-ngram-v2:${this.minGram}-${this.maxGram}:${this.wordWeight}:${this.tokenizer.id}:${vocab.digest('hex').slice(0, 12)}`,
      dimensions: this.dimensions,
    };
  }

  /** Feature hash → raw count: character n-grams of each Han/alphanumeric run, and words. */
  private features(text: string, tokens?: readonly string[]): Map<number, number> {
    const out = new Map<number, number>();
    const codes: number[] = [];
    for (const run of text.toLowerCase().match(hanOrWord) ?? []) {
      codes.length = 0;
      for (let i = 0; i < run.length; i++) codes.push(run.charCodeAt(i));
      for (let n = this.minGram; n <= this.maxGram; n++) {
        for (let i = 0; i + n <= codes.length; i++) {
          const f = fnvCodes(n, codes, i, n);
          out.set(f, (out.get(f) ?? 0) + 1);
        }
      }
    }
    for (const w of tokens ?? this.tokenizer.tokenize(text)) {
      if (w.length < 2) continue;
      const f = fnvString(Math.imul(FNV_OFFSET ^ WORD_KIND, FNV_PRIME), w);
      out.set(f, (out.get(f) ?? 0) + this.wordWeight);
    }
    return out;
  }

  /** Embeds one text; `tokens` may pass its tokens when they are already known. */
  embed(text: string, tokens?: readonly string[]): number[] {
    const v = this.scratch.fill(0);
    for (const [f, count] of this.features(text, tokens)) {
      const weight = (1 + Math.log(count)) * (this.idf.get(f) ?? this.unseenIdf);
      v[f % this.dimensions]! += f & 0x80000000 ? -weight : weight;
    }
    let norm = 0;
    for (let i = 0; i < v.length; i++) norm += v[i]! * v[i]!;
    norm = Math.sqrt(norm) || 1;
    const out = new Array<number>(this.dimensions);
    for (let i = 0; i < v.length; i++) out[i] = v[i]! / norm;
    return out;
  }

  embedTokenized(text: string, tokens: readonly string[]): number[] {
    return this.embed(text, tokens);
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => this.embed(t));
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.embed(text);
  }
}

export interface OpenAICompatibleEmbeddingsOptions {
  /** e.g. https://api.openai.com/v1 or http://127.0.0.1:11434/v1 */
  baseURL: string;
  apiKey?: string;
  model: string;
  batchSize?: number;
  timeoutMs?: number;
  maxRetries?: number;
  /** First backoff delay; doubles each retry. */
  retryDelayMs?: number;
  fetch?: typeof fetch;
}

interface EmbeddingsResponse {
  data?: { embedding?: unknown; index?: number }[];
}

export class OpenAICompatibleEmbeddings extends Embeddings implements DescribedEmbeddings {
  info: EmbedderInfo;
  private readonly opts: Required<Omit<OpenAICompatibleEmbeddingsOptions, 'apiKey'>> & { apiKey?: string };

  constructor(options: OpenAICompatibleEmbeddingsOptions) {
    super({});
    if (!options.model) throw new RetrievalError('EMBEDDINGS_MODEL is required when EMBEDDINGS=openai (e.g. bge-m3)');
    this.opts = {
      batchSize: 64,
      timeoutMs: 30_000,
      maxRetries: 3,
      retryDelayMs: 500,
      fetch: globalThis.fetch,
      ...options,
      baseURL: options.baseURL.replace(/\/+$/, ''),
    };
    // The dimension is learned from the first response.
    this.info = { id: `openai-compatible:${this.opts.model}@${this.opts.baseURL}`, dimensions: 0 };
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    const out: number[][] = [];
    for (let i = 0; i < texts.length; i += this.opts.batchSize) {
      out.push(...(await this.request(texts.slice(i, i + this.opts.batchSize))));
    }
    return out;
  }

  async embedQuery(text: string): Promise<number[]> {
    return (await this.request([text]))[0]!;
  }

  private async request(input: string[]): Promise<number[][]> {
    const url = `${this.opts.baseURL}/embeddings`;
    let lastError: unknown;
    for (let attempt = 0; attempt <= this.opts.maxRetries; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, this.opts.retryDelayMs * 2 ** (attempt - 1)));
      let res: Response;
      try {
        res = await this.opts.fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(this.opts.apiKey ? { authorization: `Bearer ${this.opts.apiKey}` } : {}) },
          body: JSON.stringify({ model: this.opts.model, input }),
          signal: AbortSignal.timeout(this.opts.timeoutMs),
        });
      } catch (e) {
        lastError = e;
        continue; // network error or timeout: retry
      }
      if (res.status === 429 || res.status >= 500) {
        lastError = new RetrievalError(`${url} answered HTTP ${res.status}`);
        continue;
      }
      if (!res.ok) {
        const body = await res.text().catch(() => '');
        throw new RetrievalError(`${url} answered HTTP ${res.status}: ${body.slice(0, 200)} — check OPENAI_BASE_URL, OPENAI_API_KEY and EMBEDDINGS_MODEL`);
      }
      const json = (await res.json()) as EmbeddingsResponse;
      const data = json.data;
      if (!Array.isArray(data) || data.length !== input.length) {
        throw new RetrievalError(`${url} returned ${Array.isArray(data) ? data.length : 'no'} embeddings for ${input.length} inputs`);
      }
      const sorted = [...data].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
      const vectors = sorted.map((d, i) => {
        if (!Array.isArray(d.embedding) || d.embedding.some((x) => typeof x !== 'number')) {
          throw new RetrievalError(`${url} returned a malformed embedding at index ${i}`);
        }
        return d.embedding as number[];
      });
      const dim = vectors[0]!.length;
      if (this.info.dimensions === 0) this.info = { ...this.info, dimensions: dim };
      else if (dim !== this.info.dimensions) throw new RetrievalError(`${url} changed dimension from ${this.info.dimensions} to ${dim}`);
      return vectors;
    }
    throw new RetrievalError(`${url} failed after ${this.opts.maxRetries + 1} attempts: ${String(lastError)}`, { cause: lastError });
  }
}
