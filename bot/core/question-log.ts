/**
 * The questions the assistant could not answer, kept for bureau staff so they
 * learn which words and items to add: the message text, its kind and what was
 * refused or abandoned, with the time — never a session id or any other
 * state of the conversation. SQLite under DATA_DIR, or memory; rows older
 * than the retention are deleted.
 */
import type Database from 'better-sqlite3';
import { openCheckedDatabase } from '../../knowledge/sqlite.ts';
import type { UnansweredEvent } from './types.ts';

export type UnansweredKind = UnansweredEvent['kind'];
export const unansweredKinds: readonly UnansweredKind[] = ['out_of_scope', 'no_topic', 'abandoned_question', 'refused_figure', 'not_in_text'];

export interface LoggedQuestion {
  /** ISO time. */
  at: string;
  kind: UnansweredKind;
  text: string;
  detail: string | null;
}

/** Questions that read the same once normalised, with the newest wording first. */
export interface QuestionGroup {
  kind: UnansweredKind;
  /** The normalised text the group is keyed by. */
  key: string;
  count: number;
  /** ISO time of the newest. */
  last: string;
  /** Up to three different wordings, newest first. */
  examples: string[];
}

export interface QuestionSummary {
  days: number;
  /** ISO time the period starts. */
  since: string;
  total: number;
  byKind: { kind: UnansweredKind; count: number }[];
  /** The most frequent groups first. */
  groups: QuestionGroup[];
  newest: LoggedQuestion[];
}

export interface QuestionLog {
  /** Keeps one unanswered question (text only). Never throws into a turn. */
  record(event: UnansweredEvent): void;
  summary(days: number, options?: { groups?: number; newest?: number }): QuestionSummary;
  /** Every question of the last `days` days, newest first (for CSV). */
  list(days: number): LoggedQuestion[];
  /** Damage found when the log was opened (and moved aside), by name; null when sound. */
  readonly problem: string | null;
  close(): void;
}

export interface QuestionLogOptions {
  now?: () => Date;
  /** Questions older than this are deleted (default 90 days). */
  retentionDays?: number;
  /** Longest text kept, in characters. */
  maxChars?: number;
  /** Told when questions recorded could not be written (the turn that recorded them has been answered already). */
  onError?: (e: unknown) => void;
}

const DAY_MS = 24 * 60 * 60 * 1000;
export const QUESTION_RETENTION_DAYS = 90;

/**
 * The key questions are grouped by: width and case folded (NFKC), spaces and
 * punctuation dropped, each run of digits one #, so 签了5万美元 and 签了 3 万美元？ meet.
 */
export function normaliseQuestion(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .replace(/\d+(?:\.\d+)?/g, '#');
}

function clean(event: UnansweredEvent, maxChars: number): { kind: UnansweredKind; text: string; detail: string | null } | null {
  if (!unansweredKinds.includes(event.kind)) return null;
  const text = String(event.text ?? '').trim().slice(0, maxChars);
  if (!text) return null;
  const detail = event.detail === undefined ? null : String(event.detail).slice(0, 200);
  return { kind: event.kind, text, detail };
}

interface Row extends LoggedQuestion {
  key: string;
}

function summarise(rows: Row[], days: number, since: string, options: { groups?: number; newest?: number }): QuestionSummary {
  const byKind = new Map<UnansweredKind, number>(unansweredKinds.map((k) => [k, 0]));
  const groups = new Map<string, QuestionGroup>();
  for (const r of rows) {
    byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
    const id = `${r.kind}\u0000${r.key}`;
    const g = groups.get(id) ?? { kind: r.kind, key: r.key, count: 0, last: r.at, examples: [] };
    g.count++;
    if (r.at > g.last) g.last = r.at;
    if (g.examples.length < 3 && !g.examples.includes(r.text)) g.examples.push(r.text);
    groups.set(id, g);
  }
  return {
    days,
    since,
    total: rows.length,
    byKind: [...byKind].map(([kind, count]) => ({ kind, count })),
    groups: [...groups.values()].sort((a, b) => b.count - a.count || b.last.localeCompare(a.last)).slice(0, options.groups ?? 50),
    newest: rows.slice(0, options.newest ?? 20).map(({ at, kind, text, detail }) => ({ at, kind, text, detail })),
  };
}

