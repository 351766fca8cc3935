/**
 * Where conversation state is kept between turns: in SQLite under DATA_DIR
 * (better-sqlite3) or in memory (tests, the CLI). The store knows nothing of
 * what a state holds: it keeps JSON with a version number, and a save
 * succeeds only against the version that was loaded (compare-and-swap), so
 * two turns at once on one session never lose an update, even across
 * processes. The core validates what it loads.
 *
 * Sessions are conversation state, not records: losing them is acceptable,
 * refusing service is not. A damaged database is moved aside under a dated
 * name and a fresh one started, at open and at run time alike; the store is
 * bounded (expired rows swept in small batches, a cap with the oldest dropped
 * first).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
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
  /**
   * Saves the first state of a session whose id was issued for this turn
   * (as `save` with no version), resolving once it is stored: new sessions
   * that arrive together are written in one transaction. Resolves 1, or null
   * when the id is taken.
   */
  create(id: string, state: unknown): Promise<number | null>;
  delete(id: string): void;
  close(): void;
}

/** Random bytes drawn in blocks: one system call serves 256 session ids. */
let idPool = Buffer.alloc(0);
let idOffset = 0;

/**
 * A new session id: the time it was issued in base36 (8 characters, in
 * order), then 128 random bits in base64url (22 characters). The random part
 * is what cannot be guessed; the time in front makes ids issued together
 * neighbours in the database's index, so a busy server's new sessions are
 * appended to a few pages instead of rewriting a random page each (half the
 * cost of saving one).
 */
export function newSessionId(): string {
  if (idOffset + 16 > idPool.length) {
    idPool = randomBytes(16 * 256);
    idOffset = 0;
  }
  const id = Date.now().toString(36).padStart(8, '0') + idPool.subarray(idOffset, idOffset + 16).toString('base64url');
  idOffset += 16;
  return id;
}

/** The session database cannot be used; the message names the file and says what to do. */
export class SessionStoreError extends Error {
  constructor(readonly file: string, message: string, options?: ErrorOptions) {
    super(`sessions: ${message}`, options);
    this.name = 'SessionStoreError';
  }
}

export interface SessionStoreOptions {
  /** Inactivity after which a session is forgotten. */
  ttlMs: number;
  now?: () => number;
  /** Most sessions kept; beyond it the least recently saved are dropped first. */
  maxSessions?: number;
  /** Saves between two sweeps of expired rows (and rows over the cap). */
  sweepEvery?: number;
  /** Rows one save deletes at most while a sweep is under way: no long pause. */
  sweepBatch?: number;
  /** Where damage and recovery are reported (default: standard error). */
  log?: (message: string) => void;
}

export const SESSION_DEFAULTS = { maxSessions: 100_000, sweepEvery: 256, sweepBatch: 256 };

export function createMemorySessionStore(options: SessionStoreOptions): SessionStore {
  const now = options.now ?? Date.now;
  const { maxSessions, sweepEvery } = { ...SESSION_DEFAULTS, ...options };
  // A Map keeps insertion order; a save re-inserts, so the first entries are the least recently saved.
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
  const store: SessionStore = {
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
      rows.delete(id);
      rows.set(id, { json: JSON.stringify(state), version, at: now() });
      if (++writes % sweepEvery === 0) {
        for (const [k, v] of rows) {
          if (now() - v.at <= options.ttlMs) break;
          rows.delete(k);
        }
      }
      for (const k of rows.keys()) {
        if (rows.size <= maxSessions) break;
        rows.delete(k);
      }
      return version;
    },
    create: (id, state) => Promise.resolve(store.save(id, state, undefined)),
    delete: (id) => void rows.delete(id),
    close: () => rows.clear(),
  };
  return store;
}

/** SQLite result codes after which the file is moved aside and a fresh one started. */
const DAMAGE = /^SQLITE_(CORRUPT|NOTADB|IOERR)/;
/** Small pages: a save rewrites a few pages, and 1 KiB pages write a quarter of 4 KiB ones. */
const PAGE_SIZE = 1024;
/** WAL size (bytes) between checkpoints: pages saved many times are copied to the database once. */
const CHECKPOINT_BYTES = 8 * 1024 * 1024;
/** Moving aside again within this time is refused: a disk that keeps failing must not fill itself with copies. */
const RECOVERY_INTERVAL_MS = 30_000;

const sqliteCode = (e: unknown): string => (e instanceof Database.SqliteError ? e.code : '');
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
const who = () => (process.getuid ? `uid ${process.getuid()}` : 'the server');

/** What to do about an error that moving the file aside does not mend. */
function advice(path: string, e: unknown): SessionStoreError {
  const code = sqliteCode(e);
  if (code.startsWith('SQLITE_READONLY')) {
    return new SessionStoreError(path, `${path} is read-only (${errorText(e)}); make the file and its folder writable by the user running the server (${who()})`, { cause: e });
  }
  if (code.startsWith('SQLITE_CANTOPEN')) {
    return new SessionStoreError(path, `cannot open ${path} (${errorText(e)}); check that its folder exists and is writable by the user running the server (${who()})`, { cause: e });
  }
  if (code === 'SQLITE_FULL') return new SessionStoreError(path, `the disk holding ${path} is full (${errorText(e)}); free some space`, { cause: e });
  return new SessionStoreError(path, `${path}: ${errorText(e)}${code ? ` (${code})` : ''}`, { cause: e });
}

