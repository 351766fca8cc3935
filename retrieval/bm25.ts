/**
 * BM25 as a pure scoring function, and a small inverted index that uses it.
 */

/** Okapi BM25 parameters. */
export interface Bm25Params {
  k1: number;
  b: number;
}
export const BM25_DEFAULTS: Readonly<Bm25Params> = Object.freeze({ k1: 1.2, b: 0.75 });

/** Inverse document frequency, the non-negative form: ln(1 + (N − df + 0.5) / (df + 0.5)). */
export function bm25Idf(docCount: number, docFreq: number): number {
  return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
}

/** One term's contribution to one document's score. */
export function bm25TermScore(
  termFreq: number,
  docFreq: number,
  docCount: number,
  docLength: number,
  avgDocLength: number,
  params: Bm25Params = BM25_DEFAULTS,
): number {
  if (termFreq === 0) return 0;
  const norm = params.k1 * (1 - params.b + (params.b * docLength) / avgDocLength);
  return (bm25Idf(docCount, docFreq) * (termFreq * (params.k1 + 1))) / (termFreq + norm);
}

export interface LexicalHit {
  index: number;
  score: number;
}

export interface LexicalIndex {
  readonly size: number;
  /** Whether any document contains the term. */
  has(term: string): boolean;
  /**
   * Documents ranked by BM25 for the query: tokens (each distinct token counted
   * once) or token → weight (a synonym added by expansion weighs less).
   */
  search(query: readonly string[] | ReadonlyMap<string, number>, k: number): LexicalHit[];
}

/**
 * Builds an inverted index whose postings hold each term's precomputed BM25
 * contribution (bm25TermScore at build time), so a query only adds numbers.
 * Documents are added one at a time and not kept.
 */
export function createLexicalIndexBuilder(params: Bm25Params = BM25_DEFAULTS) {
  const lengths: number[] = [];
  const building = new Map<string, { docs: number[]; tfs: number[] }>();
  return {
    add(tokens: readonly string[]): void {
      const doc = lengths.length;
      lengths.push(tokens.length);
      const tf = new Map<string, number>();
      for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const [term, n] of tf) {
        let p = building.get(term);
        if (!p) building.set(term, (p = { docs: [], tfs: [] }));
        p.docs.push(doc);
        p.tfs.push(n);
      }
    },
    build(): LexicalIndex {
      const count = lengths.length;
      const avg = lengths.reduce((a, b) => a + b, 0) / Math.max(1, count);
      const postings = new Map<string, { docs: Int32Array; scores: Float64Array }>();
      for (const [term, p] of building) {
        const scores = new Float64Array(p.docs.length);
        p.docs.forEach((doc, i) => {
          scores[i] = bm25TermScore(p.tfs[i]!, p.docs.length, count, lengths[doc]!, avg, params);
        });
        postings.set(term, { docs: Int32Array.from(p.docs), scores });
      }
      building.clear();
      return searchable(postings, count);
    },
  };
}

export function createLexicalIndex(docs: readonly (readonly string[])[], params: Bm25Params = BM25_DEFAULTS): LexicalIndex {
  const builder = createLexicalIndexBuilder(params);
  for (const d of docs) builder.add(d);
  return builder.build();
}

function searchable(postings: Map<string, { docs: Int32Array; scores: Float64Array }>, count: number): LexicalIndex {
  const acc = new Float64Array(count);
  return {
    size: count,
    has: (term) => postings.has(term),
    search(query, k) {
      const weights = Array.isArray(query) ? new Map(query.map((t) => [t, 1])) : (query as ReadonlyMap<string, number>);
      const touched: number[] = [];
      for (const [term, weight] of weights) {
        const p = postings.get(term);
        if (!p) continue;
        for (let i = 0; i < p.docs.length; i++) {
          const doc = p.docs[i]!;
          if (acc[doc] === 0) touched.push(doc);
          acc[doc]! += weight * p.scores[i]!;
        }
      }
      const hits = topK(touched, acc, k);
      for (const doc of touched) acc[doc] = 0;
      return hits;
    },
  };
}

/** The k best documents, best first (ties by index), with a bounded selection instead of a full sort. */
function topK(docs: readonly number[], scores: Float64Array, k: number): LexicalHit[] {
  const better = (a: LexicalHit, b: LexicalHit) => a.score > b.score || (a.score === b.score && a.index < b.index);
  const best: LexicalHit[] = [];
  for (const index of docs) {
    const hit = { index, score: scores[index]! };
    if (best.length < k) {
      best.push(hit);
      if (best.length === k) best.sort((a, b) => (better(a, b) ? -1 : 1));
    } else if (better(hit, best[k - 1]!)) {
      let i = k - 1;
      while (i > 0 && better(hit, best[i - 1]!)) { best[i] = best[i - 1]!; i--; }
      best[i] = hit;
    }
  }
  return best.length < k ? best.sort((a, b) => (better(a, b) ? -1 : 1)) : best;
}
