/**
 * `npm run eval -- diff <base>`: the answers of a corpus under another commit and under a tree, compared. Runs the
 * real command against HEAD in a git worktree, and against a second worktree whose wording was changed, so what it
 * reports is what the assistant of each tree answers.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationsOf, lineDiff, moved, runDiff } from '../../eval/diff.ts';

const root = resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'cg-diff-test-'));
const convos = join(dir, 'convos.txt');
const changed = join(dir, 'changed');
const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });

beforeAll(() => {
  // One conversation that ends in the footer (a computation), one that does not (small talk).
  writeFileSync(convos, '# two conversations\n我们企业和江南大学签了300万技术合同，能拿多少？|如果是500万呢？\n今天天气怎么样\n');
  // A tree like HEAD whose footer says one word more.
  expect(git('worktree', 'add', '--detach', '--quiet', changed, 'HEAD').status).toBe(0);
  symlinkSync(join(root, 'node_modules'), join(changed, 'node_modules'), 'dir');
  const templates = join(changed, 'knowledge', 'templates.yaml');
  writeFileSync(templates, readFileSync(templates, 'utf8').replace('footer: 政策有效期', 'footer: 本政策有效期'));
}, 60_000);

afterAll(() => {
  git('worktree', 'remove', '--force', changed);
  rmSync(dir, { recursive: true, force: true });
});

describe('eval diff', () => {
  it('reads conversations from a file, one per line, turns split by |, comments left out', () => {
    expect(conversationsOf(convos).map((c) => c.turns.map((t) => t.message))).toEqual([['我们企业和江南大学签了300万技术合同，能拿多少？', '如果是500万呢？'], ['今天天气怎么样']]);
    expect(() => conversationsOf(join(dir, 'missing.txt'))).toThrow(/missing\.txt does not exist/);
  });

  it('finds the first turn answered differently, and marks removed and added lines', () => {
    const corpus = [{ id: 'a', turns: [{ message: '一' }, { message: '二' }] }, { id: 'b', turns: [{ message: '三' }] }];
    const found = moved(corpus, [{ id: 'a', answers: ['x', 'y'] }, { id: 'b', answers: ['z'] }], [{ id: 'a', answers: ['x', 'y2'] }, { id: 'b', answers: ['z'] }]);
    expect(found).toEqual([{ id: 'a', turn: 2, message: '二', before: 'y', after: 'y2' }]);
    expect(lineDiff('one\ntwo\nthree', 'one\n2\nthree')).toEqual(['  one', '- two', '+ 2', '  three']);
  });

  it('reports nothing moved between HEAD and the working tree on small talk no change here touches', () => {
    const chat = join(dir, 'chat.txt');
    writeFileSync(chat, '今天天气怎么样\n');
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'eval', 'cli.ts'), 'diff', 'HEAD', '--file', chat], { cwd: root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/answering under HEAD \([0-9a-f]{7}\)… [\d.]+ s/);
    expect(r.stdout).toContain('1 conversation, 0 answered differently (HEAD → working tree)');
  }, 120_000);

  it('reports the conversation whose answer a changed template moves, with the lines that differ', () => {
    const found = runDiff({ base: 'HEAD', files: [convos], golden: false, show: 0, head: changed });
    expect(found.map((m) => [m.id, m.turn, m.message])).toEqual([[`${convos}:1`, 1, '我们企业和江南大学签了300万技术合同，能拿多少？']]);
    const lines = lineDiff(found[0]!.before, found[0]!.after);
    expect(lines.filter((l) => l.startsWith('- ')).every((l) => l.startsWith('- 政策有效期'))).toBe(true);
    expect(lines.some((l) => l.startsWith('+ 本政策有效期'))).toBe(true);
  }, 120_000);

  it('names a base that is no commit', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'eval', 'cli.ts'), 'diff', 'no-such-commit', '--file', convos], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('git rev-parse');
  }, 60_000);
});
