import { describe, expect, it } from 'vitest';
import { BM25_DEFAULTS, bm25Idf, bm25TermScore, createLexicalIndex } from '../../retrieval/index.ts';

describe('BM25', () => {
  it('idf matches the hand-computed value', () => {
    // ln(1 + (3 − 1 + 0.5) / (1 + 0.5)) = ln(2.666…) = 0.980829…
    expect(bm25Idf(3, 1)).toBeCloseTo(0.980829, 6);
    // A term in every document still scores a little: ln(1 + 0.5/3.5) = 0.133531…
    expect(bm25Idf(3, 3)).toBeCloseTo(0.133531, 6);
  });

  it('term score matches the hand-computed value', () => {
    // tf 2, average-length document: norm = k1 = 1.2; 0.980829 × 2 × 2.2 / 3.2 = 1.348640
    expect(bm25TermScore(2, 1, 3, 4, 4)).toBeCloseTo(1.34864, 5);
    // Twice the average length: norm = 1.2 × (0.25 + 1.5) = 2.1; 0.980829 × 4.4 / 4.1 = 1.052597
    expect(bm25TermScore(2, 1, 3, 8, 4)).toBeCloseTo(1.052597, 5);
    expect(bm25TermScore(0, 1, 3, 4, 4)).toBe(0);
    expect(BM25_DEFAULTS).toEqual({ k1: 1.2, b: 0.75 });
  });

  it('the index ranks by summed term scores and honours weights', () => {
    const index = createLexicalIndex([
      ['中试', '平台', '支持'],
      ['技术', '合同', '补助', '合同'],
      ['中试', '中试', '熟化', '服务'],
    ]);
    const hits = index.search(['中试', '服务'], 3);
    expect(hits.map((h) => h.index)).toEqual([2, 0]);
    const avg = 11 / 3;
    const expected = bm25TermScore(2, 2, 3, 4, avg) + bm25TermScore(1, 1, 3, 4, avg);
    expect(hits[0]!.score).toBeCloseTo(expected, 10);
    const half = index.search(new Map([['合同', 0.5]]), 1);
    expect(half[0]!.score).toBeCloseTo(0.5 * bm25TermScore(2, 1, 3, 4, avg), 10);
    expect(index.search(['天气'], 3)).toEqual([]);
  });
});
