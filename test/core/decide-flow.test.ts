/**
 * Branches of bot/core/decide.ts that the rule-based reader alone never
 * reaches, decided on the real knowledge base: a greeting or thanks beside a
 * real question (intents the model reader adds when the rules find none, e.g.
 * 你好，请问第八条讲什么 → help + explain) answers the question, not the small
 * talk; a date asked about with 还有效吗 states the validity once.
 */
import { describe, expect, it } from 'vitest';
import { createItemIndex, createReader, decide, emptyContext, emptySession, type Reading } from '../../bot/core/index.ts';
import { loadKnowledge, type IntentId } from '../../knowledge/index.ts';

const kb = loadKnowledge();
const index = createItemIndex(kb);
const reader = createReader(kb);

/** The rule-based reading of a message, with the intents a model read in it when given. */
function read(message: string, intents?: IntentId[]): Reading {
  const r = reader.read(message, emptyContext);
  if (intents) r.intents = intents;
  return r;
}

/** The kinds of part a fresh session's turn is answered with (retrieval found nothing cited). */
function kinds(r: Reading): string[] {
  let d = decide(kb, index, emptySession(), r, null);
  if (d.needsSearch) d = decide(kb, index, emptySession(), r, { cited: false, measures: [], items: [] });
  return d.parts.map((p) => p.kind);
}

describe('small talk beside a question', () => {
  it('a greeting with a measure named describes the measure', () => {
    const r = read('你好，请问第八条讲什么', ['help', 'explain']);
    expect(r.measures).toEqual([8]);
    expect(kinds(r)).toEqual(['measure']);
  });

  it('a greeting with an item named answers the item', () => {
    const r = read('你好，请问概念验证中心', ['help', 'amount']);
    expect(r.items).toContain('m8-concept-center');
    expect(kinds(r)).toEqual(['compute']);
  });

  it('a greeting with a contract figure stated computes on it', () => {
    const r = read('你好，我们和江南大学签了100万技术合同', ['help', 'amount']);
    expect(r.items).toEqual([]);
    expect(r.facts.contractAmountYuan).toBe('1000000.00');
    expect(kinds(r)).toEqual(['compute']);
  });

  it('thanks with a question of how much is the question (the list of support), not a thanks', () => {
    const r = read('谢谢，那一般能给多少', ['thanks', 'amount']);
    expect(Object.keys(r.facts)).toEqual([]);
    expect(kinds(r)).toEqual(['vague']);
  });

  it('a greeting alone is answered with what the assistant does', () => {
    expect(kinds(read('你好'))).toEqual(['help']);
  });
});

describe('a date asked about', () => {
  it('with 还有效吗 states the validity once', () => {
    const r = read('2028年10月还有效吗');
    expect(r.dateAsked).toBeTruthy();
    expect(kinds(r)).toEqual(['document']);
  });
});
