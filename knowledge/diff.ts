/**
 * The readable difference between two knowledge bases, for bureau staff who
 * are not engineers: per measure and benefit each number that changed
 * (第6条 产学研合作技术合同补助：比例 30% → 40%，上限 100万元 → 150万元), each
 * condition, each changed sentence of the policy text with the changed words
 * marked, vocabulary and fact changes listed, and every other changed file
 * named (with its YAML changes when it is YAML).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffArrays } from 'diff';
import { parse as parseYaml } from 'yaml';
import { yuanAsWritten } from './lint.ts';
import { knowledgeFiles } from './loader.ts';
import { capPerLabel, type Benefit, type Condition, type FactDef, type KnowledgeBase, type Measure, type Provision, type Rate } from './schema.ts';

/** A run of text in a changed sentence: kept, taken out, or put in. */
export interface DiffSegment {
  text: string;
  change: 'same' | 'removed' | 'added';
}

export type DiffLineKind = 'number' | 'condition' | 'item' | 'text' | 'vocabulary' | 'fact' | 'document' | 'file';

export interface DiffLine {
  kind: DiffLineKind;
  /** The change on one line, as staff read it. */
  text: string;
  /** A changed sentence: before, after, and both as marked runs. */
  sentence?: { before: string; after: string; segments: DiffSegment[] };
}

export interface DiffSection {
  /** 第6条 组织实施体系化科技成果转移转化, 词汇（lexicon.yaml）, a file's path … */
  title: string;
  lines: DiffLine[];
}

export interface KnowledgeDiff {
  from: string;
  to: string;
  changed: boolean;
  sections: DiffSection[];
  /** One line for the audit log and the history. */
  summary: string;
}

const arrow = ' → ';
/** Most lines listed for one file that the diff does not know the shape of. */
export const GENERIC_LINES_PER_FILE = 40;

function measureTitle(m: Measure): string {
  return m.number === 0 ? `附则（第0条 ${m.heading}）` : `第${m.number}条 ${m.heading}`;
}

function measureRef(n: number): string {
  return n === 0 ? '附则' : `第${n}条`;
}

export function rateText(rate: Rate | undefined): string {
  if (!rate) return '无';
  switch (rate.kind) {
    case 'exact':
      return `${rate.percent}%`;
    case 'up_to':
      return `不超过${rate.percent}%`;
    case 'match':
      return `${rate.ratio}配套`;
    case 'unspecified':
      return '原文未规定比例';
  }
}

function listChange(label: string, before: readonly string[], after: readonly string[]): string | null {
  const added = after.filter((x) => !before.includes(x));
  const removed = before.filter((x) => !after.includes(x));
  if (!added.length && !removed.length) return null;
  const parts = [];
  if (added.length) parts.push(`新增 ${added.join('、')}`);
  if (removed.length) parts.push(`删去 ${removed.join('、')}`);
  return `${label}：${parts.join('；')}`;
}

function change(label: string, before: string, after: string): string | null {
  return before === after ? null : `${label} ${before}${arrow}${after}`;
}

/** Splits policy text into sentences, ending at 。；！？ or a line break. */
export function sentencesOf(text: string): string[] {
  return (text.match(/[^。；！？!?;\n]+[。；！？!?;]?/g) ?? []).map((s) => s.trim()).filter(Boolean);
}

/** Words for marking changes: a figure with its unit is one word, so 30% → 40% reads as such. */
function wordsOf(text: string): string[] {
  return text.match(/\d+(?:\.\d+)?(?:%|万元|亿元|元|万|亿|年|个|项|家|倍)?|[A-Za-z]+|[\s\S]/gu) ?? [];
}

/** Marks what changed between two sentences, word by word (jsdiff over figures and characters). */
export function markChanges(before: string, after: string): DiffSegment[] {
  const segments: DiffSegment[] = [];
  for (const part of diffArrays(wordsOf(before), wordsOf(after))) {
    const kind: DiffSegment['change'] = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const text = part.value.join('');
    const last = segments[segments.length - 1];
    if (last && last.change === kind) last.text += text;
    else segments.push({ text, change: kind });
  }
  return segments;
}

