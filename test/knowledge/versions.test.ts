/** The version store and audit log in one process: publish, rollback, history, damage and recovery. */
import { existsSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledKnowledgeDir, hashKnowledgeFiles, knowledgeFiles, loadKnowledge } from '../../knowledge/index.ts';
import { openVersionStore, VersionError, type VersionStore } from '../../knowledge/versions.ts';
import { cleanupTemp, knowledgeCopy, m6Edits, revisedCopy, tempDir } from '../support/knowledge.ts';

const open: VersionStore[] = [];
async function store(dataDir: string, bundledDir?: string) {
  const s = await openVersionStore({ dataDir, ...(bundledDir ? { bundledDir } : {}) });
  open.push(s);
  return s;
}
afterEach(() => {
  for (const s of open.splice(0)) s.close();
  cleanupTemp();
});

const bundledVersion = loadKnowledge().version;

describe('a knowledge base is every file under its folder', () => {
  it('lists data files at any depth, not code or dot-files, and the version hashes them all', () => {
    const files = knowledgeFiles(bundledKnowledgeDir);
    expect(files).toContain('measures/06.yaml');
    expect(files).toContain('policy/wuxi-2025-full-chain-tech-transfer-measures.txt');
    expect(files.some((f) => f.endsWith('.ts'))).toBe(false);
    expect(hashKnowledgeFiles(bundledKnowledgeDir)).toBe(bundledVersion);
    const withVocabulary = knowledgeCopy({ 'vocabulary/intents.yaml': () => 'greeting: [你好]\n' });
    expect(knowledgeFiles(withVocabulary)).toContain('vocabulary/intents.yaml');
    expect(loadKnowledge(withVocabulary).version).not.toBe(bundledVersion);
  });
});

