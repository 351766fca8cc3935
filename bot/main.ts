/**
 * Entry point. The only place that reads environment variables.
 */
import { loadKnowledge } from '../knowledge/index.ts';

const kb = loadKnowledge();
const benefits = kb.measures.reduce((n, m) => n + m.benefits.length, 0);
console.log(`${kb.document.title}（${kb.document.validity.from} 至 ${kb.document.validity.to}）`);
console.log(`知识库版本 ${kb.version}：${kb.measures.length} 条（含第0条附则），${benefits} 项奖补`);
for (const m of kb.measures) console.log(`  ${m.number}. ${m.heading}`);
