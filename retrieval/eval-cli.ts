/**
 * `npm run eval`: retrieval quality on test/retrieval/questions.yaml, side by
 * side for the baseline, vectors only, BM25 only and the hybrid.
 * `--misses` also lists the questions the hybrid ranked wrong.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { bundledKnowledgeDir, loadKnowledge } from '../knowledge/index.ts';
import { evaluateRetrieval, type EvalQuestion } from './eval.ts';
import { createPolicyRetriever } from './index.ts';

const file = join(bundledKnowledgeDir, '..', 'test', 'retrieval', 'questions.yaml');
const { questions } = parse(readFileSync(file, 'utf8')) as { questions: EvalQuestion[] };
const kb = loadKnowledge();
const retriever = await createPolicyRetriever(kb);
const rows = await evaluateRetrieval(kb, retriever, questions);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
const onTopic = questions.filter((q) => q.measure !== null).length;
console.log(`${onTopic} on-topic questions, ${questions.length - onTopic} off-topic (${file.replace(/.*\/test\//, 'test/')})\n`);
console.log(`${'method'.padEnd(40)}  hit@1    hit@3     MRR  off-topic uncited`);
for (const r of rows) {
  console.log(`${r.name.padEnd(40)} ${pct(r.hit1)} ${pct(r.hit3)}  ${r.mrr.toFixed(3)}  ${r.offTopicRejected === null ? '—' : pct(r.offTopicRejected)}`);
}
if (process.argv.includes('--misses')) {
  for (const r of rows) {
    console.log(`\n${r.name}: ${r.misses.length} not ranked first`);
    for (const m of r.misses) console.log(`  [${m.expected}] → [${m.got.join(', ')}]  ${m.q}`);
  }
}
