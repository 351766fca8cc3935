/**
 * The saved index is verified, not trusted: checksums in the manifest, every
 * document checked against its chunk, and a search that fails on the vectors
 * answered from BM25 while they are rebuilt.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../knowledge/index.ts';
import { chunkKnowledge, createLexiconTokenizer, createRetriever, indexText, LocalHashEmbeddings, createPolicyRetriever } from '../../retrieval/index.ts';
import { flipBytes, folderInPlaceOf, replaceText } from '../support/data-dir.ts';
import { FAULTS } from '../durability/faults.ts';

const kb = loadKnowledge();
const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'idx-int-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

let good: string;
beforeAll(async () => {
  good = tmp();
  await createPolicyRetriever(kb, { dataDir: good });
});

/** A copy of the good DATA_DIR with one fault, and the retriever that starts on it. */
async function startOn(damage: (dataDir: string) => void) {
  const dataDir = tmp();
  cpSync(good, dataDir, { recursive: true });
  damage(dataDir);
  const logs: string[] = [];
  const retriever = await createPolicyRetriever(kb, { dataDir, log: (m) => logs.push(m) });
  return { dataDir, retriever, log: logs.join('\n') };
}

const vectors = (d: string, f: string) => join(d, 'index', 'vectors', f);

describe('a saved index that does not match its manifest', () => {
  it.each(FAULTS.filter((f) => f.file.startsWith('index/')).map((f) => [f.what, f] as const))('%s: rebuilt, and the log names the file', async (_what, fault) => {
    const { retriever, log, dataDir } = await startOn((d) => fault.damage(d, { sessionId: '' }));
    expect(retriever.origin).toBe('rebuilt');
    expect(log).toContain(`retrieval: the saved index is unreadable: ${join(dataDir, fault.file)} `);
    expect((await retriever.search('和高校签了技术合同，企业补助按多少比例')).clauses[0]!.chunk.excerpt).toContain('按技术合同实际成交额的30%');
    // What was rebuilt is saved again, and loads cleanly next time.
    expect((await createPolicyRetriever(kb, { dataDir })).origin).toBe('loaded');
  });

  it.each([
    ['hnswlib.index', (d: string) => flipBytes(vectors(d, 'hnswlib.index'), 52, 4)],
    ['docstore.json', (d: string) => replaceText(vectors(d, 'docstore.json'), '"i":20', '"i":22')],
    ['args.json', (d: string) => replaceText(vectors(d, 'args.json'), '2048', '2047')],
  ])('says %s does not match its checksum', async (file, damage) => {
    const { log, dataDir } = await startOn(damage);
    expect(log).toContain(`${vectors(dataDir, file)} does not match its checksum in the manifest`);
  });

  it('is rebuilt when a file is missing or is a folder', async () => {
    const missing = await startOn((d) => rmSync(vectors(d, 'docstore.json')));
    expect(missing.log).toContain(`${vectors(missing.dataDir, 'docstore.json')} is missing`);
    const folder = await startOn((d) => folderInPlaceOf(vectors(d, 'hnswlib.index')));
    expect(folder.log).toContain(`${vectors(folder.dataDir, 'hnswlib.index')} is not a file`);
    expect(folder.retriever.origin).toBe('rebuilt');
  });

  it('is rebuilt when the manifest carries no checksums (an index saved before them)', async () => {
    const { retriever } = await startOn((d) => {
      const path = join(d, 'index', 'manifest.json');
      const m = JSON.parse(readFileSync(path, 'utf8'));
      delete m.files;
      writeFileSync(path, JSON.stringify(m));
    });
    expect(retriever.origin).toBe('rebuilt');
  });

  it('serves from memory when the index cannot be saved', async () => {
    const dataDir = tmp();
    writeFileSync(join(dataDir, 'index'), 'a file where the index folder goes');
    const logs: string[] = [];
    const r = await createPolicyRetriever(kb, { dataDir, log: (m) => logs.push(m) });
    expect(logs.join()).toMatch(/cannot save the index in .*index.*serving it from memory/);
    expect((await r.search('中试平台能拿多少支持')).measures[0]!.measure).toBe(8);
  });
});

describe('a search that fails on the vectors', () => {
  const tokenizer = createLexiconTokenizer(kb.lexicon);
  const chunks = chunkKnowledge(kb);

  /** Local embeddings that misbehave for one query: a wrong-length vector (the index throws) or an error. */
  function faultyEmbeddings(fault: { query: string; kind: 'wrong-length' | 'throws'; on?: boolean }) {
    const inner = new LocalHashEmbeddings({ tokenizer, corpus: chunks.map(indexText) });
    return Object.assign(Object.create(inner) as LocalHashEmbeddings, {
      embedTokenized(text: string, tokens: string[]) {
        if (fault.on && text.includes(fault.query)) {
          if (fault.kind === 'throws') throw new Error('embeddings endpoint unreachable');
          return inner.embedTokenized(text, tokens).slice(1);
        }
        return inner.embedTokenized(text, tokens);
      },
    });
  }

  it('answers from BM25 alone, logs it and rebuilds the vectors', async () => {
    const logs: string[] = [];
    const fault = { query: '中试平台能拿', kind: 'wrong-length' as const, on: false };
    const r = await createRetriever({ chunks, knowledgeVersion: kb.version, tokenizer, embeddings: faultyEmbeddings(fault), log: (m) => logs.push(m) });
    fault.on = true;
    const res = await r.search('中试平台能拿多少支持');
    expect(res.measures[0]!.measure).toBe(8);
    expect(res.clauses.every((c) => c.vectorRank === null)).toBe(true);
    expect(logs.join()).toMatch(/vector search failed .*BM25 alone/);
    expect(r.vectorStatus().state).toBe('rebuilding');
    await expect.poll(() => r.vectorStatus().state, { timeout: 10_000 }).toBe('ok');
    const after = await r.search('和高校签了技术合同，企业补助按多少比例');
    expect(after.clauses.some((c) => c.vectorRank !== null)).toBe(true);
  });

  it('answers from BM25 alone when embedding the question fails, without rebuilding', async () => {
    const logs: string[] = [];
    const fault = { query: '中试平台能拿', kind: 'throws' as const, on: false };
    const r = await createRetriever({ chunks, knowledgeVersion: kb.version, tokenizer, embeddings: faultyEmbeddings(fault), log: (m) => logs.push(m) });
    fault.on = true;
    for (let i = 0; i < 3; i++) expect((await r.search('中试平台能拿多少支持')).measures[0]!.measure).toBe(8);
    expect(logs.filter((l) => /embedding the question failed/.test(l))).toHaveLength(1);
    expect(r.vectorStatus().state).toBe('ok');
  });
});
