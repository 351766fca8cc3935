/**
 * Exact money: amounts are integer fen (bigint), rates are decimal fractions
 * (numerator / 10^scale). Nothing here is a float.
 */

export const FEN_PER_YUAN = 100n;
const PERCENT = 100n;
/** Decimal places of a yuan amount written in fen. */
const FEN_DIGITS = FEN_PER_YUAN.toString().length - 1;

/** A non-negative decimal as numerator / denominator, e.g. "2.5" → 25 / 10. */
export interface Fraction {
  num: bigint;
  den: bigint;
}

const decimalRe = /^(?<whole>\d+)(?:\.(?<frac>\d+))?$/;

export function parseDecimal(text: string): Fraction | null {
  const m = decimalRe.exec(text);
  if (!m) return null;
  const frac = m.groups!.frac ?? '';
  return { num: BigInt(m.groups!.whole! + frac), den: BigInt(`1${'0'.repeat(frac.length)}`) };
}

/** "30" (percent) → 30 / 100. */
export function percentFraction(percent: string): Fraction {
  const f = parseDecimal(percent);
  if (!f) throw new Error(`eligibility: «${percent}» is not a decimal percentage`);
  return { num: f.num, den: f.den * PERCENT };
}

/** "1∶1" → 1 / 1. */
export function ratioFraction(ratio: string): Fraction {
  const [a, b] = ratio.split('∶').map((s) => BigInt(s));
  return { num: b!, den: a! };
}

/** base × fraction, rounded down to the fen: the policy never pays a part of a fen more than its rate allows. */
export function applyFraction(fen: bigint, f: Fraction): bigint {
  return (fen * f.num) / f.den;
}

export function yuanToFen(yuan: number): bigint {
  return BigInt(yuan) * FEN_PER_YUAN;
}

/** Fen as a JSON number of yuan (exact to the fen for any amount under 2^53 fen). */
export function fenToYuanNumber(fen: bigint): number {
  return Number(fen) / Number(FEN_PER_YUAN);
}

/** 90000000n → "900,000"; 2469135n → "24,691.35". */
export function formatFen(fen: bigint): string {
  const whole = fen / FEN_PER_YUAN;
  const part = fen % FEN_PER_YUAN;
  const grouped = groupThousands(whole.toString());
  return part === 0n ? grouped : `${grouped}.${part.toString().padStart(FEN_DIGITS, '0')}`;
}

/** Fen as a fixed two-decimal string of yuan: 90000000n → "900000.00". */
export function fenToYuanString(fen: bigint): string {
  return `${fen / FEN_PER_YUAN}.${(fen % FEN_PER_YUAN).toString().padStart(FEN_DIGITS, '0')}`;
}

/** A decimal string of yuan ("3000000", "123.45") as fen; null when it is not one or has more than two decimals. */
const yuanStringRe = new RegExp(`^(\\d+)(?:\\.(\\d{1,${FEN_DIGITS}}))?$`);
export function yuanStringToFen(text: string): bigint | null {
  const m = yuanStringRe.exec(text.trim());
  if (!m) return null;
  const [, whole, frac = ''] = m;
  return BigInt(whole!) * FEN_PER_YUAN + BigInt(frac.padEnd(FEN_DIGITS, '0') || '0');
}

export function minFen(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

const GROUP = 3;
function groupThousands(digits: string): string {
  let out = '';
  const head = digits.length % GROUP || GROUP;
  out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += GROUP) out += `,${digits.slice(i, i + GROUP)}`;
  return out;
}