describe('version store', () => {
  it('records the bundled knowledge base as the first, current version', async () => {
    const dataDir = tempDir('cg-v-');
    const s = await store(dataDir);
    expect(s.problems).toEqual([]);
    expect(s.current()).toMatchObject({ version: bundledVersion, seq: 1 });
    const h = await s.history();
    expect(h).toHaveLength(1);
    expect(h[0]).toMatchObject({ version: bundledVersion, action: 'bundled', by: 'system', current: true });
    expect(existsSync(join(dataDir, 'knowledge', 'versions', bundledVersion, 'manifest.json'))).toBe(true);
    expect(s.load(bundledVersion).version).toBe(bundledVersion);
    // Opening again records nothing new.
    s.close();
    open.pop();
    expect(await (await store(dataDir)).history()).toHaveLength(1);
  });

  it('publishes a valid copy with the diff summary, refuses an invalid one and changes nothing', async () => {
    const dataDir = tempDir('cg-v-');
    const s = await store(dataDir);
    const bad = knowledgeCopy({ 'measures/06.yaml': (t) => t.replace('yuan: 1000000, per: per_enterprise', 'yuan: 2000000, per: per_enterprise'), 'facts.yaml': () => '' });
    const before = readdirSync(join(dataDir, 'knowledge', 'versions')).sort();
    const refused = await s.publish(bad, { by: '张三' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.issues).toContainEqual(expect.objectContaining({ file: 'facts.yaml', message: expect.stringContaining('empty') }));
    }
    expect(readdirSync(join(dataDir, 'knowledge', 'versions')).sort()).toEqual(before);
    expect(await s.history()).toHaveLength(1);

    const result = await s.publish(revisedCopy(), { by: '张三', note: '提高比例' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entry).toMatchObject({ action: 'publish', by: '张三', note: '提高比例', current: true });
    expect(result.entry.summary).toContain('第6条 产学研合作技术合同补助：比例 30% → 40%，上限 100万元 → 150万元');
    expect(result.entry.details.join('\n')).toContain('新：对与科研事业单位开展产学研合作的企业，按技术合同实际成交额的40%');
    expect(s.current()?.version).toBe(result.version);
    expect(s.load(result.version).measures[6]!.benefits[1]!.cap.yuan).toBe(1500000);

    await expect(s.publish(revisedCopy(), { by: '张三' })).rejects.toMatchObject({ code: 'unchanged' });
    await expect(s.publish(knowledgeCopy(m6Edits(50, 200)), { by: '李四', base: bundledVersion })).rejects.toMatchObject({ code: 'stale' });
    await expect(s.publish(revisedCopy(), { by: '  ' })).rejects.toThrow(VersionError);
    expect(readdirSync(join(dataDir, 'knowledge', 'versions')).filter((d) => d.startsWith('.tmp-'))).toEqual([]);
  });

  it('previews a folder against the current version without changing anything', async () => {
    const s = await store(tempDir('cg-v-'));
    const p = s.preview(revisedCopy());
    expect(p.ok).toBe(true);
    if (p.ok) {
      expect(p.base).toBe(bundledVersion);
      expect(p.diff.sections[0]!.lines[0]!.text).toBe('第6条 产学研合作技术合同补助：比例 30% → 40%，上限 100万元 → 150万元');
    }
    expect(await s.history()).toHaveLength(1);
  });

  it('rolls back to a stored version by id or prefix, and names an unknown one', async () => {
    const s = await store(tempDir('cg-v-'));
    const r = await s.publish(revisedCopy(), { by: '张三' });
    expect(r.ok).toBe(true);
    const entry = await s.rollback(bundledVersion.slice(0, 6), { by: '李四', note: '撤回' });
    expect(entry).toMatchObject({ version: bundledVersion, action: 'rollback', by: '李四', note: '撤回', current: true });
    expect(entry.summary).toContain('比例 40% → 30%');
    expect(s.current()?.version).toBe(bundledVersion);
    expect(() => s.resolve('ffffffff')).toThrow(/no version «ffffffff»/);
    expect(() => s.resolve('x')).toThrow(/not a version id/);
    await expect(s.rollback(bundledVersion, { by: '李四' })).rejects.toMatchObject({ code: 'unchanged' });
    const h = await s.history();
    expect(h.map((e) => e.action)).toEqual(['rollback', 'publish', 'bundled']);
    expect(h.map((e) => e.current)).toEqual([true, false, false]);
  });

  it('serialises publishes from two stores on one DATA_DIR (as two processes would): both recorded, the last current', async () => {
    const dataDir = tempDir('cg-v-');
    const a = await store(dataDir);
    const b = await store(dataDir);
    const [ra, rb] = await Promise.all([a.publish(knowledgeCopy(m6Edits(45, 150)), { by: '甲' }), b.publish(knowledgeCopy(m6Edits(25, 100)), { by: '乙' })]);
    expect(ra.ok && rb.ok).toBe(true);
    const h = await a.history();
    expect(h).toHaveLength(3);
    expect(new Set(h.slice(0, 2).map((e) => e.by))).toEqual(new Set(['甲', '乙']));
    expect(h.filter((e) => e.current)).toHaveLength(1);
    expect(a.current()).toEqual(b.current());
    expect(a.current()!.version).toBe(h[0]!.version);
    // The second diff is against the first, not against the bundled version both started from.
    expect(h[0]!.summary).toMatch(/比例 (45% → 25%|25% → 45%)/);
  });

  it('exports a version into a new folder that holds the same knowledge base', async () => {
    const s = await store(tempDir('cg-v-'));
    const out = join(tempDir('cg-x-'), 'kb');
    const files = s.exportTo(bundledVersion, out);
    expect(files).toEqual(knowledgeFiles(bundledKnowledgeDir));
    expect(loadKnowledge(out).version).toBe(bundledVersion);
    expect(() => s.exportTo(bundledVersion, out)).toThrow(/not an empty folder/);
  });
});

describe('damage under DATA_DIR', () => {
  it('finds a truncated file by name, moves the version aside and says so when it is asked for', async () => {
    const dataDir = tempDir('cg-v-');
    const s = await store(dataDir);
    const r = await s.publish(revisedCopy(), { by: '张三' });
    if (!r.ok) throw new Error('publish failed');
    const file = join(s.dirOf(r.version), 'measures', '06.yaml');
    truncateSync(file, 100);
    expect(s.verify(r.version)).toEqual([expect.stringContaining(`${file} has 100 bytes`)]);
    const found = s.check();
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(file);
    expect(found[0]).toContain('moved aside');
    expect(() => s.load(r.version)).toThrow(/damaged/);
    expect(() => s.resolve(r.version)).toThrow(/moved aside/);
  });

  it('restores a damaged bundled version from the bundled folder', async () => {
    const s = await store(tempDir('cg-v-'));
    writeFileSync(join(s.dirOf(bundledVersion), 'lexicon.yaml'), 'words: [changed by hand]\n');
    const found = s.check();
    expect(found[0]).toMatch(/lexicon\.yaml (has \d+ bytes|differs from its checksum).*restored from the bundled/s);
    expect(s.verify(bundledVersion)).toEqual([]);
  });

  it('notices a file added by hand to a version', async () => {
    const s = await store(tempDir('cg-v-'));
    writeFileSync(join(s.dirOf(bundledVersion), 'measures', '13.yaml'), 'number: 13\n');
    expect(s.verify(bundledVersion)).toEqual([expect.stringMatching(/measures\/13\.yaml is not part of version/)]);
  });

  it('rewrites an unreadable pointer from the audit log, naming it', async () => {
    const dataDir = tempDir('cg-v-');
    const s = await store(dataDir);
    const r = await s.publish(revisedCopy(), { by: '张三' });
    if (!r.ok) throw new Error('publish failed');
    s.close();
    open.pop();
    const pointer = join(dataDir, 'knowledge', 'current.json');
    writeFileSync(pointer, '{"version": "ab');
    const again = await store(dataDir);
    expect(again.problems.join('\n')).toContain(`${pointer} was unreadable`);
    expect(again.current()?.version).toBe(r.version);
  });

  it('moves a damaged audit log aside, naming it, and keeps the current version current', async () => {
    const dataDir = tempDir('cg-v-');
    const s = await store(dataDir);
    const r = await s.publish(revisedCopy(), { by: '张三' });
    if (!r.ok) throw new Error('publish failed');
    s.close();
    open.pop();
    const auditPath = join(dataDir, 'knowledge', 'audit.sqlite');
    writeFileSync(auditPath, readFileSync(auditPath).subarray(0, 1000));
    const again = await store(dataDir);
    expect(again.problems.join('\n')).toContain(`${auditPath} is damaged`);
    expect(again.current()?.version).toBe(r.version);
    const h = await again.history();
    const current = h.find((e) => e.current)!;
    expect(current.version).toBe(r.version);
    expect(current.note).toContain('审计日志');
    // The bundled version is recorded again, not made current.
    expect(h.find((e) => e.action === 'bundled')).toMatchObject({ version: bundledVersion, current: false });
    expect(readdirSync(join(dataDir, 'knowledge')).some((f) => f.startsWith('audit.sqlite.damaged-'))).toBe(true);
  });
});

describe('a release that brings a new bundled knowledge base', () => {
  it('becomes current when staff have not published', async () => {
    const dataDir = tempDir('cg-v-');
    (await store(dataDir)).close();
    open.pop();
    const release = knowledgeCopy({ 'lexicon.yaml': (t) => t.replace('words:\n', 'words:\n  - 新版本词\n') });
    const s = await store(dataDir, release);
    const h = await s.history();
    expect(h.map((e) => [e.action, e.current])).toEqual([['bundled', true], ['bundled', false]]);
    expect(h[0]!.summary).toContain('新增 新版本词');
  });

  it('is recorded but does not replace what staff published', async () => {
    const dataDir = tempDir('cg-v-');
    const first = await store(dataDir);
    const r = await first.publish(revisedCopy(), { by: '张三' });
    if (!r.ok) throw new Error('publish failed');
    first.close();
    open.pop();
    const release = knowledgeCopy({ 'lexicon.yaml': (t) => t.replace('words:\n', 'words:\n  - 新版本词\n') });
    const s = await store(dataDir, release);
    expect(s.current()?.version).toBe(r.version);
    expect(s.problems.join('\n')).toMatch(/this release brings knowledge version \w+; version \w+ published by 张三 stays current/);
    const h = await s.history();
    expect(h[0]).toMatchObject({ action: 'bundled', current: false });
    expect(h[1]).toMatchObject({ version: r.version, current: true });
  });
});