/** The changed words of a sentence pair in short: 30% → 40%；100万元 → 150万元. */
function changedWords(segments: DiffSegment[]): string {
  const out: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    if (s.change === 'same') continue;
    const next = segments[i + 1];
    if (s.change === 'removed' && next?.change === 'added') {
      out.push(`${s.text}${arrow}${next.text}`);
      i++;
    } else out.push(`${s.change === 'added' ? '加入' : '删去'}「${s.text}」`);
  }
  return out.join('；');
}

/** Sentence-by-sentence changes between two texts: changed, added and removed sentences. */
export function sentenceChanges(before: string, after: string): DiffLine[] {
  const lines: DiffLine[] = [];
  const parts = diffArrays(sentencesOf(before), sentencesOf(after));
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (!p.added && !p.removed) continue;
    const next = parts[i + 1];
    const removed = p.removed ? p.value : [];
    const added = p.removed && next?.added ? next.value : p.added ? p.value : [];
    if (p.removed && next?.added) i++;
    const pairs = Math.min(removed.length, added.length);
    for (let j = 0; j < pairs; j++) {
      const segments = markChanges(removed[j]!, added[j]!);
      lines.push({
        kind: 'text',
        text: `原文改动（${changedWords(segments)}）：「${removed[j]}」${arrow}「${added[j]}」`,
        sentence: { before: removed[j]!, after: added[j]!, segments },
      });
    }
    for (const s of removed.slice(pairs)) lines.push({ kind: 'text', text: `原文删去一句：「${s}」`, sentence: { before: s, after: '', segments: [{ text: s, change: 'removed' }] } });
    for (const s of added.slice(pairs)) lines.push({ kind: 'text', text: `原文新增一句：「${s}」`, sentence: { before: '', after: s, segments: [{ text: s, change: 'added' }] } });
  }
  return lines;
}

/**
 * Whether a changed quote needs its own line: not when the quoted sentence was
 * edited in the measure's text, whose sentence changes already show it.
 */
function quoteMoved(aText: string, bText: string, aQuote: string, bQuote: string): boolean {
  if (aQuote === bQuote) return false;
  return !(aText !== bText && aText.includes(aQuote) && bText.includes(bQuote) && !bText.includes(aQuote));
}

function factLabel(kb: KnowledgeBase, id: string): string {
  return kb.facts.facts.find((f) => f.id === id)?.label ?? id;
}

/** What a condition requires, in words: 合作的科研单位类型为 高校、科研院所. */
function conditionTest(kb: KnowledgeBase, c: Condition): string {
  if (c.decidedBy) return c.decidedBy === 'review' ? '由评审确定' : '以申报指南为准';
  const def = kb.facts.facts.find((f) => f.id === c.fact);
  const label = def?.label ?? c.fact ?? '';
  if (c.equals !== undefined) return `${label}：${c.equals ? '是' : '否'}`;
  const values = (c.oneOf ?? []).map((v) => (def?.kind === 'enum' ? def.values[v] ?? v : v));
  return `${label}为 ${values.join('、')}`;
}

interface Texts { a: string; b: string }

function conditionLines(prefix: string, before: KnowledgeBase, after: KnowledgeBase, a: Condition[], b: Condition[], texts: Texts): DiffLine[] {
  const lines: DiffLine[] = [];
  const old = new Map(a.map((c) => [c.id, c]));
  const now = new Map(b.map((c) => [c.id, c]));
  for (const c of b) {
    const o = old.get(c.id);
    if (!o) {
      lines.push({ kind: 'condition', text: `${prefix}：新增条件「${c.label}」（${conditionTest(after, c)}）` });
      continue;
    }
    const parts = [change('名称', o.label, c.label), change('要求', conditionTest(before, o), conditionTest(after, c))].filter(Boolean);
    if (quoteMoved(texts.a, texts.b, o.quote, c.quote)) parts.push(`依据原文「${o.quote}」${arrow}「${c.quote}」`);
    if (parts.length) lines.push({ kind: 'condition', text: `${prefix}：条件「${c.label}」${parts.join('，')}` });
  }
  for (const o of a) if (!now.has(o.id)) lines.push({ kind: 'condition', text: `${prefix}：删去条件「${o.label}」（${conditionTest(before, o)}）` });
  return lines;
}

