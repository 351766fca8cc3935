import { createReader, emptyContext } from './bot/core/index.ts';
import { loadKnowledge } from './knowledge/index.ts';
const reader = createReader(loadKnowledge());
console.log(JSON.stringify(reader.read(process.env.M ?? '', emptyContext), null, 1));