interface Connection {
  db: Database.Database;
  get: Database.Statement<[string], { state: unknown; version: unknown; updated_at: number }>;
  insert: Database.Statement<[string, string, number, number]>;
  update: Database.Statement<[string, number, string, number]>;
  del: Database.Statement<[string]>;
  sweepExpired: Database.Statement<[number, number]>;
  dropOldest: Database.Statement<[number]>;
  count: Database.Statement<[], { n: number }>;
}

/** Opens the database and checks it; throws the SQLite error when it is damaged. */
function connect(path: string): Connection {
  const db = new Database(path);
  try {
    const empty = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM sqlite_schema").get()!.n === 0;
    if (empty) db.pragma(`page_size = ${PAGE_SIZE}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.pragma(`wal_autocheckpoint = ${Math.max(1000, Math.floor(CHECKPOINT_BYTES / pageSize))}`);
    db.pragma(`journal_size_limit = ${2 * CHECKPOINT_BYTES}`);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Database.SqliteError(`quick_check: ${String(check)}`, 'SQLITE_CORRUPT');
    const columns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('sessions')").all().map((c) => c.name);
    // A table from before versioned saves holds only conversation state: start it afresh.
    if (columns.length > 0 && !columns.includes('version')) db.exec('DROP TABLE sessions');
    db.exec(`CREATE TABLE IF NOT EXISTS sessions (
      id TEXT PRIMARY KEY,
      state TEXT NOT NULL,
      version INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    )`);
    db.exec('CREATE INDEX IF NOT EXISTS sessions_updated_at ON sessions (updated_at)');
    return {
      db,
      get: db.prepare('SELECT state, version, updated_at FROM sessions WHERE id = ?'),
      // A new session; an expired row under the same id is replaced, as if it were gone, and a live one is left alone.
      insert: db.prepare(`INSERT INTO sessions (id, state, version, updated_at) VALUES (?, ?, 1, ?)
        ON CONFLICT(id) DO UPDATE SET state = excluded.state, version = 1, updated_at = excluded.updated_at WHERE sessions.updated_at < ?`),
      update: db.prepare('UPDATE sessions SET state = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?'),
      del: db.prepare('DELETE FROM sessions WHERE id = ?'),
      sweepExpired: db.prepare('DELETE FROM sessions WHERE rowid IN (SELECT rowid FROM sessions WHERE updated_at < ? ORDER BY updated_at LIMIT ?)'),
      dropOldest: db.prepare('DELETE FROM sessions WHERE rowid IN (SELECT rowid FROM sessions ORDER BY updated_at LIMIT ?)'),
      count: db.prepare('SELECT count(*) AS n FROM sessions'),
    };
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * Sessions in a SQLite file (WAL mode). Checked at open (`PRAGMA quick_check`);
 * a damaged file, at open or at run time (SQLITE_CORRUPT, SQLITE_NOTADB,
 * SQLITE_IOERR), is moved aside as `sessions.sqlite.damaged-<date>` and a
 * fresh one started, logged naming the file. Faults that moving aside does
 * not mend (a folder in its place, a read-only folder, a full disk) throw a
 * SessionStoreError that names the file and says what to do.
 */
export function createSqliteSessionStore(path: string, options: SessionStoreOptions): SessionStore {
  const now = options.now ?? Date.now;
  const log = options.log ?? ((m: string) => console.error(m));
  const { maxSessions, sweepEvery, sweepBatch } = { ...SESSION_DEFAULTS, ...options };
  const onDisk = path !== ':memory:';
  if (onDisk) {
    const folder = dirname(path);
    if (existsSync(folder) && !statSync(folder).isDirectory()) {
      throw new SessionStoreError(path, `${folder} is a file, not a folder, so ${path} cannot be created in it; point DATA_DIR at a folder, or move the file away`);
    }
    try {
      mkdirSync(folder, { recursive: true });
    } catch (e) {
      throw new SessionStoreError(path, `cannot create the folder of ${path} (${errorText(e)}); check that DATA_DIR is a folder the user running the server (${who()}) may write`, { cause: e });
    }
    if (existsSync(path) && !statSync(path).isFile()) {
      throw new SessionStoreError(path, `${path} is a folder, not a database file; move it away (sessions are conversation state: a fresh database is created in its place)`);
    }
  }
  let lastRecovery = -Infinity;

  /** Moves the damaged file (and its WAL and shared-memory files) aside under a dated name. */
  function moveAside(reason: string): void {
    const aside = `${path}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    for (const suffix of ['', '-wal', '-shm']) {
      if (!existsSync(path + suffix)) continue;
      try {
        renameSync(path + suffix, aside + suffix);
      } catch (e) {
        throw new SessionStoreError(path, `${path} is damaged (${reason}) and cannot be moved aside (${errorText(e)}); move it away by hand`, { cause: e });
      }
    }
    lastRecovery = Date.now();
    log(`sessions: ${path} is damaged (${reason}); moved it aside to ${aside} and started an empty database — open conversations start over`);
  }

  function open(): Connection {
    try {
      return connect(path);
    } catch (e) {
      if (!onDisk || !DAMAGE.test(sqliteCode(e))) throw advice(path, e);
      moveAside(errorText(e));
      try {
        return connect(path);
      } catch (again) {
        throw advice(path, again);
      }
    }
  }

  let conn = open();
  let closed = false;

  /** Runs `op`; a damaged database is moved aside and `op` run once more on a fresh one. */
  function guarded<T>(op: (c: Connection) => T): T {
    // A recovery that failed half-way left no open connection: try again, or say why not.
    if (!conn.db.open && !closed) conn = open();
    try {
      return op(conn);
    } catch (e) {
      const code = sqliteCode(e);
      if (!code) throw e;
      if (!onDisk || !DAMAGE.test(code)) throw advice(path, e);
      if (Date.now() - lastRecovery < RECOVERY_INTERVAL_MS) {
        throw new SessionStoreError(path, `${path} failed again (${errorText(e)}) soon after it was replaced; check the disk`, { cause: e });
      }
      try {
        conn.db.close();
      } catch {
        // A damaged connection may fail to close; it is dropped either way.
      }
      moveAside(`${errorText(e)} (${code})`);
      conn = open();
      try {
        return op(conn);
      } catch (again) {
        throw sqliteCode(again) ? advice(path, again) : again;
      }
    }
  }

  // A sweep runs one small batch per save until nothing is left to delete:
  // first expired rows, then the oldest rows over the cap.
  let writes = 0;
  let nextSweep = sweepEvery;
  let sweep: { over: number | null } | null = null;
  function sweepStep(c: Connection, at: number): void {
    if (!sweep) return;
    if (sweep.over === null) {
      if (c.sweepExpired.run(at - options.ttlMs, sweepBatch).changes === sweepBatch) return;
      sweep.over = c.count.get()!.n - maxSessions;
    }
    const dropped = sweep.over > 0 ? c.dropOldest.run(Math.min(sweep.over, sweepBatch)).changes : 0;
    sweep.over -= dropped;
    if (sweep.over <= 0 || dropped === 0) sweep = null;
  }

  /** Counts `n` rows written at `at`: every sweepEvery of them starts a sweep, and a step of it runs. */
  function written(c: Connection, n: number, at: number): void {
    writes += n;
    if (writes >= nextSweep) {
      nextSweep = writes + sweepEvery;
      sweep = { over: null };
    }
    sweepStep(c, at);
  }

  /** Saves of new sessions waiting for the next transaction, by id, in order. */
  let queued = new Map<string, { json: string; at: number; settle: (version: number | null) => void; fail: (e: unknown) => void }>();
  /** Writes every queued new session in one transaction (one commit instead of one each) and settles their saves. */
  function flush(): void {
    const batch = [...queued];
    queued = new Map();
    if (batch.length === 0) return;
    let versions: (number | null)[];
    try {
      versions = guarded((c) =>
        c.db.transaction(() => {
          const out = batch.map(([id, q]) => (c.insert.run(id, q.json, q.at, q.at - options.ttlMs).changes === 1 ? 1 : null));
          written(c, batch.length, batch[batch.length - 1]![1].at);
          return out;
        })(),
      );
    } catch (e) {
      for (const [, q] of batch) q.fail(e);
      return;
    }
    batch.forEach(([, q], k) => q.settle(versions[k]!));
  }

  return {
    load(id) {
      const waiting = queued.get(id);
      if (waiting) return { state: JSON.parse(waiting.json), version: 1 };
      return guarded((c) => {
        const row = c.get.get(id);
        if (!row) return undefined;
        if (now() - row.updated_at > options.ttlMs) {
          c.del.run(id);
          return undefined;
        }
        try {
          if (typeof row.state !== 'string' || !Number.isSafeInteger(row.version)) throw new Error('not a session row');
          return { state: JSON.parse(row.state), version: row.version as number };
        } catch {
          // An unreadable row is an expired session, not a user stuck on errors.
          c.del.run(id);
          return undefined;
        }
      });
    },
    save(id, state, expected) {
      const json = JSON.stringify(state);
      const at = now();
      return guarded((c) => {
        let version: number | null;
        if (expected === undefined) {
          version = c.insert.run(id, json, at, at - options.ttlMs).changes === 1 ? 1 : null;
        } else {
          version = c.update.run(json, at, id, expected).changes === 1 ? expected + 1 : null;
        }
        written(c, 1, at);
        return version;
      });
    },
    create(id, state) {
      const json = JSON.stringify(state);
      // Queued twice before it is written, the second save finds the id taken.
      if (queued.has(id)) return Promise.resolve(null);
      return new Promise((settle, fail) => {
        if (queued.size === 0) setImmediate(flush);
        queued.set(id, { json, at: now(), settle, fail });
      });
    },
    delete: (id) => void guarded((c) => c.del.run(id)),
    close: () => {
      flush();
      closed = true;
      conn.db.close();
    },
  };
}
