/**
 * The audit log of the knowledge base: every publish and rollback (and the
 * bundled knowledge base a release brings), with who, when, the note and
 * what changed. A small storage interface, so that PostgreSQL can take the
 * place of the SQLite file when several processes serve; `exclusive` is the
 * writers' lock (BEGIN IMMEDIATE here, an advisory lock there).
 */
import Database from 'better-sqlite3';
import { openCheckedDatabase } from './sqlite.ts';

export type VersionAction = 'bundled' | 'publish' | 'rollback';

export interface AuditRecord {
  version: string;
  action: VersionAction;
  by: string;
  /** ISO time. */
  at: string;
  note: string | null;
  /** One line of what changed, from the readable diff. */
  summary: string;
  /** The readable diff, line by line. */
  details: string[];
  /**
   * Whether this entry made its version the current one. A release's new
   * bundled knowledge base is recorded without, when staff have published.
   */
  madeCurrent: boolean;
}

export interface AuditEntry extends AuditRecord {
  seq: number;
}

export interface AuditReader {
  /** Every entry, newest first. */
  entries(): Promise<AuditEntry[]>;
  /** The newest entry that made its version current: what should be serving. */
  latestCurrent(): Promise<AuditEntry | null>;
}

export interface AuditWriter extends AuditReader {
  append(record: AuditRecord): Promise<AuditEntry>;
}

export interface AuditLog extends AuditReader {
  /**
   * Runs `fn` alone among all writers of this log, in every process; what it
   * appends is kept only if it returns. Publishes and rollbacks run inside.
   */
  exclusive<T>(fn: (log: AuditWriter) => Promise<T>): Promise<T>;
  /** Damage found when the log was opened (and moved aside), by name; null when sound. */
  readonly problem: string | null;
  close(): void;
}

export class AuditError extends Error {
  constructor(message: string) {
    super(`audit: ${message}`);
    this.name = 'AuditError';
  }
}

/** How long a writer waits for another process's publish before giving up. */
export const AUDIT_LOCK_WAIT_MS = 120_000;

/** A queue that runs one async task at a time in this process. */
function createMutex() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>): Promise<T> => {
    const run = tail.then(fn, fn);
    tail = run.catch(() => undefined);
    return run;
  };
}

export function createMemoryAuditLog(): AuditLog {
  const rows: AuditEntry[] = [];
  const locked = createMutex();
  const reader: AuditReader = {
    entries: async () => [...rows].reverse(),
    latestCurrent: async () => [...rows].reverse().find((r) => r.madeCurrent) ?? null,
  };
  return {
    ...reader,
    problem: null,
    exclusive: (fn) =>
      locked(async () => {
        const staged: AuditEntry[] = [];
        const writer: AuditWriter = {
          entries: async () => [...rows, ...staged].reverse(),
          latestCurrent: async () => [...rows, ...staged].reverse().find((r) => r.madeCurrent) ?? null,
          append: async (r) => {
            const entry = { ...r, seq: rows.length + staged.length + 1 };
            staged.push(entry);
            return entry;
          },
        };
        const result = await fn(writer);
        rows.push(...staged);
        return result;
      }),
    close: () => {},
  };
}

interface Row {
  seq: number;
  version: string;
  action: VersionAction;
  by_name: string;
  at: string;
  note: string | null;
  summary: string;
  details: string;
  made_current: number;
}

const toEntry = (r: Row): AuditEntry => ({
  seq: r.seq,
  version: r.version,
  action: r.action,
  by: r.by_name,
  at: r.at,
  note: r.note,
  summary: r.summary,
  details: (() => {
    try {
      const d = JSON.parse(r.details) as unknown;
      return Array.isArray(d) ? d.map(String) : [];
    } catch {
      return [];
    }
  })(),
  madeCurrent: r.made_current === 1,
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The audit log in a SQLite file (DATA_DIR/knowledge/audit.sqlite); a damaged file is moved aside at open. */
export function openSqliteAuditLog(path: string): AuditLog {
  const { db, problem } = openCheckedDatabase(path);
  db.exec(`CREATE TABLE IF NOT EXISTS audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    version TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('bundled', 'publish', 'rollback')),
    by_name TEXT NOT NULL,
    at TEXT NOT NULL,
    note TEXT,
    summary TEXT NOT NULL,
    details TEXT NOT NULL,
    made_current INTEGER NOT NULL DEFAULT 1
  )`);
  const all = db.prepare<[], Row>('SELECT * FROM audit ORDER BY seq DESC');
  const current = db.prepare<[], Row>('SELECT * FROM audit WHERE made_current = 1 ORDER BY seq DESC LIMIT 1');
  const insert = db.prepare<[string, string, string, string, string | null, string, string, number], Row>(
    'INSERT INTO audit (version, action, by_name, at, note, summary, details, made_current) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING *',
  );
  const reader: AuditReader = {
    entries: async () => all.all().map(toEntry),
    latestCurrent: async () => {
      const r = current.get();
      return r ? toEntry(r) : null;
    },
  };
  const locked = createMutex();

  /** BEGIN IMMEDIATE takes the database's write lock; another process holding it means wait, without blocking the event loop. */
  async function begin(db: Database.Database) {
    const until = Date.now() + AUDIT_LOCK_WAIT_MS;
    for (;;) {
      try {
        db.exec('BEGIN IMMEDIATE');
        return;
      } catch (e) {
        if (!/SQLITE_BUSY|SQLITE_LOCKED/.test(String((e as { code?: unknown }).code))) throw e;
        if (Date.now() > until) throw new AuditError(`${path} stayed locked by another publish for ${AUDIT_LOCK_WAIT_MS / 1000} s; try again`);
        await sleep(20 + Math.random() * 30);
      }
    }
  }

  return {
    // Outside a publish, reads wait for one in this process so they never see its uncommitted rows.
    entries: () => locked(reader.entries),
    latestCurrent: () => locked(reader.latestCurrent),
    problem,
    exclusive: (fn) =>
      locked(async () => {
        await begin(db);
        try {
          const writer: AuditWriter = {
            ...reader,
            append: async (r) =>
              toEntry(insert.get(r.version, r.action, r.by, r.at, r.note, r.summary, JSON.stringify(r.details), r.madeCurrent ? 1 : 0)!),
          };
          const result = await fn(writer);
          db.exec('COMMIT');
          return result;
        } catch (e) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw e;
        }
      }),
    close: () => db.close(),
  };
}
