/**
 * Golden dialog cases (test/core/dialog/*.yaml): each case's turns through one
 * shared in-memory runtime, a new session per case. A case marked `known` is
 * a recorded bug: reported apart, and failing only once it passes (remove the
 * mark with the fix).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../bot/core/index.ts';
import { parseSessionState } from '../../bot/core/sessions.ts';
import { firstLines, loadDialogCases, responseDiffs, type DialogCase } from '../support/golden-cases.ts';

const cases = loadDialogCases();
const files = [...new Set(cases.map((c) => c.file))];
const knownFailures: string[] = [];
let rt: Runtime;

beforeAll(async () => {
  rt = await createRuntime({ today: () => '2026-11-29' });
});
afterAll(() => {
  rt?.close();
  const known = cases.filter((c) => c.known).length;
  console.log(`dialog: ${cases.length} cases, ${known} known failures${process.env.GOLDEN_VERBOSE ? `\n  ${knownFailures.join('\n  ')}` : ' (GOLDEN_VERBOSE=1 lists them)'}`);
});

/** Runs every turn (all of them, so one report shows every difference); one line per difference. */
async function run(c: DialogCase): Promise<string[]> {
  const out: string[] = [];
  let sessionId: string | undefined;
  for (const [i, turn] of c.turns.entries()) {
    const r = await rt.assistant.chat({ message: turn.message, ...(sessionId ? { sessionId } : {}), ...(turn.asOf ? { asOf: turn.asOf } : {}) });
    sessionId = r.sessionId;
    // Every turn says something: an empty answer is a defect whatever the case expects.
    // Every state kept passes its schema as stored: a field out of its range would fail the next turn's load.
    const kept = rt.sessions.load(r.sessionId)?.state;
    const unstorable = kept !== undefined && parseSessionState(JSON.parse(JSON.stringify(kept))) === undefined;
    const diffs = [...(r.answer.trim() === '' ? ['the answer is empty'] : []), ...(unstorable ? ['the state kept fails its schema'] : []), ...(turn.expect ? responseDiffs(r, turn.expect) : [])];
    if (diffs.length > 0) out.push(`turn ${i + 1} «${turn.message}»${turn.asOf ? ` (asOf ${turn.asOf})` : ''}:\n    ${diffs.join('\n    ')}\n    answered: ${firstLines(r.answer)}`);
  }
  return out;
}

const where = (c: DialogCase) => `${c.file} #${c.index + 1} ${c.name}`;

describe('golden dialog cases', () => {
  it('has at least 110 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(110);
  });

  it('reports an answer that opens otherwise than startsWith says', () => {
    const r = { answer: '原文写的是“…”。\n【第8条】', calculations: [], checks: [], citations: [] } as unknown as Parameters<typeof responseDiffs>[0];
    expect(responseDiffs(r, { startsWith: '原文写的是' })).toEqual([]);
    expect(responseDiffs(r, { startsWith: '【第8条】' })).toEqual(['answer: expected to start with «【第8条】»']);
  });

  // An expectation naming an item or fact the knowledge base does not have cannot fail (calculationsAbsent: [a-typo]).
  it('names only benefits, checks and facts the knowledge base has', () => {
    const benefits = new Set(rt.kb.measures.flatMap((m) => m.benefits.map((b) => b.id)));
    const checks = new Set(rt.kb.measures.flatMap((m) => m.provisions.map((p) => p.id)));
    const facts = new Set(rt.kb.facts.facts.map((f) => f.id));
    const unknown: string[] = [];
    for (const c of cases) {
      for (const t of c.turns) {
        const e = t.expect;
        if (!e) continue;
        for (const x of e.calculations ?? []) if (x.benefit !== undefined && !benefits.has(x.benefit)) unknown.push(`${where(c)}: benefit ${x.benefit}`);
        for (const id of e.calculationsAbsent ?? []) if (!benefits.has(id)) unknown.push(`${where(c)}: calculationsAbsent ${id}`);
        for (const x of e.checks ?? []) if (!checks.has(x.check)) unknown.push(`${where(c)}: check ${x.check}`);
        if (e.question !== undefined && e.question !== 'none' && !facts.has(e.question)) unknown.push(`${where(c)}: question ${e.question}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  for (const file of files) {
    describe(file, () => {
      for (const c of cases.filter((x) => x.file === file)) {
        if (c.known) {
          it(`#${c.index + 1} ${c.name} [known: ${c.known}]`, async () => {
            const diffs = await run(c);
            if (diffs.length === 0) throw new Error(`${where(c)} now answers as expected: remove its known mark («${c.known}»)`);
            knownFailures.push(`${where(c)}: ${c.known}\n  ${diffs.join('\n  ')}`);
          });
        } else {
          it(`#${c.index + 1} ${c.name}`, async () => {
            const diffs = await run(c);
            if (diffs.length > 0) throw new Error(`${where(c)}:\n  ${diffs.join('\n  ')}`);
          });
        }
      }
    });
  }
});
