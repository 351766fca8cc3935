/**
 * Finding the words of the vocabulary in a message: general machinery, no
 * policy words. A word is found as a substring; a word written with …
 * matches its parts in order within one clause, at most GAP characters apart.
 * Overlapping finds keep the longest, so 没获奖 hides the 获奖 inside it.
 */

/** Characters that end a clause: cue words and gapped words do not reach across them. */
export const CLAUSE_END = new Set(['，', ',', '。', '；', ';', '！', '!', '？', '?', '\n', '：', ':', '（', '）', '(', ')']);
/** The longest aside in brackets that qualifies the words before it (（国家级）, (省级)). */
const QUALIFIER_ASIDE = 6;

/**
 * Whether the character at i ends a clause. An opening bracket before a short aside with no figure does not: the aside
 * qualifies the words before it (宜兴经济技术开发区（国家级）); a longer one, or one with a figure, is its own
 * (今年签到了0.8亿呢（去年还是2600万）).
 */
export function endsClause(text: string, i: number): boolean {
  const ch = text[i]!;
  if (!CLAUSE_END.has(ch)) return false;
  if (ch !== '（' && ch !== '(') return true;
  const close = text.slice(i + 1, i + 2 + QUALIFIER_ASIDE).search(/[）)]/);
  return close < 0 || /[\d０-９]/.test(text.slice(i + 1, i + 1 + close));
}

/** The widest gap between the parts of a word written with …. */
export const GAP = 8;

/** One find of a word: the text span and what the word stands for. */
export interface Find<T> {
  start: number;
  end: number;
  word: string;
  value: T;
}

/**
 * What is worked out once per text: a message is asked for its clauses and sentences many times, so the marks of the
 * few texts asked last are kept.
 */
interface Bounds {
  starts: Int32Array;
  ends: Int32Array;
}
interface Marks {
  clauses?: readonly number[];
  clauseBounds?: Bounds;
  sentenceBounds?: Bounds;
}
const TEXTS_KEPT = 16;
const marks = new Map<string, Marks>();

function marksOf(text: string): Marks {
  let m = marks.get(text);
  if (!m) {
    if (marks.size >= TEXTS_KEPT) marks.delete(marks.keys().next().value!);
    marks.set(text, (m = {}));
  }
  return m;
}

/** The clause index of every character of a text. */
export function clauseIndex(text: string): readonly number[] {
  const m = marksOf(text);
  if (m.clauses) return m.clauses;
  const out: number[] = new Array(text.length);
  let clause = 0;
  for (let i = 0; i < text.length; i++) {
    out[i] = clause;
    if (endsClause(text, i)) clause++;
  }
  return (m.clauses = out);
}

/** Where each position's clause or sentence starts and ends (`ends` says whether a character ends one). */
function boundsOf(text: string, ends: (i: number) => boolean): Bounds {
  const n = text.length;
  // One more than the text: position n (the end) has a clause too, as the scans below gave it.
  const starts = new Int32Array(n + 1);
  const stops = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) starts[i] = i > 0 && !ends(i - 1) ? starts[i - 1]! : i;
  stops[n] = n;
  for (let i = n - 1; i >= 0; i--) stops[i] = ends(i) ? i : stops[i + 1]!;
  return { starts, ends: stops };
}

/** The bounds [start, end) of the clause holding position i. */
export function clauseAt(text: string, i: number): [number, number] {
  if (i < 0 || i > text.length) {
    let s = i;
    while (s > 0 && !endsClause(text, s - 1)) s--;
    let e = i;
    while (e < text.length && !endsClause(text, e)) e++;
    return [s, e];
  }
  const m = marksOf(text);
  const b = (m.clauseBounds ??= boundsOf(text, (k) => endsClause(text, k)));
  return [b.starts[i]!, b.ends[i]!];
}

