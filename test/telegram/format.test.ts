/** Telegram text: escaping, the answer as blocks, and splitting at paragraph boundaries. */
import { describe, expect, it } from 'vitest';
import { answerBlocks, escapeHtml, MESSAGE_LIMIT, renderMessages } from '../../bot/telegram/index.ts';
import { parseTelegramHtml } from '../support/fake-telegram.ts';

const plainOf = (html: string) => parseTelegramHtml(html).text;

describe('Telegram formatting', () => {
  it('escapes the characters HTML parse mode reserves', () => {
    expect(escapeHtml('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
    expect(plainOf(renderMessages([{ text: '<b>不是粗体</b> & 符号' }])[0]!)).toBe('<b>不是粗体</b> & 符号');
  });

  it('bolds a result card headline and quotes the clauses, clipped', () => {
    const blocks = answerBlocks({
      answer: '【第6条·产学研合作技术合同补助】可获 90万元\n计算：300万元 × 30% = 90万元\n\n依据：第6条',
      citations: [
        { measure: 6, heading: '组织实施', excerpt: '按技术合同实际成交额的30%。' },
        { measure: 0, heading: '附则', excerpt: '长'.repeat(1000) },
        { measure: 2, heading: '第三条不显示', excerpt: '不显示' },
      ],
    });
    const [html] = renderMessages(blocks);
    const { text, entities } = parseTelegramHtml(html!);
    expect(entities[0]).toMatchObject({ type: 'bold', offset: 0, length: '【第6条·产学研合作技术合同补助】可获 90万元'.length });
    expect(entities.filter((e) => e.type === 'blockquote')).toHaveLength(2);
    expect(text).toContain('第6条（组织实施）：按技术合同实际成交额的30%。');
    expect(text).toContain('附则（附则）：');
    expect(text).not.toContain('不显示');
    expect(text.length).toBeLessThan(1000);
  });

  it('splits between paragraphs, never inside one that fits', () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => `${i}：${'字'.repeat(300)}`);
    const messages = renderMessages(paragraphs.map((text) => ({ text })));
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(m.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(messages.join('\n\n')).toBe(paragraphs.join('\n\n'));
  });

  it('measures the limit after escaping, and breaks a paragraph longer than a message at lines, then sentences', () => {
    const escaped = renderMessages([{ text: '&'.repeat(2000) }]);
    for (const m of escaped) expect(m.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(escaped.map(plainOf).join('')).toBe('&'.repeat(2000));
    const lines = Array.from({ length: 100 }, (_, i) => `第${i}行${'文'.repeat(60)}`).join('\n');
    const byLine = renderMessages([{ text: lines }]);
    expect(byLine.length).toBe(2);
    expect(byLine.join('\n')).toBe(lines);
    const sentences = Array.from({ length: 100 }, (_, i) => `第${i}句${'文'.repeat(60)}。`).join('');
    const bySentence = renderMessages([{ text: sentences }]);
    expect(bySentence.every((m) => m.endsWith('。'))).toBe(true);
    expect(bySentence.join('')).toBe(sentences);
    const emoji = renderMessages([{ text: '😀'.repeat(3000) }]);
    expect(emoji.every((m) => m.length <= MESSAGE_LIMIT && !/^[\uDC00-\uDFFF]/.test(m) && !/[\uD800-\uDBFF]$/.test(m))).toBe(true);
  });
});
