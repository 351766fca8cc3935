// 知识库管理 — the admin page for bureau staff.
// Plain ES module, no dependencies. Every piece of server or user text is put
// into the page with textContent, never parsed as HTML. The session cookie is
// HttpOnly; the CSRF token the server hands out lives in memory only and goes
// with every change.

const ACTION_LABELS = { bundled: '随程序发布', publish: '发布', rollback: '回滚' };
const KIND_LABELS = {
  out_of_scope: '超出本政策范围',
  no_topic: '没有对应条款',
  abandoned_question: '追问后未回答',
  refused_figure: '数字无法使用',
  not_in_text: '原文未写明',
};

const $ = (id) => document.getElementById(id);
const state = { csrf: null, name: '', current: null, pending: null, base: null, days: 7 };

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function when(iso) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('zh-CN', { hour12: false });
}

function notice(text, kind = 'info') {
  const n = $('notice');
  n.textContent = text;
  n.dataset.kind = kind;
  n.hidden = !text;
  if (text) n.scrollIntoView({ block: 'nearest' });
}

async function api(path, body) {
  const init = { credentials: 'same-origin', headers: {} };
  if (body !== undefined) {
    init.method = 'POST';
    init.headers['content-type'] = 'application/json';
    if (state.csrf) init.headers['x-csrf-token'] = state.csrf;
    init.body = JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(path, init);
  } catch {
    throw new Error('无法连接服务器，请检查网络后重试');
  }
  let json = {};
  try {
    json = await res.json();
  } catch {
    // An empty or non-JSON body: the status says enough.
  }
  if (res.status === 401 && path !== '/admin/login' && path !== '/admin/api/session') {
    showLogin('登录已失效，请重新登录');
  }
  return { status: res.status, json };
}

// ---------------------------------------------------------------------------
// Login

function showLogin(message) {
  state.csrf = null;
  $('app').hidden = true;
  $('who').hidden = true;
  $('login').hidden = false;
  const err = $('login-error');
  err.textContent = message || '';
  err.hidden = !message;
  $('login-name').focus();
}

function showApp() {
  $('login').hidden = true;
  $('app').hidden = false;
  $('who').hidden = false;
  $('who-name').textContent = `已登录：${state.name}`;
  void refreshAll();
}

$('login-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const name = $('login-name').value.trim();
  const token = $('login-token').value;
  if (!name || !token) {
    showLogin('请填写姓名和管理口令');
    return;
  }
  const { status, json } = await api('/admin/login', { name, token }).catch((err) => ({ status: 0, json: { error: err.message } }));
  $('login-token').value = '';
  if (status !== 200) {
    showLogin(json.error || '登录失败');
    return;
  }
  state.csrf = json.csrf;
  state.name = json.name;
  showApp();
});

$('logout').addEventListener('click', async () => {
  await api('/admin/logout', {}).catch(() => undefined);
  showLogin('已退出');
});

// ---------------------------------------------------------------------------
// What serves, and the files that can be edited

async function loadOverview() {
  const { status, json } = await api('/admin/api/overview');
  if (status !== 200) return null;
  state.current = json.current;
  $('serving-version').textContent = json.serving.version;
  $('serving-state').textContent = json.serving.current ? '（当前版本）' : '（新版本正在载入，或当前版本无法使用）';
  const problems = $('serving-problems');
  problems.replaceChildren(...json.serving.problems.map((p) => el('li', p)));
  const select = $('edit-file');
  const chosen = select.value;
  select.replaceChildren(...json.files.map((f) => {
    const o = el('option', f);
    o.value = f;
    return o;
  }));
  if (json.files.includes(chosen)) select.value = chosen;
  $('update').hidden = !json.versions;
  $('history').hidden = !json.versions;
  return json;
}

