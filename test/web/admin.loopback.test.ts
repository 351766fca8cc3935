/**
 * The admin API as a browser would use it, against the real server (npm
 * start with ADMIN_TOKEN and DATA_DIR) on loopback: login, CSRF, upload,
 * edit, publish, rollback, the question log and its CSV.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knowledgeFiles } from '../../knowledge/index.ts';
import { cleanupTemp, knowledgeCopy, m6Amount, revisedCopy, startServerProcess, tempDir, within, type ServerProcess } from '../support/knowledge.ts';

const token = 'test-admin-token-0123456789abcdef';
let server: ServerProcess;
let plain: ServerProcess;
let plainDir: string;

/** A knowledge folder as staff would zip it: everything under one top folder. */
export function zipKnowledge(dir: string, top = 'knowledge', extra: Record<string, string> = {}): string {
  const entries: Record<string, Uint8Array> = {};
  for (const f of knowledgeFiles(dir)) entries[`${top}/${f}`] = readFileSync(join(dir, f));
  for (const [name, text] of Object.entries(extra)) entries[name] = new TextEncoder().encode(text);
  return Buffer.from(zipSync(entries)).toString('base64');
}

beforeAll(async () => {
  [server, plain] = await Promise.all([
    startServerProcess(tempDir('cg-admin-'), { ADMIN_TOKEN: token }),
    startServerProcess((plainDir = tempDir('cg-plain-')), { ADMIN_TOKEN: '', QUESTION_LOG: 'off' }),
  ]);
}, 90_000);

afterAll(async () => {
  await Promise.all([server?.stop(), plain?.stop()]);
  cleanupTemp();
});

interface Session {
  cookie: string;
  csrf: string;
}

async function login(name = '张三', tokenGiven = token) {
  return fetch(`${server.url}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, token: tokenGiven }) });
}

async function session(): Promise<Session> {
  const res = await login();
  expect(res.status).toBe(200);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const { csrf } = (await res.json()) as { csrf: string };
  return { cookie, csrf };
}

async function get(s: Session | null, path: string) {
  return fetch(`${server.url}${path}`, { headers: s ? { cookie: s.cookie } : {} });
}

async function post(s: Session, path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf, origin: server.url, ...headers },
    body: JSON.stringify(body),
  });
}

describe('admin page switched off', () => {
  it('is 404 without ADMIN_TOKEN, every path of it', async () => {
    for (const path of ['/admin', '/admin/', '/admin/admin.js', '/admin/api/history']) expect((await fetch(`${plain.url}${path}`)).status).toBe(404);
    const res = await fetch(`${plain.url}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'x', token }) });
    expect(res.status).toBe(404);
  });
});

