/**
 * Reads every figure a reader of a Chinese reply would take as one: amounts
 * (300万, 九十万元, 900,000元, ９０万), percentages (30%, 百分之三十, 三成), ratios
 * (1∶1, 一比一, 2倍), dates (2025年9月1日, 2025-09-01, 2025年9月, 9月1日), counts
 * (12条, 两年, 3个项目), ordinals (第6条, 第一完成人, list markers) and bare numbers.
 * Each comes with a canonical value, so that equal values written differently
 * compare equal. Used by the number guard; pure and synchronous.
 */
import { findAmounts, findPercents, normalizeAmountText, normalizeDigits } from './numbers.ts';

export type NumberKind = 'amount' | 'percent' | 'ratio' | 'date' | 'count' | 'ordinal' | 'plain';

/** One figure in a text. */
export interface NumberMention {
  kind: NumberKind;
  /**
   * Canonical value: amount "900000元" (yuan, exact to the fen; another currency
   * by name: "1500000美元"), percent "30%", ratio "1:1" (reduced), date
   * "2028-08-31" / "2028-08" / "2028" / "--08-31" (month and day) / "--08" (month),
   * count / ordinal / plain a decimal ("12", "2.5").
   */
  value: string;
  /** The text as written. */
  raw: string;
  start: number;
  end: number;
}

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
/** Financial (叁佰万元整) and traditional (九十萬) numerals as the simplified ones the patterns read; same length, so positions hold. */
const VARIANT: Record<string, string> = { 壹: '一', 贰: '二', 貳: '二', 叁: '三', 參: '三', 肆: '四', 伍: '五', 陆: '六', 陸: '六', 柒: '七', 捌: '八', 玖: '九', 拾: '十', 佰: '百', 仟: '千', 萬: '万', 億: '亿', 兩: '两', 點: '点' };

/** 十二 → 12, 二〇二五 → 2025, 一百零五 → 105, 12 → 12; null when it is not an integer. */
export function chineseInteger(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  // Digit by digit, as years are written (二〇二五).
  if (s.length > 1 && /^[零〇一二三四五六七八九]+$/.test(s)) return Number([...s].map((c) => CN_DIGIT[c]).join(''));
  let total = 0;
  let pending: number | null = null;
  for (const c of s) {
    if (c in CN_DIGIT) pending = CN_DIGIT[c]!;
    else if (c in CN_UNIT) {
      total += (pending ?? 1) * CN_UNIT[c]!;
      pending = null;
    } else return null;
  }
  return total + (pending ?? 0);
}

/** "3,000,000" / "3 000 000" / "2.50" → "3000000" / "2.5". */
function decimalValue(s: string): string {
  const plain = s.replace(/[,，\s\u2009\u202f]/g, '');
  if (!plain.includes('.')) return plain.replace(/^0+(?=\d)/, '');
  const [whole, frac] = plain.split('.') as [string, string];
  const f = frac.replace(/0+$/, '');
  return `${whole.replace(/^0+(?=\d)/, '') || '0'}${f ? `.${f}` : ''}`;
}

