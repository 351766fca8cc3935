import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../knowledge/index.ts';
import { createPolicyRetriever } from '../../retrieval/index.ts';
import { evaluateRetrieval, type EvalQuestion } from '../../retrieval/eval.ts';

const kb = loadKnowledge();
const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });
const tmp = () => { const d = mkdtempSync(join(tmpdir(), 'idx-')); dirs.push(d); return d; };

describe('retriever', async () => {
  const retriever = await createPolicyRetriever(kb);

  it('finds the measure for colloquial questions and cites the exact clause first', async () => {
    const pilot = await retriever.search('想找地方做小批量试生产和工艺验证');
    expect(pilot.cited).toBe(true);
    expect(pilot.measures[0]!.measure).toBe(8);
    const title = await retriever.search('拿了比赛名次评高工能不能快一点');
    expect(title.measures[0]!.measure).toBe(2);
    expect(title.clauses[0]!.chunk.excerpt).toContain('可直接申报相应职称');
    const contract = await retriever.search('和高校签了技术合同，企业补助按多少比例');
    expect(contract.clauses[0]!.chunk.excerpt).toContain('按技术合同实际成交额的30%');
  });

  it('cites nothing for an off-topic question', async () => {
    for (const q of ['今天天气怎么样', '个人所得税怎么算', '去上海的高铁票怎么买']) {
      const r = await retriever.search(q);
      expect(r.cited, q).toBe(false);
    }
  });

  it('meets the quality targets on the evaluation questions, above the baseline', async () => {
    const { questions } = parse(readFileSync(join(import.meta.dirname, 'questions.yaml'), 'utf8')) as { questions: EvalQuestion[] };
    const rows = await evaluateRetrieval(kb, retriever, questions);
    const baseline = rows.find((r) => r.name.startsWith('baseline'))!;
    const hybrid = rows.find((r) => r.name.startsWith('hybrid'))!;
    expect(questions.filter((q) => q.measure !== null).length).toBeGreaterThanOrEqual(80);
    expect(hybrid.hit1).toBeGreaterThanOrEqual(0.98);
    expect(hybrid.hit3).toBe(1);
    expect(hybrid.hit1).toBeGreaterThan(baseline.hit1);
  });
});

describe('index persistence', () => {
  it('builds, saves with a manifest, then loads the saved index', async () => {
    const dataDir = tmp();
    const progress: number[] = [];
    const first = await createPolicyRetriever(kb, { dataDir, onProgress: (done) => progress.push(done) });
    expect(first.origin).toBe('built');
    expect(progress.at(-1)).toBe(first.chunks.length);
    const manifest = JSON.parse(readFileSync(join(dataDir, 'index', 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ formatVersion: 2, knowledgeVersion: kb.version, chunks: first.chunks.length, dimensions: 2048 });
    expect(manifest.tokenizer).toMatch(/^jieba@/);
    expect(manifest.embedder).toMatch(/^local-hash-ngram/);
    expect(Object.keys(manifest.files).sort()).toEqual(['args.json', 'docstore.json', 'hnswlib.index']);
    expect(Object.values(manifest.files)).toEqual(Array(3).fill(expect.stringMatching(/^[0-9a-f]{64}$/)));
    const second = await createPolicyRetriever(kb, { dataDir });
    expect(second.origin).toBe('loaded');
    const q = '技术经纪人撮合成交能拿多少奖励';
    expect((await second.search(q)).clauses.map((c) => c.chunk.id)).toEqual((await first.search(q)).clauses.map((c) => c.chunk.id));
  });

  it('rebuilds when the knowledge changes', async () => {
    const dataDir = tmp();
    await createPolicyRetriever(kb, { dataDir });
    const logs: string[] = [];
    const changed = await createPolicyRetriever({ ...kb, version: 'different' }, { dataDir, log: (m) => logs.push(m) });
    expect(changed.origin).toBe('built');
    expect(logs.join()).toMatch(/out of date/);
    expect(JSON.parse(readFileSync(join(dataDir, 'index', 'manifest.json'), 'utf8')).knowledgeVersion).toBe('different');
  });

  it('rebuilds a corrupt index instead of failing', async () => {
    const dataDir = tmp();
    await createPolicyRetriever(kb, { dataDir });
    const vectors = join(dataDir, 'index', 'vectors');
    expect(readdirSync(vectors).sort()).toEqual(['args.json', 'docstore.json', 'hnswlib.index']);
    writeFileSync(join(vectors, 'hnswlib.index'), 'garbage');
    const logs: string[] = [];
    const r = await createPolicyRetriever(kb, { dataDir, log: (m) => logs.push(m) });
    expect(r.origin).toBe('rebuilt');
    expect(logs.join()).toMatch(/unreadable/);
    expect((await r.search('中试平台能拿多少支持')).measures[0]!.measure).toBe(8);
    const again = await createPolicyRetriever(kb, { dataDir });
    expect(again.origin).toBe('loaded');
  });
});
