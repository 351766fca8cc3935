import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledKnowledgeDir, KnowledgeError, loadKnowledge, validateKnowledge, type KnowledgeIssue } from '../../knowledge/index.ts';
import { measureSchema, benefitSchema } from '../../knowledge/schema.ts';

const tmpDirs: string[] = [];
afterEach(() => { for (const d of tmpDirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

/** A copy of the bundled knowledge base with one file changed by `edit`. */
function brokenCopy(file: string, edit: (text: string) => string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-'));
  tmpDirs.push(dir);
  cpSync(bundledKnowledgeDir, dir, { recursive: true, filter: (src) => !/\.ts$/.test(src) });
  const path = join(dir, file);
  const next = edit(readFileSync(path, 'utf8'));
  if (next === null) unlinkSync(path);
  else writeFileSync(path, next);
  return dir;
}

function issuesOf(dir: string): KnowledgeIssue[] {
  const r = validateKnowledge(dir);
  expect(r.ok).toBe(false);
  return r.issues;
}

describe('loader on the bundled knowledge base', () => {
  const kb = loadKnowledge();

  it('loads the document with its dates, interpreters and combination rule', () => {
    expect(kb.document.issueDate).toBe('2025-07-31');
    expect(kb.document.validity).toMatchObject({ from: '2025-09-01', to: '2028-08-31' });
    expect(kb.document.interpreters).toEqual(['市科技局', '市财政局']);
    expect(kb.document.combination.principle).toBe('从优、就高、不重复');
    expect(kb.document.appliesTo).toContain('医疗卫生机构');
  });

  it('has measures 0–12 in order, each with its verbatim text', () => {
    expect(kb.measures.map((m) => m.number)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const m of kb.measures) expect(kb.sourceText).toContain(m.text);
    expect(kb.measures[6]!.departments).toContain('市工业和信息化局');
  });

  it('records the benefits with typed rates and caps', () => {
    const m6 = kb.measures[6]!.benefits.find((b) => b.id === 'm6-contract-subsidy')!;
    expect(m6.rate).toEqual({ kind: 'exact', percent: '30' });
    expect(m6.cap).toMatchObject({ yuan: 1000000 });
    const m7 = kb.measures[7]!.benefits;
    expect(m7.find((b) => b.id === 'm7-platform-institution')!.rate).toEqual({ kind: 'up_to', percent: '10' });
    expect(m7.find((b) => b.id === 'm7-leading-enterprise')!.perItem).toEqual({ fact: 'landedProjectCount', capYuan: 500000 });
    expect(kb.measures[11]!.benefits.map((b) => b.rate)).toEqual([{ kind: 'match', ratio: '1∶1' }, { kind: 'match', ratio: '1∶1' }]);
  });

  it('says in data where the text leaves a number open', () => {
    const m9 = kb.measures[9]!.benefits[0]!;
    expect(m9.rate).toMatchObject({ kind: 'unspecified', quote: '一定比例' });
    const openCall = kb.measures[6]!.benefits.find((b) => b.id === 'm6-open-call-project')!;
    expect(openCall.cap.mayRise).toBe('特别重大的项目可适当上浮');
    const award = kb.measures[6]!.benefits.find((b) => b.id === 'm6-award-industrialization')!;
    expect(award.rate?.kind).toBe('unspecified');
    expect(award.withinYears).toBe(2);
    const team = kb.measures[2]!.benefits.find((b) => b.id === 'm2-team-founding')!;
    expect(team.cap.yuan).toBe(10000000);
    expect(team.conditions.find((c) => c.id === 'selected-by-review')!.decidedBy).toBe('review');
  });

  it('keeps non-monetary provisions with their conditions and numbers', () => {
    const fast = kb.measures[2]!.provisions.find((p) => p.id === 'title-fast-track')!;
    expect(fast.conditions.map((c) => c.fact)).toEqual(['personRole', 'competitionLevel', 'competitionResult', 'isMainCompleter']);
    expect(kb.measures[4]!.provisions[0]!.id).toBe('pay-after-use');
    const fund = kb.measures[12]!.provisions;
    expect(fund.find((p) => p.id === 'fund-loss-tolerance')!.numbers.map((n) => n.value)).toEqual(['20', '50']);
    expect(fund.find((p) => p.id === 'fund-term')!.numbers[0]).toMatchObject({ value: '15', unit: 'years' });
  });

  it('loads the lexicon with synonyms and custom words', () => {
    const manager = kb.lexicon.synonyms.find((g) => g.canonical === '技术经理（纪）人')!;
    expect(manager.variants).toEqual(expect.arrayContaining(['技术经理人', '技术经纪人']));
    expect(kb.lexicon.words).toContain('小批量试生产');
  });

  it('gives a stable version hash that changes with the content', () => {
    expect(loadKnowledge().version).toBe(kb.version);
    const dir = brokenCopy('lexicon.yaml', (t) => t.replace('words:\n', 'words:\n  - 新词\n'));
    expect(loadKnowledge(dir).version).not.toBe(kb.version);
  });
});

describe('schemas', () => {
  it('refuse a condition with neither a fact test nor decidedBy', () => {
    const r = benefitSchema.safeParse({ id: 'x', title: 't', beneficiary: 'enterprise', beneficiaryLabel: 'e', cap: { yuan: 1, per: 'once' }, conditions: [{ id: 'c', label: 'l', quote: 'q' }], quote: 'q' });
    expect(r.success).toBe(false);
  });
  it('let a condition decided by review name a fact only with equals', () => {
    const withCondition = (c: object) => benefitSchema.safeParse({ id: 'x', title: 't', beneficiary: 'enterprise', beneficiaryLabel: 'e', cap: { yuan: 1, per: 'once' }, conditions: [{ id: 'c', label: 'l', quote: 'q', decidedBy: 'review', ...c }], quote: 'q' }).success;
    expect(withCondition({})).toBe(true);
    expect(withCondition({ fact: 'platformRecognized', equals: true })).toBe(true);
    expect(withCondition({ fact: 'platformRecognized' })).toBe(false);
    expect(withCondition({ equals: true })).toBe(false);
    expect(withCondition({ fact: 'applicantType', oneOf: ['enterprise'] })).toBe(false);
  });
  it('refuse a rate without a base and a float cap', () => {
    expect(benefitSchema.safeParse({ id: 'x', title: 't', beneficiary: 'enterprise', beneficiaryLabel: 'e', rate: { kind: 'exact', percent: '30' }, cap: { yuan: 1, per: 'once' }, quote: 'q' }).success).toBe(false);
    expect(benefitSchema.safeParse({ id: 'x', title: 't', beneficiary: 'enterprise', beneficiaryLabel: 'e', cap: { yuan: 1.5, per: 'once' }, quote: 'q' }).success).toBe(false);
  });
  it('refuse a measure number outside 0–12', () => {
    expect(measureSchema.safeParse({ number: 13, heading: 'h', departments: ['d'], text: 't' }).success).toBe(false);
  });
});

describe('a broken knowledge base is refused with file and field named', () => {
  it('YAML syntax error, with its line', () => {
    const dir = brokenCopy('measures/06.yaml', (t) => t.replace('benefits:\n', 'benefits:\n  - id: [unclosed\n'));
    const issues = issuesOf(dir);
    expect(issues[0]).toMatchObject({ file: 'measures/06.yaml' });
    expect(issues[0]!.line).toBeGreaterThan(5);
    expect(issues[0]!.message).toMatch(/YAML syntax error/);
  });

  it('schema violation: a rate kind that does not exist', () => {
    const dir = brokenCopy('measures/06.yaml', (t) => t.replace('kind: exact, percent: "30"', 'kind: about, percent: "30"'));
    expect(issuesOf(dir)).toContainEqual(expect.objectContaining({ file: 'measures/06.yaml', field: 'benefits[1].rate.kind' }));
  });

  it('a cap that does not match its quote', () => {
    const dir = brokenCopy('measures/06.yaml', (t) => t.replace('yuan: 1000000, per: per_enterprise', 'yuan: 2000000, per: per_enterprise'));
    const issues = issuesOf(dir);
    expect(issues).toContainEqual(expect.objectContaining({ file: 'measures/06.yaml', field: 'benefits[1].cap.yuan' }));
    expect(issues.find((i) => i.field === 'benefits[1].cap.yuan')!.message).toMatch(/200万元/);
  });

  it('bounds of a provision that contradict each other', () => {
    const dir = brokenCopy('measures/12.yaml', (t) => t.replace('unit: percent, bound: min', 'unit: percent, bound: max'));
    expect(issuesOf(dir)).toContainEqual(expect.objectContaining({ file: 'measures/12.yaml', field: 'provisions[1].numbers[1].bound', message: expect.stringContaining('a second max in percent') }));
    const swapped = brokenCopy('measures/12.yaml', (t) => t.replace('"20", unit: percent, bound: min', '"20", unit: percent, bound: MAX').replace('"50", unit: percent, bound: max', '"50", unit: percent, bound: min').replace('bound: MAX', 'bound: max'));
    expect(issuesOf(swapped)).toContainEqual(expect.objectContaining({ file: 'measures/12.yaml', field: 'provisions[1].numbers[1].bound', message: expect.stringContaining('the min 50 is above the max 20') }));
  });

  it('a rate that does not match its quote', () => {
    const dir = brokenCopy('measures/02.yaml', (t) => t.replace('percent: "2" }', 'percent: "3" }'));
    expect(issuesOf(dir)).toContainEqual(expect.objectContaining({ file: 'measures/02.yaml', field: 'benefits[1].rate.percent' }));
  });

  it('a rate whose digits only appear inside a larger number of the quote', () => {
    const dir = brokenCopy('measures/06.yaml', (t) => t.replace('kind: exact, percent: "30"', 'kind: exact, percent: "0"'));
    expect(issuesOf(dir)).toContainEqual(expect.objectContaining({ file: 'measures/06.yaml', field: 'benefits[1].rate.percent' }));
  });

  it('a note on what the text leaves open that misquotes the measure or states a figure of its own', () => {
    const misquoted = brokenCopy('measures/02.yaml', (t) => t.replace('原文写的是“可直接申报相应职称”', '原文写的是“可直接申报高级职称”'));
    expect(issuesOf(misquoted)).toContainEqual(expect.objectContaining({ file: 'measures/02.yaml', field: 'provisions[0].open[0].note', message: expect.stringMatching(/可直接申报高级职称.*not in the measure's text/) }));
    const figure = brokenCopy('measures/02.yaml', (t) => t.replace('没有写明可以申报哪一级职称；', '没有写明可以申报哪一级职称，一般可奖励5万元；'));
    expect(issuesOf(figure)).toContainEqual(expect.objectContaining({ file: 'measures/02.yaml', field: 'provisions[0].open[0].note', message: expect.stringMatching(/states a figure/) }));
    expect(validateKnowledge(bundledKnowledgeDir).ok).toBe(true);
  });

  it('a quote not found in the source', () => {
    const dir = brokenCopy('measures/11.yaml', (t) => t.replace('给予最高10万元联动奖补。', '给予最高10万元的联动奖补。'));
    const issues = issuesOf(dir);
    expect(issues).toContainEqual(expect.objectContaining({ file: 'measures/11.yaml', field: 'benefits[1].quote' }));
    expect(issues[0]!.message).toMatch(/not found verbatim/);
  });

  it('who builds a platform, quoted from another measure or not from the text', () => {
    const other = brokenCopy('measures/08.yaml', (t) => t.replace('    builtBy: 支持企业、社会资本联合科研机构等分类建设市场化运作的概念验证中心、中试服务平台\n', '    builtBy: 对与科研事业单位开展产学研合作的企业\n'));
    expect(issuesOf(other)).toContainEqual(expect.objectContaining({ file: 'measures/08.yaml', field: 'benefits[0].builtBy', message: 'builtBy is policy text but not from measure 8' }));
    const made = brokenCopy('measures/08.yaml', (t) => t.replace('    builtBy: 支持企业、社会资本联合科研机构等分类建设市场化运作的概念验证中心、中试服务平台\n', '    builtBy: 支持个人建设中试服务平台\n'));
    expect(issuesOf(made)).toContainEqual(expect.objectContaining({ file: 'measures/08.yaml', field: 'benefits[0].builtBy', message: expect.stringMatching(/not found verbatim/) }));
  });

  it('a word both asking an open note and keeping it from being asked', () => {
    const dir = brokenCopy('measures/11.yaml', (t) => t.replace('    open:\n      - words: [专利,', '    open:\n      - unless: [专利]\n        words: [专利,'));
    expect(issuesOf(dir)).toContainEqual(expect.objectContaining({ file: 'measures/11.yaml', field: 'provisions[1].open[0].unless[0]', message: expect.stringContaining('«专利» is both a word that asks the note') }));
  });

  it('a missing measure', () => {
    const dir = brokenCopy('measures/09.yaml', () => null);
    expect(issuesOf(dir)).toContainEqual(expect.objectContaining({ field: 'number', message: expect.stringContaining('measure 9 is missing') }));
  });

  it('a measure defined twice', () => {
    const dir = brokenCopy('measures/10.yaml', (t) => t.replace('number: 10', 'number: 9'));
    const issues = issuesOf(dir);
    expect(issues).toContainEqual(expect.objectContaining({ file: 'measures/10.yaml', message: expect.stringContaining('defined twice') }));
    expect(issues).toContainEqual(expect.objectContaining({ message: expect.stringContaining('measure 10 is missing') }));
  });

  it('a truncated file: cut in the middle of the text', () => {
    const dir = brokenCopy('measures/07.yaml', (t) => t.slice(0, t.indexOf('benefits:')).replace(/。〔[^\n]*$/m, '。'));
    const issues = issuesOf(dir);
    expect(issues).toContainEqual(expect.objectContaining({ file: 'measures/07.yaml', field: 'text', message: expect.stringContaining('truncated') }));
  });

  it('a truncated file: cut before required fields', () => {
    const dir = brokenCopy('document.yaml', (t) => t.slice(0, t.indexOf('validity:')));
    expect(issuesOf(dir)).toContainEqual(expect.objectContaining({ file: 'document.yaml', field: 'validity', message: expect.stringMatching(/required/) }));
  });

  it('an empty file', () => {
    const dir = brokenCopy('facts.yaml', () => '');
    expect(issuesOf(dir)).toContainEqual(expect.objectContaining({ file: 'facts.yaml', message: expect.stringContaining('empty') }));
  });

  it('dates that disagree with the text', () => {
    const dir = brokenCopy('document.yaml', (t) => t.replace('to: 2028-08-31', 'to: 2029-08-31'));
    expect(issuesOf(dir)).toContainEqual(expect.objectContaining({ file: 'document.yaml', field: 'validity.to' }));
  });

  it('a condition on a fact that does not exist', () => {
    const dir = brokenCopy('measures/02.yaml', (t) => t.replace('fact: isMainCompleter', 'fact: isMainAuthor'));
    expect(issuesOf(dir)).toContainEqual(expect.objectContaining({ file: 'measures/02.yaml', field: 'provisions[0].conditions[3].fact' }));
  });

  it('a synonym in two groups', () => {
    const dir = brokenCopy('lexicon.yaml', (t) => t.replace('variants: [创新券, 科技券, 服务券]', 'variants: [创新券, 科技券, 服务券, 高工]'));
    expect(issuesOf(dir)).toContainEqual(expect.objectContaining({ file: 'lexicon.yaml', field: 'synonyms[3].variants[3]' }));
  });

  it('loadKnowledge throws a KnowledgeError that lists the problems', () => {
    const dir = brokenCopy('measures/09.yaml', () => null);
    expect(() => loadKnowledge(dir)).toThrow(KnowledgeError);
    expect(() => loadKnowledge(dir)).toThrow(/knowledge: .*measure 9 is missing/s);
  });
});

describe('npm run kb -- validate', () => {
  const tsx = join(import.meta.dirname, '../../node_modules/.bin/tsx');
  const cli = join(import.meta.dirname, '../../knowledge/cli.ts');
  it('exits 0 on the bundled knowledge base', () => {
    const out = execFileSync(tsx, [cli, 'validate'], { encoding: 'utf8' });
    expect(out).toMatch(/is valid/);
  });
  it('exits 1 on a broken one, naming file and field', () => {
    const dir = brokenCopy('measures/06.yaml', (t) => t.replace('yuan: 1000000, per: per_enterprise', 'yuan: 2000000, per: per_enterprise'));
    const r = spawnSync(tsx, [cli, 'validate', dir], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/measures\/06\.yaml — benefits\[1\]\.cap\.yuan/);
  });
  it('exits 2 with usage on an unknown command', () => {
    const r = spawnSync(tsx, [cli, 'frobnicate'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage/);
  });
});