function benefitFigures(kb: KnowledgeBase, b: Benefit): string {
  const parts = [];
  if (b.rate) parts.push(`比例 ${rateText(b.rate)}`);
  if (b.perItem) parts.push(`每项 ${yuanAsWritten(b.perItem.capYuan)}`);
  parts.push(`上限 ${yuanAsWritten(b.cap.yuan)}（${capPerLabel[b.cap.per]}）`);
  if (b.base) parts.push(`基数 ${factLabel(kb, b.base.fact)}`);
  return parts.join('，');
}

function benefitLines(n: number, before: KnowledgeBase, after: KnowledgeBase, a: Benefit, b: Benefit, texts: Texts): DiffLine[] {
  const prefix = `${measureRef(n)} ${b.title}`;
  const lines: DiffLine[] = [];
  const numbers = [
    change('比例', rateText(a.rate), rateText(b.rate)),
    change('上限', yuanAsWritten(a.cap.yuan), yuanAsWritten(b.cap.yuan)),
    change('上限口径', capPerLabel[a.cap.per], capPerLabel[b.cap.per]),
    change('每项上限', a.perItem ? yuanAsWritten(a.perItem.capYuan) : '无', b.perItem ? yuanAsWritten(b.perItem.capYuan) : '无'),
    change('年限', a.withinYears ? `${a.withinYears}年` : '无', b.withinYears ? `${b.withinYears}年` : '无'),
    change('可上浮', a.cap.mayRise ?? '无', b.cap.mayRise ?? '无'),
    change('计算基数', a.base ? factLabel(before, a.base.fact) : '无', b.base ? factLabel(after, b.base.fact) : '无'),
    change('每项计数', a.perItem ? factLabel(before, a.perItem.fact) : '无', b.perItem ? factLabel(after, b.perItem.fact) : '无'),
  ].filter((x): x is string => x !== null);
  if (a.rate?.kind === 'unspecified' && b.rate?.kind === 'unspecified' && a.rate.note !== b.rate.note) numbers.push(`比例说明「${a.rate.note}」${arrow}「${b.rate.note}」`);
  if (numbers.length) lines.push({ kind: 'number', text: `${prefix}：${numbers.join('，')}` });
  const words = [change('名称', a.title, b.title), change('对象', a.beneficiaryLabel, b.beneficiaryLabel), change('对象代码', a.beneficiary, b.beneficiary)].filter(Boolean);
  if (quoteMoved(texts.a, texts.b, a.quote, b.quote)) words.push(`依据原文「${a.quote}」${arrow}「${b.quote}」`);
  if (words.length) lines.push({ kind: 'item', text: `${prefix}：${words.join('，')}` });
  lines.push(...conditionLines(prefix, before, after, a.conditions, b.conditions, texts));
  const kw = listChange(`${prefix} 用户用语`, a.keywords, b.keywords);
  if (kw) lines.push({ kind: 'vocabulary', text: kw });
  return lines;
}

function provisionLines(n: number, before: KnowledgeBase, after: KnowledgeBase, a: Provision, b: Provision, texts: Texts): DiffLine[] {
  const prefix = `${measureRef(n)} ${b.title}`;
  const lines: DiffLine[] = [];
  const unit = (u: 'percent' | 'years') => (u === 'percent' ? '%' : '年');
  const old = new Map(a.numbers.map((x) => [x.name, `${x.value}${unit(x.unit)}`]));
  const now = new Map(b.numbers.map((x) => [x.name, `${x.value}${unit(x.unit)}`]));
  const numbers: string[] = [];
  for (const [name, v] of now) numbers.push(...[change(name, old.get(name) ?? '无', v)].filter((x): x is string => x !== null));
  for (const [name, v] of old) if (!now.has(name)) numbers.push(`${name} ${v}${arrow}无`);
  if (numbers.length) lines.push({ kind: 'number', text: `${prefix}：${numbers.join('，')}` });
  const words = [change('名称', a.title, b.title), change('内容', a.outcome, b.outcome)].filter(Boolean);
  if (quoteMoved(texts.a, texts.b, a.quote, b.quote)) words.push(`依据原文「${a.quote}」${arrow}「${b.quote}」`);
  if (words.length) lines.push({ kind: 'item', text: `${prefix}：${words.join('，')}` });
  lines.push(...conditionLines(prefix, before, after, a.conditions, b.conditions, texts));
  const kw = listChange(`${prefix} 用户用语`, a.keywords, b.keywords);
  if (kw) lines.push({ kind: 'vocabulary', text: kw });
  return lines;
}

