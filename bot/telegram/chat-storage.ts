/**
 * Where each chat's session id is kept: grammY's session storage, in memory
 * or in a SQLite table (better-sqlite3) under DATA_DIR. SQLite because the
 * core's sessions outlive a restart (they are in DATA_DIR too), so the map
 * to them must as well, and because several webhook processes can share
 * the file. Rows not touched for `ttlMs` are forgotten, like the core's.
 */
import type Database from 'better-sqlite3';
import { MemorySessionStorage, type StorageAdapter } from 'grammy';
import type { ChatData } from './types.ts';

/** How long a chat's session id is kept without use (the core forgets its sessions after 2 hours by default). */
export const CHAT_TTL_MS = 24 * 60 * 60 * 1000;

export function createMemoryChatStorage(ttlMs = CHAT_TTL_MS): StorageAdapter<ChatData> {
  return new MemorySessionStorage<ChatData>(ttlMs);
}

/** Chat data in table `telegram_chats` of an open database (the caller opens and checks the file, and closes it). */
export function createSqliteChatStorage(db: Database.Database, options: { ttlMs?: number; now?: () => number } = {}): StorageAdapter<ChatData> {
  const ttl = options.ttlMs ?? CHAT_TTL_MS;
  const now = options.now ?? Date.now;
  db.exec(`CREATE TABLE IF NOT EXISTS telegram_chats (
    key TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    updated_at INTEGER NOT NULL
  )`);
  const get = db.prepare<[string], { data: string; updated_at: number }>('SELECT data, updated_at FROM telegram_chats WHERE key = ?');
  const put = db.prepare('INSERT INTO telegram_chats (key, data, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at');
  const del = db.prepare('DELETE FROM telegram_chats WHERE key = ?');
  const sweep = db.prepare('DELETE FROM telegram_chats WHERE updated_at < ?');
  let writes = 0;
  return {
    read(key) {
      const row = get.get(key);
      if (!row) return undefined;
      if (now() - row.updated_at > ttl) {
        del.run(key);
        return undefined;
      }
      try {
        return JSON.parse(row.data) as ChatData;
      } catch {
        // An unreadable row is a chat that starts afresh, not one stuck on errors.
        del.run(key);
        return undefined;
      }
    },
    write(key, value) {
      const at = now();
      put.run(key, JSON.stringify(value), at);
      if (++writes % 500 === 0) sweep.run(at - ttl);
    },
    delete(key) {
      del.run(key);
    },
  };
}
