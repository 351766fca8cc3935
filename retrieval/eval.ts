/**
 * Retrieval evaluation: hit@1, hit@3 and MRR over questions with a known
 * measure, for the baseline (plain jieba BM25 over whole measures), vectors
 * only, and the hybrid; and how many off-topic questions were left uncited.
 */
import type { KnowledgeBase } from '../knowledge/index.ts';
import { createLexicalIndex } from './bm25.ts';
import type { Retriever, SearchMode } from './hybrid.ts';
import { createJiebaTokenizer } from './tokenizer.ts';

export interface EvalQuestion {
  q: string;
  measure: number | null;
}

export interface EvalRow {
  name: string;
  questions: number;
  hit1: number;
  hit3: number;
  mrr: number;
  /** Off-topic questions that got no citation, of all off-topic questions (null when the method has no threshold). */
  offTopicRejected: number | null;
  misses: { q: string; expected: number; got: number[] }[];
}

function score(name: string, ranked: { expected: number; ranking: number[]; q: string }[], offTopic: number | null): EvalRow {
  let h1 = 0;
  let h3 = 0;
  let rr = 0;
  const misses: EvalRow['misses'] = [];
  for (const r of ranked) {
    const pos = r.ranking.indexOf(r.expected);
    if (pos === 0) h1++;
    if (pos >= 0 && pos < 3) h3++;
    if (pos >= 0) rr += 1 / (pos + 1);
    if (pos !== 0) misses.push({ q: r.q, expected: r.expected, got: r.ranking.slice(0, 3) });
  }
  const n = ranked.length;
  return { name, questions: n, hit1: h1 / n, hit3: h3 / n, mrr: rr / n, offTopicRejected: offTopic, misses };
}

/** The baseline: default jieba dictionary, no lexicon, no synonyms, BM25 over whole measures. */
export function baselineRanker(kb: KnowledgeBase): (q: string) => number[] {
  const tokenizer = createJiebaTokenizer({ stopwords: kb.lexicon.stopwords, searchMode: false });
  const index = createLexicalIndex(kb.measures.map((m) => tokenizer.tokenize(m.text)));
  return (q) => index.search(tokenizer.tokenize(q), kb.measures.length).map((h) => kb.measures[h.index]!.number);
}

export async function evaluateRetrieval(kb: KnowledgeBase, retriever: Retriever, questions: readonly EvalQuestion[]): Promise<EvalRow[]> {
  const onTopic = questions.filter((q): q is { q: string; measure: number } => q.measure !== null);
  const offTopic = questions.filter((q) => q.measure === null);
  const baseline = baselineRanker(kb);
  const rows: EvalRow[] = [
    score('baseline: jieba BM25, whole measures', onTopic.map((x) => ({ q: x.q, expected: x.measure, ranking: baseline(x.q) })), null),
  ];
  const modes: [string, SearchMode][] = [
    ['vectors only (HNSW, clauses)', 'vector'],
    ['BM25 only (lexicon, clauses)', 'lexical'],
    ['hybrid (BM25 + vectors, RRF)', 'hybrid'],
  ];
  for (const [name, mode] of modes) {
    const ranked = [];
    for (const x of onTopic) {
      const r = await retriever.search(x.q, { k: 13, mode });
      // An on-topic question left uncited is a miss, whatever the ranking.
      ranked.push({ q: x.q, expected: x.measure, ranking: r.cited ? r.measures.map((m) => m.measure) : [] });
    }
    let rejected = 0;
    for (const x of offTopic) if (!(await retriever.search(x.q, { mode })).cited) rejected++;
    rows.push(score(name, ranked, offTopic.length > 0 ? rejected / offTopic.length : null));
  }
  return rows;
}
