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

const kb = loadKnowledge();
const retriever = await createPolicyRetriever(kb);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
// questions.yaml is the set the lexicon and keywords were tuned on; heldout.yaml
// was written without seeing either, and shows how the tuning generalises.
for (const [name, title] of [['questions.yaml', 'tuning set'], ['heldout.yaml', 'held-out set']] as const) {
  const file = join(bundledKnowledgeDir, '..', 'test', 'retrieval', name);
  const { questions } = parse(readFileSync(file, 'utf8')) as { questions: EvalQuestion[] };
  const rows = await evaluateRetrieval(kb, retriever, questions);
  const onTopic = questions.filter((q) => q.measure !== null).length;
  console.log(`\n${title}: test/retrieval/${name}, ${onTopic} on-topic questions, ${questions.length - onTopic} off-topic\n`);
  console.log(`${'method'.padEnd(40)}  hit@1    hit@3     MRR  off-topic uncited`);
  for (const r of rows) {
    console.log(`${r.name.padEnd(40)} ${pct(r.hit1)} ${pct(r.hit3)}  ${r.mrr.toFixed(3)}  ${r.offTopicRejected === null ? '     —' : pct(r.offTopicRejected)}`);
  }
  if (process.argv.includes('--misses')) {
    for (const r of rows.filter((x) => x.name.startsWith('hybrid'))) {
      console.log(`\n${r.name}: ${r.misses.length} not ranked first`);
      for (const m of r.misses) console.log(`  [${m.expected}] → [${m.got.join(', ')}]  ${m.q}`);
    }
  }
}
