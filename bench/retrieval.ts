/**
 * Retrieval speed and memory: the real knowledge base (query p50/p95), and a
 * synthetic knowledge base of 1,000 policy documents made by recombining the
 * real sentences with new city names, numbers and measure titles (index build
 * time, query p50/p95, peak RSS). The synthetic run happens in a child process
 * so its peak RSS is its own.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { bundledKnowledgeDir, loadKnowledge } from '../knowledge/index.ts';
import {
  chunkKnowledge,
  createLexiconTokenizer,
  createPolicyRetriever,
  createQueryExpander,
  createRetriever,
  indexText,
  LocalHashEmbeddings,
  type Chunk,
} from '../retrieval/index.ts';
import { mulberry32 } from './eligibility.ts';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timeQueries(search: (q: string) => Promise<unknown>, queries: string[], rounds: number) {
  for (const q of queries.slice(0, 20)) await search(q); // warm-up
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t0 = performance.now();
      await search(q);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  return { n: times.length, p50: percentile(times, 50), p95: percentile(times, 95) };
}

function evalQueries(): string[] {
  const file = join(bundledKnowledgeDir, '..', 'test', 'retrieval', 'questions.yaml');
  return (parse(readFileSync(file, 'utf8')) as { questions: { q: string }[] }).questions.map((q) => q.q);
}

const cities = ['青溪', '云港', '临川', '嘉禾', '东陵', '南浔', '北湖', '西岭', '明州', '安平', '长宁', '江源', '凤城', '金湾', '玉泉', '华阳'];
const topics = ['科技成果转化', '产学研协同', '科技金融', '人才引育', '中试服务', '概念验证', '技术转移', '场景创新', '知识产权运用', '创新联合体'];
const verbs = ['加强', '深化', '完善', '推进', '优化', '强化', '建立健全', '支持'];

/** Chunks of a synthetic knowledge base: real sentences with new names and numbers. */
export function syntheticChunks(docs: number, seed = 7): Chunk[] {
  const kb = loadKnowledge();
  const real = chunkKnowledge(kb).filter((c) => c.measure > 0);
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const out: Chunk[] = [];
  for (let d = 0; d < docs; d++) {
    const city = `${pick(cities)}${d}`;
    const doc = `${city}市促进${pick(topics)}若干措施`;
    for (let m = 1; m <= 12; m++) {
      const heading = `${pick(verbs)}${pick(topics)}`;
      const n = 2 + Math.floor(rnd() * 4);
      for (let s = 0; s < n; s++) {
        const excerpt = pick(real)
          .excerpt.replace(/无锡/g, city)
          .replace(/\d+/g, () => String(1 + Math.floor(rnd() * 2000)));
        out.push({ id: `d${d}-m${m}-s${s}`, doc, measure: m, heading, excerpt, context: '' });
      }
    }
  }
  return out;
}

/** Runs in the child process: builds the synthetic index and times queries. */
export async function benchSyntheticScale(docs: number): Promise<void> {
  const kb = loadKnowledge();
  const chunks = syntheticChunks(docs);
  const tokenizer = createLexiconTokenizer(kb.lexicon);
  const t0 = performance.now();
  const embeddings = new LocalHashEmbeddings({ tokenizer, corpus: chunks.map(indexText) });
  let lastShown = 0;
  const retriever = await createRetriever({
    chunks,
    knowledgeVersion: 'synthetic',
    tokenizer,
    embeddings,
    expandQuery: createQueryExpander(kb.lexicon),
    onProgress: (done, total) => {
      if (done - lastShown >= total / 5 || done === total) {
        lastShown = done;
        process.stderr.write(`  building: ${done}/${total} chunks (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
      }
    },
  });
  const build = (performance.now() - t0) / 1000;
  const q = await timeQueries((x) => retriever.search(x), evalQueries(), 5);
  const rssMiB = process.resourceUsage().maxRSS / 1024;
  console.log(`retrieval (synthetic ${docs.toLocaleString('en-US')} documents, ${chunks.length.toLocaleString('en-US')} clauses): build ${build.toFixed(1)} s (target ≤ 60 s)`);
  console.log(`retrieval (synthetic): query p50 ${q.p50.toFixed(2)} ms, p95 ${q.p95.toFixed(2)} ms over ${q.n} queries (target p95 ≤ 20 ms)`);
  console.log(`retrieval (synthetic): peak RSS ${rssMiB.toFixed(0)} MiB (target ≤ 1024 MiB)`);
}

export async function benchRetrieval(): Promise<void> {
  const kb = loadKnowledge();
  const t0 = performance.now();
  const retriever = await createPolicyRetriever(kb);
  const build = performance.now() - t0;
  const q = await timeQueries((x) => retriever.search(x), evalQueries(), 10);
  console.log(`retrieval (bundled knowledge base, ${retriever.chunks.length} clauses): build ${build.toFixed(0)} ms`);
  console.log(`retrieval (bundled): query p50 ${q.p50.toFixed(3)} ms, p95 ${q.p95.toFixed(3)} ms over ${q.n} queries (target p95 ≤ 2 ms)`);
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'retrieval-scale.ts')], { stdio: 'inherit' });
  if (child.status !== 0) throw new Error(`bench: the synthetic retrieval run failed (exit ${child.status})`);
}
