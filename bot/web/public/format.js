// 成果转化政策助手 — what the chat page says, as pure functions of the
// /api/chat response: amounts, a card's tone, error messages, the text a copy
// button puts on the clipboard, and where a cited sentence sits in its measure.
// No DOM here, so the tests run these in Node as well as in the page.

/** Groups a string of decimal digits with commas: "1234567" → "1,234,567". */
export function groupDigits(digits) {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Splits an amount in yuan into its 万元 part and its exact part:
 *   900000    → { wan: "90万元",      exact: "（900,000元）" }
 *   12345.6   → { wan: "1.23456 万元", exact: "（12,345.60元）" }
 * Works on whole fen (Math.round(yuan × 100)) with string arithmetic, so no
 * floating-point artefacts reach the page. Returns null for a missing amount.
 */
export function yuanParts(yuan) {
  if (typeof yuan !== 'number' || !Number.isFinite(yuan)) return null;
  const fen = Math.round(yuan * 100);
  const sign = fen < 0 ? '-' : '';
  const digits = String(Math.abs(fen)).padStart(3, '0'); // at least "0.00" yuan
  const yuanInt = digits.slice(0, -2);
  const fenPart = digits.slice(-2);
  if (fenPart === '00' && (yuanInt === '0' || yuanInt.endsWith('0000'))) {
    const wan = yuanInt.length > 4 ? yuanInt.slice(0, -4) : '0';
    return { wan: `${sign}${wan}万元`, exact: `（${sign}${groupDigits(yuanInt)}元）` };
  }
  // 万元 with up to 6 decimals (1 fen = 0.000001 万元), trailing zeros trimmed.
  const padded = digits.padStart(7, '0');
  const wanInt = padded.slice(0, -6).replace(/^0+(?=\d)/, '');
  const wanFrac = padded.slice(-6).replace(/0+$/, '');
  const wan = wanFrac ? `${wanInt}.${wanFrac}` : wanInt;
  return { wan: `${sign}${wan} 万元`, exact: `（${sign}${groupDigits(yuanInt)}.${fenPart}元）` };
}

/** "90万元（900,000元）", "1.23456 万元（12,345.60元）", or null. */
export function formatYuan(yuan) {
  const parts = yuanParts(yuan);
  return parts ? parts.wan + parts.exact : null;
}

/** The exact amount for the small print beside a large one: "900,000元", "12,345.60元", or null. */
export function exactYuan(yuan) {
  if (typeof yuan !== 'number' || !Number.isFinite(yuan)) return null;
  const fen = Math.round(yuan * 100);
  const digits = String(Math.abs(fen)).padStart(3, '0');
  const whole = groupDigits(digits.slice(0, -2));
  const cents = digits.slice(-2);
  return `${fen < 0 ? '-' : ''}${whole}${cents === '00' ? '' : `.${cents}`}元`;
}

/** 第6条, 附则 (measure 0), or '' for a missing number. */
export function measureLabel(measure) {
  if (measure === 0) return '附则';
  if (typeof measure === 'number' || typeof measure === 'string') return `第${measure}条`;
  return '';
}

const AMOUNT_IN_WORDS = /\d[\d,]*(?:\.\d+)?\s*万?元/;

/**
 * A calculation's headline split around its amount, so the page can show the
 * amount large without saying it twice:
 *   "最高可获 10万元（还需确认 1 项条件）" → { before: "最高可获", amount: "10万元", after: "（还需确认 1 项条件）" }
 * Only a result has an amount to show large (computed, cap_only); anything
 * else, or a headline without an amount, comes back whole in `before`.
 */
export function splitHeadline(calc) {
  const headline = typeof calc?.headline === 'string' ? calc.headline.trim() : '';
  const resultish = calc?.status === 'computed' || calc?.status === 'cap_only';
  const m = resultish ? AMOUNT_IN_WORDS.exec(headline) : null;
  if (!m) return { before: headline, amount: '', after: '' };
  return {
    before: headline.slice(0, m.index).trim(),
    amount: m[0].replace(/\s+/g, ''),
    after: headline.slice(m.index + m[0].length).trim(),
  };
}

/**
 * A verdict without the conditions the checklist under it names anyway:
 * "不符合：合作方为科研事业单位" over a checklist with that condition ✗ is
 * "不符合". A verdict that names anything else is kept whole.
 */
export function verdictWithoutChecklist(text, conditions) {
  const m = /^(不符合)[：:]\s*(.+)$/.exec(typeof text === 'string' ? text.trim() : '');
  if (!m) return text;
  const unmet = (Array.isArray(conditions) ? conditions : []).filter((c) => c?.status === 'unmet' && typeof c.label === 'string' && c.label);
  if (!unmet.length) return text;
  let rest = m[2];
  for (const c of unmet) rest = rest.split(c.label).join('');
  return /^[\s、，,；;。.和及]*$/.test(rest) ? m[1] : text;
}

/** The yuan figure behind a calculation's large amount: the amount, or the cap when the text sets only a cap. */
export function shownYuan(calc) {
  if (calc?.status === 'computed') return calc.amountYuan;
  if (calc?.status === 'cap_only') return calc.capYuan;
  return null;
}

/**
 * The exact yuan to print small beside the headline's amount, or null when
 * the headline's amount is not that figure in 万元 (a headline that says
 * another amount must not get a contradicting exact one).
 */
export function exactBeside(calc, amount) {
  const yuan = shownYuan(calc);
  const parts = yuanParts(yuan);
  if (!parts || parts.wan.replace(/\s+/g, '') !== String(amount ?? '').replace(/\s+/g, '')) return null;
  return exactYuan(yuan);
}

/**
 * The colour a card takes, from its state (never green while a condition is
 * still unknown): ok, warn (something to confirm or supply), bad (does not
 * qualify), info (the text sets only a cap).
 */
export function calculationTone(calc) {
  const conditions = Array.isArray(calc?.conditions) ? calc.conditions : [];
  switch (calc?.status) {
    case 'computed':
      if (conditions.some((c) => c?.status === 'unmet')) return 'bad';
      return conditions.some((c) => c?.status === 'unknown') || calc.eligible === null ? 'warn' : 'ok';
    case 'cap_only':
      return 'info';
    case 'needs_info':
      return 'warn';
    case 'not_eligible':
    case 'not_in_force':
      return 'bad';
    default:
      return 'info';
  }
}

export function checkTone(check) {
  if (check?.eligible === true) return 'ok';
  if (check?.eligible === false) return 'bad';
  return 'warn';
}

/** A check's headline, or one made from its verdict when the server sent none. */
export function checkHeadline(check) {
  if (typeof check?.headline === 'string' && check.headline.trim()) return check.headline.trim();
  if (check?.eligible === true) return '符合';
  if (check?.eligible === false) return '不符合';
  const n = Array.isArray(check?.missing) ? check.missing.length : 0;
  return n ? `还需确认 ${n} 项` : '还需确认';
}

/** The remarks as lines: one remark may hold several lines; blanks and repeats go. */
export function remarkLines(remarks) {
  const lines = [];
  for (const r of Array.isArray(remarks) ? remarks : []) {
    if (typeof r !== 'string') continue;
    for (const line of r.split('\n')) {
      const t = line.trim();
      if (t && !lines.includes(t)) lines.push(t);
    }
  }
  return lines;
}

/** Whether a reply is shown as cards (from the structured fields) or as its answer text. */
export function hasCards(data) {
  return (Array.isArray(data?.calculations) && data.calculations.length > 0) || (Array.isArray(data?.checks) && data.checks.length > 0);
}

// ---------------------------------------------------------------------------
// Citations

/**
 * Citations grouped per measure, in the order of each measure's best-ranked
 * citation: [{ measure, heading, excerpts: [..] }]. Repeated excerpts go.
 */
export function groupCitations(citations) {
  const groups = [];
  for (const c of Array.isArray(citations) ? citations : []) {
    if (!c || typeof c.excerpt !== 'string' || !c.excerpt.trim()) continue;
    let g = groups.find((x) => x.measure === c.measure);
    if (!g) {
      g = { measure: c.measure, heading: typeof c.heading === 'string' ? c.heading.trim() : '', excerpts: [] };
      groups.push(g);
    }
    const excerpt = c.excerpt.trim();
    if (!g.excerpts.includes(excerpt)) g.excerpts.push(excerpt);
  }
  return groups;
}

/** Sentences of a quote, cut after 。；！？ so a quote that is not found whole can be found piece by piece. */
function sentences(text) {
  return text.split(/(?<=[。；！？])/).map((s) => s.trim()).filter((s) => s.length >= 4);
}

/**
 * The measure text cut into segments with the cited parts marked:
 * [{ text, mark }]. A quote is looked for whole, then sentence by sentence;
 * returns null when none of the quotes is found (the page then shows the
 * quotes alone).
 */
export function highlightSegments(text, quotes) {
  if (typeof text !== 'string' || !text) return null;
  const ranges = [];
  for (const q of Array.isArray(quotes) ? quotes : []) {
    if (typeof q !== 'string' || !q.trim()) continue;
    const whole = q.trim();
    const at = text.indexOf(whole);
    if (at >= 0) {
      ranges.push([at, at + whole.length]);
      continue;
    }
    for (const s of sentences(whole)) {
      const i = text.indexOf(s);
      if (i >= 0) ranges.push([i, i + s.length]);
    }
  }
  if (!ranges.length) return null;
  ranges.sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  const segments = [];
  let pos = 0;
  for (const [from, to] of merged) {
    if (from > pos) segments.push({ text: text.slice(pos, from), mark: false });
    segments.push({ text: text.slice(from, to), mark: true });
    pos = to;
  }
  if (pos < text.length) segments.push({ text: text.slice(pos), mark: false });
  return segments;
}

// ---------------------------------------------------------------------------
// Copying

/**
 * The plain text a copy button puts on the clipboard: the question, the
 * answer (the core writes it for reading and copying: result first, the
 * figures, the conditions), the date it was computed for, and the clauses.
 */
export function copyText({ question, answer, asOf, citations }) {
  const parts = [];
  if (typeof question === 'string' && question.trim()) parts.push(`问：${question.trim()}`);
  if (asOf) parts.push(`（按 ${asOf} 的政策计算）`);
  if (typeof answer === 'string' && answer.trim()) parts.push(answer.trim());
  const groups = groupCitations(citations);
  if (groups.length) {
    const lines = ['依据：'];
    for (const g of groups) {
      const label = measureLabel(g.measure);
      const name = g.heading ? `${label}（${g.heading}）` : label;
      for (const e of g.excerpts) lines.push(`${name}：${e}`);
    }
    parts.push(lines.join('\n'));
  }
  return parts.join('\n\n');
}

// ---------------------------------------------------------------------------
// Errors

/** Whether a text has Chinese characters, i.e. whether it can be shown to the user as it is. */
export function isChinese(text) {
  return typeof text === 'string' && /[\u3400-\u9fff]/.test(text);
}

/**
 * What a failed send tells the user, in Chinese, with what to do:
 * { text, retry, edit }. `retry` offers to send the same message again;
 * `edit` puts it back in the input box (its wording must change first).
 * `failure` is { kind: 'network' | 'timeout' | 'invalid' } or
 * { kind: 'http', status, error, field }.
 */
export function describeFailure(failure) {
  switch (failure?.kind) {
    case 'network':
      return { text: '没有连上服务器。请检查网络，然后点“重试”。', retry: true, edit: false };
    case 'timeout':
      return { text: '等了很久还没有回复。请稍后点“重试”。', retry: true, edit: false };
    case 'invalid':
      return { text: '服务器的回复无法显示。请稍后点“重试”。', retry: true, edit: false };
    default:
      break;
  }
  const status = Number(failure?.status);
  const field = failure?.field;
  const serverText = isChinese(failure?.error) ? failure.error.trim() : '';
  if (status === 413 || (status === 400 && field === 'message')) {
    const fallback = status === 413 ? '问题太长，服务器无法处理。请删减到 2000 字以内，再发送。' : '这条问题无法发送。请修改后再发送。';
    return { text: serverText || fallback, retry: false, edit: true };
  }
  if (status === 400 && field === 'asOf') {
    return { text: serverText || '计算日期无效。请在“设置”里重新选择日期，或清除日期按今天计算，然后点“重试”。', retry: true, edit: false };
  }
  if (status === 400 && field === 'sessionId') {
    return { text: serverText || '这段对话已失效，已为你开始新对话。请点“重试”。', retry: true, edit: false };
  }
  if (status === 429) return { text: serverText || '提问太频繁了。请稍等一会儿，再点“重试”。', retry: true, edit: false };
  if (status >= 500) return { text: serverText || '服务器暂时出了问题。请稍等片刻，再点“重试”。', retry: true, edit: false };
  if (status >= 400) return { text: serverText || '页面和服务器的版本可能不一致。请刷新页面后再问一次。', retry: true, edit: false };
  return { text: serverText || '发送失败。请稍后点“重试”。', retry: true, edit: false };
}
