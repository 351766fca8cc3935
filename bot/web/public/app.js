// 成果转化政策助手 — web chat page.
// Plain ES module, no dependencies. Every piece of user or server text is put
// into the page with textContent / createTextNode, never parsed as HTML.

const SESSION_KEY = 'cgzh.sessionId';
const REQUEST_TIMEOUT_MS = 120_000;

const STATUS_LABELS = {
  computed: '已计算',
  cap_only: '仅有上限',
  needs_info: '需补充信息',
  not_eligible: '不符合条件',
  not_in_force: '不在有效期内',
};

const CONDITION_MARKS = {
  met: { mark: '✓', text: '已满足' },
  unmet: { mark: '✗', text: '不满足' },
  unknown: { mark: '?', text: '待确认' },
};

// ---------------------------------------------------------------------------
// Formatting

/** Groups a string of decimal digits with commas: "1234567" → "1,234,567". */
function groupDigits(digits) {
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
    // A whole number of 万元.
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

/** A table cell's content for an amount: two spans, or "—". */
function amountContent(yuan) {
  const parts = yuanParts(yuan);
  if (!parts) return null;
  const value = el('span', 'value');
  value.append(el('span', 'wan', parts.wan), el('span', 'exact', parts.exact));
  return value;
}

function measureLabel(measure) {
  if (measure === 0) return '附则';
  if (typeof measure === 'number' || typeof measure === 'string') return `第${measure}条`;
  return '';
}

// ---------------------------------------------------------------------------
// DOM helpers

/** Creates an element; `text` is always set as textContent. */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function srOnly(text) {
  return el('span', 'sr-only', text);
}

const arr = (v) => (Array.isArray(v) ? v : []);

// ---------------------------------------------------------------------------
// Session id (localStorage, with an in-memory fallback when storage is blocked)

let memorySessionId = null;

function loadSessionId() {
  try {
    return localStorage.getItem(SESSION_KEY) || null;
  } catch {
    return memorySessionId;
  }
}

function saveSessionId(id) {
  memorySessionId = id;
  try {
    if (id) localStorage.setItem(SESSION_KEY, id);
    else localStorage.removeItem(SESSION_KEY);
  } catch {
    /* storage unavailable: keep it in memory only */
  }
}

// ---------------------------------------------------------------------------
// Page state

const $ = (id) => document.getElementById(id);
let messagesEl, inputEl, sendEl, resetEl, asOfEl, errorEl, examplesEl, chatEl, formEl;

let busy = false;
let typingEl = null;
let controller = null;
/** Bumped by 新对话 so a reply to a forgotten conversation is dropped. */
let generation = 0;

function setBusy(on) {
  busy = on;
  sendEl.disabled = on;
  messagesEl.setAttribute('aria-busy', on ? 'true' : 'false');
  if (on && !typingEl) {
    typingEl = el('div', 'typing');
    typingEl.setAttribute('role', 'status');
    typingEl.append(srOnly('助手正在回复'));
    const dots = el('span', 'dots');
    dots.setAttribute('aria-hidden', 'true');
    dots.append(el('span'), el('span'), el('span'));
    typingEl.append(dots);
    messagesEl.append(typingEl);
    scrollToBottom();
  } else if (!on) {
    removeTyping();
  }
}

function removeTyping() {
  if (typingEl) typingEl.remove();
  typingEl = null;
}

function showError(text) {
  errorEl.textContent = text;
  errorEl.hidden = false;
}

function hideError() {
  errorEl.hidden = true;
  errorEl.textContent = '';
}

function updateEmptyState() {
  examplesEl.hidden = messagesEl.querySelector('.msg') !== null;
}

function scrollToBottom() {
  chatEl.scrollTop = chatEl.scrollHeight;
}

function scrollMessageIntoView(node) {
  // Show the start of a long reply rather than its end.
  // Keep the question it answers in view too.
  // (.chat is position: relative, so offsetTop is measured from it.)
  const prev = node.previousElementSibling;
  const anchor = prev && prev.classList.contains('user') ? prev : node;
  const top = anchor.offsetTop - 8;
  chatEl.scrollTop = Math.max(0, top);
}

function autoGrow() {
  // CSSOM writes are allowed under the page's CSP (only style= markup is not).
  inputEl.style.height = 'auto';
  inputEl.style.height = `${Math.min(inputEl.scrollHeight + 2, 200)}px`;
}

// ---------------------------------------------------------------------------
// Rendering

function renderUserMessage(text) {
  const msg = el('article', 'msg user');
  msg.setAttribute('aria-label', '你的问题');
  msg.append(el('div', 'bubble', text));
  messagesEl.append(msg);
  updateEmptyState();
  scrollToBottom();
  return msg;
}

function renderChecklist(conditions) {
  const list = el('ul', 'checklist');
  for (const c of arr(conditions)) {
    const status = CONDITION_MARKS[c?.status] ? c.status : 'unknown';
    const { mark, text } = CONDITION_MARKS[status];
    const li = el('li', status);
    if (c?.id) li.dataset.id = String(c.id);
    const m = el('span', 'mark', mark);
    m.setAttribute('aria-hidden', 'true');
    li.append(m, srOnly(`${text}：`), el('span', 'label', c?.label ?? c?.id ?? ''));
    list.append(li);
  }
  return list;
}

function renderCalculations(calcs) {
  const section = el('section', 'block calcs');
  section.append(el('h3', 'block-title', '计算结果'));

  const wrap = el('div', 'table-wrap');
  const table = el('table', 'calculations');
  const thead = el('thead');
  const headRow = el('tr');
  const columns = ['措施', '奖补项', '对象', '状态', '金额', '上限', '计算'];
  for (const h of columns) {
    const th = el('th', null, h);
    th.scope = 'col';
    headRow.append(th);
  }
  thead.append(headRow);
  table.append(thead);

  const tbody = el('tbody');
  for (const c of calcs) {
    const tr = el('tr');
    const status = String(c?.status ?? '');
    tr.className = `status-${status || 'unknown'}`;
    if (c?.benefit) tr.dataset.benefit = String(c.benefit);

    const cell = (cls, label, content) => {
      const td = el('td', cls);
      td.dataset.label = label;
      if (content !== null && typeof content === 'object') td.append(content);
      else td.textContent = content ?? '';
      tr.append(td);
      return td;
    };

    cell('measure', '措施', measureLabel(c?.measure));
    cell('benefit', '奖补项', c?.title ?? c?.benefit ?? '');
    cell('beneficiary', '对象', c?.beneficiaryLabel ?? c?.beneficiary ?? '');
    cell('status', '状态', el('span', `status-badge status-${status || 'unknown'}`, STATUS_LABELS[status] ?? (status || '—')));
    const amount = amountContent(c?.amountYuan);
    const amountTd = cell('amount', '金额', amount ?? '—');
    if (amount === null) amountTd.classList.add('empty');
    const cap = amountContent(c?.capYuan);
    const capTd = cell('cap', '上限', cap ?? '—');
    if (cap === null) capTd.classList.add('empty');
    cell('formula', '计算', c?.formula ?? '—');
    tbody.append(tr);
  }
  table.append(tbody);
  wrap.append(table);
  section.append(wrap);

  // Conditions and notes of each calculation, under the table.
  for (const c of calcs) {
    const conditions = arr(c?.conditions);
    const notes = arr(c?.notes).filter((n) => typeof n === 'string' && n.trim());
    if (!conditions.length && !notes.length) continue;
    const group = el('div', 'calc-detail');
    const who = c?.beneficiaryLabel ? `（${c.beneficiaryLabel}）` : '';
    group.append(el('h4', 'detail-title', `${measureLabel(c?.measure)} · ${c?.title ?? c?.benefit ?? ''}${who}`));
    if (conditions.length) group.append(renderChecklist(conditions));
    if (notes.length) {
      const ul = el('ul', 'notes');
      for (const n of notes) ul.append(el('li', null, n));
      group.append(ul);
    }
    section.append(group);
  }
  return section;
}

function checkVerdict(check) {
  const unmet = arr(check?.unmet);
  const missing = arr(check?.missing);
  if (check?.eligible === true) return { cls: 'met', text: '符合' };
  if (unmet.length > 0) return { cls: 'unmet', text: '不符合' };
  if (check?.eligible === false && missing.length === 0) return { cls: 'unmet', text: '不符合' };
  return { cls: 'unknown', text: '尚需确认' };
}

function renderChecks(checks) {
  const section = el('section', 'block checks');
  section.append(el('h3', 'block-title', '条件核对'));
  for (const c of checks) {
    const verdict = checkVerdict(c);
    const box = el('div', `check verdict-${verdict.cls}`);
    if (c?.check) box.dataset.check = String(c.check);
    const head = el('h4', 'check-head');
    const ml = measureLabel(c?.measure);
    head.append(el('span', 'check-title', `${ml ? `${ml} · ` : ''}${c?.title ?? c?.check ?? ''}`));
    head.append(el('span', `verdict ${verdict.cls}`, verdict.text));
    box.append(head);
    const conditions = arr(c?.conditions);
    if (conditions.length) box.append(renderChecklist(conditions));
    section.append(box);
  }
  return section;
}

function renderCitations(citations) {
  const section = el('section', 'block sources');
  section.append(el('h3', 'block-title', '政策原文'));
  for (const c of citations) {
    const details = el('details', 'citation');
    if (c?.measure !== undefined) details.dataset.measure = String(c.measure);
    const label = measureLabel(c?.measure);
    const heading = typeof c?.heading === 'string' ? c.heading.trim() : '';
    const summaryText = heading && heading !== label ? `${label} ${heading}`.trim() : label || heading || '原文';
    details.append(el('summary', null, summaryText));
    details.append(el('div', 'excerpt', c?.excerpt ?? ''));
    section.append(details);
  }
  return section;
}

function renderQuestion(question) {
  const box = el('div', 'question');
  if (question.fact) box.dataset.fact = String(question.fact);
  if (question.text) box.append(el('p', 'question-text', question.text));
  const options = arr(question.options).filter((o) => typeof o === 'string' && o.trim());
  if (options.length) {
    const group = el('div', 'options');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', question.text ? `选项：${question.text}` : '选项');
    for (const option of options) {
      const b = el('button', 'option', option);
      b.type = 'button';
      b.addEventListener('click', () => {
        if (busy) return;
        for (const other of group.querySelectorAll('button')) other.disabled = true;
        b.classList.add('chosen');
        b.setAttribute('aria-pressed', 'true');
        send(option);
      });
      group.append(b);
    }
    box.append(group);
  } else if (question.example) {
    box.append(el('p', 'question-example', `例如：${question.example}`));
  }
  return box;
}

function renderAssistantMessage(data) {
  removeTyping(); // the reply takes its place, right after the question
  const msg = el('article', 'msg assistant');
  msg.setAttribute('aria-label', '助手的回答');
  if (data?.mode) msg.dataset.mode = String(data.mode);

  const body = el('div', 'bubble');
  body.append(el('div', 'answer', typeof data?.answer === 'string' ? data.answer : ''));

  const calcs = arr(data?.calculations);
  if (calcs.length) body.append(renderCalculations(calcs));

  const checks = arr(data?.checks);
  if (checks.length) body.append(renderChecks(checks));

  if (data?.question && typeof data.question === 'object') body.append(renderQuestion(data.question));

  const citations = arr(data?.citations);
  if (citations.length) body.append(renderCitations(citations));

  msg.append(body);
  messagesEl.append(msg);
  updateEmptyState();
  scrollMessageIntoView(msg);

  // A question without options: hint the expected answer in the input box.
  if (data?.question?.example && !arr(data.question.options).length) {
    inputEl.placeholder = `例如：${data.question.example}`;
  }
  return msg;
}

// ---------------------------------------------------------------------------
// Talking to the server

async function send(rawText) {
  const text = String(rawText ?? '').trim();
  if (!text || busy) return;
  hideError();
  inputEl.placeholder = defaultPlaceholder;

  const payload = { message: text };
  const sessionId = loadSessionId();
  if (sessionId) payload.sessionId = sessionId;
  const asOf = asOfEl.value;
  if (asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf)) payload.asOf = asOf;

  renderUserMessage(text);
  const myGeneration = generation;
  controller = new AbortController();
  const timer = setTimeout(() => controller?.abort('timeout'), REQUEST_TIMEOUT_MS);
  setBusy(true);

  try {
    let res;
    try {
      res = await fetch('/api/chat', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(payload),
        signal: controller.signal,
      });
    } catch (err) {
      if (myGeneration !== generation) return;
      const timedOut = controller?.signal.reason === 'timeout';
      showError(timedOut ? '请求超时，请稍后再试。' : '无法连接服务器，请检查网络后重试。');
      restoreInput(text);
      return;
    }

    let data = null;
    try {
      data = await res.json();
    } catch {
      data = null;
    }
    if (myGeneration !== generation) return;

    if (!res.ok) {
      const message = data && typeof data.error === 'string' && data.error.trim()
        ? data.error
        : `请求失败（HTTP ${res.status}），请稍后再试。`;
      showError(message);
      restoreInput(text);
      return;
    }
    if (!data || typeof data !== 'object') {
      showError('服务器返回的内容无法识别，请稍后再试。');
      return;
    }
    if (typeof data.sessionId === 'string' && data.sessionId) saveSessionId(data.sessionId);
    renderAssistantMessage(data);
  } finally {
    clearTimeout(timer);
    if (myGeneration === generation) {
      controller = null;
      setBusy(false);
      inputEl.focus();
    }
  }
}

