/**
 * Checks what the schemas cannot: every number of a benefit appears in its
 * quote, every quote is verbatim policy text, measures 0–12 are each present
 * once, dates agree with the text, and facts and lexicon are consistent.
 */
import type { KnowledgeIssue } from './issues.ts';
import type { Condition, FactCatalogue, FactDef, Lexicon, Measure, PolicyDocument } from './schema.ts';

/** How the policy writes a whole-yuan amount: 1000000 → "100万元". */
export function yuanAsWritten(yuan: number): string {
  return yuan % 10000 === 0 ? `${yuan / 10000}万元` : `${yuan}元`;
}

const chineseDigits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** Forms in which a small whole number of years may be written: 2 → 2, 二, 两. */
function yearForms(n: number): string[] {
  const forms = [String(n)];
  if (n <= 10) forms.push(chineseDigits[n]!);
  if (n === 2) forms.push('两');
  return forms;
}

/** 2025-09-01 → 2025年9月1日; a month said alone, 2025-08 → 2025年8月. */
export function dateAsWritten(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d === undefined ? '' : `${d}日`}`;
}

/**
 * Where a date said — a year (2025), a month (2025-08) or a day (2025-08-20) — falls against the validity, compared
 * at the precision it was said.
 */
export function againstValidity(date: string, validity: { from: string; to: string }): 'before' | 'within' | 'after' {
  if (date < validity.from.slice(0, date.length)) return 'before';
  return date > validity.to.slice(0, date.length) ? 'after' : 'within';
}

/** Whether `quote` states `text` as a whole number: 0% is not stated by 30%, nor 500万元 by 1500万元. */
function states(quote: string, text: string): boolean {
  let i = quote.indexOf(text);
  while (i >= 0) {
    if (i === 0 || !/[\d.]/.test(quote[i - 1]!)) return true;
    i = quote.indexOf(text, i + 1);
  }
  return false;
}

interface LintInput {
  document: PolicyDocument;
  facts: FactCatalogue;
  lexicon: Lexicon;
  measures: { file: string; measure: Measure }[];
  sourceText: string;
  sourceFile: string;
}

export function lintKnowledge(input: LintInput): KnowledgeIssue[] {
  const issues: KnowledgeIssue[] = [];
  const { document: doc, sourceText, sourceFile } = input;
  const notInSource = (file: string, field: string, quote: string) => {
    if (!sourceText.includes(quote)) {
      issues.push({ file, field, message: `quote not found verbatim in ${sourceFile}: «${quote}» — copy the sentence exactly from the policy text` });
      return true;
    }
    return false;
  };

  // The document.
  const D = 'document.yaml';
  for (const [i, who] of doc.addressees.entries())
    if (!doc.addresseesQuote.includes(who)) issues.push({ file: D, field: `addressees[${i}]`, message: `«${who}» is not named in addresseesQuote` });
  if (!sourceText.includes(doc.issuer)) issues.push({ file: D, field: 'issuer', message: `«${doc.issuer}» is not in the policy text; write the issuer as the notice signs it` });
  for (const field of ['issueDateQuote', 'interpretationQuote', 'appliesToQuote', 'guideQuote', 'adjustmentQuote', 'addresseesQuote'] as const) {
    notInSource(D, field, doc[field]);
  }
  notInSource(D, 'validity.quote', doc.validity.quote);
  notInSource(D, 'combination.quote', doc.combination.quote);
  if (!doc.issueDateQuote.includes(dateAsWritten(doc.issueDate)))
    issues.push({ file: D, field: 'issueDate', message: `${doc.issueDate} does not match its quote «${doc.issueDateQuote}»` });
  if (!doc.validity.quote.includes(dateAsWritten(doc.validity.from)))
    issues.push({ file: D, field: 'validity.from', message: `${doc.validity.from} (${dateAsWritten(doc.validity.from)}) is not stated in validity.quote` });
  if (!doc.validity.quote.includes(dateAsWritten(doc.validity.to)))
    issues.push({ file: D, field: 'validity.to', message: `${doc.validity.to} (${dateAsWritten(doc.validity.to)}) is not stated in validity.quote` });
  if (doc.validity.from > doc.validity.to)
    issues.push({ file: D, field: 'validity', message: `validity starts (${doc.validity.from}) after it ends (${doc.validity.to})` });
  if (doc.issueDate > doc.validity.from)
    issues.push({ file: D, field: 'issueDate', message: `issued ${doc.issueDate}, after the validity starts (${doc.validity.from})` });
  for (const [i, who] of doc.interpreters.entries())
    if (!doc.interpretationQuote.includes(who)) issues.push({ file: D, field: `interpreters[${i}]`, message: `«${who}» is not named in interpretationQuote` });
  for (const [i, who] of doc.appliesTo.entries())
    if (!doc.appliesToQuote.includes(who)) issues.push({ file: D, field: `appliesTo[${i}]`, message: `«${who}» is not named in appliesToQuote` });
  if (!doc.combination.quote.includes(doc.combination.principle))
    issues.push({ file: D, field: 'combination.principle', message: `«${doc.combination.principle}» is not stated in combination.quote` });

  // Measures 0–12, each exactly once.
  const seen = new Map<number, string>();
  for (const { file, measure } of input.measures) {
    const prev = seen.get(measure.number);
    if (prev) issues.push({ file, field: 'number', message: `measure ${measure.number} is defined twice (also in ${prev}); keep one` });
    else seen.set(measure.number, file);
  }
  for (let n = 0; n <= 12; n++) {
    if (!seen.has(n)) issues.push({ file: 'measures/', field: 'number', message: `measure ${n} is missing; every measure 0–12 must be present (measure 0 is the closing provisions)` });
  }

  // Facts.
  const F = 'facts.yaml';
  const facts = new Map<string, FactDef>();
  for (const [i, f] of input.facts.facts.entries()) {
    if (facts.has(f.id)) issues.push({ file: F, field: `facts[${i}].id`, message: `fact ${f.id} is defined twice` });
    facts.set(f.id, f);
  }

  const sourceLines = new Set(sourceText.split(/\r?\n/).map((l) => l.trim()));
  const benefitIds = new Map<string, string>();
  /** A note on what the text leaves open quotes the measure word for word and states no figure of its own. */
  const checkOpen = (file: string, at: string, open: readonly { words: readonly string[]; unless: readonly string[]; note: string }[], measureText: string) => {
    for (const [j, o] of open.entries()) {
      for (const [k, w] of o.unless.entries()) if (o.words.includes(w)) issues.push({ file, field: `${at}.open[${j}].unless[${k}]`, message: `«${w}» is both a word that asks the note and one that keeps it from being asked; remove it from one of them` });
      for (const [, quoted] of o.note.matchAll(/“([^”]+)”/g)) {
        if (!measureText.includes(quoted!)) issues.push({ file, field: `${at}.open[${j}].note`, message: `«${quoted}» is quoted but not in the measure's text; quote it exactly or drop the quotation marks` });
      }
      const figure = /[0-9０-９]|[一二三四五六七八九十百千]+(万|亿|元|%)/.exec(o.note.replace(/“[^”]+”/g, ''));
      if (figure) issues.push({ file, field: `${at}.open[${j}].note`, message: `the note states a figure («${figure[0]}»); figures come from the item's cap and rate, so say what the text leaves open without one` });
    }
  };
  const checkCondition = (file: string, field: string, c: Condition, measureText: string) => {
    if (!measureText.includes(c.quote)) notInSource(file, `${field}.quote`, c.quote) || issues.push({ file, field: `${field}.quote`, message: `quote is policy text but not from this measure: «${c.quote}»` });
    if (!c.fact) return;
    const def = facts.get(c.fact);
    if (!def) {
      issues.push({ file, field: `${field}.fact`, message: `unknown fact «${c.fact}»; define it in facts.yaml or use one that is there` });
      return;
    }
    if (c.equals !== undefined && def.kind !== 'boolean')
      issues.push({ file, field: `${field}.equals`, message: `fact ${c.fact} is ${def.kind}, equals needs a boolean fact; use oneOf` });
    if (c.oneOf) {
      if (def.kind !== 'enum') issues.push({ file, field: `${field}.oneOf`, message: `fact ${c.fact} is ${def.kind}; oneOf needs an enum fact` });
      else for (const v of c.oneOf) if (!(v in def.values)) issues.push({ file, field: `${field}.oneOf`, message: `«${v}» is not a value of ${c.fact} (values: ${Object.keys(def.values).join(', ')})` });
    }
  };
  const needFact = (file: string, field: string, id: string, kind: FactDef['kind']) => {
    const def = facts.get(id);
    if (!def) issues.push({ file, field, message: `unknown fact «${id}»; define it in facts.yaml` });
    else if (def.kind !== kind) issues.push({ file, field, message: `fact ${id} is ${def.kind}, expected ${kind}` });
  };

  for (const { file, measure } of input.measures) {
    const text = measure.text;
    if (!sourceLines.has(text.trim())) {
      if (sourceText.includes(text)) issues.push({ file, field: 'text', message: 'text is only part of the measure (truncated?); it must be the whole paragraph of the measure, verbatim' });
      else notInSource(file, 'text', text.length > 40 ? `${text.slice(0, 40)}…` : text);
    }
    if (measure.number > 0 && !text.includes(measure.heading)) issues.push({ file, field: 'heading', message: `heading «${measure.heading}» is not in the measure's text` });
    for (const [i, d] of measure.departments.entries())
      if (!text.includes(d)) issues.push({ file, field: `departments[${i}]`, message: `department «${d}» is not named in the measure's text` });

    for (const [i, b] of measure.benefits.entries()) {
      const at = `benefits[${i}]`;
      const prev = benefitIds.get(b.id);
      if (prev) issues.push({ file, field: `${at}.id`, message: `benefit id ${b.id} is already used in ${prev}` });
      benefitIds.set(b.id, file);
      if (b.builtBy && !text.includes(b.builtBy)) {
        if (!notInSource(file, `${at}.builtBy`, b.builtBy)) issues.push({ file, field: `${at}.builtBy`, message: `builtBy is policy text but not from measure ${measure.number}` });
      }
      if (b.after !== undefined && !measure.benefits.some((x) => x.id === b.after && x.id !== b.id)) {
        issues.push({ file, field: `${at}.after`, message: `after names ${b.after}, which is no other benefit of measure ${measure.number}; name the benefit this one is given after` });
      }
      if (!text.includes(b.quote)) {
        if (!notInSource(file, `${at}.quote`, b.quote)) issues.push({ file, field: `${at}.quote`, message: `quote is policy text but not from measure ${measure.number}` });
      }
      const capText = yuanAsWritten(b.cap.yuan);
      if (!states(b.quote, capText))
        issues.push({ file, field: `${at}.cap.yuan`, message: `cap ${b.cap.yuan} yuan («${capText}») does not appear in its quote «${b.quote}»; correct the cap or the quote` });
      if (b.cap.mayRise && !b.quote.includes(b.cap.mayRise))
        issues.push({ file, field: `${at}.cap.mayRise`, message: `«${b.cap.mayRise}» is not in the benefit's quote` });
      if (b.perItem) {
        const t = yuanAsWritten(b.perItem.capYuan);
        if (!states(b.quote, t)) issues.push({ file, field: `${at}.perItem.capYuan`, message: `per-item cap ${b.perItem.capYuan} yuan («${t}») does not appear in its quote` });
        needFact(file, `${at}.perItem.fact`, b.perItem.fact, 'count');
      }
      if (b.rate) {
        if (b.rate.kind === 'exact' || b.rate.kind === 'up_to') {
          const t = `${b.rate.percent}%`;
          if (!states(b.quote, t)) issues.push({ file, field: `${at}.rate.percent`, message: `rate ${t} does not appear in its quote «${b.quote}»` });
          if (b.rate.kind === 'up_to' && !/不超过|最高|以内/.test(b.quote))
            issues.push({ file, field: `${at}.rate.kind`, message: 'rate kind up_to needs wording such as 不超过 in the quote; use exact otherwise' });
        } else if (b.rate.kind === 'match') {
          if (!b.quote.includes(b.rate.ratio)) issues.push({ file, field: `${at}.rate.ratio`, message: `ratio ${b.rate.ratio} does not appear in its quote` });
        } else if (!b.quote.includes(b.rate.quote)) {
          issues.push({ file, field: `${at}.rate.quote`, message: `«${b.rate.quote}» is not in the benefit's quote` });
        }
      }
      if (b.base) needFact(file, `${at}.base.fact`, b.base.fact, 'amount');
      if (b.withinYears !== undefined && !yearForms(b.withinYears).some((y) => states(b.quote, `${y}年`)))
        issues.push({ file, field: `${at}.withinYears`, message: `${b.withinYears} years does not appear in its quote` });
      for (const [j, c] of b.conditions.entries()) checkCondition(file, `${at}.conditions[${j}]`, c, text);
      checkOpen(file, at, b.open, text);
    }
    for (const [i, p] of measure.provisions.entries()) {
      const at = `provisions[${i}]`;
      if (!text.includes(p.quote) && !notInSource(file, `${at}.quote`, p.quote))
        issues.push({ file, field: `${at}.quote`, message: `quote is policy text but not from measure ${measure.number}` });
      for (const [j, n] of p.numbers.entries()) {
        const forms = n.unit === 'percent' ? [`${n.value}%`] : yearForms(Number(n.value)).map((y) => `${y}年`);
        if (!forms.some((f) => states(p.quote, f))) issues.push({ file, field: `${at}.numbers[${j}].value`, message: `${n.value} (${n.unit}) does not appear in its quote «${p.quote}»` });
        // A bound is compared with figures users quote: one least and one most per unit, the least not above the most.
        if (n.bound && p.numbers.findIndex((o) => o.unit === n.unit && o.bound === n.bound) !== j) issues.push({ file, field: `${at}.numbers[${j}].bound`, message: `a second ${n.bound} in ${n.unit}; give each unit at most one min and one max` });
        const max = p.numbers.find((o) => o.unit === n.unit && o.bound === 'max');
        if (n.bound === 'min' && max && Number(n.value) > Number(max.value)) issues.push({ file, field: `${at}.numbers[${j}].bound`, message: `the min ${n.value} is above the max ${max.value}; swap the bounds` });
      }
      for (const [j, c] of p.conditions.entries()) checkCondition(file, `${at}.conditions[${j}]`, c, text);
      checkOpen(file, at, p.open, text);
    }
  }

  // Lexicon.
  const L = 'lexicon.yaml';
  const words = new Set<string>();
  for (const [i, w] of input.lexicon.words.entries()) {
    if (words.has(w)) issues.push({ file: L, field: `words[${i}]`, message: `«${w}» is listed twice` });
    words.add(w);
  }
  const owner = new Map<string, string>();
  for (const [i, g] of input.lexicon.synonyms.entries()) {
    for (const [j, v] of g.variants.entries()) {
      if (v === g.canonical) issues.push({ file: L, field: `synonyms[${i}].variants[${j}]`, message: `«${v}» is the canonical term itself` });
      const o = owner.get(v);
      if (o && o !== g.canonical) issues.push({ file: L, field: `synonyms[${i}].variants[${j}]`, message: `«${v}» already expands to «${o}»; a variant belongs to one group` });
      owner.set(v, g.canonical);
    }
  }
  return issues;
}
