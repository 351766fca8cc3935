// 成果转化政策助手 — web chat page.
// Plain ES module, no dependencies. Every piece of user or server text is put
// into the page with textContent / createTextNode, never parsed as HTML.
//
// A reply that computes or checks a benefit is shown as result cards built
// from the structured fields (calculations, checks, question, remarks); its
// `answer` text says the same things and is not shown, only copied. Any other
// reply is shown as its answer text.
//
// When the server has a language model (/api/info says `model: true`), the
// page asks /api/chat/stream: the model's sentences, each already checked by
// the server's number guard, appear as they are written; then the final event
// (the same JSON as /api/chat) is rendered as above. The model's words stand
// above the cards; every figure on a card still comes from the engine.

import {
  calculationTone,
  checkHeadline,
  checkTone,
  copyText,
  describeFailure,
  exactBeside,
  groupCitations,
  hasCards,
  highlightSegments,
  measureLabel,
  remarkLines,
  splitHeadline,
  verdictWithoutChecklist,
} from './format.js';

export { formatYuan, yuanParts } from './format.js';

const SESSION_KEY = 'cgzh.sessionId';
const REQUEST_TIMEOUT_MS = 120_000;

const CONDITION_MARKS = {
  met: { mark: '✓', text: '已满足' },
  unmet: { mark: '✗', text: '不满足' },
  unknown: { mark: '?', text: '待确认' },
};

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

function button(className, text) {
  const b = el('button', className, text);
  b.type = 'button';
  return b;
}

const arr = (v) => (Array.isArray(v) ? v : []);
const str = (v) => (typeof v === 'string' ? v.trim() : '');

// ---------------------------------------------------------------------------
// Stored settings (localStorage, with an in-memory fallback when storage is blocked)

const memory = new Map();

function load(key) {
  try {
    return localStorage.getItem(key) || null;
  } catch {
    return memory.get(key) ?? null;
  }
}

function save(key, value) {
  if (value) memory.set(key, value);
  else memory.delete(key);
  try {
    if (value) localStorage.setItem(key, value);
    else localStorage.removeItem(key);
  } catch {
    /* storage unavailable: keep it in memory only */
  }
}

// ---------------------------------------------------------------------------
// Page state

const $ = (id) => document.getElementById(id);
let messagesEl, inputEl, sendEl, resetEl, asOfEl, asOfClearEl, settingsEl, settingsLabelEl, examplesEl, chatEl, formEl;

let busy = false;
let typingEl = null;
let controller = null;
/** Bumped by 新对话 so a reply to a forgotten conversation is dropped. */
let generation = 0;
/** GET /api/measures: the text of each measure, to show a citation in its context. */
let measureTexts = null;
/** GET /api/info says a language model writes the replies: ask the streaming endpoint. */
let streamReplies = false;