/** What ends a sentence (。！？； and their ASCII forms, a line break), as sentencesOf splits. */
const SENTENCE_ENDS = new Set(['。', '！', '!', '？', '?', '\n', '；', ';']);
/** Whether the character is one that ends a sentence. */
export function endsSentence(ch: string | undefined): boolean {
  return ch !== undefined && SENTENCE_ENDS.has(ch);
}
/** The bounds [start, end) of the sentence holding text[i], its end mark left out. */
export function sentenceAt(text: string, i: number): [number, number] {
  if (i < 0 || i > text.length) {
    let s = i;
    while (s > 0 && !endsSentence(text[s - 1])) s--;
    let e = i;
    while (e < text.length && !endsSentence(text[e])) e++;
    return [s, e];
  }
  const m = marksOf(text);
  const b = (m.sentenceBounds ??= boundsOf(text, (k) => SENTENCE_ENDS.has(text[k]!)));
  return [b.starts[i]!, b.ends[i]!];
}

/**
 * Where a word written with … ends when its first part stands at `first`: each
 * later part the next place it occurs, at most GAP characters on and within the
 * clause; -1 when the word is not completed there.
 */
function completeGapped(text: string, parts: string[], first: number): number {
  let end = first + parts[0]!.length;
  for (let k = 1; k < parts.length; k++) {
    const at = text.indexOf(parts[k]!, end);
    if (at < 0 || at - end > GAP) return -1;
    for (let i = end; i < at; i++) if (endsClause(text, i)) return -1;
    end = at + parts[k]!.length;
  }
  return end;
}

/** The parts of each word written with … that findWord was asked for, split once. */
const partsOf = new Map<string, string[]>();
const PARTS_KEPT = 20_000;

/** Every place one of `words` stands right before one of `then` (企业 then 能拿到; 国企 then 那边): [start, end] of the pair. */
export function followedBy(text: string, words: readonly string[], then: readonly string[]): [number, number][] {
  return words.flatMap((w) => then.flatMap((x) => findWord(text, w + x)));
}

/** Every place a word occurs in a text. */
export function findWord(text: string, word: string): [number, number][] {
  if (word.includes('…')) {
    let parts = partsOf.get(word);
    if (!parts) {
      // (Words come from the knowledge base; a published version brings new ones, so the old are let go now and then.)
      if (partsOf.size >= PARTS_KEPT) partsOf.clear();
      partsOf.set(word, (parts = word.split('…').filter(Boolean)));
    }
    return findParts(text, parts);
  }
  const out: [number, number][] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) out.push([i, i + word.length]);
  return out;
}

/** Every place the parts of a word written with … occur in order, within one clause. */
function findParts(text: string, parts: string[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(parts[0]!); i >= 0; i = text.indexOf(parts[0]!, i + 1)) {
    const end = completeGapped(text, parts, i);
    if (end >= 0) out.push([i, end]);
  }
  return out;
}

interface TrieNode<T> {
  /** Children by UTF-16 code unit: numbers, so no one-character string is made per look-up. */
  next: Map<number, TrieNode<T>>;
  /** The words that end here. */
  ends: { word: string; value: T }[];
}

interface Gapped<T> {
  word: string;
  value: T;
  parts: string[];
}

/** A set of UTF-16 code units as a bitmap: one look-up tells whether anything can start at a character. */
class CodeSet {
  private readonly bits = new Uint32Array(2048);
  add(code: number): void {
    this.bits[code >>> 5]! |= 1 << (code & 31);
  }
  has(code: number): boolean {
    return (this.bits[code >>> 5]! & (1 << (code & 31))) !== 0;
  }
}

/**
 * A compiled list of words, each standing for a value: finds them all in a
 * text, longest first, and drops a find that lies inside a longer one.
 */