/** After a failed request, give the text back so it can be sent again. */
function restoreInput(text) {
  if (!inputEl.value.trim()) {
    inputEl.value = text;
    autoGrow();
  }
}

function sendFromInput() {
  if (busy) return;
  const text = inputEl.value;
  if (!text.trim()) {
    inputEl.focus();
    return;
  }
  inputEl.value = '';
  autoGrow();
  send(text);
}

function resetConversation() {
  generation += 1;
  if (controller) controller.abort('reset');
  controller = null;
  setBusy(false);
  saveSessionId(null);
  messagesEl.replaceChildren();
  hideError();
  inputEl.placeholder = defaultPlaceholder;
  updateEmptyState();
  chatEl.scrollTop = 0;
  inputEl.focus();
}

// ---------------------------------------------------------------------------
// Wiring

let defaultPlaceholder = '';

function init() {
  messagesEl = $('messages');
  inputEl = $('input');
  sendEl = $('send');
  resetEl = $('reset');
  asOfEl = $('as-of');
  errorEl = $('error');
  examplesEl = $('examples');
  chatEl = $('chat');
  formEl = $('composer');
  defaultPlaceholder = inputEl.placeholder;

  formEl.addEventListener('submit', (e) => {
    e.preventDefault();
    sendFromInput();
  });

  inputEl.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.shiftKey) return;
    // Enter that confirms a pinyin / IME candidate must not send.
    if (e.isComposing || e.keyCode === 229) return;
    e.preventDefault();
    sendFromInput();
  });
  inputEl.addEventListener('input', autoGrow);

  resetEl.addEventListener('click', resetConversation);

  for (const chip of examplesEl.querySelectorAll('.chip')) {
    chip.addEventListener('click', () => {
      if (busy) return;
      send(chip.textContent);
    });
  }

  updateEmptyState();
  inputEl.focus();
  loadPolicyInfo();
}

/** The title and validity come from the knowledge base, not from this page. */
async function loadPolicyInfo() {
  try {
    const res = await fetch('/api/info', { headers: { accept: 'application/json' } });
    if (!res.ok) return;
    const info = await res.json();
    if (info.title) $('policy-title').textContent = info.title;
    if (info.validity) $('policy-validity').textContent = `${info.validity.from} 至 ${info.validity.to}`;
  } catch {
    // The subtitle is decoration; the chat works without it.
  }
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
}
