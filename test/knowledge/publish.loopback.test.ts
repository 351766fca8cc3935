/**
 * Bureau staff's path end to end: the kb CLI as child processes over one
 * DATA_DIR, and the real server (npm start) on loopback picking up what they
 * publish and roll back, without a restart.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupTemp, kb, knowledgeCopy, lastLine, m6Amount, m6Edits, revisedCopy, startServerProcess, tempDir, within, type ServerProcess } from '../support/knowledge.ts';

interface Entry {
  version: string;
  action: string;
  by: string;
  at: string;
  note: string | null;
  current: boolean;
}

let dataDir: string;
let server: ServerProcess;
const versionsDir = () => join(dataDir, 'knowledge', 'versions');

async function history(): Promise<Entry[]> {
  const r = await kb(dataDir, ['history', '--json']);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as Entry[];
}

async function health(url: string) {
  return (await (await fetch(`${url}/healthz`)).json()) as { knowledgeVersion: string; knowledge: { version: string; current: boolean; problems: string[] } };
}

beforeAll(async () => {
  dataDir = tempDir('cg-kb-');
  server = await startServerProcess(dataDir);
}, 90_000);

afterAll(async () => {
  await server?.stop();
  cleanupTemp();
});

describe('publishing to a running server (kb CLI + npm start on loopback)', () => {
  let bundled: string;
  let first: string;

  it('starts on the bundled knowledge base, recorded as the first version', async () => {
    expect(await m6Amount(server.url)).toBe(900000);
    const h = await history();
    expect(h).toHaveLength(1);
    expect(h[0]).toMatchObject({ action: 'bundled', by: 'system', current: true });
    expect(Object.keys(h[0]!).sort()).toEqual(['action', 'at', 'by', 'current', 'note', 'version']);
    expect(new Date(h[0]!.at).toISOString()).toBe(h[0]!.at);
    bundled = h[0]!.version;
    expect((await health(server.url)).knowledgeVersion).toBe(bundled);
  });

  it('publishes measure 6 at 40% up to 150万元: the readable diff, the version id last, and 120万元 served within 5 s', async () => {
    const dir = revisedCopy();
    const diff = await kb(dataDir, ['diff', dir]);
    expect(diff.code, diff.err).toBe(0);
    expect(diff.out).toContain('第6条 产学研合作技术合同补助：比例 30% → 40%，上限 100万元 → 150万元');
    expect(diff.out).toContain('原：对与科研事业单位开展产学研合作的企业，按技术合同实际成交额的30%，给予企业最高100万元补助。');

    const r = await kb(dataDir, ['publish', dir, '--by', '张三', '--note', '市科技局2026年第3号通知']);
    expect(r.code, r.err).toBe(0);
    first = lastLine(r.out);
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    expect(r.out).toContain('比例 30% → 40%，上限 100万元 → 150万元');
    const took = await within(5000, () => m6Amount(server.url), 1200000);
    expect(took).toBeLessThan(5000);

    const h = await health(server.url);
    expect(h.knowledgeVersion).toBe(first);
    expect(h.knowledge).toMatchObject({ version: first, current: true });
    const info = (await (await fetch(`${server.url}/api/info`)).json()) as { knowledgeVersion: string };
    expect(info.knowledgeVersion).toBe(first);
    expect((await history())[0]).toMatchObject({ version: first, action: 'publish', by: '张三', note: '市科技局2026年第3号通知', current: true });
  }, 60_000);

  it('publishes another, then rolls back to the first', async () => {
    const r = await kb(dataDir, ['publish', knowledgeCopy(m6Edits(50, 200)), '--by', '李四']);
    expect(r.code, r.err).toBe(0);
    const second = lastLine(r.out);
    await within(5000, () => m6Amount(server.url), 1500000);

    const back = await kb(dataDir, ['rollback', first.slice(0, 8), '--by', '王五', '--note', '第二版有误']);
    expect(back.code, back.err).toBe(0);
    expect(lastLine(back.out)).toBe(first);
    await within(5000, () => m6Amount(server.url), 1200000);

    const h = await history();
    expect(h.map((e) => [e.action, e.version, e.current])).toEqual([
      ['rollback', first, true],
      ['publish', second, false],
      ['publish', first, false],
      ['bundled', bundled, false],
    ]);
    expect(h[0]).toMatchObject({ by: '王五', note: '第二版有误' });
    // Rolling back to what is already current changes nothing and says so.
    const again = await kb(dataDir, ['rollback', first, '--by', '王五']);
    expect(again.code).toBe(1);
    expect(again.err).toContain('already current');
  }, 60_000);

  it('refuses a bad copy with every fault named by file and field; nothing changes and the old version keeps serving', async () => {
    const before = await history();
    const stored = readdirSync(versionsDir()).sort();
    const bad = revisedCopy({
      'measures/06.yaml': (t) => t.replace('rate: { kind: exact, percent: "30" }', 'rate: { kind: exact, percent: "40" }').replace('cap: { yuan: 1000000, per: per_enterprise }', 'cap: { yuan: 3000000, per: per_enterprise }'),
      'lexicon.yaml': (t) => t.replace('variants: [创新券, 科技券, 服务券]', 'variants: [创新券, 科技券, 服务券, 高工]'),
    });
    const r = await kb(dataDir, ['publish', bad, '--by', '赵六']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/measures\/06\.yaml — benefits\[1\]\.cap\.yuan: cap 3000000 yuan/);
    expect(r.err).toMatch(/lexicon\.yaml — synonyms\[\d+\]\.variants\[3\]/);
    expect(r.err).toContain('nothing was published');
    expect(r.out).toBe('');
    expect(await history()).toEqual(before);
    expect(readdirSync(versionsDir()).sort()).toEqual(stored);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await m6Amount(server.url)).toBe(1200000);

    const missing = await kb(dataDir, ['publish', join(bad, 'nope'), '--by', '赵六']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/nope: not a directory/);
    const usage = await kb(dataDir, ['publish', bad]);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('--by NAME');
  }, 60_000);

  let winner: string;
  let loser: string;

  it('records two publishes made at once; one is current and the server serves it', async () => {
    const a = knowledgeCopy(m6Edits(45, 150));
    const b = knowledgeCopy(m6Edits(25, 100));
    const [ra, rb] = await Promise.all([kb(dataDir, ['publish', a, '--by', '甲']), kb(dataDir, ['publish', b, '--by', '乙'])]);
    expect(ra.code, ra.err).toBe(0);
    expect(rb.code, rb.err).toBe(0);
    const va = lastLine(ra.out);
    const vb = lastLine(rb.out);
    expect(va).not.toBe(vb);
    const h = await history();
    const recent = h.slice(0, 2);
    expect(recent.map((e) => e.version).sort()).toEqual([va, vb].sort());
    expect(recent.every((e) => e.action === 'publish')).toBe(true);
    expect(h.filter((e) => e.current)).toHaveLength(1);
    expect(h[0]!.current).toBe(true);
    winner = h[0]!.version;
    loser = h[1]!.version;
    const pointer = JSON.parse(readFileSync(join(dataDir, 'knowledge', 'current.json'), 'utf8')) as { version: string };
    expect(pointer.version).toBe(winner);
    await within(5000, () => m6Amount(server.url), winner === va ? 1350000 : 750000);
  }, 60_000);

  it('exports a version to a folder that validates and equals what was published', async () => {
    const out = join(tempDir('cg-export-'), 'kb');
    const r = await kb(dataDir, ['export', first, out]);
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(join(out, 'measures/06.yaml'), 'utf8')).toContain('percent: "40"');
    const v = await kb(dataDir, ['validate', out]);
    expect(v.out).toContain(`version ${first}`);
    const again = await kb(dataDir, ['export', first, out]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('not an empty folder');
  }, 60_000);

  it('reports a truncated file under DATA_DIR at start by name and serves the last good version', async () => {
    await server.stop();
    const damaged = join(versionsDir(), winner, 'files', 'measures', '06.yaml');
    const text = readFileSync(damaged, 'utf8');
    writeFileSync(damaged, text.slice(0, Math.floor(text.length / 2)));

    server = await startServerProcess(dataDir);
    expect(server.output()).toContain(damaged);
    expect(server.output()).toMatch(/truncated/);
    const h = await health(server.url);
    expect(h.knowledgeVersion).toBe(loser);
    expect(h.knowledge.current).toBe(false);
    expect(h.knowledge.problems.join('\n')).toContain(damaged);
    expect(await m6Amount(server.url)).toBe(m6AmountFor(loser));
    // The damaged copy was moved aside, not deleted.
    expect(existsSync(join(versionsDir(), winner))).toBe(false);
    expect(readdirSync(join(dataDir, 'knowledge', 'damaged')).some((d) => d.startsWith(winner))).toBe(true);

    // The next change made current is picked up as usual.
    const restore = await kb(dataDir, ['rollback', bundledOf(await history()), '--by', '运维']);
    expect(restore.code, restore.err).toBe(0);
    await within(5000, () => m6Amount(server.url), 900000);
  }, 90_000);
});

/** What one of the two concurrent publishes computes for 300万元 (45% or 25%). */
function m6AmountFor(version: string): number {
  const text = readFileSync(join(dataDir, 'knowledge', 'versions', version, 'files', 'measures', '06.yaml'), 'utf8');
  return text.includes('percent: "45"') ? 1350000 : 750000;
}

function bundledOf(h: Entry[]): string {
  return h.find((e) => e.action === 'bundled')!.version;
}
