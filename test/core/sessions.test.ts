/** The session state's copy: what deciding changes on the next state never reaches the state it came from. */
import { describe, expect, it } from 'vitest';
import { cloneSession, emptySession, isEmptySession, parseSessionState, type SessionState } from '../../bot/core/sessions.ts';

const state: SessionState = {
  facts: { contractAmountYuan: '3000000', researchSide: 'university', landed: true, awards: 2 },
  amounts: [{ fact: 'contractAmountYuan', yuan: '3000000', raw: '300万', party: 'university', past: false }],
  parties: { self: ['enterprise'], counterparties: ['university'], asked: ['enterprise'] },
  focus: { benefits: ['m6-contract'], checks: ['m9-fast-track'], described: ['m1-platform'], measures: [6, 9, 1] },
  pending: 'researchSide',
  skipped: ['landed'],
  missing: ['researchSide'],
  said: ['validity'],
  yearBefore: { fact: 'annualNewContractAmountYuan', yuan: '50000000' },
  earlier: ['m8-pilot-platform'],
  lastTotal: { years: 3 },
  lastResults: [{ benefit: 'm2-tech-manager-award', yuan: '500000.00', year: '2026' }],
  resultsBefore: [{ benefit: 'm6-contract-subsidy', yuan: '600000.00' }],
  yearResults: [{ benefit: 'm2-tech-manager-award', yuan: '500000.00', year: '2026' }],
  listedByCap: true,
  listedParty: 'enterprise',
  lastAnswer: { answer: 'a1b2c3d4e5f6g7h8', message: 'h8g7f6e5d4c3b2a1' },
  supposed: { competitionLevel: 'municipal' },
  applicant: 'B',
  setAside: [{ fact: 'contractAmountYuan', yuan: '600000', raw: '60万', party: 'university', past: false, own: true, label: 'A', facts: { contractDate: '2025-08' }, over: '500000.00' }],
  letterNames: { 甲: '概念验证中心' },
  counted: [{ label: 'C', fact: 'landedProjectCount', value: 11, facts: { devZoneLevel: 'national' } }],
  weighedSum: '600000.00',
  budget: '1000000.00',
  totalSaid: '15000000.00',
  departmentAsked: '各市（县）区人民政府',
  measureDepartmentsAsked: true,
  measuresSaid: [8, 12],
  supposedRates: { 'm9-scene-project': '10' },
  itemFacts: { 'm8-pilot-platform-excellence': { platformRatedExcellent: false } },
  otherPolicyOf: ['m8-pilot-platform'],
  applicantResults: [{ label: 'A', results: [{ benefit: 'm6-contract-subsidy', yuan: '450000.00' }] }, { results: [{ benefit: 'm6-contract-subsidy', yuan: '0.00' }] }],
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
    copy.yearBefore!.yuan = '1';
    copy.lastTotal!.years = 1;
    copy.lastResults[0]!.yuan = '1';
    copy.lastResults.push({ benefit: 'x', yuan: '1' });
    copy.supposed.competitionLevel = 'district';
    copy.lastAnswer!.answer = 'x';
    copy.setAside[0]!.facts!.contractDate = '2026-01';
    copy.setAside.push({ ...copy.setAside[0]! });
    copy.letterNames.乙 = '中试服务平台';
    copy.counted[0]!.facts!.devZoneLevel = 'municipal';
    copy.counted.push({ ...copy.counted[0]! });
    copy.applicantResults[0]!.results[0]!.yuan = '1';
    copy.applicantResults[1]!.results.push({ benefit: 'x', yuan: '1' });
    copy.applicantResults.push({ results: [] });
    expect(state).toEqual(original);
  });
});

