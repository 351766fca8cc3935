/** The session state's copy: what deciding changes on the next state never reaches the state it came from. */
import { describe, expect, it } from 'vitest';
import { cloneSession, parseSessionState, type SessionState } from '../../bot/core/sessions.ts';

const state: SessionState = {
  facts: { contractAmountYuan: '3000000', researchSide: 'university', landed: true, awards: 2 },
  amounts: [{ fact: 'contractAmountYuan', yuan: '3000000', raw: '300万', party: 'university', past: false }],
  parties: { self: ['enterprise'], counterparties: ['university'], asked: ['enterprise'] },
  focus: { benefits: ['m6-contract'], checks: ['m9-fast-track'], described: ['m1-platform'], measures: [6, 9, 1] },
  pending: 'researchSide',
  skipped: ['landed'],
  missing: ['researchSide'],
  said: ['validity'],
};

describe('cloneSession', () => {
  it('copies every field, and the copy still has the stored shape', () => {
    const copy = cloneSession(state);
    expect(copy).toEqual(state);
    expect(parseSessionState(JSON.parse(JSON.stringify(copy)))).toEqual(state);
  });

  it('shares no object or array with the original', () => {
    const original = structuredClone(state);
    const copy = cloneSession(state);
    copy.facts.contractAmountYuan = '1';
    copy.amounts[0]!.yuan = '1';
    copy.amounts.push({ ...copy.amounts[0]! });
    for (const list of [copy.parties.self, copy.parties.counterparties, copy.parties.asked, copy.focus.benefits, copy.focus.checks, copy.focus.described, copy.skipped, copy.missing, copy.said]) list.push('x');
    copy.focus.measures.push(12);
    copy.pending = null;
    expect(state).toEqual(original);
  });
});