/** After a change, the server swaps within seconds: show it when it has. */
async function followServing() {
  for (let i = 0; i < 15; i++) {
    const o = await loadOverview();
    if (!o || (o.serving.current && o.serving.version === o.current)) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

async function refreshAll() {
  await Promise.all([loadOverview(), loadHistory(), loadQuestions(state.days)]);
}

// ---------------------------------------------------------------------------
// Checking and publishing a change

function toBase64(buffer) {
  const bytes = new Uint8Array(buffer);
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function issueText(i) {
  const where = i.line ? `${i.file}:${i.line}` : i.file;
  return `${where}${i.field ? ` — ${i.field}` : ''}：${i.message}`;
}

function renderIssues(issues) {
  $('issues').replaceChildren(...issues.map((i) => el('li', issueText(i))));
}

function renderSentence(s) {
  const wrap = el('div', null, 'sentence');
  const before = el('p', null, 'before');
  before.append(el('span', '原：', 'label'));
  const after = el('p', null, 'after');
  after.append(el('span', '新：', 'label'));
  for (const seg of s.segments) {
    if (seg.change !== 'added') before.append(seg.change === 'removed' ? el('del', seg.text) : document.createTextNode(seg.text));
    if (seg.change !== 'removed') after.append(seg.change === 'added' ? el('ins', seg.text) : document.createTextNode(seg.text));
  }
  if (s.before) wrap.append(before);
  if (s.after) wrap.append(after);
  return wrap;
}

function renderDiff(diff) {
  const box = $('diff');
  box.replaceChildren();
  if (!diff) return;
  box.append(el('p', `与当前版本 ${diff.from} 相比：${diff.summary}`, 'summary'));
  for (const section of diff.sections) {
    const block = el('section', null, 'diff-section');
    block.append(el('h4', section.title));
    const list = el('ul');
    for (const line of section.lines) {
      const item = el('li', null, `line-${line.kind}`);
      if (line.sentence) {
        const changed = line.text.match(/^原文改动（(.*?)）：/);
        item.append(el('span', changed ? `原文改动：${changed[1]}` : line.text.split('：')[0], 'what'));
        item.append(renderSentence(line.sentence));
      } else item.textContent = line.text;
      list.append(item);
    }
    block.append(list);
    box.append(block);
  }
}

function showResult(title, preview) {
  $('result').hidden = false;
  $('result-title').textContent = title;
  $('publish-form').hidden = true;
  renderIssues([]);
  renderDiff(null);
  if (!preview.ok) {
    $('result-status').textContent = `发现 ${preview.issues.length} 个问题，请修改后重新检查（当前版本不受影响）：`;
    $('result-status').className = 'bad';
    renderIssues(preview.issues);
    return;
  }
  state.base = preview.base;
  if (!preview.diff.changed) {
    $('result-status').textContent = '检查通过，但与当前版本完全相同，无需发布。';
    $('result-status').className = '';
    return;
  }
  $('result-status').textContent = `检查通过。发布后将成为新版本 ${preview.version}：`;
  $('result-status').className = 'ok';
  renderDiff(preview.diff);
  $('publish-form').hidden = false;
  $('publish-note').focus();
}

async function check(payload, title) {
  notice('');
  $('result').hidden = false;
  $('result-title').textContent = title;
  $('result-status').textContent = '正在检查…';
  $('result-status').className = '';
  $('publish-form').hidden = true;
  renderIssues([]);
  renderDiff(null);
  const { status, json } = await api('/admin/api/preview', payload).catch((err) => ({ status: 0, json: { error: err.message } }));
  if (status !== 200) {
    $('result-status').textContent = json.error || `检查失败（${status}）`;
    $('result-status').className = 'bad';
    return;
  }
  state.pending = payload;
  showResult(title, json);
}

$('zip-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const file = $('zip-file').files[0];
  if (!file) {
    notice('请先选择一个 .zip 文件', 'bad');
    return;
  }
  const zip = toBase64(await file.arrayBuffer());
  await check({ zip }, `压缩包：${file.name}`);
});

$('edit-file').addEventListener('change', () => $('edit-open').click());

$('edit-open').addEventListener('click', async () => {
  const path = $('edit-file').value;
  if (!path) return;
  const { status, json } = await api(`/admin/api/file?path=${encodeURIComponent(path)}`);
  if (status !== 200) {
    notice(json.error || '无法打开文件', 'bad');
    return;
  }
  $('edit-text').value = json.text;
  $('edit-text').dataset.path = json.path;
});

$('edit-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const path = $('edit-text').dataset.path;
  if (!path) {
    notice('请先选择文件并点“打开”', 'bad');
    return;
  }
  await check({ edit: { path, text: $('edit-text').value } }, `修改：${path}`);
});

$('publish-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  if (!state.pending) return;
  const button = $('publish');
  button.disabled = true;
  try {
    const payload = { ...state.pending, note: $('publish-note').value.trim(), base: state.base };
    const { status, json } = await api('/admin/api/publish', payload).catch((err) => ({ status: 0, json: { error: err.message } }));
    if (status === 200) {
      notice(`已发布版本 ${json.version}。助手将在几秒内改用新版本。`, 'ok');
      $('result').hidden = true;
      $('publish-note').value = '';
      state.pending = null;
      await loadHistory();
      await followServing();
    } else if (status === 422) {
      showResult($('result-title').textContent, { ok: false, issues: json.issues || [] });
    } else {
      notice(json.error || `发布失败（${status}）`, 'bad');
    }
  } finally {
    button.disabled = false;
  }
});

// ---------------------------------------------------------------------------
// History and rollback

