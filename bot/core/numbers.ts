/**
 * Reads amounts, counts and percentages out of Chinese text, exactly: 300万,
 * 300万元, 三百万, 三百五十万元, 1.5亿, 1亿5000万, 2,500,000元, 333.33万, 123.45万元,
 * full-width ３００万. Amounts come back as integer fen (bigint), never floats.
 */
import { formatFen } from '../../eligibility/index.ts';

export interface AmountMention {
  /** Integer fen; negative when the text says so (-300万, 负300万). */
  fen: bigint;
  /** Set when the amount is in another currency (150万美元): not computed. */
  currency?: string;
  raw: string;
  start: number;
  end: number;
  /** Said as about that much (1200多万, 三百来万, 50余万): the figure is the round amount said. */
  approximate?: true;
}

/** Stands where 多 / 来 / 余 said an amount is about a round one (1200多万): a space, so the figure reads as 1200万. */
const ABOUT = '\u2009';

export interface CountMention {
  count: number;
  raw: string;
  /** The counter word the count was said with (家, 名, 个). */
  counter: string;
  start: number;
  end: number;
}

export interface PercentMention {
  /** Decimal string, e.g. "20" or "2.5". */
  percent: string;
  raw: string;
  start: number;
  end: number;
}

/** Full-width digits and punctuation → ASCII, so one set of patterns reads both. Keeps string length. */
export function normalizeDigits(text: string): string {
  return text
    .replace(/[０-９．％－]/g, (c) => {
      if (c === '．') return '.';
      if (c === '％') return '%';
      if (c === '－') return '-';
      return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
    })
    // A full-width comma between digits groups thousands (2，500，000元).
    .replace(/(?<=\d)，(?=\d{3}(?!\d))/g, ',');
}

/** The uppercase numerals of financial writing (叁佰万元整). */
const financial: Record<string, string> = { 壹: '一', 贰: '二', 叁: '三', 肆: '四', 伍: '五', 陆: '六', 柒: '七', 捌: '八', 玖: '九', 拾: '十', 佰: '百', 仟: '千' };

/**
 * Writing forms people mix into amounts, rewritten to ones the patterns read:
 * 2千万 / 1千2百万 / 3百万 (a digit before 千/百/十) → 二千万 …, 3 000 000元 → 3000000元,
 * 300w → 300万. Only used to find amounts; positions are those of the rewritten text.
 */
export function normalizeAmountText(text: string): string {
  return normalizeDigits(text)
    .replace(/[壹贰叁肆伍陆柒捌玖拾佰仟]/g, (c) => financial[c]!)
    .replace(/(\d+)(?:\.(\d+))?\s*[kK][wW](?![a-zA-Z])/g, (_m, whole: string, frac = '') => {
      // 2.5kw = 2.5 × 1000 万 = 2500万: move the point three places.
      const digits = `${whole}${frac.padEnd(3, '0')}`;
      const cut = whole.length + 3;
      const rest = digits.slice(cut).replace(/0+$/, '');
      return `${digits.slice(0, cut).replace(/^0+(?=\d)/, '')}${rest ? `.${rest}` : ''}万`;
    })
    .replace(/(?<=\d) (?=\d{3}(?!\d))/g, '')
    .replace(/(?<=\d)\s*[wW](?![a-zA-Z])/g, '万')
    // A homophone typed for 万 right after a figure (300完, 50玩): the figure's unit.
    .replace(/(?<=\d)[完玩晚碗湾弯丸](?![成全善整])/g, '万')
    // 2个亿 / 两个亿 / 2.3个亿: the measure word between figure and unit (a space keeps the places).
    .replace(/(?<=[\d一两二三四五六七八九十])个(?=亿)/g, ' ')
    // 1200多万 / 三百来万 / 50余万: about that round figure.
    .replace(/(?<=[\d十百千])[多来余](?=亿|千万|百万|万)/g, ABOUT);
}

/** Currencies other than yuan: such an amount is not computed. */
export const foreignCurrency = /^\s*(美元|美金|欧元|欧(?!洲)|港币|港元|日元|英镑|刀|usd|eur|hkd)/i;
const currencyPrefix = /(us\$|hk\$|\$|€|£|¥(?=\s*\d+\s*(美|日))|usd|eur)\s*$/i;