function measureLines(before: KnowledgeBase, after: KnowledgeBase, a: Measure | undefined, b: Measure | undefined): DiffLine[] {
  if (!a && b) return [{ kind: 'item', text: `新增${measureRef(b.number)}：${b.heading}` }];
  if (a && !b) return [{ kind: 'item', text: `删去${measureRef(a.number)}：${a.heading}` }];
  if (!a || !b) return [];
  const n = b.number;
  const texts = { a: a.text, b: b.text };
  const lines: DiffLine[] = [];
  const heading = change('标题', a.heading, b.heading);
  if (heading) lines.push({ kind: 'item', text: `${measureRef(n)} ${heading}` });
  const depts = listChange(`${measureRef(n)} 责任部门`, a.departments, b.departments);
  if (depts) lines.push({ kind: 'item', text: depts });
  const oldBenefits = new Map(a.benefits.map((x) => [x.id, x]));
  const newBenefits = new Map(b.benefits.map((x) => [x.id, x]));
  for (const x of b.benefits) {
    const o = oldBenefits.get(x.id);
    if (o) lines.push(...benefitLines(n, before, after, o, x, texts));
    else lines.push({ kind: 'item', text: `${measureRef(n)} 新增奖补「${x.title}」：${benefitFigures(after, x)}` });
  }
  for (const o of a.benefits) if (!newBenefits.has(o.id)) lines.push({ kind: 'item', text: `${measureRef(n)} 删去奖补「${o.title}」（原为 ${benefitFigures(before, o)}）` });
  const oldProvisions = new Map(a.provisions.map((x) => [x.id, x]));
  const newProvisions = new Map(b.provisions.map((x) => [x.id, x]));
  for (const x of b.provisions) {
    const o = oldProvisions.get(x.id);
    if (o) lines.push(...provisionLines(n, before, after, o, x, texts));
    else lines.push({ kind: 'item', text: `${measureRef(n)} 新增条款「${x.title}」：${x.outcome}` });
  }
  for (const o of a.provisions) if (!newProvisions.has(o.id)) lines.push({ kind: 'item', text: `${measureRef(n)} 删去条款「${o.title}」` });
  const kw = listChange(`${measureRef(n)} 用户用语`, a.keywords, b.keywords);
  if (kw) lines.push({ kind: 'vocabulary', text: kw });
  lines.push(...sentenceChanges(a.text, b.text));
  return lines;
}

function documentLines(before: KnowledgeBase, after: KnowledgeBase): DiffLine[] {
  const a = before.document;
  const b = after.document;
  const lines: (string | null)[] = [
    change('标题', a.title, b.title),
    change('通知标题', a.noticeTitle, b.noticeTitle),
    change('发文单位', a.issuer, b.issuer),
    change('印发日期', a.issueDate, b.issueDate),
    change('实施日期', a.validity.from, b.validity.from),
    change('有效期至', a.validity.to, b.validity.to),
    change('叠加原则', a.combination.principle, b.combination.principle),
    change('原文文件', a.source, b.source),
    listChange('解释单位', a.interpreters, b.interpreters),
    listChange('适用对象', a.appliesTo, b.appliesTo),
  ];
  const quotes = [
    ['印发日期依据', a.issueDateQuote, b.issueDateQuote],
    ['有效期依据', a.validity.quote, b.validity.quote],
    ['解释依据', a.interpretationQuote, b.interpretationQuote],
    ['适用对象依据', a.appliesToQuote, b.appliesToQuote],
    ['申报指南依据', a.guideQuote, b.guideQuote],
    ['叠加原则依据', a.combination.quote, b.combination.quote],
    ['政策调整依据', a.adjustmentQuote, b.adjustmentQuote],
  ] as const;
  for (const [label, x, y] of quotes) if (x !== y) lines.push(`${label}「${x}」${arrow}「${y}」`);
  return lines.filter((x): x is string => x !== null).map((text) => ({ kind: 'document' as const, text: `政策文件：${text}` }));
}

