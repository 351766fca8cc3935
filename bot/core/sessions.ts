/**
 * Conversation sessions keyed by sessionId, expiring after inactivity: in
 * SQLite under DATA_DIR (better-sqlite3), or in memory for tests and the CLI.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { StatedFacts } from './understand.ts';

export interface SessionState {
  facts: StatedFacts;
  /** The benefits and checks the conversation is about. */
  focus: { benefits: string[]; checks: string[] };
  /** The fact the assistant asked for last, filled by a bare answer. */
  pending: string | null;
  /** Facts the user said they do not know: not asked again. */
  skipped: string[];
  /** Facts the focus still needed after the last turn. */
  missing: string[];
}

export interface SessionStore {
  load(id: string): SessionState | undefined;
  save(id: string, state: SessionState): void;
  delete(id: string): void;
  close(): void;
}

export function emptySession(): SessionState {
  return { facts: {}, focus: { benefits: [], checks: [] }, pending: null, skipped: [], missing: [] };
}

export interface SessionStoreOptions {
  /** Inactivity after which a session is forgotten. */
  ttlMs: number;
  now?: () => number;
}

export function createMemorySessionStore(options: SessionStoreOptions): SessionStore {
  const now = options.now ?? Date.now;
  const map = new Map<string, { state: string; at: number }>();
  return {
    load(id) {
      const row = map.get(id);
      if (!row) return undefined;
      if (now() - row.at > options.ttlMs) {
        map.delete(id);
        return undefined;
      }
      return JSON.parse(row.state) as SessionState;
    },
    save(id, state) {
      map.set(id, { state: JSON.stringify(state), at: now() });
      if (map.size % 1000 === 0) for (const [k, v] of map) if (now() - v.at > options.ttlMs) map.delete(k);
    },
    delete: (id) => void map.delete(id),
    close: () => map.clear(),
  };
}

/** Sessions in a SQLite file (WAL mode); expired rows are swept every few hundred writes. */
export function createSqliteSessionStore(path: string, options: SessionStoreOptions): SessionStore {
  const now = options.now ?? Date.now;
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    updated_at INTEGER NOT NULL
  )`);
  const get = db.prepare<[string], { state: string; updated_at: number }>('SELECT state, updated_at FROM sessions WHERE id = ?');
  const put = db.prepare('INSERT INTO sessions (id, state, updated_at) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at');
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
      return JSON.parse(row.state) as SessionState;
    },
    save(id, state) {
      put.run(id, JSON.stringify(state), now());
      if (++writes % 500 === 0) sweep.run(now() - options.ttlMs);
    },
    delete: (id) => void del.run(id),
    close: () => db.close(),
  };
}