const digitValue: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const smallUnit: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A decimal written in digits or in Chinese (三百五十, 一点五, 十二) as numerator / 10^scale. */
interface Decimal {
  num: bigint;
  scale: number;
}

function parseArabic(s: string): Decimal {
  const [whole, frac = ''] = s.replace(/,/g, '').split('.');
  return { num: BigInt(`${whole}${frac}` || '0'), scale: frac.length };
}

/**
 * A section below 万 in Chinese or mixed writing (三百五十, 十二, 二千零五, 2百50, 1千零50,
 * 两千五), with an optional 点 fraction. A single digit right after a unit counts in the
 * next unit down (两千五 = 2500), as people say it.
 */
function parseChineseSection(s: string): Decimal | null {
  const [intPart, fracPart] = s.split('点');
  let total = 0;
  let pending: number | null = null;
  let lastUnit = 0;
  let afterZero = false;
  for (const m of (intPart ?? '').matchAll(/(\d+)|([零〇])|([一二两三四五六七八九])|([十百千])|(.)/g)) {
    if (m[5]) return null;
    if (m[2]) { afterZero = true; continue; }
    if (m[1] !== undefined || m[3] !== undefined) {
      if (pending !== null) return null;
      pending = m[1] !== undefined ? Number(m[1]) : digitValue[m[3]!]!;
      continue;
    }
    const unit = smallUnit[m[4]!]!;
    total += (pending ?? 1) * unit;
    pending = null;
    lastUnit = unit;
    afterZero = false;
  }
  if (pending !== null) {
    // 两千五 = 2500, but 两千零五 = 2005 and 1千50 = 1050.
    const single = pending < 10 && lastUnit >= 10 && !afterZero && !/\d\d/.test(intPart ?? '');
    total += single ? pending * (lastUnit / 10) : pending;
  }
  if (fracPart === undefined) return { num: BigInt(total), scale: 0 };
  // 三点五千(万): a fraction followed by a unit of its own counts in that unit.
  const last = fracPart.at(-1);
  const fracUnit = last !== undefined && last in smallUnit ? last : undefined;
  const digits = fracUnit ? fracPart.slice(0, -1) : fracPart;
  let frac = '';
  for (const ch of digits) {
    if (/\d/.test(ch)) frac += ch;
    else if (ch in digitValue) frac += String(digitValue[ch]);
    else return null;
  }
  if (fracUnit && (frac === '' || lastUnit !== 0)) return null;
  return { num: BigInt(`${total}${frac}`) * BigInt(fracUnit ? smallUnit[fracUnit]! : 1), scale: frac.length };
}

const YUAN_FEN = 100n;
const unitFen: Record<string, bigint> = { 亿: 100000000n * YUAN_FEN, 千万: 10000000n * YUAN_FEN, 百万: 1000000n * YUAN_FEN, 万: 10000n * YUAN_FEN, 千: 1000n * YUAN_FEN, 元: YUAN_FEN, 块: YUAN_FEN };

function toFen(d: Decimal, unit: bigint): bigint | null {
  const scaled = d.num * unit;
  const den = 10n ** BigInt(d.scale);
  // Amounts below a fen (0.001元) are not amounts a policy pays.
  if (scaled % den !== 0n) return null;
  return scaled / den;
}

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
/** Chinese numerals, possibly with digit groups (2百50): at least one Chinese numeral character. */
const CN = '(?:\\d*[零〇一二两三四五六七八九十百千点][\\d零〇一二两三四五六七八九十百千点]*)';
/** One number with a magnitude unit: 1.5亿 / 5000万 / 三百五十万 / 二千. */
const PART = `(?:${CN}|${NUM})\\s*(?:亿|千万|百万|万|千(?![克名人个件米次位户家项]))`;
/** An amount: parts in descending magnitude (1亿5000万), an optional tail, then 元; or digits with 元/块. */
const amountRe = new RegExp(
  // 两块 alone is "two parts" (两块分别能拿多少); a Chinese numeral is money with 元 or 块钱 only.
  `(负|-|减)?\\s*((?:${PART}\\s*)+(?:(?:${CN}|${NUM})(?![份笔个项家次年月日号条位人名多共起下定般直样些并同单批套台张期轮]))?\\s*(?:元|块钱|块)?|${CN}\\s*(?:元|块钱)|${NUM}\\s*(?:元|块钱|块))(?!多)`,
  'g',
);

