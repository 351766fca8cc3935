/**
 * Checks what the assistant recognises and says against the rest of the
 * knowledge base: every fact, value, party and department the vocabulary
 * names exists; no word stands for two values of one fact; option labels are
 * unique; every template the code uses is there, with only the placeholders
 * the code fills. Every fault names its file, line and field.
 */
import type { KnowledgeIssue } from './issues.ts';
import type { FactCatalogue, FactDef, Measure } from './schema.ts';
import { templateCatalogue } from './templates.ts';
import { intentIds, type Templates, type Vocabulary } from './vocabulary-schema.ts';

interface LintVocabularyInput {
  facts: FactCatalogue;
  vocabulary: Vocabulary;
  templates: Templates;
  measures: Measure[];
  /** The line of a file on which a text first appears. */
  readLines: (file: string) => (needle: string) => number | undefined;
}

const V = 'vocabulary.yaml';
const T = 'templates.yaml';
const F = 'facts.yaml';

export function lintVocabulary(input: LintVocabularyInput): KnowledgeIssue[] {
  const issues: KnowledgeIssue[] = [];
  const { vocabulary: v, facts, templates, measures } = input;
  const vLine = input.readLines(V);
  const at = (field: string, message: string, needle?: string) => {
    const line = needle ? vLine(needle) : undefined;
    issues.push({ file: V, field, message, ...(line ? { line } : {}) });
  };
  const defs = new Map<string, FactDef>(facts.facts.map((f) => [f.id, f]));
  const beneficiaries = new Set(measures.flatMap((m) => m.benefits.map((b) => b.beneficiary)));
  const departments = new Set(measures.flatMap((m) => m.departments));

  const checkFactValue = (field: string, fact: string, value: unknown) => {
    const def = defs.get(fact);
    if (!def) return at(field, `unknown fact «${fact}»; use one defined in facts.yaml`, fact);
    if (def.kind === 'enum' && !(typeof value === 'string' && value in def.values))
      at(field, `«${String(value)}» is not a value of ${fact} (values: ${Object.keys(def.values).join(', ')})`, fact);
    if (def.kind === 'boolean' && typeof value !== 'boolean') at(field, `${fact} is a yes/no fact; write true or false`, fact);
  };

  for (const id of intentIds) if (!v.intents[id]) at(`intents.${id}`, `intent ${id} has no words; add exact or phrases (the code asks for it)`);
  for (const w of v.grammar.askingByThemselves) if (!v.grammar.asking.includes(w)) at('grammar.askingByThemselves', `«${w}» is not one of grammar.asking; add it there too`, w);

  for (const [id, f] of Object.entries(v.facts)) {
    const def = defs.get(id);
    const field = `facts.${id}`;
    if (!def) {
      at(field, `unknown fact «${id}»; define it in facts.yaml or remove it here`, `${id}:`);
      continue;
    }
    const figure = ['amount', 'count', 'percent', 'date'].includes(def.kind);
    if (f.cues && !figure) at(`${field}.cues`, `${id} is a ${def.kind} fact; cues are for amounts, counts, percentages and dates`, `${id}:`);
    if (figure && !f.cues) at(field, `${id} is a ${def.kind} fact; give the cue words of its figures (cues.before / after / within)`, `${id}:`);
    if (f.values) {
      if (def.kind !== 'enum') at(`${field}.values`, `${id} is a ${def.kind} fact; values are for enum facts`, `${id}:`);
      else {
        const owner = new Map<string, string>();
        for (const [value, words] of Object.entries(f.values)) {
          if (!(value in def.values)) at(`${field}.values.${value}`, `«${value}» is not a value of ${id} (values: ${Object.keys(def.values).join(', ')})`, `${value}:`);
          for (const w of words) {
            const prev = owner.get(w);
            if (prev && prev !== value) at(`${field}.values.${value}`, `«${w}» is also a word of ${prev}; a word states one value of a fact`, w);
            owner.set(w, value);
          }
        }
      }
    }
    if ((f.yes.length || f.no.length || f.noNearOutsidePlace.length) && def.kind !== 'boolean') at(field, `${id} is a ${def.kind} fact; yes / no words are for yes/no facts`, `${id}:`);
    for (const w of f.yes) if (f.no.includes(w)) at(`${field}.no`, `«${w}» is both a yes and a no word`, w);
    const stating = new Set([...f.yes, ...f.no, ...Object.values(f.values ?? {}).flat()]);
    for (const w of f.unsettled) if (stating.has(w)) at(`${field}.unsettled`, `«${w}» both states ${id} and leaves it unsettled; keep it in one list`, w);
    for (const [fact, value] of Object.entries(f.implies)) checkFactValue(`${field}.implies.${fact}`, fact, value);
    for (const other of f.movesWith) if (defs.get(other)?.kind !== 'amount' || def.kind !== 'amount') at(`${field}.movesWith`, `«${other}» must be an amount fact, and so must ${id}, to move with it`, other);
    if (f.ofAsker && def.kind !== 'boolean') at(`${field}.ofAsker`, `${id} is a ${def.kind} fact; words said of the asker are for yes/no facts`, 'ofAsker');
    for (const p of f.ofAsker?.for ?? []) if (!v.parties[p]) at(`${field}.ofAsker.for`, `«${p}» is not a party; use one of ${Object.keys(v.parties).join(', ')}`, p);
    for (const key of ['yesMeans', 'noMeans'] as const) if (f[key] !== undefined) checkFactValue(`${field}.${key}`, id, f[key]);
  }
  for (const def of facts.facts) {
    if (def.kind === 'enum') {
      const labels = Object.values(def.values);
      for (const label of labels) if (labels.indexOf(label) !== labels.lastIndexOf(label)) issues.push({ file: F, field: `facts.${def.id}.values`, message: `option label «${label}» is used for two values; each button must resolve to one value` });
    }
  }
  if (defs.get(v.defaultAmountFact)?.kind !== 'amount') at('defaultAmountFact', `«${v.defaultAmountFact}» is not an amount fact`, 'defaultAmountFact');

  for (const [name, c] of Object.entries(v.categories)) {
    const m = measures.find((x) => x.number === c.measure);
    if (!m) at(`categories.${name}.measure`, `there is no measure ${c.measure}; give the number of the measure whose sentence lists the kinds`, name);
    else if (!m.text.includes(c.quote)) at(`categories.${name}.quote`, `«${c.quote}» is not in the text of measure ${c.measure}; copy the words from it`, c.quote);
    for (const id of c.members) if (!v.parties[id]) at(`categories.${name}.members`, `unknown party «${id}»; use one defined under parties`, id);
    for (const id of c.apart) if (!v.parties[id]) at(`categories.${name}.apart`, `unknown party «${id}»; use one defined under parties`, id);
    for (const id of c.apart) if (c.members.includes(id)) at(`categories.${name}.apart`, `«${id}» is listed both as a member and apart; keep it in one of them`, id);
  }
  for (const [id, p] of Object.entries(v.parties)) {
    const field = `parties.${id}`;
    for (const key of ['serves', 'sumsWith'] as const) for (const s of p[key]) if (!beneficiaries.has(s)) at(`${field}.${key}`, `no benefit is for «${s}» (beneficiaries: ${[...beneficiaries].join(', ')})`, s);
    for (const [fact, value] of Object.entries(p.asSelf)) checkFactValue(`${field}.asSelf.${fact}`, fact, value);
    for (const [fact, value] of Object.entries(p.asCounterparty)) checkFactValue(`${field}.asCounterparty.${fact}`, fact, value);
    for (const [from, to] of Object.entries(p.readsAs)) {
      for (const f of [from, to]) if (defs.get(f)?.kind !== 'amount') at(`${field}.readsAs`, `«${f}» is not an amount fact`, f);
    }
    for (const [w, unit] of Object.entries(p.unitOf)) {
      if (!p.words.includes(w)) at(`${field}.unitOf`, `«${w}» is not one of this party's words; add it to ${field}.words or remove it`, w);
      const u = v.parties[unit];
      if (!u || u.person) at(`${field}.unitOf.${w}`, `«${unit}» is not an organisation party; use one of ${Object.entries(v.parties).filter(([, q]) => !q.person).map(([k]) => k).join(', ')}`, unit);
    }
  }
  // Whom a provision is for: a beneficiary some party serves, or it could never give way to an asker's item.
  const served = new Set(Object.values(v.parties).flatMap((p) => p.serves));
  for (const m of measures) {
    for (const p of m.provisions) {
      for (const b of p.for ?? []) {
        if (!served.has(b)) issues.push({ file: `measures/${String(m.number).padStart(2, '0')}.yaml`, field: `provisions.${p.id}.for`, message: `no party serves «${b}»; use one of ${[...served].join(', ')}` });
      }
    }
  }
  if (!v.parties[v.defaultAsker]) at('defaultAsker', `«${v.defaultAsker}» is not a party; use one of ${Object.keys(v.parties).join(', ')}`, 'defaultAsker');
  for (const d of Object.keys(v.departmentAliases)) if (!departments.has(d)) at(`departmentAliases.${d}`, `no measure names the department «${d}»; use the name as the text writes it`, d);
  for (const [place, d] of Object.entries(v.departmentOfPlace)) if (!departments.has(d)) at(`departmentOfPlace.${place}`, `no measure names the department «${d}»; use the name as the text writes it`, d);

  // Templates: the code's catalogue is the contract.
  const tLine = input.readLines(T);
  for (const [id, allowed] of Object.entries(templateCatalogue) as [string, readonly string[]][]) {
    const text = templates[id];
    if (text === undefined) {
      issues.push({ file: T, field: id, message: `template ${id} is missing; the assistant says it (placeholders: ${allowed.join(', ') || 'none'})` });
      continue;
    }
    for (const m of text.matchAll(/\{([^{}]*)\}/g)) {
      if (!(allowed as readonly string[]).includes(m[1]!)) {
        const line = tLine(`${id}:`);
        issues.push({ file: T, field: id, message: `unknown placeholder {${m[1]}}; ${id} can use ${allowed.map((a) => `{${a}}`).join(' ') || 'no placeholder'}`, ...(line ? { line } : {}) });
      }
    }
  }
  for (const id of Object.keys(templates)) {
    if (!(id in templateCatalogue)) {
      const line = tLine(`${id}:`);
      issues.push({ file: T, field: id, message: 'no such template; the assistant never says it (check the spelling of the id)', ...(line ? { line } : {}) });
    }
  }
  return issues;
}
