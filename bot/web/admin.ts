/**
 * The web admin page for bureau staff, `/admin`, on only when ADMIN_TOKEN is
 * set (the server answers 404 otherwise). Staff log in with the token and
 * their name; the server sets an HttpOnly SameSite=Strict session cookie and
 * hands the page a CSRF token that every change must carry (plus a same-origin
 * check). Scripts may send `Authorization: Bearer <token>` instead. The token
 * is never put in a URL.
 *
 * The page uploads a knowledge base as a zip or edits one file of the current
 * version, shows the faults (file, line, field) or the readable diff, publishes
 * with a note, lists the history with rollback, and shows the questions the
 * assistant could not answer (7 or 30 days, CSV). The versions and the
 * question log come in as small interfaces; bot/main.ts wires them.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import type { KnowledgeHistoryView, QuestionLog, UnansweredKind } from '../core/index.ts';
import { securityHeaders } from './server.ts';
import { unpackZip, ZipError } from './zip.ts';

/** A fault in a knowledge base, as the lint names it. */
export interface AdminIssue {
  file: string;
  line?: number;
  field?: string;
  message: string;
}

export interface AdminDiff {
  from: string;
  to: string;
  changed: boolean;
  summary: string;
  sections: {
    title: string;
    lines: { kind: string; text: string; sentence?: { before: string; after: string; segments: { text: string; change: 'same' | 'removed' | 'added' }[] } }[];
  }[];
}

export interface AdminHistoryEntry extends KnowledgeHistoryView {
  details: string[];
}

/** What the page needs of the published versions (the version store fits it). */
export interface AdminKnowledge {
  current(): { version: string } | null;
  dirOf(version: string): string;
  preview(dir: string): { ok: true; base: string; version: string; diff: AdminDiff } | { ok: false; base: string; issues: AdminIssue[] };
  publish(dir: string, options: { by: string; note?: string | null; base?: string }): Promise<{ ok: true; version: string; entry: AdminHistoryEntry } | { ok: false; issues: AdminIssue[] }>;
  rollback(version: string, options: { by: string; note?: string | null; base?: string }): Promise<AdminHistoryEntry>;
  history(): Promise<AdminHistoryEntry[]>;
}

export interface AdminOptions {
  token: string;
  /** Null when the server runs without DATA_DIR versions: the page says so. */
  knowledge: AdminKnowledge | null;
  /** Null when QUESTION_LOG=off. */
  questions: QuestionLog | null;
  /** The version serving and what is wrong, as /healthz has it. */
  status: () => { version: string; current: boolean; problems: string[] };
  log?: (message: string) => void;
  /** Largest upload accepted, in bytes of the zip (default 10 MB). */
  maxUploadBytes?: number;
  sessionTtlMs?: number;
  now?: () => number;
}

export interface AdminHandler {
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void>;
}

/** Labels of the question kinds, for the CSV (the page has its own copy). */
export const unansweredKindLabels: Record<UnansweredKind, string> = {
  out_of_scope: '超出本政策范围',
  no_topic: '没有对应条款',
  abandoned_question: '追问后未回答',
  refused_figure: '数字无法使用',
  not_in_text: '原文未写明',
};

const COOKIE = 'cg_admin';
const LOGIN_FAILURES_ALLOWED = 10;
const LOGIN_WINDOW_MS = 10 * 60 * 1000;
const publicDir = join(import.meta.dirname, 'public');
const assets: Record<string, { file: string; type: string }> = {
  '/admin': { file: 'admin.html', type: 'text/html; charset=utf-8' },
  '/admin/': { file: 'admin.html', type: 'text/html; charset=utf-8' },
  '/admin/admin.js': { file: 'admin.js', type: 'text/javascript; charset=utf-8' },
  '/admin/admin.css': { file: 'admin.css', type: 'text/css; charset=utf-8' },
};