function factText(f: FactDef): string {
  return f.kind === 'enum' ? `${f.label}（${Object.values(f.values).join('、')}）` : f.label;
}

function factLines(before: KnowledgeBase, after: KnowledgeBase): DiffLine[] {
  const lines: string[] = [];
  const a = before.facts;
  const b = after.facts;
  const limits = [
    change('金额上限', yuanAsWritten(a.limits.maxAmountYuan), yuanAsWritten(b.limits.maxAmountYuan)),
    change('数量上限', String(a.limits.maxCount), String(b.limits.maxCount)),
    change('比例上限', `${a.limits.maxPercent}%`, `${b.limits.maxPercent}%`),
  ].filter(Boolean);
  if (limits.length) lines.push(`可信范围：${limits.join('，')}`);
  const old = new Map(a.facts.map((f) => [f.id, f]));
  const now = new Map(b.facts.map((f) => [f.id, f]));
  for (const f of b.facts) {
    const o = old.get(f.id);
    if (!o) {
      lines.push(`新增事实「${factText(f)}」：提问「${f.ask}」`);
      continue;
    }
    const parts = [change('名称', o.label, f.label), change('类型', o.kind, f.kind), change('提问', `「${o.ask}」`, `「${f.ask}」`), change('示例', o.example, f.example)].filter(Boolean) as string[];
    if (o.kind === 'enum' && f.kind === 'enum') {
      for (const [k, v] of Object.entries(f.values)) {
        if (!(k in o.values)) parts.push(`新增选项「${v}」`);
        else if (o.values[k] !== v) parts.push(`选项「${o.values[k]}」${arrow}「${v}」`);
      }
      for (const [k, v] of Object.entries(o.values)) if (!(k in f.values)) parts.push(`删去选项「${v}」`);
    }
    if (parts.length) lines.push(`事实「${f.label}」：${parts.join('，')}`);
  }
  for (const o of a.facts) if (!now.has(o.id)) lines.push(`删去事实「${factText(o)}」`);
  return lines.map((text) => ({ kind: 'fact' as const, text }));
}

function lexiconLines(before: KnowledgeBase, after: KnowledgeBase): DiffLine[] {
  const a = before.lexicon;
  const b = after.lexicon;
  const lines = [listChange('专有词', a.words, b.words), listChange('停用词', a.stopwords, b.stopwords)].filter((x): x is string => x !== null);
  const old = new Map(a.synonyms.map((g) => [g.canonical, g.variants]));
  const now = new Map(b.synonyms.map((g) => [g.canonical, g.variants]));
  for (const g of b.synonyms) {
    const o = old.get(g.canonical);
    if (!o) lines.push(`新增同义词组「${g.canonical}」：${g.variants.join('、')}`);
    else {
      const c = listChange(`同义词组「${g.canonical}」`, o, g.variants);
      if (c) lines.push(c);
    }
  }
  for (const g of a.synonyms) if (!now.has(g.canonical)) lines.push(`删去同义词组「${g.canonical}」：${g.variants.join('、')}`);
  return lines.map((text) => ({ kind: 'vocabulary' as const, text }));
}

type Flat = Map<string, string>;
const keyFields = ['id', 'name', 'canonical', 'key', 'intent', 'word', 'fact'];

