/**
 * Clause-level chunks of the policy: each measure split into its sentences,
 * each keeping its measure number, so a citation quotes the sentences that
 * answer a question rather than the whole measure.
 */
import type { KnowledgeBase } from '../knowledge/index.ts';

export interface Chunk {
  id: string;
  /** The policy document the chunk belongs to (one for the bundled knowledge base). */
  doc: string;
  measure: number;
  heading: string;
  /** Verbatim policy text: what a citation shows. */
  excerpt: string;
  /**
   * Indexed with the excerpt but never shown: the measure's keywords and the
   * titles, beneficiaries and keywords of the benefits and provisions the
   * clause states.
   */
  context: string;
}

/** Splits a measure's text into sentences; the responsible-departments bracket stays with the last one. */
export function splitSentences(text: string): string[] {
  const parts = text.match(/[^。！？]+(?:[。！？]+|$)/g) ?? [text];
  const out: string[] = [];
  for (const p of parts) {
    const s = p.trim();
    if (!s) continue;
    // A bracket of departments 〔…〕 or （…） after the last full stop is not a sentence of its own.
    if (out.length > 0 && /^[〔（][^。]*[〕）]$/.test(s)) out[out.length - 1] += s;
    else out.push(s);
  }
  return out;
}

/** How much of a quote's start identifies the clause when a quote spans two sentences. */
const QUOTE_HEAD = 20;

/** Whether a clause states (all or the start of) a quote of the knowledge base. */
export function statesQuote(excerpt: string, quote: string): boolean {
  return excerpt.includes(quote) || quote.includes(excerpt) || excerpt.includes(quote.slice(0, QUOTE_HEAD));
}

/** Chunks of every measure. The numbered heading sentence is joined to the sentence after it. */
export function chunkKnowledge(kb: KnowledgeBase): Chunk[] {
  const chunks: Chunk[] = [];
  for (const m of kb.measures) {
    const sentences = splitSentences(m.text);
    if (m.number > 0 && sentences.length > 1) sentences.splice(0, 2, `${sentences[0]}${sentences[1]}`);
    const items = [...m.benefits.map((b) => ({ quote: b.quote, words: [b.title, b.beneficiaryLabel, ...b.keywords] })),
      ...m.provisions.map((p) => ({ quote: p.quote, words: [p.title, ...p.keywords] }))];
    sentences.forEach((excerpt, i) => {
      const words = [...m.keywords];
      for (const item of items) if (statesQuote(excerpt, item.quote)) words.push(...item.words);
      chunks.push({ id: `m${m.number}-s${i}`, doc: kb.document.id, measure: m.number, heading: m.heading, excerpt, context: words.join(' ') });
    });
  }
  return chunks;
}

/** The text indexed for a chunk: its measure heading and context words around the sentence. */
export function indexText(chunk: Chunk): string {
  return `${chunk.heading} ${chunk.excerpt} ${chunk.context}`;
}