class AdminHttpError extends Error {
  constructor(readonly status: number, message: string, readonly extra: Record<string, unknown> = {}) {
    super(message);
  }
}

interface AdminSession {
  csrf: string;
  name: string;
  expires: number;
}

function sha(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(sha(a), sha(b));
}

function cookieOf(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return part.slice(i + 1).trim();
  }
  return undefined;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string | string[]> = {}) {
  res.writeHead(status, { ...securityHeaders, 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store', ...extra });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown, extra: Record<string, string | string[]> = {}) {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8', extra);
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      req.resume();
      reject(new AdminHttpError(413, `上传内容超过 ${Math.round(limit / 1024 / 1024)} MB`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        req.resume();
        reject(new AdminHttpError(413, `上传内容超过 ${Math.round(limit / 1024 / 1024)} MB`));
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function readJson(req: IncomingMessage, limit: number): Promise<Record<string, unknown>> {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new AdminHttpError(415, '请以 application/json 发送');
  const raw = await readBody(req, limit);
  try {
    const v = JSON.parse(raw.toString('utf8')) as unknown;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('not an object');
    return v as Record<string, unknown>;
  } catch {
    throw new AdminHttpError(400, '请求内容不是有效的 JSON 对象');
  }
}

function text(body: Record<string, unknown>, field: string, max: number, required = false): string | null {
  const v = body[field];
  if (v === undefined || v === null || v === '') {
    if (required) throw new AdminHttpError(400, `缺少 ${field}`, { field });
    return null;
  }
  if (typeof v !== 'string') throw new AdminHttpError(400, `${field} 应为文字`, { field });
  if (v.length > max) throw new AdminHttpError(400, `${field} 超过 ${max} 个字符`, { field });
  return v;
}

/** One CSV cell; a cell a spreadsheet would run as a formula is written as text. */
function csvCell(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The question log as CSV with a BOM (so spreadsheet programs read the Chinese), newest first. */
export function questionsCsv(rows: { at: string; kind: UnansweredKind; text: string; detail: string | null }[]): string {
  const lines = [['时间', '类型', '类型代码', '问题', '说明'].join(',')];
  for (const r of rows) lines.push([r.at, unansweredKindLabels[r.kind] ?? r.kind, r.kind, r.text, r.detail ?? ''].map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function createAdminHandler(options: AdminOptions): AdminHandler {
  if (options.token.length < 16) throw new Error('admin: the token must be at least 16 characters');
  const now = options.now ?? Date.now;
  const ttl = options.sessionTtlMs ?? 8 * 60 * 60 * 1000;
  const maxUpload = options.maxUploadBytes ?? 10 * 1024 * 1024;
  const log = options.log ?? (() => {});
  const sessions = new Map<string, AdminSession>();
  const failures = new Map<string, { count: number; since: number }>();
  const files = new Map(Object.entries(assets).map(([p, a]) => [p, { body: readFileSync(join(publicDir, a.file)), type: a.type }]));

  const secure = (req: IncomingMessage) => Boolean((req.socket as { encrypted?: boolean }).encrypted) || req.headers['x-forwarded-proto'] === 'https';

  function sessionOf(req: IncomingMessage): (AdminSession & { id: string }) | null {
    const id = cookieOf(req, COOKIE);
    if (!id) return null;
    const s = sessions.get(id);
    if (!s) return null;
    if (s.expires < now()) {
      sessions.delete(id);
      return null;
    }
    return { ...s, id };
  }

  /** A request from a page of another site is refused before anything else (the cookie is SameSite=Strict besides). */
  function sameOrigin(req: IncomingMessage) {
    const site = req.headers['sec-fetch-site'];
    if (site && site !== 'same-origin' && site !== 'none') throw new AdminHttpError(403, '拒绝来自其他网站的请求');
    const origin = req.headers.origin;
    if (origin && origin !== 'null') {
      let host: string;
      try {
        host = new URL(origin).host;
      } catch {
        throw new AdminHttpError(403, '拒绝来源不明的请求');
      }
      // Behind a reverse proxy that rewrites Host, the public name arrives as X-Forwarded-Host.
      const forwarded = String(req.headers['x-forwarded-host'] ?? '').split(',')[0]!.trim();
      if (host !== req.headers.host && host !== forwarded) throw new AdminHttpError(403, '拒绝来自其他网站的请求');
    } else if (origin === 'null') throw new AdminHttpError(403, '拒绝来源不明的请求');
  }

  /** Who is asking: a logged-in session (changes need its CSRF token) or a script with the bearer token. */
  function caller(req: IncomingMessage, change: boolean): { name: string; bearer: boolean } {
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ')) {
      if (!sameSecret(auth.slice(7).trim(), options.token)) throw new AdminHttpError(401, '口令不正确');
      return { name: String(req.headers['x-admin-name'] ?? '').slice(0, 40).trim() || '脚本', bearer: true };
    }
    const s = sessionOf(req);
    if (!s) throw new AdminHttpError(401, '请先登录');
    if (change) {
      sameOrigin(req);
      const given = req.headers['x-csrf-token'];
      if (typeof given !== 'string' || !sameSecret(given, s.csrf)) throw new AdminHttpError(403, '页面已过期，请刷新后重试（CSRF 校验失败）');
    }
    return { name: s.name, bearer: false };
  }

  function knowledge(): AdminKnowledge {
    if (!options.knowledge) throw new AdminHttpError(409, '此服务未启用知识库版本（未设置 DATA_DIR 或使用固定知识库目录）');
    return options.knowledge;
  }

  /** The folder a change is checked in: an uploaded zip, or the current version with one file replaced. */
  function candidate(body: Record<string, unknown>): string {
    const dir = mkdtempSync(join(tmpdir(), 'cg-admin-'));
    try {
      const zip = text(body, 'zip', Math.ceil((maxUpload * 4) / 3) + 4);
      const edit = body.edit as { path?: unknown; text?: unknown } | undefined;
      if (zip) {
        unpackZip(Buffer.from(zip, 'base64'), dir);
      } else if (edit && typeof edit === 'object') {
        const k = knowledge();
        const current = k.current();
        if (!current) throw new AdminHttpError(409, '当前版本指针无法读取');
        const path = editablePath(k.dirOf(current.version), edit.path);
        if (typeof edit.text !== 'string') throw new AdminHttpError(400, 'edit.text 应为文字', { field: 'edit.text' });
        if (Buffer.byteLength(edit.text) > maxUpload) throw new AdminHttpError(413, '文件过大');
        cpSync(k.dirOf(current.version), dir, { recursive: true });
        writeFileSync(join(dir, path), edit.text);
      } else throw new AdminHttpError(400, '请上传 zip 压缩包或修改一个文件', { field: 'zip' });
      return dir;
    } catch (e) {
      rmSync(dir, { recursive: true, force: true });
      if (e instanceof ZipError) throw new AdminHttpError(400, e.message, { field: 'zip' });
      throw e;
    }
  }

  /** A YAML file of the current version, named relative to it; nothing outside it. */
  function editablePath(root: string, input: unknown): string {
    if (typeof input !== 'string' || !/\.ya?ml$/.test(input)) throw new AdminHttpError(400, '只能修改知识库中的 YAML 文件', { field: 'edit.path' });
    const rel = normalize(input).replace(/\\/g, '/');
    if (rel.startsWith('..') || rel.startsWith('/') || rel.split('/').some((s) => s.startsWith('.'))) throw new AdminHttpError(400, `不能修改 ${input}`, { field: 'edit.path' });
    const path = join(root, rel);
    if (!existsSync(path) || !statSync(path).isFile()) throw new AdminHttpError(404, `当前版本中没有 ${input}`, { field: 'edit.path' });
    return rel;
  }

  function yamlFiles(root: string): string[] {
    const out: string[] = [];
    const walk = (rel: string) => {
      for (const name of readdirSync(join(root, rel)).sort()) {
        if (name.startsWith('.')) continue;
        const p = rel ? `${rel}/${name}` : name;
        if (statSync(join(root, p)).isDirectory()) walk(p);
        else if (/\.ya?ml$/.test(name)) out.push(p);
      }
    };
    walk('');
    return out.sort((a, b) => Number(b.startsWith('measures/')) - Number(a.startsWith('measures/')) || a.localeCompare(b));
  }

  /** Maps a refusal of the version store to a status: stale review, nothing to do, unknown or damaged version. */
  function refusal(e: unknown): AdminHttpError | null {
    const err = e as { name?: string; code?: string; message?: string; issues?: AdminIssue[] };
    if (err?.name === 'VersionError') {
      const status = err.code === 'unknown_version' ? 404 : err.code === 'bad_input' || err.code === 'ambiguous_version' ? 400 : 409;
      return new AdminHttpError(status, String(err.message).replace(/^knowledge: /, ''), { code: err.code });
    }
    if (err?.name === 'KnowledgeError' && Array.isArray(err.issues)) return new AdminHttpError(422, '该版本无法通过检查', { issues: err.issues });
    return null;
  }

  function days(url: URL): 7 | 30 {
    const d = url.searchParams.get('days') ?? '7';
    if (d !== '7' && d !== '30') throw new AdminHttpError(400, 'days 只能是 7 或 30', { field: 'days' });
    return Number(d) as 7 | 30;
  }

  async function route(req: IncomingMessage, res: ServerResponse, url: URL) {
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const asset = files.get(path);
    if (asset) {
      if (method !== 'GET' && method !== 'HEAD') throw new AdminHttpError(405, '请用 GET');
      return send(res, 200, asset.body, asset.type, { 'cache-control': 'no-cache' });
    }
    if (path === '/admin/login') {
      if (method !== 'POST') throw new AdminHttpError(405, '请用 POST');
      sameOrigin(req);
      const who = req.socket.remoteAddress ?? '';
      const f = failures.get(who);
      if (f && now() - f.since < LOGIN_WINDOW_MS && f.count >= LOGIN_FAILURES_ALLOWED) throw new AdminHttpError(429, '登录失败次数过多，请 10 分钟后再试');
      const body = await readJson(req, 4096);
      const token = text(body, 'token', 1000, true)!;
      const name = text(body, 'name', 40, true)!.trim();
      if (!name) throw new AdminHttpError(400, '请填写姓名', { field: 'name' });
      if (!sameSecret(token, options.token)) {
        const g = f && now() - f.since < LOGIN_WINDOW_MS ? f : { count: 0, since: now() };
        g.count++;
        failures.set(who, g);
        log(`admin: failed login from ${who}`);
        throw new AdminHttpError(401, '口令不正确');
      }
      failures.delete(who);
      for (const [id, s] of sessions) if (s.expires < now()) sessions.delete(id);
      const id = randomBytes(32).toString('base64url');
      const csrf = randomBytes(32).toString('base64url');
      sessions.set(id, { csrf, name, expires: now() + ttl });
      log(`admin: ${name} logged in from ${who}`);
      return sendJson(res, 200, { name, csrf }, {
        'set-cookie': `${COOKIE}=${id}; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=${Math.floor(ttl / 1000)}${secure(req) ? '; Secure' : ''}`,
      });
    }
    if (path === '/admin/logout') {
      if (method !== 'POST') throw new AdminHttpError(405, '请用 POST');
      caller(req, true);
      const id = cookieOf(req, COOKIE);
      if (id) sessions.delete(id);
      return sendJson(res, 200, { ok: true }, { 'set-cookie': `${COOKIE}=; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=0` });
    }
    if (!path.startsWith('/admin/api/')) throw new AdminHttpError(404, `没有这个页面：${path}`);
    const api = path.slice('/admin/api/'.length);
    const isGet = method === 'GET' || method === 'HEAD';
    const gets = ['session', 'overview', 'history', 'file', 'questions', 'questions.csv'];
    const posts = ['preview', 'publish', 'rollback'];
    if (!gets.includes(api) && !posts.includes(api)) throw new AdminHttpError(404, `没有这个接口：${path}`);
    if (gets.includes(api) !== isGet) throw new AdminHttpError(405, gets.includes(api) ? '请用 GET' : '请用 POST');
    const who = caller(req, !isGet);

    switch (api) {
      case 'session': {
        const s = sessionOf(req);
        return sendJson(res, 200, { name: who.name, csrf: s?.csrf ?? null });
      }
      case 'overview': {
        const k = options.knowledge;
        const current = k?.current() ?? null;
        return sendJson(res, 200, {
          serving: options.status(),
          versions: Boolean(k),
          current: current?.version ?? null,
          files: k && current ? yamlFiles(k.dirOf(current.version)) : [],
          questionLog: Boolean(options.questions),
        });
      }
      case 'history':
        return sendJson(res, 200, { history: await knowledge().history() });
      case 'file': {
        const k = knowledge();
        const current = k.current();
        if (!current) throw new AdminHttpError(409, '当前版本指针无法读取');
        const rel = editablePath(k.dirOf(current.version), url.searchParams.get('path'));
        return sendJson(res, 200, { path: rel, version: current.version, text: readFileSync(join(k.dirOf(current.version), rel), 'utf8') });
      }
      case 'questions': {
        if (!options.questions) return sendJson(res, 200, { enabled: false });
        return sendJson(res, 200, { enabled: true, ...options.questions.summary(days(url)) });
      }
      case 'questions.csv': {
        if (!options.questions) throw new AdminHttpError(409, '问题记录已关闭（QUESTION_LOG=off）');
        const d = days(url);
        return send(res, 200, questionsCsv(options.questions.list(d)), 'text/csv; charset=utf-8', {
          'content-disposition': `attachment; filename="unanswered-${d}d.csv"`,
        });
      }
      case 'preview': {
        const k = knowledge();
        const body = await readJson(req, Math.ceil((maxUpload * 4) / 3) + 64 * 1024);
        const dir = candidate(body);
        try {
          return sendJson(res, 200, k.preview(dir));
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
      case 'publish': {
        const k = knowledge();
        const body = await readJson(req, Math.ceil((maxUpload * 4) / 3) + 64 * 1024);
        const note = text(body, 'note', 500);
        const base = text(body, 'base', 16);
        const dir = candidate(body);
        try {
          const by = who.bearer ? text(body, 'by', 40) ?? who.name : who.name;
          const result = await k.publish(dir, { by, note, ...(base ? { base } : {}) });
          if (!result.ok) return sendJson(res, 422, { ok: false, issues: result.issues });
          log(`admin: ${by} published version ${result.version}`);
          return sendJson(res, 200, { ok: true, version: result.version, entry: result.entry });
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
      case 'rollback': {
        const k = knowledge();
        const body = await readJson(req, 8192);
        const version = text(body, 'version', 16, true)!;
        const note = text(body, 'note', 500);
        const base = text(body, 'base', 16);
        const by = who.bearer ? text(body, 'by', 40) ?? who.name : who.name;
        const entry = await k.rollback(version, { by, note, ...(base ? { base } : {}) });
        log(`admin: ${by} rolled back to version ${entry.version}`);
        return sendJson(res, 200, { ok: true, entry });
      }
    }
  }

  return {
    async handle(req, res, url) {
      try {
        await route(req, res, url);
      } catch (e) {
        const known = e instanceof AdminHttpError ? e : refusal(e);
        if (known) {
          if (known.status === 413) res.setHeader('connection', 'close');
          return sendJson(res, known.status, { error: known.message, ...known.extra });
        }
        throw e;
      }
    },
  };
}