export class WordList<T> {
  private readonly entries: { word: string; value: T }[];
  /** Plain words as a trie: a text is scanned once, each position only as far as some word goes. */
  private readonly trie: TrieNode<T> = { next: new Map(), ends: [] };
  /** Words written with …, by the first code unit of their first part. */
  private readonly gapped = new Map<number, Gapped<T>[]>();
  /** The code units some word (plain or gapped) begins with: most characters of a message begin none. */
  private readonly starts = new CodeSet();
  constructor(entries: Iterable<[string, T]>) {
    this.entries = [...entries].map(([word, value]) => ({ word, value })).sort((a, b) => b.word.length - a.word.length);
    for (const e of this.entries) {
      if (e.word.includes('…')) {
        const parts = e.word.split('…').filter(Boolean);
        if (parts.length === 0) continue;
        const code = parts[0]!.charCodeAt(0);
        const list = this.gapped.get(code) ?? [];
        list.push({ ...e, parts });
        this.gapped.set(code, list);
        this.starts.add(code);
        continue;
      }
      if (e.word.length === 0) continue;
      let node = this.trie;
      for (let k = 0; k < e.word.length; k++) {
        const code = e.word.charCodeAt(k);
        let child = node.next.get(code);
        if (!child) node.next.set(code, (child = { next: new Map(), ends: [] }));
        node = child;
      }
      node.ends.push(e);
      this.starts.add(e.word.charCodeAt(0));
    }
  }

  get size(): number {
    return this.entries.length;
  }

  words(): string[] {
    return this.entries.map((e) => e.word);
  }

  /**
   * Visits every word found in a text, plain and (unless `plainOnly`) written with …, as (start, end, entry),
   * position by position; stops when `visit` returns true, and says whether it did.
   */
  private scan(text: string, visit: (start: number, end: number, entry: { word: string; value: T }) => boolean | void, plainOnly = false): boolean {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (!this.starts.has(code)) continue;
      let node = this.trie.next.get(code);
      for (let j = i + 1; node; j++) {
        for (const e of node.ends) if (visit(i, j, e)) return true;
        node = j < text.length ? node.next.get(text.charCodeAt(j)) : undefined;
      }
      if (plainOnly) continue;
      for (const e of this.gapped.get(code) ?? []) {
        if (!text.startsWith(e.parts[0]!, i)) continue;
        const end = completeGapped(text, e.parts, i);
        if (end >= 0 && visit(i, end, e)) return true;
      }
    }
    return false;
  }

  /** Every find, in text order, with finds inside longer ones removed. */
  findAll(text: string): readonly Find<T>[] {
    if (text === this.last.text) return this.last.finds;
    const finds = Object.freeze(this.findAllAnew(text));
    this.last = { text, finds };
    return finds;
  }

  /** The last text's finds: a message is looked through with one list many times in a turn. */
  private last: { text: string; finds: readonly Find<T>[] } = { text: '', finds: [] };

  private findAllAnew(text: string): Find<T>[] {
    const all: Find<T>[] = [];
    this.scan(text, (start, end, e) => void all.push({ start, end, word: e.word, value: e.value }));
    if (all.length <= 1) return all;
    // Longest first, so a find inside a longer one is dropped; the same word standing for several values keeps them all.
    all.sort((a, b) => b.end - b.start - (a.end - a.start));
    const finds: Find<T>[] = [];
    for (const f of all) {
      if (finds.some((g) => g.start <= f.start && f.end <= g.end && (g.end - g.start > f.end - f.start || g.value === f.value))) continue;
      finds.push(f);
    }
    return finds.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** The span of every occurrence of every plain word, overlapping ones included, once each, in text order. */
  findEvery(text: string): [number, number][] {
    const out: [number, number][] = [];
    this.scan(
      text,
      (start, end) => {
        const last = out.at(-1);
        if (last?.[0] !== start || last[1] !== end) out.push([start, end]);
      },
      true,
    );
    return out;
  }

  has(text: string): boolean {
    return this.scan(text, () => true);
  }
}

/**
 * Negation is general Chinese grammar: a word is denied when one of these
 * stands just before it in its clause (没有重点实验室, 不是高校, 并非主要完成人).
 */
