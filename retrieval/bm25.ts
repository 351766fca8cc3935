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
  /**
   * Documents ranked by BM25 for the query: tokens (each distinct token counted
   * once) or token → weight (a synonym added by expansion weighs less).
   */
  search(query: readonly string[] | ReadonlyMap<string, number>, k: number): LexicalHit[];
}

export function createLexicalIndex(docs: readonly (readonly string[])[], params: Bm25Params = BM25_DEFAULTS): LexicalIndex {
  const postings = new Map<string, { doc: number; tf: number }[]>();
  const lengths = docs.map((d) => d.length);
  const avg = lengths.reduce((a, b) => a + b, 0) / Math.max(1, docs.length);
  docs.forEach((tokens, doc) => {
    const tf = new Map<string, number>();
    for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [term, n] of tf) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push({ doc, tf: n });
    }
  });
  return {
    size: docs.length,
    search(query, k) {
      const weights = Array.isArray(query) ? new Map(query.map((t) => [t, 1])) : (query as ReadonlyMap<string, number>);
      const scores = new Map<number, number>();
      for (const [term, weight] of weights) {
        const list = postings.get(term);
        if (!list) continue;
        for (const { doc, tf } of list) {
          scores.set(doc, (scores.get(doc) ?? 0) + weight * bm25TermScore(tf, list.length, docs.length, lengths[doc]!, avg, params));
        }
      }
      return [...scores]
        .map(([index, score]) => ({ index, score }))
        .sort((a, b) => b.score - a.score || a.index - b.index)
        .slice(0, k);
    },
  };
}
