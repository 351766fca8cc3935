/**
 * The vocabulary and template lint on broken copies of the bundled
 * vocabulary, facts and templates: each fault is named with its file, field
 * and line. Mutation testing found that no other test breaks the vocabulary
 * or the templates on purpose, so none of the lint's faults was ever raised.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../knowledge/index.ts';
import { lintVocabulary } from '../../knowledge/lint-vocabulary.ts';
import { templateCatalogue } from '../../knowledge/templates.ts';
import type { KnowledgeIssue } from '../../knowledge/issues.ts';
import type { FactCatalogue } from '../../knowledge/schema.ts';
import type { Templates, Vocabulary } from '../../knowledge/vocabulary-schema.ts';

const kb = loadKnowledge();

/** Needles the line finder knows, with their lines; any other needle has no line. */
const LINES: Record<string, Record<string, number>> = {
  'vocabulary.yaml': { 'contractAmountYuan:': 11, 'institutionType:': 12, 'noSuchFact:': 13, 'isStateOwned:': 14, institutionType: 30, defaultAsker: 15, defaultAmountFact: 16, 大学: 17, 国企: 18, 国资委: 19 },
  'templates.yaml': { 'reset:': 21, 'notATemplate:': 22 },
};

interface Edits {
  vocabulary?: (v: Vocabulary) => void;
  facts?: (f: FactCatalogue) => void;
  templates?: (t: Templates) => void;
}

function lint(edits: Edits = {}): KnowledgeIssue[] {
  const vocabulary = structuredClone(kb.vocabulary);
  const facts = structuredClone(kb.facts);
  const templates = structuredClone(kb.templates);
  edits.vocabulary?.(vocabulary);
  edits.facts?.(facts);
  edits.templates?.(templates);
  return lintVocabulary({
    vocabulary,
    facts,
    templates,
    measures: kb.measures.filter(Boolean),
    readLines: (file) => (needle) => LINES[file]?.[needle],
  });
}

const fact = (v: Vocabulary, id: string) => {
  const f = v.facts[id];
  if (!f) throw new Error(`test: vocabulary.facts.${id} is gone; update this test`);
  return f;
};