const NEGATORS = ['并不是', '还没有', '没有', '不是', '并非', '尚未', '还没', '没', '未', '非', '无', '不'];
/** Questions asked with a yes-or-no pair deny nothing (有没有对接机制, 是不是高校, 能不能申请, 封不封顶). */
const YES_NO_PAIRS = ['有没有', '是不是', '能不能', '会不会', '可不可以', '要不要', '用不用', '算不算', '行不行', '给不给', '够不够', '符不符合', '有无', '封不封顶', '设不设'];

/** Whether the character at `at` lies inside a yes-or-no pair (有没有上限: its 没有上限 claims nothing). */
export function inYesNoPair(text: string, at: number): boolean {
  return YES_NO_PAIRS.some((w) => findWord(text, w).some(([a, b]) => a <= at && at < b));
}

/** Words that begin with a negator's character but deny nothing (无锡, 非常, 不超过 …). */
const NOT_NEGATIONS = [
  '无锡', '非常', '无论', '不断', '不仅', '不同', '无需', '不管', '不限', '非遗', '不超过', '不少于', '不低于', '不高于', '不到', '不止', '不过', '不但', '无偿', '未来',
  ...YES_NO_PAIRS,
  // Names of things made with 无 (无人车, 无线): no denial of what follows.
  '无人车', '无人机', '无人驾驶', '无人配送', '无人船', '无人化', '无人值守', '无人仓', '无线', '无菌', '无机', '无损',
];
/** Words ending in 是 that, before 不是, make it a denial, not the question 是不是 (要是不是…, 但是不是…). */
const IF_LEADS = ['要是', '若是', '但是', '可是', '倒是'];
/** Words of contrast: a negation before one does not reach past it (没拿到钱但是重点实验室建了). */
const CONTRASTS = ['但', '可是', '却', '而是', '不过'];
/**
 * Words to find, unless a longer word holding one stands there (本市 holds 本, 比去年 holds 去年): the finds of the
 * words only, each longer word taking its place.
 */
export function wordsUnlessLonger(words: readonly string[], longer: readonly string[]): { findAll(text: string): readonly Find<true>[] } {
  return wordListUnlessLonger(words.map((w): [string, true] => [w, true]), longer);
}

/**
 * A word list whose finds give way to longer words that name none of its values (民办非企业 holds 企业): those words
 * take their place and are not found.
 */
export function wordListUnlessLonger<T>(entries: Iterable<[string, T]>, longer: readonly string[]): { findAll(text: string): readonly Find<T>[]; words(): string[] } {
  const list = new WordList<T | null>([...entries, ...longer.map((w): [string, null] => [w, null])]);
  const words = list.words().filter((w) => !longer.includes(w));
  let last: { text: string; finds: readonly Find<T>[] } = { text: '', finds: [] };
  return {
    findAll(text) {
      if (text !== last.text) last = { text, finds: Object.freeze(list.findAll(text).filter((f): f is Find<T> => f.value !== null)) };
      return last.finds;
    },
    words: () => words,
  };
}

/** Whether a stretch of text holds a word of contrast (合同写的500万但…实际只收到了200万). */
export function contrasts(stretch: string): boolean {
  return CONTRASTS.some((w) => stretch.includes(w));
}
/** How far before a word a negator may stand (没有建设重点实验室). */
/** Whether a word begins by denying (不在省级以上, 没有在开发区): what it says is what something is not. */
export function denies(word: string): boolean {
  return NEGATORS.some((n) => word.startsWith(n));
}
const NEGATION_REACH = 5;
/** Where the look for negators and harmless words starts: a negator (up to 3 characters) ending at the reach, and a harmless word begun up to 3 before it (能不能). */
const NEGATION_LOOK_BACK = NEGATION_REACH + 6;

