/**
 * SQLite files under DATA_DIR, opened with a check: a file that is not a
 * database or fails `quick_check` (truncated, overwritten) is moved aside
 * under a name that says so, and a new one is started. The caller reports
 * the problem; nothing is deleted.
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export interface CheckedDatabase {
  db: Database.Database;
  /** What was wrong with the file found, and where it was moved; null when it was sound or new. */
  problem: string | null;
}

const busy = (e: unknown) => /SQLITE_BUSY|SQLITE_LOCKED/.test(String((e as { code?: unknown })?.code ?? ''));

/** Runs `fn`, waiting while another process holds the file (busy is not damage). */
function whenFree<T>(fn: () => T, waitMs = 10_000): T {
  const until = Date.now() + waitMs;
  for (;;) {
    try {
      return fn();
    } catch (e) {
      if (!busy(e) || Date.now() > until) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25);
    }
  }
}

function check(db: Database.Database): string | null {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  const bad = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
  return bad.length ? bad.slice(0, 3).join('; ') : null;
}

/** Opens (creating when absent) a SQLite file in WAL mode, moving a damaged one aside. */
export function openCheckedDatabase(path: string): CheckedDatabase {
  mkdirSync(dirname(path), { recursive: true });
  let problem: string | null = null;
  if (existsSync(path)) {
    let fault: string | null;
    let db: Database.Database | undefined;
    try {
      const opened = new Database(path, { timeout: 50 });
      db = opened;
      fault = whenFree(() => check(opened));
      if (fault === null) {
        whenFree(() => opened.pragma('journal_mode = WAL'));
        return { db: opened, problem: null };
      }
    } catch (e) {
      if (busy(e)) throw e;
      fault = e instanceof Error ? e.message : String(e);
    }
    db?.close();
    const aside = `${path}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(path, aside);
    for (const suffix of ['-wal', '-shm']) if (existsSync(path + suffix)) renameSync(path + suffix, aside + suffix);
    problem = `${path} is damaged (${fault}); moved aside to ${aside} and started a new one`;
  }
  const db = new Database(path, { timeout: 50 });
  whenFree(() => db.pragma('journal_mode = WAL'));
  return { db, problem };
}
