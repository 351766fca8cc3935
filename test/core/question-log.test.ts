/** The log of unanswered questions staff read: text only, grouped, 7 and 30 days, retention. */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryQuestionLog, createSqliteQuestionLog, normaliseQuestion, type QuestionLog } from '../../bot/core/index.ts';
import { cleanupTemp, tempDir } from '../support/knowledge.ts';

afterEach(cleanupTemp);

const day = 24 * 60 * 60 * 1000;

function fill(log: QuestionLog, clock: { t: number }) {
  const at = (daysAgo: number, f: () => void) => {
    const keep = clock.t;
    clock.t = keep - daysAgo * day;
    f();
    clock.t = keep;
  };
  at(1, () => log.record({ kind: 'out_of_scope', text: '上海有什么人才政策？' }));
  at(2, () => log.record({ kind: 'out_of_scope', text: '上海 有什么人才政策' }));
  at(3, () => log.record({ kind: 'refused_figure', text: '我们签了5万美元的合同', detail: '5万美元' }));
  at(4, () => log.record({ kind: 'refused_figure', text: '我们签了８万美元的合同', detail: '8万美元' }));
  at(10, () => log.record({ kind: 'no_topic', text: '孵化器的房租能补吗' }));
  at(20, () => log.record({ kind: 'abandoned_question', text: '我们想申请补助', detail: 'contractAmountYuan' }));
  at(40, () => log.record({ kind: 'no_topic', text: '很久以前的问题' }));
}

for (const [name, make] of [
  ['memory', (now: () => Date) => createMemoryQuestionLog({ now })],
  ['sqlite', (now: () => Date) => createSqliteQuestionLog(join(tempDir('cg-q-'), 'questions.sqlite'), { now })],
] as const) {
  describe(`question log (${name})`, () => {
    it('counts by kind and groups by normalised text for 7 and 30 days, newest first', () => {
      const clock = { t: Date.parse('2026-06-30T12:00:00Z') };
      const log = make(() => new Date(clock.t));
      fill(log, clock);
      const week = log.summary(7);
      expect(week.total).toBe(4);
      expect(week.byKind).toEqual([
        { kind: 'out_of_scope', count: 2 },
        { kind: 'no_topic', count: 0 },
        { kind: 'abandoned_question', count: 0 },
        { kind: 'refused_figure', count: 2 },
        { kind: 'not_in_text', count: 0 },
      ]);
      expect(week.groups).toHaveLength(2);
      expect(week.groups[0]).toMatchObject({ kind: 'out_of_scope', count: 2, examples: ['上海有什么人才政策？', '上海 有什么人才政策'] });
      expect(week.groups[1]).toMatchObject({ kind: 'refused_figure', count: 2, key: '我们签了#万美元的合同' });
      expect(week.newest.map((q) => q.text)).toEqual(['上海有什么人才政策？', '上海 有什么人才政策', '我们签了5万美元的合同', '我们签了８万美元的合同']);
      expect(week.newest[2]).toEqual({ at: '2026-06-27T12:00:00.000Z', kind: 'refused_figure', text: '我们签了5万美元的合同', detail: '5万美元' });
      const month = log.summary(30);
      expect(month.total).toBe(6);
      expect(log.list(30).map((q) => q.kind)).toEqual(['out_of_scope', 'out_of_scope', 'refused_figure', 'refused_figure', 'no_topic', 'abandoned_question']);
      log.close();
    });

    it('keeps nothing but the kind, the text and the detail, and ignores what it cannot use', () => {
      const log = make(() => new Date());
      log.record({ kind: 'no_topic', text: '   ' });
      log.record({ kind: 'bogus' as never, text: '问题' });
      log.record({ kind: 'no_topic', text: '长'.repeat(3000), sessionId: 'abc' } as never);
      const [q] = log.list(7);
      expect(Object.keys(q!).sort()).toEqual(['at', 'detail', 'kind', 'text']);
      expect(q!.text).toHaveLength(500);
      expect(log.list(7)).toHaveLength(1);
      log.close();
    });
  });
}

describe('question log on disk', () => {
  it('deletes questions past the retention when opened', () => {
    const path = join(tempDir('cg-q-'), 'questions.sqlite');
    let t = Date.parse('2026-01-01T00:00:00Z');
    const first = createSqliteQuestionLog(path, { now: () => new Date(t) });
    first.record({ kind: 'no_topic', text: '旧问题' });
    first.close();
    t += 100 * day;
    const later = createSqliteQuestionLog(path, { now: () => new Date(t) });
    later.record({ kind: 'no_topic', text: '新问题' });
    later.close();
    const rows = new Database(path, { readonly: true }).prepare('SELECT text FROM questions').all();
    expect(rows).toEqual([{ text: '新问题' }]);
  });

  it('writes the questions of one tick in one transaction, readable at once and kept by close', async () => {
    const path = join(tempDir('cg-q-'), 'questions.sqlite');
    const log = createSqliteQuestionLog(path);
    const other = new Database(path, { readonly: true });
    const count = () => (other.prepare('SELECT count(*) AS n FROM questions').get() as { n: number }).n;
    for (let i = 0; i < 5; i++) log.record({ kind: 'no_topic', text: `问题${i}` });
    expect(count()).toBe(0);
    await new Promise((r) => setImmediate(r));
    expect(count()).toBe(5);
    log.record({ kind: 'no_topic', text: '刚记下的' });
    expect(log.list(1).map((q) => q.text)).toContain('刚记下的');
    log.record({ kind: 'no_topic', text: '关闭前' });
    log.close();
    expect(count()).toBe(7);
    other.close();
  });

  it('tells onError when a write fails, and the next questions are still written', async () => {
    const path = join(tempDir('cg-q-'), 'questions.sqlite');
    const errors: unknown[] = [];
    const log = createSqliteQuestionLog(path, { onError: (e) => errors.push(e) });
    const other = new Database(path);
    other.exec("CREATE TRIGGER refuse BEFORE INSERT ON questions WHEN NEW.text = '坏' BEGIN SELECT RAISE(ABORT, 'refused by a test trigger'); END");
    log.record({ kind: 'no_topic', text: '坏' });
    await new Promise((r) => setImmediate(r));
    expect(errors.map(String)).toEqual([expect.stringContaining('refused by a test trigger')]);
    log.record({ kind: 'no_topic', text: '好' });
    await new Promise((r) => setImmediate(r));
    expect(log.list(1).map((q) => q.text)).toEqual(['好']);
    log.close();
    other.close();
  });

  it('moves a damaged file aside and names it', () => {
    const dir = tempDir('cg-q-');
    const path = join(dir, 'questions.sqlite');
    writeFileSync(path, 'this is not a database, it was cut short');
    const log = createSqliteQuestionLog(path);
    expect(log.problem).toContain(`${path} is damaged`);
    expect(readdirSync(dir).some((f) => f.startsWith('questions.sqlite.damaged-'))).toBe(true);
    log.record({ kind: 'no_topic', text: '问题' });
    expect(log.list(1)).toHaveLength(1);
    log.close();
    expect(existsSync(path)).toBe(true);
  });
});

describe('normaliseQuestion', () => {
  it('folds width, case, spaces, punctuation and digits', () => {
    expect(normaliseQuestion('ＡＢＣ 签了 300万，能补吗？')).toBe('abc签了#万能补吗');
    expect(normaliseQuestion('签了2.5亿!')).toBe(normaliseQuestion('签了 3亿'));
  });
});