function setBusy(on) {
  busy = on;
  sendEl.disabled = on;
  for (const b of messagesEl.querySelectorAll('.send-error button')) b.disabled = on;
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

function updateEmptyState() {
  examplesEl.hidden = messagesEl.querySelector('.msg') !== null;
}

function scrollToBottom() {
  chatEl.scrollTop = chatEl.scrollHeight;
}

/** Shows the start of a reply, with the question it answers above it. */
function scrollMessageIntoView(node) {
  // (.chat is position: relative, so offsetTop is measured from it.)
  const prev = node.previousElementSibling;
  const anchor = prev && prev.classList.contains('user') ? prev : node;
  chatEl.scrollTop = Math.max(0, anchor.offsetTop - 8);
}

function autoGrow() {
  // CSSOM writes are allowed under the page's CSP (only style= markup is not).
  inputEl.style.height = 'auto';
  inputEl.style.height = `${Math.min(inputEl.scrollHeight + 2, 200)}px`;
}

// ---------------------------------------------------------------------------
// Rendering: the user's messages

function renderUserMessage(text) {
  const msg = el('article', 'msg user');
  msg.setAttribute('aria-label', '你的问题');
  msg.append(el('div', 'bubble', text));
  messagesEl.append(msg);
  updateEmptyState();
  scrollToBottom();
  return msg;
}

/** Marks a message that did not get an answer, says why and what to do, and offers 重试 / 修改. */
function markFailed(msg, text, failure) {
  const { text: what, retry, edit } = describeFailure(failure);
  msg.classList.add('failed');
  msg.querySelector('.send-error')?.remove();
  const box = el('div', 'send-error');
  box.setAttribute('role', 'alert');
  const line = el('p', 'send-error-text');
  const icon = el('span', 'send-error-icon', '!');
  icon.setAttribute('aria-hidden', 'true');
  line.append(icon, el('span', null, `未发送：${what}`));
  box.append(line);
  const actions = el('div', 'send-error-actions');
  if (retry) {
    const b = button('btn btn-small retry', '重试');
    b.addEventListener('click', () => send(text, { retry: msg }));
    actions.append(b);
  }
  if (edit) {
    const b = button('btn btn-small edit', '修改后重发');
    b.addEventListener('click', () => {
      if (busy) return;
      msg.remove();
      updateEmptyState();
      inputEl.value = text;
      autoGrow();
      inputEl.focus();
    });
    actions.append(b);
  }
  box.append(actions);
  msg.append(box);
  scrollToBottom();
}

function clearFailed(msg) {
  msg.classList.remove('failed');
  msg.querySelector('.send-error')?.remove();
}

// ---------------------------------------------------------------------------
// Rendering: result cards

function renderChecklist(conditions) {
  const list = el('ul', 'checklist');
  list.setAttribute('aria-label', '条件');
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

/** Card title: 第6条 · 产学研合作技术合同补助, as a heading. */
function cardTitle(measure, title) {
  const h = el('h2', 'card-title');
  const label = measureLabel(measure);
  if (label) h.append(el('span', 'card-measure', label), el('span', 'sep', ' · '));
  h.append(el('span', null, title));
  return h;
}

/** The result line: the amount large (its exact yuan small), in the words of the headline. */
function renderCalcHeadline(calc) {
  const { before, amount, after } = splitHeadline(calc);
  const p = el('p', 'headline');
  if (!amount) {
    p.append(el('span', 'verdict', verdictWithoutChecklist(before, calc?.conditions) || '—'));
    return p;
  }
  if (before) p.append(el('span', 'verdict', before), ' ');
  const big = el('span', 'amount');
  big.append(el('span', 'wan', amount));
  const exact = exactBeside(calc, amount);
  if (exact) big.append(' ', el('span', 'exact', exact));
  p.append(big);
  if (after) p.append(' ', el('span', 'verdict-detail', after.replace(/^（(.*)）$/, '$1')));
  return p;
}

function renderCalculationCard(calc) {
  const tone = calculationTone(calc);
  const card = el('section', `card calc tone-${tone}`);
  if (calc?.benefit) card.dataset.benefit = String(calc.benefit);
  if (calc?.status) card.dataset.status = String(calc.status);
  card.append(cardTitle(calc?.measure, str(calc?.title) || str(calc?.benefit)));
  if (str(calc?.beneficiaryLabel)) card.append(el('p', 'card-who', `对象：${str(calc.beneficiaryLabel)}`));
  card.append(renderCalcHeadline(calc));
  return card;
}

function fillCalculationCard(card, calc) {
  const conditions = arr(calc?.conditions);
  if (conditions.length) card.append(renderChecklist(conditions));
  if (str(calc?.formulaText)) {
    const f = el('p', 'formula');
    f.append(el('span', 'formula-label', '计算：'), el('span', null, str(calc.formulaText)));
    card.append(f);
  }
  const notes = arr(calc?.notes).filter((n) => str(n));
  if (notes.length) {
    const ul = el('ul', 'notes');
    for (const n of notes) ul.append(el('li', null, n));
    card.append(ul);
  }
}

function renderCheckCard(check) {
  const tone = checkTone(check);
  const card = el('section', `card check tone-${tone}`);
  if (check?.check) card.dataset.check = String(check.check);
  card.append(cardTitle(check?.measure, str(check?.title) || str(check?.check)));
  const p = el('p', 'headline');
  p.append(el('span', 'verdict', verdictWithoutChecklist(checkHeadline(check), check?.conditions)));
  card.append(p);
  return card;
}

function fillCheckCard(card, check) {
  const conditions = arr(check?.conditions);
  if (conditions.length) card.append(renderChecklist(conditions));
}

/**
 * A clarifying question: its text (unless the answer text beside it already
 * says it) and its options as buttons, or the example answer.
 */
function renderQuestion(question, { showText = true } = {}) {
  const box = el('div', 'question');
  if (question.fact) box.dataset.fact = String(question.fact);
  const text = str(question.text);
  if (text && showText) box.append(el('p', 'question-text', text));
  const options = arr(question.options).filter((o) => str(o));
  if (options.length) {
    const group = el('div', 'options');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', text ? `选择回答：${text}` : '选择回答');
    for (const option of options) {
      const b = button('option', option);
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
  } else if (str(question.example)) {
    box.append(el('p', 'question-example', `请在下方输入，例如：${str(question.example)}`));
  }
  return box;
}

/**
 * The cards of a reply. A clarifying question goes at the top: inside the
 * card, right under its result, when there is one card; above the cards when
 * there are several.
 */
function renderCards(data) {
  const calcs = arr(data?.calculations);
  const checks = arr(data?.checks);
  const items = [
    ...checks.map((c) => ({ card: renderCheckCard(c), fill: (card) => fillCheckCard(card, c) })),
    ...calcs.map((c) => ({ card: renderCalculationCard(c), fill: (card) => fillCalculationCard(card, c) })),
  ];
  const question = data?.question && typeof data.question === 'object' ? data.question : null;
  const wrap = el('div', items.length > 1 ? 'cards several' : 'cards');
  if (question && items.length > 1) wrap.append(renderQuestion(question));
  for (const [i, { card, fill }] of items.entries()) {
    if (question && items.length === 1 && i === 0) card.append(renderQuestion(question));
    fill(card);
    wrap.append(card);
  }
  return wrap;
}

function renderRemarks(remarks) {
  const lines = remarkLines(remarks);
  if (!lines.length) return null;
  const ul = el('ul', 'remarks');
  for (const line of lines) ul.append(el('li', null, line));
  return ul;
}

// ---------------------------------------------------------------------------
// Rendering: citations, per measure, with the cited sentences marked in the measure's text

function fillCitation(body, group) {
  const text = measureTexts?.get(group.measure);
  const segments = text ? highlightSegments(text, group.excerpts) : null;
  body.replaceChildren();
  if (segments) {
    const p = el('p', 'measure-text');
    for (const s of segments) {
      if (s.mark) {
        const mark = el('mark', null, s.text);
        p.append(mark);
      } else p.append(s.text);
    }
    body.append(p);
    body.dataset.full = 'true';
  } else {
    for (const e of group.excerpts) body.append(el('p', 'excerpt', e));
    body.dataset.full = 'false';
  }
}

function renderCitations(citations) {
  const groups = groupCitations(citations);
  if (!groups.length) return null;
  const section = el('section', 'sources');
  section.append(el('h2', 'sources-title', '政策原文'));
  for (const g of groups) {
    const details = el('details', 'citation');
    details.dataset.measure = String(g.measure);
    const label = measureLabel(g.measure);
    const summary = el('summary');
    summary.append(el('span', 'citation-measure', label));
    if (g.heading && g.heading !== label) summary.append(' ', el('span', 'citation-heading', g.heading));
    details.append(summary);
    const body = el('div', 'citation-body');
    fillCitation(body, g);
    details.append(body);
    // The measures' texts may arrive after the reply: show the context when opened.
    details.addEventListener('toggle', () => {
      if (details.open && body.dataset.full !== 'true') fillCitation(body, g);
    });
    section.append(details);
  }
  return section;
}

// ---------------------------------------------------------------------------
// Rendering: a reply

function renderCopyButton(getText) {
  const wrap = el('div', 'msg-actions');
  const b = button('btn btn-small copy', '复制');
  b.setAttribute('aria-label', '复制这条回答（含金额和政策原文）');
  const status = el('span', 'copy-status sr-only');
  status.setAttribute('role', 'status');
  b.addEventListener('click', async () => {
    const ok = await copyToClipboard(getText());
    status.textContent = ok ? '已复制' : '复制失败，请手动选择文字复制';
    b.textContent = ok ? '已复制' : '复制';
    setTimeout(() => {
      b.textContent = '复制';
      status.textContent = '';
    }, 2500);
  });
  wrap.append(b, status);
  return wrap;
}

async function copyToClipboard(text) {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* fall through to the old way */
  }
  // Pages served over plain http on a LAN address have no clipboard API.
  const area = el('textarea', 'copy-buffer');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

function renderAssistantMessage(data, context) {
  removeTyping(); // the reply takes its place, right after the question
  const msg = el('article', 'msg assistant');
  msg.setAttribute('aria-label', '助手的回答');
  if (data?.mode) msg.dataset.mode = String(data.mode);
  const body = el('div', 'bubble');

  if (context.asOf) body.append(el('p', 'as-of-note', `按 ${context.asOf} 的政策计算`));

  const answer = typeof data?.answer === 'string' ? data.answer : '';
  const question = data?.question && typeof data.question === 'object' ? data.question : null;
  if (hasCards(data)) {
    // The model's words (checked by the number guard) lead; the cards show the engine's figures.
    if (data?.mode === 'llm' && answer) body.append(el('div', 'answer explanation', answer));
    body.append(renderCards(data));
    const remarks = renderRemarks(data?.remarks);
    if (remarks) body.append(remarks);
  } else {
    body.append(el('div', 'answer', answer));
    // The answer text already asks the question; only the buttons are added.
    if (question) body.append(renderQuestion(question, { showText: !answer.includes(str(question.text)) }));
  }

  const sources = renderCitations(data?.citations);
  if (sources) body.append(sources);

  body.append(renderCopyButton(() => copyText({ question: context.question, answer, asOf: context.asOf, citations: data?.citations })));

  msg.append(body);
  messagesEl.append(msg);
  updateEmptyState();
  scrollMessageIntoView(msg);

  // A question without options: hint the expected answer in the input box.
  if (str(question?.example) && !arr(question.options).length) {
    inputEl.placeholder = `例如：${str(question.example)}`;
  }
  return msg;
}

// ---------------------------------------------------------------------------
// A reply as it is written (streaming)

/**
 * The reply being written: the sentences so far, in a bubble of its own that
 * the final reply replaces. Hidden from screen readers, which hear the final
 * reply once instead of every sentence twice.
 */
function createDraft() {
  let msg = null;
  let text = null;
  const ensure = () => {
    if (msg) return;
    msg = el('article', 'msg assistant draft');
    msg.setAttribute('aria-hidden', 'true');
    const body = el('div', 'bubble');
    text = el('div', 'answer streaming');
    body.append(text);
    msg.append(body);
    // Before the typing dots, which stay until the reply is complete.
    if (typingEl && typingEl.parentNode === messagesEl) messagesEl.insertBefore(msg, typingEl);
    else messagesEl.append(msg);
    updateEmptyState();
  };
  return {
    append(sentence) {
      ensure();
      text.append(document.createTextNode(sentence));
      scrollToBottom();
    },
    replace(whole) {
      ensure();
      text.textContent = whole;
      msg.classList.add('replaced');
      scrollToBottom();
    },
    remove() {
      msg?.remove();
      msg = null;
    },
  };
}

/**
 * Reads the server-sent events of /api/chat/stream: sentences and replacements
 * go to the draft; resolves with the final event's JSON, or null when the
 * stream ended without one.
 */
async function readReplyStream(res, draft) {
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let final = null;
  const handle = (block) => {
    let event = 'message';
    const data = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    if (data.length === 0) return;
    let value;
    try {
      value = JSON.parse(data.join('\n'));
    } catch {
      return;
    }
    if (event === 'sentence' && typeof value?.text === 'string') draft.append(value.text);
    else if (event === 'replace' && typeof value?.text === 'string') draft.replace(value.text);
    else if (event === 'final') final = value;
  };
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      handle(buffer.slice(0, cut));
      buffer = buffer.slice(cut + 2);
    }
    if (done) break;
  }
  if (buffer.trim()) handle(buffer);
  return final;
}

// ---------------------------------------------------------------------------
// Talking to the server

/**
 * Sends a message and shows the reply. `retry` is the message element of an
 * earlier failed send of the same text: it is reused (moved to the end, so
 * the reply follows it), never duplicated. `typed`: sent from the input box.
 */
async function send(rawText, { retry = null, typed = false } = {}) {
  const text = String(rawText ?? '').trim();
  if (!text || busy) return;
  inputEl.placeholder = defaultPlaceholder;

  const payload = { message: text };
  const sessionId = load(SESSION_KEY);
  if (sessionId) payload.sessionId = sessionId;
  const asOf = currentAsOf();
  if (asOf) payload.asOf = asOf;

  let userMsg;
  if (retry && retry.isConnected) {
    userMsg = retry;
    clearFailed(userMsg);
    messagesEl.append(userMsg);
  } else {
    userMsg = renderUserMessage(text);
  }
  const myGeneration = generation;
  controller = new AbortController();
  const timer = setTimeout(() => controller?.abort('timeout'), REQUEST_TIMEOUT_MS);
  setBusy(true);

  let failure = null;
  const streaming = streamReplies;
  const draft = createDraft();
  try {
    let res;
    try {
      res = await fetch(streaming ? '/api/chat/stream' : '/api/chat', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: streaming ? 'text/event-stream' : 'application/json' },
        body: JSON.stringify(payload),
        signal: controller.signal,
      });
    } catch {
      if (myGeneration !== generation) return;
      failure = { kind: controller?.signal.reason === 'timeout' ? 'timeout' : 'network' };
      return;
    }

    let data = null;
    const events = res.ok && (res.headers.get('content-type') || '').startsWith('text/event-stream');
    try {
      data = events ? await readReplyStream(res, draft) : await res.json();
    } catch {
      if (myGeneration !== generation) return;
      // A stream cut halfway (or a body that is not JSON): the message did not get its answer.
      if (events) {
        failure = { kind: controller?.signal.reason === 'timeout' ? 'timeout' : 'network' };
        return;
      }
      data = null;
    }
    if (myGeneration !== generation) return;

    if (!res.ok) {
      failure = { kind: 'http', status: res.status, error: data?.error, field: data?.field };
      // An id the server refuses is of no further use: the retry starts a new conversation.
      if (data?.field === 'sessionId') save(SESSION_KEY, null);
      return;
    }
    if (!data || typeof data !== 'object' || typeof data.answer !== 'string') {
      failure = { kind: 'invalid' };
      return;
    }
    if (typeof data.sessionId === 'string' && data.sessionId) save(SESSION_KEY, data.sessionId);
    draft.remove();
    renderAssistantMessage(data, { question: text, asOf: asOf ?? null });
  } finally {
    clearTimeout(timer);
    draft.remove();
    if (myGeneration === generation) {
      controller = null;
      setBusy(false);
      if (failure) markFailed(userMsg, text, failure);
      // Back to the input box after typing; after a tap on a phone, no
      // keyboard popping up over the reply and its option buttons.
      if (typed || !window.matchMedia('(pointer: coarse)').matches) inputEl.focus({ preventScroll: true });
    }
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
  send(text, { typed: true });
}