describe('admin login', () => {
  it('serves the page to anyone, and nothing else without the token', async () => {
    const page = await fetch(`${server.url}/admin`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('知识库管理');
    for (const path of ['/admin/api/overview', '/admin/api/history', '/admin/api/questions?days=7', '/admin/api/questions.csv?days=7', `/admin/api/history?token=${token}`]) {
      expect((await get(null, path)).status).toBe(401);
    }
    expect((await fetch(`${server.url}/admin/api/history`, { headers: { authorization: 'Bearer wrong-token' } })).status).toBe(401);
  });

  it('refuses a wrong token with 401 and no cookie', async () => {
    const res = await login('张三', 'wrong-token');
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('sets an HttpOnly SameSite=Strict cookie and hands the page a CSRF token; the token never comes back', async () => {
    const res = await login();
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^cg_admin=[\w-]{40,}; Path=\/admin; HttpOnly; SameSite=Strict; Max-Age=\d+$/);
    const body = await res.text();
    expect(body).not.toContain(token);
    expect(JSON.parse(body)).toMatchObject({ name: '张三', csrf: expect.stringMatching(/^[\w-]{40,}$/) });
  });

  it('takes a bearer token from a script instead of a cookie', async () => {
    const res = await fetch(`${server.url}/admin/api/history`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { history: unknown[] }).history).toHaveLength(1);
  });

  it('refuses a change without the CSRF token, with a wrong one, or from another site', async () => {
    const s = await session();
    const body = { zip: zipKnowledge(revisedCopy()) };
    expect((await post(s, '/admin/api/preview', body, { 'x-csrf-token': '' })).status).toBe(403);
    expect((await post(s, '/admin/api/preview', body, { 'x-csrf-token': 'forged' })).status).toBe(403);
    expect((await post(s, '/admin/api/preview', body, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await post(s, '/admin/api/preview', body, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await post(s, '/admin/api/preview', body)).status).toBe(200);
  });

  it('logs out', async () => {
    const s = await session();
    expect((await post(s, '/admin/logout', {})).status).toBe(200);
    expect((await get(s, '/admin/api/history')).status).toBe(401);
  });
});

describe('admin changes', () => {
  let s: Session;
  let published: string;
  beforeAll(async () => {
    s = await session();
  });

  it('checks an uploaded zip: the readable diff against the current version', async () => {
    const res = await post(s, '/admin/api/preview', { zip: zipKnowledge(revisedCopy(), 'my-kb', { '__MACOSX/._x': 'junk' }) });
    expect(res.status).toBe(200);
    const p = (await res.json()) as { ok: boolean; diff: { summary: string; sections: { title: string; lines: { text: string }[] }[] } };
    expect(p.ok).toBe(true);
    expect(p.diff.sections[0]!.lines[0]!.text).toBe('第6条 产学研合作技术合同补助：比例 30% → 40%，上限 100万元 → 150万元');
  });

  it('lists every fault of a bad zip by file, line and field', async () => {
    const bad = knowledgeCopy({
      'measures/06.yaml': (t) => t.replace('yuan: 1000000, per: per_enterprise', 'yuan: 2000000, per: per_enterprise'),
      'measures/07.yaml': (t) => t.replace('benefits:\n', 'benefits:\n  - id: [unclosed\n'),
    });
    const p = (await (await post(s, '/admin/api/preview', { zip: zipKnowledge(bad) })).json()) as { ok: boolean; issues: { file: string; line?: number; field?: string }[] };
    expect(p.ok).toBe(false);
    expect(p.issues).toContainEqual(expect.objectContaining({ file: 'measures/07.yaml', line: expect.any(Number) }));
    const published = (await (await post(s, '/admin/api/publish', { zip: zipKnowledge(bad), note: 'x' })).json()) as { ok: boolean; issues: unknown[] };
    expect(published.ok).toBe(false);
    expect(((await (await get(s, '/admin/api/history')).json()) as { history: unknown[] }).history).toHaveLength(1);
  });

  it('refuses a zip that is not one, or whose paths leave the folder', async () => {
    const notZip = await post(s, '/admin/api/preview', { zip: Buffer.from('hello').toString('base64') });
    expect(notZip.status).toBe(400);
    expect(((await notZip.json()) as { error: string }).error).toContain('无法读取压缩包');
    const evil = Buffer.from(zipSync({ '../evil.yaml': new TextEncoder().encode('x: 1') })).toString('base64');
    const escaped = await post(s, '/admin/api/preview', { zip: evil });
    expect(escaped.status).toBe(400);
    expect(((await escaped.json()) as { error: string }).error).toContain('路径不安全');
  });

  it('edits one measure in the page: reads it, checks the edit', async () => {
    const file = (await (await get(s, '/admin/api/file?path=measures/06.yaml')).json()) as { text: string };
    expect(file.text).toContain('percent: "30"');
    const text = file.text.replace('keywords: [技术合同, 合同,', 'keywords: [技术合同, 合同, 横向课题,');
    const p = (await (await post(s, '/admin/api/preview', { edit: { path: 'measures/06.yaml', text } })).json()) as { ok: boolean; diff: { summary: string } };
    expect(p).toMatchObject({ ok: true });
    expect(p.diff.summary).toContain('用户用语：新增 横向课题');
    expect((await get(s, '/admin/api/file?path=../../etc/passwd')).status).toBe(400);
    expect((await post(s, '/admin/api/preview', { edit: { path: 'measures/../../x.yaml', text } })).status).toBe(400);
  });

  it('publishes with a note; the server serves it within 5 s; history names who', async () => {
    const before = (await (await get(s, '/admin/api/overview')).json()) as { current: string };
    const res = await post(s, '/admin/api/publish', { zip: zipKnowledge(revisedCopy()), note: '市科技局2026年第3号通知', base: before.current });
    expect(res.status).toBe(200);
    published = ((await res.json()) as { version: string }).version;
    await within(5000, () => m6Amount(server.url), 1200000);
    const h = ((await (await get(s, '/admin/api/history')).json()) as { history: { version: string; by: string; note: string; current: boolean; summary: string }[] }).history;
    expect(h[0]).toMatchObject({ version: published, by: '张三', note: '市科技局2026年第3号通知', current: true });
    expect(h[0]!.summary).toContain('比例 30% → 40%');
    // A review against a version that is no longer current is refused.
    const stale = await post(s, '/admin/api/publish', { zip: zipKnowledge(knowledgeCopy()), base: before.current });
    expect(stale.status).toBe(409);
  });

  it('rolls back; unknown versions are named', async () => {
    const h = ((await (await get(s, '/admin/api/history')).json()) as { history: { version: string; action: string }[] }).history;
    const bundled = h.find((e) => e.action === 'bundled')!.version;
    const res = await post(s, '/admin/api/rollback', { version: bundled, note: '撤回' });
    expect(res.status).toBe(200);
    await within(5000, () => m6Amount(server.url), 900000);
    const unknown = await post(s, '/admin/api/rollback', { version: 'ffffffffffffffff' });
    expect(unknown.status).toBe(404);
    const again = await post(s, '/admin/api/rollback', { version: bundled });
    expect(again.status).toBe(409);
    const overview = (await (await get(s, '/admin/api/overview')).json()) as { serving: { version: string } };
    expect(overview.serving.version).toBe(bundled);
  });
});

describe('unanswered questions', () => {
  it('shows what users asked that went unanswered, for 7 and 30 days, and exports CSV', async () => {
    const ask = (message: string) => fetch(`${server.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message }) });
    await ask('我们签了5万美元的技术合同');
    await ask('我们签了 8万美元的技术合同？');
    await ask('=HYPERLINK("http://evil.example") 签了-5万元合同');
    // A point the text leaves open, asked after an answer, in the same conversation.
    const first = (await (await ask('我们企业和江南大学签了300万技术合同，能拿多少')).json()) as { sessionId: string };
    await fetch(`${server.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: '是一次性给还是分期？', sessionId: first.sessionId }) });
    const s = await session();
    const week = (await (await get(s, '/admin/api/questions?days=7')).json()) as { enabled: boolean; total: number; groups: { kind: string; count: number; examples: string[] }[]; byKind: { kind: string; count: number }[] };
    expect(week.enabled).toBe(true);
    expect(week.byKind.find((k) => k.kind === 'refused_figure')!.count).toBeGreaterThanOrEqual(3);
    expect(week.groups[0]).toMatchObject({ kind: 'refused_figure', count: 2, examples: ['我们签了 8万美元的技术合同？', '我们签了5万美元的技术合同'] });
    expect((await get(s, '/admin/api/questions?days=30')).status).toBe(200);
    expect((await get(s, '/admin/api/questions?days=9')).status).toBe(400);

    const csv = await get(s, '/admin/api/questions.csv?days=30');
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toContain('attachment');
    const bytes = Buffer.from(await csv.arrayBuffer());
    // A byte-order mark, so spreadsheet programs read the Chinese as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith('时间,类型,类型代码,问题,说明\r\n')).toBe(true);
    expect(text).toContain(',数字无法使用,refused_figure,我们签了5万美元的技术合同,');
    expect(text).toContain(',原文未写明,not_in_text,是一次性给还是分期？,m6-contract-subsidy');
    // A cell a spreadsheet would run as a formula is written as text.
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"") 签了-5万元合同"`);
  });

  it('keeps nothing with QUESTION_LOG=off', async () => {
    const res = await fetch(`${plain.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: '我们签了5万美元的技术合同' }) });
    expect(res.status).toBe(200);
    expect(existsSync(join(plainDir, 'questions.sqlite'))).toBe(false);
  });
});