function parseAmountBody(body: string): bigint | null {
  const partRe = new RegExp(`(${CN}|${NUM})\\s*(亿|千万|百万|万|千|元|块钱|块)?`, 'g');
  let total = 0n;
  let lastUnit: bigint | null = null;
  let any = false;
  for (const m of body.matchAll(partRe)) {
    const n = m[1]!;
    const d = /^[\d,.]+$/.test(n) ? parseArabic(n) : parseChineseSection(n);
    if (!d) return null;
    let unitName = m[2] ?? '';
    if (unitName === '块钱') unitName = '块';
    let unit = unitName ? unitFen[unitName]! : null;
    // 三万五元 / 三万五块钱 is 三万五 said with its unit: the single digit still counts in the next unit down.
    if (unit === YUAN_FEN && lastUnit !== null && n.length === 1 && lastUnit > YUAN_FEN) unit = null;
    if (unit === null) {
      // A single bare digit after a unit continues in the next unit down (三万五 = 35,000);
      // a tail with its own 十/百/千 or several digits is yuan (三万五千 = 35,000; 1亿5000 = 100,005,000).
      if (lastUnit === null || /[十百千]/.test(n) || n.length > 1) unit = YUAN_FEN;
      else unit = lastUnit / 10n;
    }
    if (lastUnit !== null && unit >= lastUnit && unit !== YUAN_FEN) return null;
    const fen = toFen(d, unit);
    if (fen === null) return null;
    total += fen;
    if (unit !== YUAN_FEN) lastUnit = unit;
    any = true;
  }
  return any ? total : null;
}

/** Common surnames: placeholder names (张三, 李四, 王五) end in a numeral that a figure after them does not include. */
const SURNAMES = '张李王赵刘陈杨黄周吴孙钱郑冯';

/** A money unit: a figure without one (第一、一等奖、十二条) is no amount. */
const MONEY_UNIT = /[亿万千元块]/;

/** Every amount of money in the text, in order. */
export function findAmounts(input: string): AmountMention[] {
  const text = normalizeAmountText(input);
  const out: AmountMention[] = [];
  for (const m of text.matchAll(amountRe)) {
    const body = m[2]!.trim();
    // 第一、一等奖、十二条: Chinese numerals without a money unit are not amounts.
    if (!MONEY_UNIT.test(body)) continue;
    // 几十万、上百万、数千万 are not figures, and 千万/百万 alone is an idiom (千万不要), not an amount.
    // (正好8万 / 刚好十万: a figure after 好 is a figure; the idiom 好几十万 is caught by its 几.)
    if ((/[几数上]$/.test(text.slice(Math.max(0, m.index! - 1), m.index!)) && !/^\d/.test(body)) || /^[百千]/.test(body)) continue;
    if (/^[零〇一二两三四五六七八九十百千点]+千$/.test(body) && !/元/.test(body)) continue;
    const fen = parseAmountBody(body);
    if (fen === null) {
      const bodyAt = m.index! + m[0].indexOf(m[2]!);
      // 李四3200万 / 王五450万: a numeral-like end of a name before the digits is no part of the figure.
      const digitAt = body.search(/\d/);
      const fromDigits = digitAt > 0 ? parseAmountBody(body.slice(digitAt)) : null;
      if (fromDigits !== null) {
        out.push(mention(text, fromDigits, body.slice(digitAt), bodyAt + m[2]!.indexOf(body) + digitAt));
        continue;
      }
      // 王五壹仟伍佰万 / 张三一百万: after a surname, the numeral naming the person is no part of the figure.
      const from = bodyAt + m[2]!.indexOf(body);
      const afterName = from > 0 && SURNAMES.includes(text[from - 1]!) ? parseAmountBody(body.slice(1)) : null;
      if (afterName !== null && MONEY_UNIT.test(body.slice(1))) {
        out.push(mention(text, afterName, body.slice(1), from + 1));
        continue;
      }
      // 300万 200万: figures side by side, each with its own unit, are two amounts, not one.
      for (const piece of m[2]!.matchAll(/\S+/g)) {
        const pieceFen = MONEY_UNIT.test(piece[0]) && piece[0] !== body ? parseAmountBody(piece[0]) : null;
        if (pieceFen !== null) out.push(mention(text, pieceFen, piece[0], bodyAt + piece.index!));
      }
      continue;
    }
    // 10万 - 20万元 / 10万-20万: a dash right after a figure joins a range; it is no minus sign.
    const before = text.slice(0, m.index!).trimEnd().at(-1) ?? '';
    const range = m[1] === '-' && (/\d/.test(before) || MONEY_UNIT.test(before));
    const found = range ? mention(text, fen, m[0].slice(m[0].indexOf(m[2]!)), m.index! + m[0].indexOf(m[2]!)) : mention(text, m[1] ? -fen : fen, m[0], m.index!);
    // The figure as the message wrote it (1200多万) where normalizing kept the places, else without the word.
    const said = input.length === text.length ? input.slice(found.start, found.end) : found.raw.replace(ABOUT, '');
    out.push(body.includes(ABOUT) ? { ...found, raw: said, approximate: true } : found);
  }
  return out;
}