/** Whether the word found at [start, …) is denied by a negator shortly before it in its clause. */
export function isNegated(text: string, start: number): boolean {
  const [clauseStart] = clauseAt(text, start);
  // Harmless words are looked for from a little earlier, so one begun before the reach (能不能再组) still hides its 不.
  for (let i = Math.max(clauseStart, start - NEGATION_LOOK_BACK); i < start; i++) {
    // 要是不是在省平台上用的: 要是 (if) then 不是 denies; its 是不是 is no question.
    const lead = IF_LEADS.find((w) => text.startsWith(`${w}不是`, i));
    if (lead) {
      i += lead.length - 1;
      continue;
    }
    const harmless = NOT_NEGATIONS.find((w) => text.startsWith(w, i));
    if (harmless) {
      i += harmless.length - 1;
      continue;
    }
    // The reach is counted from where the negator ends: 还没有在无锡建设重点实验室 denies across 在无锡建设.
    const negator = NEGATORS.find((n) => text.startsWith(n, i) && i + n.length <= start && i + n.length >= start - NEGATION_REACH);
    // 没拿到钱但是有重点实验室: a contrast ends what the negator denies.
    if (negator && !CONTRASTS.some((c) => text.slice(i + negator.length, start).includes(c))) return true;
  }
  return false;
}

/**
 * Whether a word at start is asked about, not stated: an asking word (算, 是否, 属于 …) just before it, and
 * the clause a question — by a question mark, or by an asking word that is a question by itself (算不算).
 */
export function isAsked(input: string, start: number, grammar: { asking: readonly string[]; askingByThemselves: readonly string[]; questionMarks: readonly string[]; notAsking?: readonly string[] }): boolean {
  // (要是不是在省平台上用的: a longer word holding an asking word asks nothing; blanked, places kept.)
  const text = (grammar.notAsking ?? []).reduce((t, w) => (t.includes(w) ? t.split(w).join('\u3000'.repeat(w.length)) : t), input);
  const [clauseStart, clauseEnd] = clauseAt(text, start);
  const before = text.slice(Math.max(clauseStart, start - 4), start);
  const word = grammar.asking.find((w) => before.endsWith(w));
  const rest = text.slice(start, clauseEnd + 1);
  const earlier = text.slice(clauseStart, start);
  // 是不是得先评上年度优秀技术经理人才行？ / 这个奖补是不是要先被评上优秀技术经理人才行？: a question of its own (是不是)
  // earlier in the clause asks what follows in it.
  if (!word) return grammar.askingByThemselves.some((w) => earlier.includes(w)) && grammar.questionMarks.some((m) => rest.includes(m));
  // 是不是一定要评上优秀才有: an asking word of its own earlier in the clause makes the question too.
  return grammar.askingByThemselves.includes(word) || grammar.questionMarks.some((m) => rest.includes(m)) || grammar.askingByThemselves.some((w) => earlier.includes(w));
}

/** The bounds [start, end) of each sentence of a text, its end mark (at `end`) left out. */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let start = 0; start <= text.length; ) {
    const [, end] = sentenceAt(text, start);
    spans.push([start, end]);
    start = end + 1;
  }
  return spans;
}

/**
 * The questions of their own (sentences ending in one of `marks`) that end before `at`: 如果明年绩效评价为优秀，还能拿多少？
 * before 另外…概念验证中心. None when `at` is not a place in the text.
 */
export function questionsBefore(text: string, at: number, marks: readonly string[]): [number, number][] {
  if (at < 0 || !Number.isFinite(at)) return [];
  return sentenceSpans(text).filter(([, end]) => end < at && marks.includes(text[end] ?? ''));
}

/** The sentences of a text: split at 。！？；, their ASCII forms and line breaks. */
export function sentencesOf(text: string): string[] {
  return text.split(/[。！!？?；;\n]/);
}

/**
 * The text with every occurrence of each word taken out, in the order given (longest first where one holds another);
 * with a `gap`, each is replaced by it, so the words either side do not run together.
 */
export function withoutWords(text: string, words: readonly string[], gap = ''): string {
  return words.reduce((rest, w) => rest.split(w).join(gap), text);
}

/** The years said relative to this one in a text (去年 → -1, 明年 → 1), anywhere in it, by the vocabulary's words. */
export function relativeYearsIn(text: string, relativeYears: Readonly<Record<string, number>>): number[] {
  return Object.entries(relativeYears).flatMap(([w, offset]) => (text.includes(w) ? [offset] : []));
}