describe('lintVocabulary', () => {
  it('finds nothing wrong with the bundled knowledge base', () => {
    expect(lint()).toEqual([]);
  });

  it("names a group of kinds whose measure, quote or members the knowledge base does not have", () => {
    const group = (v: Vocabulary) => v.categories['科研事业单位'] ?? (() => { throw new Error('test: vocabulary.categories.科研事业单位 is gone; update this test'); })();
    expect(lint({ vocabulary: (v) => void (group(v).measure = 99) })).toEqual([{ file: 'vocabulary.yaml', field: 'categories.科研事业单位.measure', message: expect.stringContaining('there is no measure 99') }]);
    expect(lint({ vocabulary: (v) => void (group(v).quote = '高校和企业等科研事业单位') })).toEqual([{ file: 'vocabulary.yaml', field: 'categories.科研事业单位.quote', message: expect.stringContaining('is not in the text of measure 4') }]);
    expect(lint({ vocabulary: (v) => void group(v).members.push('hospital') })).toEqual([{ file: 'vocabulary.yaml', field: 'categories.科研事业单位.members', message: expect.stringContaining('unknown party «hospital»') }]);
  });

  it('names a kind listed apart from a group that is no party, or that is also a member', () => {
    const group = (v: Vocabulary) => v.categories['新型研发机构'] ?? (() => { throw new Error('test: vocabulary.categories.新型研发机构 is gone; update this test'); })();
    expect(lint({ vocabulary: (v) => void group(v).apart.push('hospital') })).toEqual([{ file: 'vocabulary.yaml', field: 'categories.新型研发机构.apart', message: expect.stringContaining('unknown party «hospital»') }]);
    expect(lint({ vocabulary: (v) => void group(v).apart.push('new_rd_institution') })).toEqual([{ file: 'vocabulary.yaml', field: 'categories.新型研发机构.apart', message: expect.stringContaining('listed both as a member and apart') }]);
  });

  it('names an asking word that asks by itself but is not an asking word', () => {
    const issues = lint({ vocabulary: (v) => void v.grammar.askingByThemselves.push('难道') });
    expect(issues).toEqual([{ file: 'vocabulary.yaml', field: 'grammar.askingByThemselves', message: expect.stringContaining('«难道» is not one of grammar.asking') }]);
  });

  it('names words said of the asker on a fact that is not yes/no, and a kind of asker that is no party', () => {
    const issues = lint({
      vocabulary: (v) => {
        fact(v, 'institutionType').ofAsker = { words: ['我们牵头'], for: ['enterprise'] };
        fact(v, 'consortiumLedByLeadingEnterprise').ofAsker = { words: ['我们牵头'], for: ['company'] };
      },
    });
    expect(issues).toEqual([
      { file: 'vocabulary.yaml', field: 'facts.institutionType.ofAsker', message: expect.stringContaining('institutionType is a enum fact; words said of the asker are for yes/no facts') },
      { file: 'vocabulary.yaml', field: 'facts.consortiumLedByLeadingEnterprise.ofAsker.for', message: expect.stringContaining('«company» is not a party') },
    ]);
  });

  it('names whom a provision is for when no party serves it, with the measure file', () => {
    const measures = structuredClone(kb.measures.filter(Boolean));
    const m4 = measures.find((m) => m.number === 4)!;
    m4.provisions[0]!.for = ['universities'];
    const issues = lintVocabulary({ vocabulary: kb.vocabulary, facts: kb.facts, templates: kb.templates, measures, readLines: () => () => undefined });
    expect(issues).toEqual([{ file: 'measures/04.yaml', field: `provisions.${m4.provisions[0]!.id}.for`, message: expect.stringContaining('no party serves «universities»') }]);
  });

  it('names an intent the code asks for that has no words', () => {
    const issues = lint({ vocabulary: (v) => void delete (v.intents as Record<string, unknown>).reset });
    expect(issues).toEqual([{ file: 'vocabulary.yaml', field: 'intents.reset', message: expect.stringContaining('intent reset has no words') }]);
  });

  it('names a fact of the vocabulary that facts.yaml does not define, with its line', () => {
    const issues = lint({ vocabulary: (v) => (v.facts.noSuchFact = structuredClone(fact(v, 'isStateOwned'))) });
    expect(issues).toEqual([{ file: 'vocabulary.yaml', field: 'facts.noSuchFact', line: 13, message: expect.stringContaining('unknown fact «noSuchFact»') }]);
  });

  it('refuses cue words on a fact that is not a figure, and a figure without them', () => {
    const issues = lint({
      vocabulary: (v) => {
        fact(v, 'isStateOwned').cues = structuredClone(fact(v, 'contractAmountYuan').cues);
        delete fact(v, 'contractAmountYuan').cues;
      },
    });
    expect(issues).toEqual([
      { file: 'vocabulary.yaml', field: 'facts.contractAmountYuan', line: 11, message: expect.stringContaining('contractAmountYuan is a amount fact; give the cue words') },
      { file: 'vocabulary.yaml', field: 'facts.isStateOwned.cues', line: 14, message: expect.stringContaining('isStateOwned is a boolean fact; cues are for amounts') },
    ]);
  });

  it('refuses values on a fact that is not an enum', () => {
    const issues = lint({ vocabulary: (v) => (fact(v, 'isStateOwned').values = { yes: ['是'] }) });
    expect(issues).toEqual([{ file: 'vocabulary.yaml', field: 'facts.isStateOwned.values', line: 14, message: expect.stringContaining('values are for enum facts') }]);
  });

  it('names a value its fact does not have, listing the values it has', () => {
    const issues = lint({ vocabulary: (v) => (fact(v, 'institutionType').values!.castle = ['城堡']) });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'vocabulary.yaml', field: 'facts.institutionType.values.castle' });
    expect(issues[0]!.message).toContain('«castle» is not a value of institutionType (values: ');
    expect(issues[0]!.message).toContain('university, ');
  });

  it('refuses one word standing for two values of a fact', () => {
    const issues = lint({ vocabulary: (v) => fact(v, 'institutionType').values!.research_institute!.push('大学') });
    expect(issues).toEqual([
      { file: 'vocabulary.yaml', field: 'facts.institutionType.values.research_institute', line: 17, message: '«大学» is also a word of university; a word states one value of a fact' },
    ]);
  });

  it('refuses yes and no words on a fact that is not yes/no, and a word that is both', () => {
    const onEnum = lint({ vocabulary: (v) => fact(v, 'institutionType').noNearOutsidePlace.push('外地') });
    expect(onEnum).toEqual([{ file: 'vocabulary.yaml', field: 'facts.institutionType', line: 12, message: expect.stringContaining('yes / no words are for yes/no facts') }]);
    const both = lint({ vocabulary: (v) => fact(v, 'isStateOwned').no.push('国企') });
    expect(both).toEqual([{ file: 'vocabulary.yaml', field: 'facts.isStateOwned.no', line: 18, message: '«国企» is both a yes and a no word' }]);
  });

  it('checks what a fact implies and what its yes and no mean', () => {
    const issues = lint({
      vocabulary: (v) => {
        fact(v, 'provincialRewardYuan').implies = { hasProvincialReward: 'yes', noSuchFact: true, institutionType: 'castle' };
        fact(v, 'competitionResult').yesMeans = 'gold';
      },
    });
    expect(issues.map((i) => [i.field, i.message.split(';')[0]!.split(' (')[0]])).toEqual([
      ['facts.provincialRewardYuan.implies.hasProvincialReward', 'hasProvincialReward is a yes/no fact'],
      ['facts.provincialRewardYuan.implies.noSuchFact', 'unknown fact «noSuchFact»'],
      ['facts.provincialRewardYuan.implies.institutionType', '«castle» is not a value of institutionType'],
      ['facts.competitionResult.yesMeans', '«gold» is not a value of competitionResult'],
    ]);
    expect(issues.every((i) => i.file === 'vocabulary.yaml')).toBe(true);
  });

  it('accepts an implied enum value only as a string its fact has', () => {
    const issues = lint({ vocabulary: (v) => (fact(v, 'provincialRewardYuan').implies = { institutionType: 1 as unknown as string }) });
    expect(issues).toEqual([{ file: 'vocabulary.yaml', field: 'facts.provincialRewardYuan.implies.institutionType', line: 30, message: expect.stringContaining('«1» is not a value of institutionType') }]);
    expect(lint({ vocabulary: (v) => (fact(v, 'provincialRewardYuan').implies = { institutionType: 'university' }) })).toEqual([]);
  });

  it('refuses one option label for two values of a fact, in facts.yaml', () => {
    const issues = lint({
      facts: (f) => {
        const def = f.facts.find((d) => d.id === 'personRole');
        if (def?.kind !== 'enum') throw new Error('test: personRole is no longer an enum; update this test');
        def.values.other = def.values.researcher!;
      },
    });
    expect(issues).toEqual([
      { file: 'facts.yaml', field: 'facts.personRole.values', message: 'option label «科研人员» is used for two values; each button must resolve to one value' },
      { file: 'facts.yaml', field: 'facts.personRole.values', message: 'option label «科研人员» is used for two values; each button must resolve to one value' },
    ]);
  });

  it('needs the default amount fact to be an amount fact', () => {
    for (const id of ['isStateOwned', 'noSuchFact']) {
      const issues = lint({ vocabulary: (v) => (v.defaultAmountFact = id) });
      expect(issues).toEqual([{ file: 'vocabulary.yaml', field: 'defaultAmountFact', line: 16, message: `«${id}» is not an amount fact` }]);
    }
  });

  it('checks each party: whom it serves, what it states of itself and of a partner, and the amounts it reads as others', () => {
    const issues = lint({
      vocabulary: (v) => {
        const p = v.parties.university!;
        p.serves.push('dragons');
        p.asSelf = { ...p.asSelf, institutionType: 'castle' };
        p.asCounterparty = { ...p.asCounterparty, noSuchFact: true };
        p.readsAs = { contractAmountYuan: 'isStateOwned' };
      },
    });
    expect(issues.map((i) => [i.field, i.message.split(' (')[0]])).toEqual([
      ['parties.university.serves', 'no benefit is for «dragons»'],
      ['parties.university.asSelf.institutionType', '«castle» is not a value of institutionType'],
      ['parties.university.asCounterparty.noSuchFact', 'unknown fact «noSuchFact»; use one defined in facts.yaml'],
      ['parties.university.readsAs', '«isStateOwned» is not an amount fact'],
    ]);
    expect(issues[0]!.message).toMatch(/\(beneficiaries: .*enterprise.*\)$/);
    const from = lint({ vocabulary: (v) => (v.parties.university!.readsAs = { noSuchFact: 'contractAmountYuan' }) });
    expect(from).toEqual([{ file: 'vocabulary.yaml', field: 'parties.university.readsAs', message: '«noSuchFact» is not an amount fact' }]);
  });

  it('checks the beneficiaries a party sums with, and the workplaces its words say (unitOf)', () => {
    const issues = lint({
      vocabulary: (v) => {
        v.parties.enterprise!.sumsWith.push('dragons');
        const r = v.parties.researcher!;
        r.unitOf = { ...r.unitOf, 宇航员: 'university', 教授: 'technology_manager', 讲师: 'castle' };
      },
    });
    expect(issues.map((i) => [i.field, i.message.split(';')[0]!.split(' (')[0]])).toEqual([
      ['parties.enterprise.sumsWith', 'no benefit is for «dragons»'],
      ['parties.researcher.unitOf.教授', '«technology_manager» is not an organisation party'],
      ['parties.researcher.unitOf.讲师', '«castle» is not an organisation party'],
      ['parties.researcher.unitOf', "«宇航员» is not one of this party's words"],
    ]);
    expect(lint({ vocabulary: (v) => (v.parties.researcher!.unitOf = { 教授: 'research_institute' }) })).toEqual([]);
  });

  it('needs the default asker to be a party, and each department alias to name a department of a measure', () => {
    const asker = lint({ vocabulary: (v) => (v.defaultAsker = 'alien') });
    expect(asker).toEqual([{ file: 'vocabulary.yaml', field: 'defaultAsker', line: 15, message: expect.stringMatching(/^«alien» is not a party; use one of enterprise, university, /) }]);
    const department = lint({ vocabulary: (v) => (v.departmentAliases.市宇航局 = ['宇航局']) });
    expect(department).toEqual([{ file: 'vocabulary.yaml', field: 'departmentAliases.市宇航局', message: expect.stringContaining('no measure names the department «市宇航局»') }]);
  });

  it('names a missing template with the placeholders it may use', () => {
    const typo = lint({ templates: (t) => void delete t.typo });
    expect(typo).toEqual([{ file: 'templates.yaml', field: 'typo', message: 'template typo is missing; the assistant says it (placeholders: text)' }]);
    const help = lint({ templates: (t) => void delete t.help });
    expect(help).toEqual([{ file: 'templates.yaml', field: 'help', message: 'template help is missing; the assistant says it (placeholders: title, validity, examples)' }]);
  });

  it('names a placeholder the code does not fill, with its line and the ones it does', () => {
    const issues = lint({ templates: (t) => (t.reset = `${t.reset} {amount}{}`) });
    expect(issues).toEqual([
      { file: 'templates.yaml', field: 'reset', line: 21, message: 'unknown placeholder {amount}; reset can use {example}' },
      { file: 'templates.yaml', field: 'reset', line: 21, message: 'unknown placeholder {}; reset can use {example}' },
    ]);
    const bare = Object.entries(templateCatalogue).find(([, allowed]) => allowed.length === 0)?.[0];
    if (!bare) throw new Error('test: every template has placeholders now; update this test');
    const none = lint({ templates: (t) => (t[bare] = `${t[bare]}{example}`) });
    expect(none).toEqual([{ file: 'templates.yaml', field: bare, message: `unknown placeholder {example}; ${bare} can use no placeholder` }]);
  });

  it('names a template the code never says, with its line', () => {
    const issues = lint({ templates: (t) => (t.notATemplate = '你好') });
    expect(issues).toEqual([{ file: 'templates.yaml', field: 'notATemplate', line: 22, message: 'no such template; the assistant never says it (check the spelling of the id)' }]);
  });
});
