/**
 * Chinese tokenization behind a small interface, and query expansion with the
 * lexicon's synonyms. jieba (@node-rs/jieba) ships its dictionary in the
 * package; the lexicon's custom words are added to it so that terms such as
 * 科研事业单位 or 小批量试生产 are kept whole (search mode also yields their parts).
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { Lexicon } from '../knowledge/index.ts';

export interface Tokenizer {
  /** Identifies the tokenizer and its dictionary, for index manifests. */
  readonly id: string;
  tokenize(text: string): string[];
}

const jiebaVersion: string = (createRequire(import.meta.url)('@node-rs/jieba/package.json') as { version: string }).version;
/** Punctuation, symbols and whitespace only. */
const noiseRe = /^[\s\p{P}\p{S}]+$/u;
/** A frequency high enough that jieba prefers the custom word over its parts. */
const CUSTOM_WORD_FREQ = 100000;

export interface JiebaTokenizerOptions {
  /** Extra dictionary words (the lexicon's `words`). */
  words?: readonly string[];
  stopwords?: readonly string[];
  /** Search mode also emits the parts of long words (科研事业单位 → 科研, 事业, 单位). Default true. */
  searchMode?: boolean;
}

export function createJiebaTokenizer(options: JiebaTokenizerOptions = {}): Tokenizer {
  const jieba = Jieba.withDict(dict);
  const words = options.words ?? [];
  if (words.length > 0) jieba.loadDict(Buffer.from(words.map((w) => `${w} ${CUSTOM_WORD_FREQ} n`).join('\n')));
  const stop = new Set(options.stopwords ?? []);
  const searchMode = options.searchMode ?? true;
  const id = `jieba@${jiebaVersion}:${searchMode ? 'search' : 'exact'}:${createHash('sha256')
    .update(JSON.stringify([words, [...stop]]))
    .digest('hex')
    .slice(0, 12)}`;
  return {
    id,
    tokenize(text: string): string[] {
      const raw = searchMode ? jieba.cutForSearch(text, true) : jieba.cut(text, true);
      const out: string[] = [];
      for (const t of raw) {
        const token = t.trim().toLowerCase();
        if (token && !stop.has(token) && !noiseRe.test(token)) out.push(token);
      }
      return out;
    },
  };
}

/** The tokenizer configured by the knowledge base's lexicon. */
export function createLexiconTokenizer(lexicon: Lexicon): Tokenizer {
  return createJiebaTokenizer({ words: lexicon.words, stopwords: lexicon.stopwords });
}

/** The weight of a term that only synonym expansion added to a query. */
export const EXPANSION_WEIGHT = 0.5;

/**
 * Query terms with weights: the query's own tokens weigh 1, tokens that only
 * the expansion added weigh EXPANSION_WEIGHT.
 */
export function weightedTerms(queryTokens: readonly string[], expandedTokens: readonly string[]): Map<string, number> {
  const terms = new Map<string, number>();
  for (const t of expandedTokens) terms.set(t, EXPANSION_WEIGHT);
  for (const t of queryTokens) terms.set(t, 1);
  return terms;
}

/**
 * Returns the query with the canonical term of every synonym group whose
 * variant it mentions appended (技术经纪人 → … 技术经理（纪）人), so the policy's own
 * wording is matched by the lexical and the vector index alike.
 */
export function createQueryExpander(lexicon: Lexicon): (query: string) => string {
  const groups = lexicon.synonyms.map((g) => ({ canonical: g.canonical, variants: [...g.variants].sort((a, b) => b.length - a.length) }));
  return (query: string) => {
    const extra: string[] = [];
    for (const g of groups) {
      if (query.includes(g.canonical)) continue;
      if (g.variants.some((v) => query.includes(v))) extra.push(g.canonical);
    }
    return extra.length > 0 ? `${query} ${extra.join(' ')}` : query;
  };
}
