/**
 * Where conversation state is kept between turns: in SQLite under DATA_DIR
 * (better-sqlite3) or in memory (tests, the CLI). The store knows nothing of
 * what a state holds: it keeps JSON with a version number, and a save
 * succeeds only against the version that was loaded (compare-and-swap), so
 * two turns at once on one session never lose an update, even across
 * processes. The core validates what it loads.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/** A stored state and the version it was saved as. */
export interface StoredSession {
  state: unknown;
  version: number;
}

export interface SessionStore {
  /** The state of a session, or undefined when there is none (never issued, expired, or unreadable). */
  load(id: string): StoredSession | undefined;
  /**
   * Saves `state` if the stored version is still `expected` (undefined: the
   * session must not exist yet). Returns the new version, or null when another
   * turn saved first: reload and redo the turn.
   */
  save(id: string, state: unknown, expected: number | undefined): number | null;
  delete(id: string): void;
  close(): void;
}

/** A new session id: 128 random bits, base64url (22 characters). */
export function newSessionId(): string {
  return randomBytes(16).toString('base64url');
}

export interface SessionStoreOptions {
  /** Inactivity after which a session is forgotten. */
  ttlMs: number;
  now?: () => number;
}

export function createMemorySessionStore(options: SessionStoreOptions): SessionStore {
  const now = options.now ?? Date.now;
  const rows = new Map<string, { json: string; version: number; at: number }>();
  let writes = 0;
  const live = (id: string) => {
    const row = rows.get(id);
    if (row && now() - row.at > options.ttlMs) {
      rows.delete(id);
      return undefined;
    }
    return row;
  };
  return {
    load(id) {
      const row = live(id);
      if (!row) return undefined;
      try {
        return { state: JSON.parse(row.json), version: row.version };
      } catch {
        rows.delete(id);
        return undefined;
      }
    },
    save(id, state, expected) {
      const row = live(id);
      if ((row?.version ?? undefined) !== expected) return null;
      const version = (expected ?? 0) + 1;
      rows.set(id, { json: JSON.stringify(state), version, at: now() });
      if (++writes % 1000 === 0) for (const [k, v] of rows) if (now() - v.at > options.ttlMs) rows.delete(k);
      return version;
    },
    delete: (id) => void rows.delete(id),
    close: () => rows.clear(),
  };
}

/** Sessions in a SQLite file (WAL mode); expired rows are swept every few hundred writes. */
export function createSqliteSessionStore(path: string, options: SessionStoreOptions): SessionStore {
  const now = options.now ?? Date.now;
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const columns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('sessions')").all().map((c) => c.name);
  // A table from before versioned saves holds only conversation state: start it afresh.
  if (columns.length > 0 && !columns.includes('version')) db.exec('DROP TABLE sessions');
  db.exec(`CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    version INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  )`);
  const get = db.prepare<[string], { state: string; version: number; updated_at: number }>('SELECT state, version, updated_at FROM sessions WHERE id = ?');
  const insert = db.prepare('INSERT INTO sessions (id, state, version, updated_at) VALUES (?, ?, 1, ?) ON CONFLICT(id) DO NOTHING');
  const update = db.prepare('UPDATE sessions SET state = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?');
  const del = db.prepare('DELETE FROM sessions WHERE id = ?');
  const sweep = db.prepare('DELETE FROM sessions WHERE updated_at < ?');
  let writes = 0;
  return {
    load(id) {
      const row = get.get(id);
      if (!row) return undefined;
      if (now() - row.updated_at > options.ttlMs) {
        del.run(id);
        return undefined;
      }
      try {
        return { state: JSON.parse(row.state), version: row.version };
      } catch {
        // An unreadable row is an expired session, not a user stuck on errors.
        del.run(id);
        return undefined;
      }
    },
    save(id, state, expected) {
      const json = JSON.stringify(state);
      const at = now();
      let version: number | null;
      if (expected === undefined) {
        // An expired row still in the table is replaced, as if it were gone.
        const row = get.get(id);
        if (row && at - row.updated_at > options.ttlMs) del.run(id);
        version = insert.run(id, json, at).changes === 1 ? 1 : null;
      } else {
        version = update.run(json, at, id, expected).changes === 1 ? expected + 1 : null;
      }
      if (++writes % 500 === 0) sweep.run(at - options.ttlMs);
      return version;
    },
    delete: (id) => void del.run(id),
    close: () => db.close(),
  };
}