export function createMemoryQuestionLog(options: QuestionLogOptions = {}): QuestionLog {
  const now = options.now ?? (() => new Date());
  const maxChars = options.maxChars ?? 500;
  const rows: Row[] = [];
  const recent = (days: number) => {
    const since = new Date(now().getTime() - days * DAY_MS).toISOString();
    return { since, rows: rows.filter((r) => r.at >= since).reverse().sort((a, b) => b.at.localeCompare(a.at)) };
  };
  return {
    record(event) {
      const c = clean(event, maxChars);
      if (c) rows.push({ ...c, at: now().toISOString(), key: normaliseQuestion(c.text) });
    },
    summary(days, o = {}) {
      const r = recent(days);
      return summarise(r.rows, days, r.since, o);
    },
    list: (days) => recent(days).rows.map(({ at, kind, text, detail }) => ({ at, kind, text, detail })),
    problem: null,
    close: () => void rows.splice(0),
  };
}

/** The question log in a SQLite file (DATA_DIR/questions.sqlite); a damaged file is moved aside at open. */
export function createSqliteQuestionLog(path: string, options: QuestionLogOptions = {}): QuestionLog {
  const now = options.now ?? (() => new Date());
  const maxChars = options.maxChars ?? 500;
  const retention = (options.retentionDays ?? QUESTION_RETENTION_DAYS) * DAY_MS;
  const { db, problem }: { db: Database.Database; problem: string | null } = openCheckedDatabase(path);
  db.pragma('synchronous = NORMAL');
  db.exec(`CREATE TABLE IF NOT EXISTS questions (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    detail TEXT,
    key TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS questions_at ON questions (at)`);
  const insert = db.prepare('INSERT INTO questions (at, kind, text, detail, key) VALUES (?, ?, ?, ?, ?)');
  const since = db.prepare<[string], Row>('SELECT at, kind, text, detail, key FROM questions WHERE at >= ? ORDER BY at DESC, id DESC');
  const prune = db.prepare('DELETE FROM questions WHERE at < ?');
  const sweep = () => prune.run(new Date(now().getTime() - retention).toISOString());
  sweep();
  let writes = 0;
  /**
   * Questions recorded in this turn of the event loop, written together in
   * one transaction when it ends: a commit each cost a busy server a tenth
   * of its time. Read and close write them first.
   */
  let queued: [string, string, string, string | null, string][] = [];
  const insertAll = db.transaction((rows: typeof queued) => {
    for (const r of rows) insert.run(...r);
  });
  const flush = () => {
    const rows = queued;
    queued = [];
    if (rows.length === 0 || !db.open) return;
    try {
      insertAll(rows);
    } catch (e) {
      options.onError?.(e);
      return;
    }
    if (Math.floor((writes + rows.length) / 1000) > Math.floor(writes / 1000)) sweep();
    writes += rows.length;
  };
  const recent = (days: number) => {
    flush();
    const from = new Date(now().getTime() - days * DAY_MS).toISOString();
    return { since: from, rows: since.all(from).filter((r) => unansweredKinds.includes(r.kind)) };
  };
  return {
    record(event) {
      const c = clean(event, maxChars);
      if (!c) return;
      if (queued.length === 0) setImmediate(flush);
      queued.push([now().toISOString(), c.kind, c.text, c.detail, normaliseQuestion(c.text)]);
    },
    summary(days, o = {}) {
      const r = recent(days);
      return summarise(r.rows, days, r.since, o);
    },
    list: (days) => recent(days).rows.map(({ at, kind, text, detail }) => ({ at, kind, text, detail })),
    problem,
    close: () => {
      flush();
      db.close();
    },
  };
}