describe('emptySession', () => {
  it('holds nothing: no facts, no amounts, no parties, no focus, nothing pending, skipped, missing or said', () => {
    expect(emptySession()).toEqual({
      facts: {},
      amounts: [],
      parties: { self: [], counterparties: [], asked: [] },
      focus: { benefits: [], checks: [], described: [], measures: [] },
      pending: null,
      skipped: [],
      missing: [],
      said: [],
      yearBefore: null,
      earlier: [],
      lastTotal: null,
      lastResults: [],
      yearResults: [],
      resultsBefore: [],
      listedByCap: false,
      listedParty: null,
      lastAnswer: null,
      supposed: {},
      applicant: null,
      setAside: [],
      letterNames: {},
      counted: [],
      weighedSum: null,
      applicantResults: [],
      budget: null,
      totalSaid: null,
      departmentAsked: null,
      measureDepartmentsAsked: false,
      measuresSaid: [],
      supposedRates: {},
      itemFacts: {},
      otherPolicyOf: [],
    });
  });

  it('keeps an amount said as about a round figure (1200多万), with the mark that it is one', () => {
    const about: SessionState = { ...emptySession(), amounts: [{ fact: 'annualNewContractAmountYuan', yuan: '12000000.00', raw: '1200多万', party: null, past: false, approximate: true }] };
    expect(parseSessionState(JSON.parse(JSON.stringify(about)))).toEqual(about);
  });

  it('has the stored shape', () => {
    expect(parseSessionState(emptySession())).toEqual(emptySession());
  });

  it('a state stored before yearBefore existed loads, with none', () => {
    const { yearBefore: _, ...older } = state;
    expect(parseSessionState(JSON.parse(JSON.stringify(older)))).toEqual({ ...state, yearBefore: null });
  });

  it('a state stored before resultsBefore existed loads, with no turn before the last', () => {
    const { resultsBefore: _, ...older } = state;
    expect(parseSessionState(JSON.parse(JSON.stringify(older)))).toEqual({ ...state, resultsBefore: [] });
  });

  it('a state stored before listedByCap existed loads, as no list by ceiling', () => {
    const { listedByCap: _, ...older } = state;
    expect(parseSessionState(JSON.parse(JSON.stringify(older)))).toEqual({ ...state, listedByCap: false });
  });

  it('a state stored before listedParty existed loads, as no kind listed', () => {
    const { listedParty: _, ...older } = state;
    expect(parseSessionState(JSON.parse(JSON.stringify(older)))).toEqual({ ...state, listedParty: null });
  });

  it('a state stored before lastAnswer existed loads, with no answer to compare with', () => {
    const { lastAnswer: _, ...older } = state;
    expect(parseSessionState(JSON.parse(JSON.stringify(older)))).toEqual({ ...state, lastAnswer: null });
  });

  it('a state stored before supposed existed loads, with no what-if to go back from', () => {
    const { supposed: _, ...older } = state;
    expect(parseSessionState(JSON.parse(JSON.stringify(older)))).toEqual({ ...state, supposed: {} });
  });
});

describe('isEmptySession', () => {
  it('is true of a new conversation', () => {
    expect(isEmptySession(emptySession())).toBe(true);
  });

  it('is false once the asker is known, whatever else the turn kept (我们医院能用这个政策吗)', () => {
    const s = emptySession();
    s.parties.self.push('medical_institution');
    expect(isEmptySession(s)).toBe(false);
  });

  // Each of these alone is something a later turn needs, so the state is stored.
  it.each<[string, (s: SessionState) => void]>([
    ['a benefit in focus', (s) => s.focus.benefits.push('m6-contract')],
    ['a check in focus', (s) => s.focus.checks.push('m9-fast-track')],
    ['an item described', (s) => s.focus.described.push('m1-platform')],
    ['a measure in focus', (s) => s.focus.measures.push(6)],
    ['a pending question', (s) => (s.pending = 'researchSide')],
    ['a fact', (s) => (s.facts.landed = true)],
    ['a remark already said', (s) => s.said.push('validity')],
  ])('is false of a state with only %s', (_, change) => {
    const s = emptySession();
    change(s);
    expect(isEmptySession(s)).toBe(false);
  });

  it('is false of a state with everything', () => {
    expect(isEmptySession(state)).toBe(false);
  });
});