function yuanValue(fen: bigint): string {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  const part = (abs % 100n).toString().padStart(2, '0').replace(/0+$/, '');
  return `${sign}${abs / 100n}${part ? `.${part}` : ''}`;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function ratioValue(a: string, b: string): string {
  const x = decimalValue(a);
  const y = decimalValue(b);
  if (/^\d+$/.test(x) && /^\d+$/.test(y) && Number(x) > 0 && Number(y) > 0) {
    const g = gcd(Number(x), Number(y));
    return `${Number(x) / g}:${Number(y) / g}`;
  }
  return `${x}:${y}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const validMonth = (m: number) => m >= 1 && m <= 12;
const validDay = (d: number) => d >= 1 && d <= 31;

/** Full-width digits, full-width punctuation between digits and variant numerals, all length-preserving. */
function normalize(text: string): string {
  return normalizeDigits(text).replace(/[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億兩點]/g, (c) => VARIANT[c]!);
}

const ARABIC = String.raw`\d{1,3}(?:[,\u2009\u202f ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const CN = '[零〇一二两三四五六七八九十百千]+';
const CN_SMALL = '[一二三四五六七八九十]{1,3}';
/**
 * Words that count things. With 一 before them (一项, 一家, 一次) the numeral is
 * the article "a", not a figure; with any other numeral it is a count.
 */
const COUNTING = '个|项|条|家|次|人|名|位|批|件|笔|份|届|类|种|款|轮|所|座|台|套|篇|张|步|户|支';
/** Spans of time: a figure even after 一 (一年内 promises a deadline). */
const TIME = '年度|年|个月|月|周|星期|天|日|小时|分钟|季度|工作日|岁';
const CLASSIFIER = `(?:${TIME}|${COUNTING})`;
const countingWord = new RegExp(`^(?:${COUNTING})$`);

interface Reader {
  text: string;
  claimed: Uint8Array;
  out: NumberMention[];
  /** The text as given: raw figures are quoted from it (normalizing keeps positions). */
  original: string;
}

function free(r: Reader, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (r.claimed[i]) return false;
  return true;
}

/** Stands in for a character already read, so later patterns neither match it nor take it as a digit. */
const TAKEN = '\uE000';

function claim(r: Reader, kind: NumberKind, value: string, start: number, end: number): void {
  r.claimed.fill(1, start, end);
  r.out.push({ kind, value, raw: r.original.slice(start, end), start, end });
}

function maskClaimed(r: Reader): void {
  let s = '';
  for (let i = 0; i < r.text.length; i++) s += r.claimed[i] ? TAKEN : r.text[i];
  r.text = s;
}

/** Runs a pattern over the text not yet read; `read` returns the value, or null to leave the match. */
function scan(r: Reader, kind: NumberKind, re: RegExp, read: (m: RegExpMatchArray) => string | null): void {
  let any = false;
  for (const m of r.text.matchAll(re)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (!free(r, start, end)) continue;
    const value = read(m);
    if (value === null) continue;
    claim(r, kind, value, start, end);
    any = true;
  }
  if (any) maskClaimed(r);
}

function readDates(r: Reader): void {
  const full = (y: number, mo: number, d: number) => (validMonth(mo) && validDay(d) ? `${y}-${pad2(mo)}-${pad2(d)}` : null);
  scan(r, 'date', /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g, (m) => full(+m[1]!, +m[2]!, +m[3]!));
  scan(r, 'date', /(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.])/g, (m) => full(+m[1]!, +m[3]!, +m[4]!));
  scan(r, 'date', new RegExp(`([零〇一二三四五六七八九]{4})\\s*年\\s*(${CN_SMALL})\\s*月(?:\\s*(${CN_SMALL})\\s*[日号])?`, 'g'), (m) => {
    const y = chineseInteger(m[1]!)!;
    const mo = chineseInteger(m[2]!)!;
    if (m[3] === undefined) return validMonth(mo) ? `${y}-${pad2(mo)}` : null;
    return full(y, mo, chineseInteger(m[3])!);
  });
  scan(r, 'date', /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d)|(?<![\d.])(\d{4})-(\d{1,2})(?![\d.-])/g, (m) => {
    const mo = +(m[2] ?? m[4])!;
    return validMonth(mo) ? `${m[1] ?? m[3]}-${pad2(mo)}` : null;
  });
  scan(r, 'date', new RegExp(`(?<![\\d零〇一二三四五六七八九十])(\\d{1,2}|${CN_SMALL})\\s*月\\s*(\\d{1,2}|${CN_SMALL})\\s*[日号]`, 'g'), (m) => {
    const mo = chineseInteger(m[1]!)!;
    const d = chineseInteger(m[2]!)!;
    return validMonth(mo) && validDay(d) ? `--${pad2(mo)}-${pad2(d)}` : null;
  });
  // 2028年底 is December, not any time in 2028.
  scan(r, 'date', /(?<!\d)((?:19|20)\d{2})\s*年\s*(?:年底|年末|底|末)/g, (m) => `${m[1]}-12`);
  scan(r, 'date', /(?<!\d)((?:19|20)\d{2})\s*年|([零〇一二三四五六七八九]{4})\s*年/g, (m) => String(chineseInteger(m[1] ?? m[2]!)));
  // A month on its own (9月起); 三个月 is a span, read as a count later.
  scan(r, 'date', new RegExp(`(?<![\\d个零〇一二两三四五六七八九十])(\\d{1,2}|${CN_SMALL})\\s*月(?!份?\\s*[内里])`, 'g'), (m) => {
    const mo = chineseInteger(m[1]!)!;
    return validMonth(mo) ? `--${pad2(mo)}` : null;
  });
}

function readRatios(r: Reader): void {
  scan(r, 'ratio', new RegExp(`(?<![\\d.])(${ARABIC})\\s*[∶:：]\\s*(${ARABIC})(?![\\d])`, 'g'), (m) => ratioValue(m[1]!, m[2]!));
  scan(r, 'ratio', new RegExp(`(\\d+(?:\\.\\d+)?|${CN})\\s*比\\s*(\\d+(?:\\.\\d+)?|${CN})`, 'g'), (m) => {
    const a = /\d/.test(m[1]!) ? m[1]! : String(chineseInteger(m[1]!) ?? '');
    const b = /\d/.test(m[2]!) ? m[2]! : String(chineseInteger(m[2]!) ?? '');
    return a && b ? ratioValue(a, b) : null;
  });
  // 一对一 is also "one-on-one"; only a matching says 一对一配套.
  scan(r, 'ratio', new RegExp(`(\\d+|${CN})\\s*对\\s*(\\d+|${CN})(?=\\s*(?:配套|匹配|联动|给予|奖补|补助|补贴|资助|的比例))`, 'g'), (m) => {
    const a = chineseInteger(m[1]!);
    const b = chineseInteger(m[2]!);
    return a !== null && b !== null ? ratioValue(String(a), String(b)) : null;
  });
  scan(r, 'ratio', new RegExp(`(\\d+(?:\\.\\d+)?|${CN})\\s*倍`, 'g'), (m) => {
    const n = /\d/.test(m[1]!) ? decimalValue(m[1]!) : chineseInteger(m[1]!);
    return n === null ? null : `${n}:1`;
  });
}

function readPercents(r: Reader): void {
  // The first bound of a range shares the second's sign: 20—50%, 20至50%.
  scan(r, 'percent', new RegExp(`(?<![\\d.])(\\d+(?:\\.\\d+)?)(?=\\s*(?:[—–\\-~～至到])\\s*\\d+(?:\\.\\d+)?\\s*[%％])`, 'g'), (m) => `${decimalValue(m[1]!)}%`);
  // Forms findPercents leaves: 百分之30, 三十%.
  scan(r, 'percent', new RegExp(`百分之\\s*(\\d+(?:\\.\\d+)?)|(${CN})\\s*%`, 'g'), (m) => {
    const n = m[1] !== undefined ? decimalValue(m[1]) : chineseInteger(m[2]!);
    return n === null ? null : `${n}%`;
  });
  for (const p of findPercents(r.text)) {
    if (free(r, p.start, p.end)) claim(r, 'percent', `${decimalValue(p.percent)}%`, p.start, p.end);
  }
  maskClaimed(r);
  scan(r, 'percent', new RegExp(`(${ARABIC}|${CN})\\s*个百分点`, 'g'), (m) => {
    const n = /\d/.test(m[1]!) ? decimalValue(m[1]!) : chineseInteger(m[1]!);
    return n === null ? null : `${n}%`;
  });
  scan(r, 'percent', /千分之(\d+|[零〇一二两三四五六七八九十百]+)/g, (m) => {
    const n = /\d/.test(m[1]!) ? Number(m[1]) : chineseInteger(m[1]!);
    return n === null ? null : `${decimalValue(String(n / 10))}%`;
  });
  // 三成 = 30%; 成为、成功、一成不变 are not shares.
  scan(r, 'percent', /(?<![零〇一二两三四五六七八九十\d])([一二两三四五六七八九十]|\d)\s*成(?![为功立果本员绩交长就效不熟型])/g, (m) => `${chineseInteger(m[1]!)! * 10}%`);
}

function readAmounts(r: Reader): void {
  const rewritten = normalizeAmountText(r.text);
  // normalizeAmountText shortens 3 000 000 and 2.5kw; map its positions back by prefix length.
  const toText = rewritten.length === r.text.length
    ? (pos: number) => pos
    : (pos: number) => {
        let lo = 0;
        let hi = r.text.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (normalizeAmountText(r.text.slice(0, mid)).length < pos) lo = mid + 1;
          else hi = mid;
        }
        return lo;
      };
  for (const a of findAmounts(r.text)) {
    let start = toText(a.start);
    let fen = a.fen;
    while (/\s/.test(r.text[start] ?? '')) start++;
    // findAmounts takes the dash of a range (10万-20万元) for a minus sign.
    if (fen < 0n && /[-－]/.test(r.text[start] ?? '') && /[\d万亿千元]/.test(r.text[start - 1] ?? '')) {
      fen = -fen;
      start++;
    }
    const end = Math.max(start + 1, toText(a.end));
    if (!free(r, start, end)) continue;
    claim(r, 'amount', `${yuanValue(fen)}${a.currency ?? '元'}`, start, end);
  }
  maskClaimed(r);
}

function readCounts(r: Reader): void {
  // ①–⑳ and list markers (1. / 1、 / (1) / （一） / 一、 at the start of a line) number the reply's own parts.
  scan(r, 'ordinal', /[\u2460-\u2473]/g, (m) => String(m[0].charCodeAt(0) - 0x2460 + 1));
  scan(r, 'ordinal', new RegExp(`第\\s*(\\d+|${CN})`, 'g'), (m) => String(chineseInteger(m[1]!) ?? decimalValue(m[1]!)));
  scan(r, 'ordinal', new RegExp(`措施\\s*(\\d{1,2}|${CN_SMALL})(?![\\d万亿元%])`, 'g'), (m) => String(chineseInteger(m[1]!)));
  scan(r, 'ordinal', /(?<=^|\n)[ \t]*(\d{1,2})\s*[.、)）](?![\d])/g, (m) => String(Number(m[1])));
  scan(r, 'ordinal', new RegExp(`[（(]\\s*(\\d{1,2}|${CN_SMALL})\\s*[)）]|(?<=^|\\n)[ \\t]*(${CN_SMALL})、`, 'g'), (m) => String(chineseInteger((m[1] ?? m[2])!)));
  scan(r, 'count', new RegExp(`(?<![\\d.])(${ARABIC})\\s*(${CLASSIFIER})`, 'g'), (m) => decimalValue(m[1]!));
  scan(r, 'plain', new RegExp(`(?<![\\d.])(${ARABIC})`, 'g'), (m) => decimalValue(m[1]!));
  scan(r, 'count', new RegExp(`(${CN})\\s*(${CLASSIFIER})`, 'g'), (m) => {
    // 一项 / 一家 say "a"; 每一年 / 同一年度 say "every" and "the same".
    if (m[1] === '一' && (countingWord.test(m[2]!) || /[每同某哪任逐单唯]/.test(r.text[m.index! - 1] ?? ''))) return null;
    const n = chineseInteger(m[1]!);
    return n === null ? null : String(n);
  });
}

/**
 * Every figure in the text, in order of position. Chinese numerals inside
 * ordinary words (一定比例, 统一, 一等奖, 之一, 万一, 千万不要, 一项) are not
 * figures; 第一完成人 is an ordinal.
 */
export function readNumbers(text: string): NumberMention[] {
  const normalized = normalize(text);
  const r: Reader = { text: normalized, claimed: new Uint8Array(normalized.length), out: [], original: text };
  // Order matters: a date holds digits an amount or a count would otherwise take.
  readDates(r);
  readRatios(r);
  readPercents(r);
  readAmounts(r);
  readCounts(r);
  return r.out.sort((a, b) => a.start - b.start);
}
