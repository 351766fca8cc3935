import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadKnowledge } from './knowledge/index.ts';
import { createPolicyRetriever } from './retrieval/index.ts';
const kb = loadKnowledge();
const r = await createPolicyRetriever(kb);
const { questions } = parse(readFileSync('test/retrieval/questions.yaml', 'utf8'));
const on: number[][] = [], off: number[][] = [];
for (const q of questions) { const s = await r.search(q.q); (q.measure === null ? off : on).push([s.signals.bm25Top, s.signals.cosineTop]); }
const show = (xs: number[][], i: number) => xs.map(x => x[i]).sort((a,b)=>a-b).slice(0, 12).map(v=>v.toFixed(2)).join(' ');
console.log('on bm25 lowest', show(on,0)); console.log('on cos lowest', show(on,1));
console.log('off bm25', off.map(x=>x[0].toFixed(2)).join(' ')); console.log('off cos', off.map(x=>x[1].toFixed(2)).join(' '));