/** An amount found at `start`, with the foreign currency written around it. */
function mention(text: string, fen: bigint, raw: string, start: number): AmountMention {
  const end = start + raw.length;
  const foreign = foreignCurrency.exec(text.slice(end, end + 3))?.[1] ?? currencyPrefix.exec(text.slice(Math.max(0, start - 4), start))?.[1];
  return { fen, raw, start, end, ...(foreign ? { currency: foreign } : {}) };
}

// (评出3名优秀技术经理人 / 三位: people are counted too; 第三位 is a place, not a count. 两所学校: schools too, though 一所
// is only an indefinite.)
/** The counter of parties (三方加起来): not 方案, 方面, 方式, 平方米…. */
export const PARTY_COUNTER = '方';
const countRe = new RegExp(`(?<!第)(${NUM}|[一二两三四五六七八九十百][零〇一二两三四五六七八九十百]*)\\s*(个|项|笔|份|单|家|名|位|所|${PARTY_COUNTER}(?!米|案|面|式|向|法|针|便|言|圆|阵))(?!月|人才|位)`, 'g');

export function findCounts(input: string): CountMention[] {
  const text = normalizeAmountText(input);
  const out: CountMention[] = [];
  for (const m of text.matchAll(countRe)) {
    const n = m[1]!;
    const d = /\d/.test(n) ? parseArabic(n) : parseChineseSection(n);
    if (!d || d.scale !== 0 || (m[2] === '所' && d.num === 1n)) continue;
    out.push({ count: Number(d.num), raw: m[0], counter: m[2]!, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

// (按1:0.5 / 1∶0.5 / 1比0.5: a match of one to a share is that share as a percentage, 50%.)
// (按三成算 / 两成半 / 两成五: tenths said as 成, and a hundredth's tenth after, are percent — not 成 starting a word: 三成果,
// 一成不变, 八成新.)
const TENTHS_NOT_BEFORE = '交果本立功为员熟品效都绩年人型长不新分份';
const percentRe = new RegExp(`(${NUM})\\s*%|百分之([零〇一二两三四五六七八九十百点]+)|(?<![\\d.])1\\s*[:：∶比]\\s*(\\d+(?:\\.\\d+)?)(?![\\d.:：∶])|(?<![\\d.零〇一二两三四五六七八九十百千万])([一二两三四五六七八九]|[1-9])成(半|[一二三四五六七八九]|[1-9])?(?![${TENTHS_NOT_BEFORE}\\d])`, 'g');

export function findPercents(input: string): PercentMention[] {
  const text = normalizeDigits(input);
  const out: PercentMention[] = [];
  for (const m of text.matchAll(percentRe)) {
    let d: Decimal | null;
    if (m[1]) d = parseArabic(m[1]);
    else if (m[4]) {
      const tenths = parseChineseSection(m[4]) ?? parseArabic(m[4]);
      const next = m[5] === undefined ? null : m[5] === '半' ? { num: 5n, scale: 0 } : parseChineseSection(m[5]) ?? parseArabic(m[5]);
      d = tenths && { num: tenths.num * 10n + (next?.num ?? 0n), scale: 0 };
    } else if (m[3]) {
      const share = parseArabic(m[3]);
      // Times 100, one place of scale at a time.
      d = share && { num: share.scale >= 2 ? share.num : share.num * 10n ** BigInt(2 - share.scale), scale: Math.max(0, share.scale - 2) };
    } else d = parseChineseSection(m[2]!);
    if (!d) continue;
    const s = d.num.toString().padStart(d.scale + 1, '0');
    const percent = d.scale ? `${s.slice(0, -d.scale)}.${s.slice(-d.scale)}` : s;
    out.push({ percent, raw: m[0], start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

export const WAN_FEN = 10000n * YUAN_FEN;

/** 90000000n → "90万元（900,000元）"; 2469000n → "2.469万元（24,690元）"; below 1万 just the yuan. */
export function formatYuanFen(fen: bigint): string {
  const exact = `${formatFen(fen)}元`;
  return fen < WAN_FEN ? exact : `${formatWan(fen)}（${exact}）`;
}

/** Fen as 万元 for formulas: 300000000n → "300万元"; below 1万 the yuan. */
export function formatWan(fen: bigint): string {
  if (fen < WAN_FEN) return `${formatFen(fen)}元`;
  const rest = (fen % WAN_FEN).toString().padStart(6, '0').replace(/0+$/, '');
  return `${fen / WAN_FEN}${rest ? `.${rest}` : ''}万元`;
}

/** A part of a whole as a percentage to two decimals (6000万 of 2亿 → "30", exact; 1亿 of 3亿 → "33.33", not exact). */
export function percentOf(part: bigint, whole: bigint): { value: string; exact: boolean } {
  const basisPoints = (part * 10000n) / whole;
  const cents = basisPoints % 100n;
  const value = `${basisPoints / 100n}${cents ? `.${cents.toString().padStart(2, '0').replace(/0$/, '')}` : ''}`;
  return { value, exact: (part * 10000n) % whole === 0n };
}

/** A percentage as a match of one to a share, the way the text writes one (200 → "1∶2", 50 → "1∶0.5"), exactly. */
export function percentAsMatch(percent: string): string {
  const [whole = '0', frac = ''] = percent.split('.');
  const digits = (whole.padStart(3, '0') + frac).replace(/^0+(?=\d)/, '');
  const point = digits.length - frac.length - 2;
  const share = point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return `1∶${share.replace(/\.?0+$/, '') || '0'}`;
}

export interface DateMention {
  /** YYYY-MM-DD, or YYYY-MM when only the month is written. */
  iso: string;
  raw: string;
  start: number;
  end: number;
}

const dateRe = /(20\d\d)\s*(?:年|-|\/|\.)\s*(\d{1,2})\s*(?:月|-|\/|\.)?(?:\s*(\d{1,2})\s*(?:日|号)?|(?<=月)(底|末))?/g;

/** 2024年底 / 2024年初: the month a year's end or start stands for. */
const yearPartRe = /(20\d\d)\s*年\s*(底|末|年底|年末|初|年初)/g;

/** Dates written 2025年3月, 2025年3月15日, 2025-03-15, 2025/3/15, 2025.3, 2028年8月底 (its last day), 2024年底 (its December), 2025年初 (its January). */
export function findDates(input: string): DateMention[] {
  const text = normalizeDigits(input);
  const out: DateMention[] = [];
  for (const m of text.matchAll(yearPartRe)) out.push({ iso: `${m[1]}-${/底|末/.test(m[2]!) ? '12' : '01'}`, raw: m[0], start: m.index!, end: m.index! + m[0].length });
  let amounts: AmountMention[] | undefined;
  for (const m of text.matchAll(dateRe)) {
    const month = Number(m[2]);
    const day = m[3] === undefined ? null : Number(m[3]);
    // A day the month does not have (2月31日, 4月31日) is no date: a slip, not a day to answer for.
    if (month < 1 || month > 12 || (day !== null && (day < 1 || day > daysInMonth(Number(m[1]), month)))) continue;
    // 2026年1.2亿: a figure after the year, not a month and day — an amount ends where the digits are read as a date.
    if (/\d$/.test(m[0])) {
      amounts ??= findAmounts(input);
      const end = m.index! + m[0].length;
      if (amounts.some((a) => a.start < end && a.end > end - 1)) continue;
    }
    // 2028年8月底: the month's last day.
    const dayOf = m[4] !== undefined ? daysInMonth(Number(m[1]), month) : day;
    const iso = `${m[1]}-${String(month).padStart(2, '0')}${dayOf === null ? '' : `-${String(dayOf).padStart(2, '0')}`}`;
    out.push({ iso, raw: m[0], start: m.index!, end: m.index! + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A month written with no year before it (8月份, 十二月), its place in the message. */
export interface MonthMention {
  month: number;
  start: number;
  end: number;
}

const monthRe = /(?<![\d年.\-/零〇一二两三四五六七八九十])(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:份)?(?!\s*\d)/g;

/** Months written with no year (8月份签的): the caller leaves out those inside a date findDates reads. */
export function findMonths(input: string): MonthMention[] {
  const out: MonthMention[] = [];
  for (const m of normalizeDigits(input).matchAll(monthRe)) {
    const month = /^\d+$/.test(m[1]!) ? Number(m[1]) : Number(parseChineseSection(m[1]!)?.num ?? 0);
    if (month >= 1 && month <= 12) out.push({ month, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** A span of years (20年, 十五年, 两年内), its place in the message. */
export interface YearsMention {
  years: string;
  start: number;
  end: number;
}

// Not a year of the calendar (2026年), not a month or a grade after it (年月, 年度, 年级), not part of a longer number.
const yearsRe = /(?<![\d.零〇一二两三四五六七八九十百])(\d{1,2}(?:\.\d)?|[一二两三四五六七八九十]{1,3}|半)\s*(?:个)?\s*年(?![月度级初底末])/g;

/** Spans of years said (延长到20年, 十五年): counts of years, never a year of the calendar. */
export function findYears(input: string): YearsMention[] {
  const out: YearsMention[] = [];
  for (const m of normalizeDigits(input).matchAll(yearsRe)) {
    const n = m[1]!;
    const years = n === '半' ? '0.5' : /\d/.test(n) ? n : String(parseChineseSection(n)?.num ?? '');
    if (years && Number(years) > 0) out.push({ years, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

// (2026、2027年都是优秀: a calendar year listed before one said with 年 is a year too.)
const yearToken = String.raw`(?:第[一二三四五六七八九十\d]{1,3}年|\d{4}年|20\d{2}(?=(?:\s*[、和及与跟]\s*20\d{2})+\s*年))`;
const yearTokenRe = new RegExp(yearToken, 'g');
const yearListRe = new RegExp(`${yearToken}(?:\\s*[、和及与，,]\\s*${yearToken})+`, 'g');
/** Calendar years listed with 年 said once after them (2026、2027两年). */
const calendarYearListRe = /(?<!\d)(?:20\d{2})(?:\s*[、和及与]\s*20\d{2})+\s*(?:[两二三四五六七八九十]个?)?年/g;
const calendarYearRe = /20\d{2}/g;

/** The years a text names one by one (第二年, 2027年), with where each stands, digits normalised. */
export function findYearTokens(input: string): { token: string; start: number }[] {
  return [...normalizeDigits(input).matchAll(yearTokenRe)].map((m) => ({ token: m[0], start: m.index! }));
}

/**
 * How many years a message counts (连续三年, 三年都, 第二年、第三年, 2027年、2028年都): a span said with 连续 before
 * it or 都 after it, or a list of two or more years; null when it counts none.
 */
export function findYearCount(input: string, words: YearSpanWords, spans: readonly YearsMention[] = findYears(input)): number | null {
  const text = normalizeDigits(input);
  for (const m of text.matchAll(yearListRe)) return new Set(m[0].match(yearTokenRe)).size;
  // 2026、2027两年 / 2026和2027年: calendar years listed, 年 said once after them.
  for (const m of text.matchAll(calendarYearListRe)) return new Set(m[0].match(calendarYearRe)).size;
  // (接下来两年每年情况都一样，三年加起来: the span the total is said of — 三年加起来 — over the years to come.)
  // (获奖后两年内新增…投资: a period, 两年内, counts no years.)
  const counted = (y: YearsMention) => Number.isInteger(Number(y.years)) && Number(y.years) > 1 && !(words.within ?? []).some((w) => text.startsWith(w, y.end));
  // (三年绩效评价都是优秀: a word of what is counted may stand between, within the clause.)
  const tail = (y: YearsMention, w: string) => { const at = text.indexOf(w, y.end); return at >= 0 && at - y.end <= TAIL_GAP && !/[，,。；;！!？?]/.test(text.slice(y.end, at)); };
  // (An ordinal year, 第二年两个都评了优秀, is no span; a tail right after a span comes first: 接下来两年每年情况都一样，三年加起来.)
  const ordinal = (y: YearsMention) => text[y.start - 1] === '第';
  // (三年里有两年绩效评价是优秀: of a span, the years said right after 里有 are those counted — the last span said; not
  // 三年里有一年绩效只是良好，其余两年优秀, where other years follow.)
  const partOf = spans.find((y, i) => i > 0 && i === spans.length - 1 && Number.isInteger(Number(y.years)) && (words.partOf ?? []).some((w) => text.slice(spans[i - 1]!.end, y.start) === w));
  if (partOf) return Number(partOf.years);
  const tailed = spans.find((y) => counted(y) && words.tails.some((w) => text.startsWith(w, y.end))) ?? spans.find((y) => counted(y) && !ordinal(y) && words.tails.some((w) => tail(y, w)));
  if (tailed) return Number(tailed.years);
  for (const y of spans) {
    // (后面两年: the years to come.)
    const before = text.slice(0, y.start);
    // (连续优秀三年: a word of what is counted may stand between, within the clause.)
    const lead = (w: string) => { const at = before.lastIndexOf(w); return at >= 0 && before.length - (at + w.length) <= (w.length > 1 ? 4 : 0) && !/[，,。；;！!？?]/.test(before.slice(at)); };
    if (counted(y) && words.leads.some(lead)) return Number(y.years);
  }
  // 第一年绩效都优秀: the first year alone is one year counted.
  const tokens = text.match(yearTokenRe) ?? [];
  if (tokens.length === 1 && tokens[0] === '第一年') return 1;
  return null;
}

/** How many characters (what is counted: 绩效评价) may stand between a span of years and a word after it (都). */
const TAIL_GAP = 4;

/** The vocabulary's words that make a span of years one counted: before it (连续, 后面) and after it (都, 下来, 一共). */
export interface YearSpanWords {
  leads: readonly string[];
  tails: readonly string[];
  /** Words right after a span that make it a period, not years counted (两年内). */
  within?: readonly string[];
  /** Words between a span and some of its years (三年里有两年): those years are the ones counted. */
  partOf?: readonly string[];
}

/** The days of a month of the Gregorian calendar (February 29 in leap years). */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Whole numbers written with no unit, standing before punctuation or at the end (再拿500，…直接报1500): figures whose
 * unit only the conversation gives. Not a part of a decimal, a percentage or a word of Latin letters.
 */
export function findUnitless(input: string): { value: number; start: number; end: number }[] {
  const text = normalizeDigits(input);
  const out: { value: number; start: number; end: number }[] = [];
  for (const m of text.matchAll(/(?<![\d.A-Za-z])\d{2,5}(?![\d.%A-Za-z\u3400-\u9fff])/g)) out.push({ value: Number(m[0]), start: m.index!, end: m.index! + m[0].length });
  return out;
}

/** A whole message that is just a count: 3, 三, 三个, 5项, 十二. */
export function parseBareCount(input: string): number | null {
  const t = normalizeDigits(input).trim().replace(/[个项家次条]$/, '');
  if (/^\d+$/.test(t)) return Number(t);
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(t)) return null;
  const d = parseChineseSection(t);
  return d && d.scale === 0 ? Number(d.num) : null;
}