/** Flattens YAML into path → value; lists of plain values become members (path ∋ value), lists of records are keyed by their id. */
function flatten(value: unknown, path: string, out: Flat): Flat {
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) {
      for (const v of value) out.set(`${path} ∋ ${String(v)}`, String(v));
      if (value.length === 0) out.set(path, '（空）');
      return out;
    }
    value.forEach((v, i) => {
      const keyField = v && typeof v === 'object' && !Array.isArray(v) ? keyFields.find((k) => typeof (v as Record<string, unknown>)[k] === 'string') : undefined;
      const key = keyField ? `[${keyField}=${String((v as Record<string, unknown>)[keyField])}]` : `[${i}]`;
      flatten(v, `${path}${key}`, out);
    });
    return out;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) out.set(path, '（空）');
    for (const [k, v] of entries) flatten(v, path ? `${path}.${k}` : k, out);
    return out;
  }
  out.set(path, value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
  return out;
}

/** A file the diff does not know the shape of: YAML compared path by path, anything else named. */
function genericFileLines(file: string, a: Buffer | undefined, b: Buffer | undefined): DiffLine[] {
  if (!a) return [{ kind: 'file', text: `新增文件 ${file}` }];
  if (!b) return [{ kind: 'file', text: `删去文件 ${file}` }];
  if (!/\.ya?ml$/i.test(file)) return [{ kind: 'file', text: `文件 ${file} 有改动（${a.length} → ${b.length} 字节）` }];
  let x: Flat;
  let y: Flat;
  try {
    x = flatten(parseYaml(a.toString('utf8')), '', new Map());
    y = flatten(parseYaml(b.toString('utf8')), '', new Map());
  } catch {
    return [{ kind: 'file', text: `文件 ${file} 有改动` }];
  }
  const lines: string[] = [];
  for (const [k, v] of y) {
    const o = x.get(k);
    if (o === undefined) lines.push(k.includes(' ∋ ') ? `${k.split(' ∋ ')[0]}：新增「${v}」` : `${k}：新增「${v}」`);
    else if (o !== v) lines.push(`${k}：「${o}」${arrow}「${v}」`);
  }
  for (const [k, v] of x) if (!y.has(k)) lines.push(k.includes(' ∋ ') ? `${k.split(' ∋ ')[0]}：删去「${v}」` : `${k}：删去「${v}」`);
  if (lines.length === 0) return [{ kind: 'file', text: `文件 ${file} 只改了注释或格式` }];
  const shown = lines.slice(0, GENERIC_LINES_PER_FILE).map((text) => ({ kind: 'vocabulary' as const, text: `${file} ${text}` }));
  if (lines.length > GENERIC_LINES_PER_FILE) shown.push({ kind: 'vocabulary', text: `${file} 另有 ${lines.length - GENERIC_LINES_PER_FILE} 处改动` });
  return shown;
}

function readFiles(dir: string): Map<string, Buffer> {
  return new Map(knowledgeFiles(dir).map((f) => [f, readFileSync(join(dir, f))]));
}

function sha(b: Buffer | undefined): string {
  return b ? createHash('sha256').update(b).digest('hex') : '';
}

/** The measure number a measure file states (files are named by staff; the number is the truth). */
function measureNumberOf(file: Buffer | undefined): number | null {
  if (!file) return null;
  try {
    const n = (parseYaml(file.toString('utf8')) as { number?: unknown } | null)?.number;
    return typeof n === 'number' ? n : null;
  } catch {
    return null;
  }
}

