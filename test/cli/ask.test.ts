/** The CLI as a user runs it: a real process, sessions kept under DATA_DIR. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'cg-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function run(args: string[], input?: string) {
  const r = spawnSync(join(root, 'node_modules/.bin/tsx'), ['bot/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: dataDir },
    ...(input !== undefined ? { input } : {}),
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run ask / npm run chat', () => {
  it('prints the /api/chat JSON with --json and continues a session', () => {
    const first = run(['ask', '--json', '--as-of', '2026-03-01', '我们企业跟研究所签了技术合同，能补多少？']);
    expect(first.code).toBe(0);
    const a = JSON.parse(first.out);
    expect(a).toMatchObject({ mode: 'template', missing: expect.arrayContaining(['contractAmountYuan']) });
    // The session continues under the id the server issued.
    const second = run(['ask', '--json', '--session', a.sessionId, '--as-of', '2026-03-01', '333.33万']);
    const b = JSON.parse(second.out);
    expect(b.calculations[0]).toMatchObject({ benefit: 'm6-contract-subsidy', status: 'computed', amountYuan: 999990 });
  });

  it('prints the answer text and citations without --json', () => {
    const r = run(['ask', '中试平台能拿多少支持']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('500万元');
    expect(r.out).toContain('依据：');
    expect(r.out).toContain('[第8条]');
  });

  it('reports bad input with the field at fault, and usage errors with exit 2', () => {
    const bad = run(['ask', '--json', '--as-of', '2026-13-01', '你好']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out)).toMatchObject({ field: 'asOf' });
    const usage = run(['ask', '--nope']);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('usage:');
    expect(run(['ask', '--help']).out).toContain('--session ID');
  });

  it('stops quietly when what reads its output closes (npm run chat | head)', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; printf '你好\\n中试平台能拿多少支持\\n政策有效期到什么时候\\n' | ${join(root, 'node_modules/.bin/tsx')} bot/main.ts chat | head -c 30 > /dev/null`], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DATA_DIR: dataDir },
    });
    expect(r.stderr).not.toContain('EPIPE');
    expect(r.status).toBe(0);
  });

  it('chats interactively, listing a question\'s options once, numbered; says in Chinese what was wrong with a message', () => {
    const r = run(['chat'], `${'很长的问题'.repeat(500)}\n我们单位有人拿了创新创业大赛的奖，能直接评职称吗\n3\n1\n/quit\n`);
    expect(r.code).toBe(0);
    expect(r.out.split('回复序号选择：1. 区级及以下  2. 市级  3. 省级').length - 1).toBe(1);
    expect(r.out).not.toContain('可选：');
    expect(r.out).not.toContain('--session');
    expect(r.out).toContain('符合：可直接申报相应职称');
    // The message over the size limit: a line in Chinese, no English from the core.
    const said = /你> \n（([^\n]*)）\n/.exec(r.out)?.[1] ?? '';
    expect(said).toMatch(/[\u3400-\u9fff]/);
    expect(said).not.toMatch(/core:|[a-z]{4,}/);
  });
});