function resetConversation() {
  generation += 1;
  if (controller) controller.abort('reset');
  controller = null;
  setBusy(false);
  save(SESSION_KEY, null);
  messagesEl.replaceChildren();
  inputEl.placeholder = defaultPlaceholder;
  updateEmptyState();
  chatEl.scrollTop = 0;
  inputEl.focus();
}

// ---------------------------------------------------------------------------
// Settings: the date the policy is applied as of

function currentAsOf() {
  const v = asOfEl.value;
  return v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
}

function showAsOf() {
  const v = currentAsOf();
  settingsLabelEl.textContent = v ? `按 ${v}` : '设置';
  settingsEl.classList.toggle('has-date', Boolean(v));
  asOfClearEl.hidden = !v;
}

function closeSettings({ focus = false } = {}) {
  if (!settingsEl.open) return;
  settingsEl.open = false;
  if (focus) settingsEl.querySelector('summary').focus();
}

function initSettings() {
  showAsOf();
  asOfEl.addEventListener('change', showAsOf);
  asOfEl.addEventListener('input', showAsOf);
  asOfClearEl.addEventListener('click', () => {
    asOfEl.value = '';
    showAsOf();
    asOfEl.focus();
  });
  document.addEventListener('click', (e) => {
    if (settingsEl.open && !settingsEl.contains(e.target)) closeSettings();
  });
  settingsEl.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      closeSettings({ focus: true });
    }
  });
}

