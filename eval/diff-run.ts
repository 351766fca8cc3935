/**
 * The child of `eval diff`: `diff-run.ts <tree> <corpus.json> <out.json>` answers every conversation of the corpus
 * with the assistant of the tree given (its own code and bundled knowledge base, template mode, in memory) and
 * writes the answers. Run once per tree, so each has its own modules.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Answered, CorpusConversation } from './diff.ts';

const [tree, corpusFile, out] = process.argv.slice(2);
if (!tree || !corpusFile || !out) throw new Error('usage: diff-run.ts <tree> <corpus.json> <out.json>');
// The golden cases' day: answers that depend on the date are compared on the same one.
const today = '2026-11-29';
const core = (await import(pathToFileURL(join(tree, 'bot', 'core', 'index.ts')).href)) as typeof import('../bot/core/index.ts');
const runtime = await core.createRuntime({ today: () => today });
const corpus = JSON.parse(readFileSync(corpusFile, 'utf8')) as CorpusConversation[];
const answered: Answered[] = [];
for (const c of corpus) {
  let sessionId: string | undefined;
  const answers: string[] = [];
  for (const t of c.turns) {
    const r = await runtime.assistant.chat({ message: t.message, ...(sessionId ? { sessionId } : {}), ...(t.asOf ? { asOf: t.asOf } : {}) });
    sessionId = r.sessionId;
    answers.push(r.answer);
  }
  answered.push({ id: c.id, answers });
}
runtime.close();
writeFileSync(out, JSON.stringify(answered));