/** Compares two valid knowledge bases (their folders are read for the file list). */
export function diffKnowledge(before: KnowledgeBase, after: KnowledgeBase): KnowledgeDiff {
  const sections: DiffSection[] = [];
  const add = (title: string, lines: DiffLine[]) => {
    if (lines.length) sections.push({ title, lines });
  };
  add('政策文件（document.yaml）', documentLines(before, after));
  const count = Math.max(before.measures.length, after.measures.length);
  const measureText = new Set<string>();
  for (let n = 0; n < count; n++) {
    const a = before.measures[n];
    const b = after.measures[n];
    for (const m of [a, b]) if (m) for (const s of sentencesOf(m.text)) measureText.add(s);
    const m = b ?? a;
    if (m) add(measureTitle(m), measureLines(before, after, a, b));
  }
  add('事实目录（facts.yaml）', factLines(before, after));
  add('词汇（lexicon.yaml）', lexiconLines(before, after));
  // Sentences of the policy text outside the measures' own paragraphs (the preamble, the notice).
  const sourceChanges = sentenceChanges(before.sourceText, after.sourceText);
  const source = sourceChanges.filter(
    (l) => !(l.sentence && ((l.sentence.before && measureText.has(l.sentence.before)) || (l.sentence.after && measureText.has(l.sentence.after)))),
  );
  add(`政策原文（${after.document.source}）`, source);

  // Every other file, and files whose change the sections above do not show (comments, layout).
  const oldFiles = readFiles(before.dir);
  const newFiles = readFiles(after.dir);
  const known = new Set(['document.yaml', 'facts.yaml', 'lexicon.yaml', before.document.source, after.document.source]);
  const measureFile = (f: string) => /^measures\/[^/]+\.ya?ml$/.test(f);
  const other: DiffLine[] = [];
  for (const f of [...new Set([...oldFiles.keys(), ...newFiles.keys()])].sort()) {
    const a = oldFiles.get(f);
    const b = newFiles.get(f);
    if (sha(a) === sha(b)) continue;
    if (known.has(f) || measureFile(f)) {
      if (!a || !b) {
        if (!measureFile(f)) other.push({ kind: 'file', text: `${a ? '删去' : '新增'}文件 ${f}` });
        continue;
      }
      const n = measureFile(f) ? measureNumberOf(b) : null;
      const title =
        f === 'document.yaml' ? '政策文件（document.yaml）' : f === 'facts.yaml' ? '事实目录（facts.yaml）' : f === 'lexicon.yaml' ? '词汇（lexicon.yaml）' : n !== null && after.measures[n] ? measureTitle(after.measures[n]!) : `政策原文（${after.document.source}）`;
      const shown = sections.some((s) => s.title === title) || (f === after.document.source && sourceChanges.length > 0);
      if (!shown) other.push({ kind: 'file', text: `文件 ${f} 只改了注释或格式` });
      continue;
    }
    other.push(...genericFileLines(f, a, b));
  }
  add('其他文件', other);
  return { from: before.version, to: after.version, changed: before.version !== after.version, sections, summary: summarise(sections) };
}

/** One line: the numbers that changed (or the first changes when no number did), then how many other changes of each kind. */
function summarise(sections: DiffSection[]): string {
  const lines = sections.flatMap((s) => s.lines);
  if (lines.length === 0) return '无内容改动';
  const numbers = lines.filter((l) => l.kind === 'number');
  const shown = numbers.length ? numbers.slice(0, 4) : lines.slice(0, 2);
  const names: Record<DiffLineKind, string> = { number: '数字', condition: '条件', item: '条目', text: '原文', vocabulary: '词汇', fact: '事实', document: '政策文件', file: '文件' };
  const rest = new Map<string, number>();
  for (const l of lines) if (!shown.includes(l)) rest.set(names[l.kind], (rest.get(names[l.kind]) ?? 0) + 1);
  const clip = (t: string) => (t.length > 120 ? `${t.slice(0, 119)}…` : t);
  const tail = [...rest].map(([k, n]) => `${k} ${n} 处`).join('、');
  return [...shown.map((l) => clip(l.text)), ...(tail ? [`另有${tail}改动`] : [])].join('；');
}

/** The diff as text lines for a terminal: sections, their changes, and each changed sentence before and after. */
export function formatDiff(diff: KnowledgeDiff): string[] {
  if (!diff.changed && diff.sections.length === 0) return [`与当前版本 ${diff.from} 相同，没有改动。`];
  const out = [`版本 ${diff.from} → ${diff.to}：${diff.summary}`];
  for (const s of diff.sections) {
    out.push('', s.title);
    for (const l of s.lines) {
      if (l.sentence && l.sentence.before && l.sentence.after) {
        out.push(`  原文改动：${changedWords(l.sentence.segments)}`, `    原：${l.sentence.before}`, `    新：${l.sentence.after}`);
      } else out.push(`  ${l.text}`);
    }
  }
  return out;
}