// ---------------------------------------------------------------------------
// Printing: every citation is printed open.

function initPrint() {
  let opened = [];
  window.addEventListener('beforeprint', () => {
    opened = [...document.querySelectorAll('details.citation:not([open])')];
    for (const d of opened) d.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const d of opened) d.open = false;
    opened = [];
  });
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
  asOfClearEl = $('as-of-clear');
  settingsEl = $('settings');
  settingsLabelEl = $('settings-label');
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

  initSettings();
  initPrint();
  updateEmptyState();
  inputEl.focus();
  loadPolicyInfo();
  loadMeasureTexts();
}

/** The title and validity come from the knowledge base, not from this page. */
async function loadPolicyInfo() {
  try {
    const res = await fetch('/api/info', { headers: { accept: 'application/json' } });
    if (!res.ok) return;
    const info = await res.json();
    if (info.title) $('policy-title').textContent = info.title;
    if (info.validity) $('policy-validity').textContent = `有效期 ${info.validity.from} 至 ${info.validity.to}`;
    streamReplies = info.model === true;
  } catch {
    // The subtitle is decoration; the chat works without it.
  }
}

/** The measures' texts, so a citation can be shown highlighted within its measure. */
async function loadMeasureTexts() {
  try {
    const res = await fetch('/api/measures', { headers: { accept: 'application/json' } });
    if (!res.ok) return;
    const list = await res.json();
    const map = new Map();
    for (const m of arr(list?.measures)) if (typeof m?.text === 'string') map.set(m.measure, m.text);
    measureTexts = map;
    // Replies that arrived first get their context now.
    for (const body of document.querySelectorAll('.citation-body[data-full="false"]')) {
      const details = body.closest('details.citation');
      if (details?.open) details.dispatchEvent(new Event('toggle'));
    }
  } catch {
    // Without the texts, a citation shows the quoted sentences alone.
  }
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
}
