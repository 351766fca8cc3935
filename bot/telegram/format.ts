/**
 * Telegram text: HTML parse mode with everything the core says escaped, the
 * core's result-first answer kept as it is, the clauses quoted, and anything
 * longer than one message split at paragraph boundaries.
 */
import type { ChatCitation, ChatResponse } from '../core/index.ts';

/** Telegram's limit on one message's text, in UTF-16 code units. */
export const MESSAGE_LIMIT = 4096;
/** Most characters of one quoted clause under an answer. */
export const QUOTE_CHARS = 300;
/** Most clauses quoted under an answer. */
export const QUOTES_SHOWN = 2;

/** Escapes text for parse_mode HTML: the three characters Telegram reserves. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A paragraph of a message: plain text (escaped when rendered), optionally bold on its first line, or a quoted block. */
export interface Block {
  text: string;
  kind?: 'plain' | 'quote' | 'heading';
  /** Bold the first line (a result card's headline). */
  boldFirstLine?: boolean;
}

export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function renderBlock(b: Block): string {
  if (b.kind === 'quote') return `<blockquote>${escapeHtml(b.text)}</blockquote>`;
  if (b.kind === 'heading') return `<b>${escapeHtml(b.text)}</b>`;
  if (b.boldFirstLine) {
    const i = b.text.indexOf('\n');
    const first = i < 0 ? b.text : b.text.slice(0, i);
    return `<b>${escapeHtml(first)}</b>${i < 0 ? '' : escapeHtml(b.text.slice(i))}`;
  }
  return escapeHtml(b.text);
}

/**
 * Pieces of one block's text no longer than `limit` once rendered: at line
 * breaks, then after sentence ends, and only as a last resort anywhere.
 */
function splitBlock(b: Block, limit: number): Block[] {
  if (renderBlock(b).length <= limit) return [b];
  const fits = (t: string) => renderBlock({ ...b, text: t }).length <= limit;
  const units = (t: string) => t.match(/[^\n]*\n|[^\n]+$/g) ?? [t];
  const sentences = (t: string) => t.match(/[^。！？；!?;]*[。！？；!?;]|[^。！？；!?;]+$/g) ?? [t];
  const out: string[] = [];
  let current = '';
  const push = (piece: string) => {
    if (fits(current + piece)) {
      current += piece;
      return;
    }
    if (current) out.push(current);
    current = '';
    if (fits(piece)) {
      current = piece;
      return;
    }
    // A piece too long on its own: by sentences, then by characters.
    const parts = sentences(piece);
    if (parts.length > 1) {
      for (const s of parts) push(s);
      return;
    }
    let rest = piece;
    while (!fits(rest)) {
      let n = limit;
      while (n > 1 && !fits(rest.slice(0, n))) n = Math.floor(n * 0.9);
      // Never between the two halves of a surrogate pair.
      if (n > 1 && /[\uD800-\uDBFF]/.test(rest[n - 1]!)) n--;
      out.push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    current = rest;
  };
  for (const u of units(b.text)) push(u);
  if (current) out.push(current);
  return out.map((text, i) => ({ ...b, text: text.replace(/\n+$/, ''), boldFirstLine: i === 0 && b.boldFirstLine === true }));
}

/**
 * Renders blocks into HTML messages of at most `limit` characters each,
 * joining paragraphs with a blank line and breaking only between them (a
 * paragraph longer than a whole message is broken at its lines or sentences).
 */
export function renderMessages(blocks: readonly Block[], limit = MESSAGE_LIMIT): string[] {
  const messages: string[] = [];
  let current = '';
  for (const block of blocks.flatMap((b) => splitBlock(b, limit))) {
    const html = renderBlock(block);
    if (!html) continue;
    const joined = current ? `${current}\n\n${html}` : html;
    if (joined.length <= limit) current = joined;
    else {
      messages.push(current);
      current = html;
    }
  }
  if (current) messages.push(current);
  return messages;
}

/** One clause as quoted under an answer: 第6条（heading）and the sentence(s), clipped. */
export function quoteOf(c: ChatCitation): Block {
  const where = c.measure === 0 ? `附则（${c.heading}）` : `第${c.measure}条（${c.heading}）`;
  return { kind: 'quote', text: `${where}：${clip(c.excerpt.trim(), QUOTE_CHARS)}` };
}

/**
 * An answer as blocks: the core's text paragraph by paragraph (a result
 * card's first line in bold), then the best clauses quoted.
 */
export function answerBlocks(response: Pick<ChatResponse, 'answer' | 'citations'>): Block[] {
  const paragraphs = response.answer.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
  const blocks: Block[] = paragraphs.map((text) => ({ text, boldFirstLine: text.startsWith('【') }));
  for (const c of response.citations.slice(0, QUOTES_SHOWN)) blocks.push(quoteOf(c));
  return blocks;
}
