/** Each chat's session id: kept in SQLite across a restart, forgotten after the TTL. */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteChatStorage } from '../../bot/telegram/index.ts';
import { cleanupTemp, tempDir } from '../support/knowledge.ts';

afterAll(cleanupTemp);

describe('SQLite chat storage', () => {
  it('keeps a chat across a reopen, forgets it after the TTL, and starts afresh on an unreadable row', async () => {
    const path = join(tempDir('cg-chats-'), 'telegram.sqlite');
    let clock = 1_000_000;
    const db = new Database(path);
    const store = createSqliteChatStorage(db, { ttlMs: 1000, now: () => clock });
    await store.write('42', { sessionId: 'abc', question: { messageId: 7, options: ['高校'] } });
    db.close();
    const reopened = new Database(path);
    const again = createSqliteChatStorage(reopened, { ttlMs: 1000, now: () => clock });
    expect(await again.read('42')).toEqual({ sessionId: 'abc', question: { messageId: 7, options: ['高校'] } });
    clock += 1001;
    expect(await again.read('42')).toBeUndefined();
    reopened.prepare("INSERT INTO telegram_chats (key, data, updated_at) VALUES ('9', '{not json', ?)").run(clock);
    expect(await again.read('9')).toBeUndefined();
    await again.write('9', {});
    await again.delete('9');
    expect(await again.read('9')).toBeUndefined();
    reopened.close();
  });
});