function historyItem(entry) {
  const li = el('li', null, entry.current ? 'current' : '');
  const head = el('p', null, 'head');
  head.append(el('code', entry.version));
  head.append(el('span', ACTION_LABELS[entry.action] || entry.action, `tag tag-${entry.action}`));
  if (entry.current) head.append(el('span', '当前版本', 'tag tag-current'));
  li.append(head);
  li.append(el('p', `${when(entry.at)} · ${entry.by}${entry.note ? `：${entry.note}` : ''}`, 'muted'));
  li.append(el('p', entry.summary, 'summary'));
  if (!entry.current) {
    const button = el('button', '回滚到此版本', 'btn btn-quiet rollback');
    button.type = 'button';
    const form = el('form', null, 'confirm');
    form.hidden = true;
    const id = `note-${entry.version}-${entry.at}`.replace(/[^a-zA-Z0-9-]/g, '');
    const label = el('label', '回滚说明');
    label.htmlFor = id;
    const input = el('input');
    input.id = id;
    input.maxLength = 500;
    const ok = el('button', `确认回滚到 ${entry.version}`, 'btn btn-danger');
    ok.type = 'submit';
    const cancel = el('button', '取消', 'btn btn-quiet');
    cancel.type = 'button';
    form.append(label, input, ok, cancel);
    button.addEventListener('click', () => {
      form.hidden = false;
      button.hidden = true;
      input.focus();
    });
    cancel.addEventListener('click', () => {
      form.hidden = true;
      button.hidden = false;
    });
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      ok.disabled = true;
      const { status, json } = await api('/admin/api/rollback', { version: entry.version, note: input.value.trim(), base: state.current }).catch((err) => ({ status: 0, json: { error: err.message } }));
      ok.disabled = false;
      if (status === 200) {
        notice(`已回滚到版本 ${json.entry.version}。助手将在几秒内改用该版本。`, 'ok');
        await loadHistory();
        await followServing();
      } else {
        notice(json.error || `回滚失败（${status}）`, 'bad');
        if (json.issues) notice(`${json.error}：${json.issues.map(issueText).join('；')}`, 'bad');
      }
    });
    li.append(button, form);
  }
  return li;
}

async function loadHistory() {
  const { status, json } = await api('/admin/api/history');
  if (status !== 200) return;
  $('history-list').replaceChildren(...json.history.map(historyItem));
  const current = json.history.find((e) => e.current);
  if (current) state.current = current.version;
}

// ---------------------------------------------------------------------------
// Unanswered questions

async function loadQuestions(days) {
  state.days = days;
  for (const b of document.querySelectorAll('[data-days]')) b.setAttribute('aria-pressed', String(Number(b.dataset.days) === days));
  $('csv').href = `/admin/api/questions.csv?days=${days}`;
  const { status, json } = await api(`/admin/api/questions?days=${days}`);
  if (status !== 200) return;
  $('q-off').hidden = json.enabled;
  $('csv').hidden = !json.enabled;
  if (!json.enabled) {
    $('q-kinds').replaceChildren();
    $('q-groups').replaceChildren();
    $('q-newest').replaceChildren();
    return;
  }
  $('q-kinds').replaceChildren(
    el('li', `共 ${json.total} 个`, 'total'),
    ...json.byKind.map((k) => el('li', `${KIND_LABELS[k.kind] || k.kind}：${k.count}`)),
  );
  $('q-groups').replaceChildren(
    ...(json.groups.length ? json.groups.map((g) => {
      const li = el('li');
      li.append(el('span', `${g.count} 次`, 'count'), el('span', KIND_LABELS[g.kind] || g.kind, 'tag'), el('span', g.examples[0] || g.key, 'text'));
      if (g.examples.length > 1) li.append(el('p', `其他说法：${g.examples.slice(1).join(' ／ ')}`, 'muted'));
      li.append(el('p', `最近：${when(g.last)}`, 'muted'));
      return li;
    }) : [el('li', '这段时间没有未解答的问题。', 'muted')]),
  );
  $('q-newest').replaceChildren(
    ...json.newest.map((q) => {
      const li = el('li');
      li.append(el('span', when(q.at), 'muted'), el('span', KIND_LABELS[q.kind] || q.kind, 'tag'), el('span', q.text, 'text'));
      if (q.detail) li.append(el('span', `（${q.detail}）`, 'muted'));
      return li;
    }),
  );
}

for (const b of document.querySelectorAll('[data-days]')) {
  b.addEventListener('click', () => void loadQuestions(Number(b.dataset.days)));
}

// ---------------------------------------------------------------------------
// Start: a session cookie from before may still be good.

(async () => {
  const { status, json } = await api('/admin/api/session').catch(() => ({ status: 0, json: {} }));
  if (status === 200 && json.csrf) {
    state.csrf = json.csrf;
    state.name = json.name;
    showApp();
  } else showLogin();
})();
