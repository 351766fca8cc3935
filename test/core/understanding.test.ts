/**
 * Golden understanding cases (test/core/understanding/*.yaml): each message,
 * in its reading context, through the real reader over the bundled knowledge
 * base. A case marked `known` is a recorded bug: reported apart, and failing
 * only once it passes (remove the mark with the fix).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createReader } from '../../bot/core/index.ts';
import { loadKnowledge } from '../../knowledge/index.ts';
import { loadUnderstandingCases, readContextOf, readingDiffs, type UnderstandingCase } from '../support/golden-cases.ts';

const reader = createReader(loadKnowledge());
const cases = loadUnderstandingCases();
const files = [...new Set(cases.map((c) => c.file))];
const knownFailures: string[] = [];

const where = (c: UnderstandingCase) => `${c.file} #${c.index + 1} «${c.message}»${c.context ? ` (context ${JSON.stringify(c.context)})` : ''}`;

function check(c: UnderstandingCase): string[] {
  return readingDiffs(reader.read(c.message, readContextOf(c)), c.expect);
}

describe('golden understanding cases', () => {
  it('has at least 220 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(220);
  });

  for (const file of files) {
    describe(file, () => {
      for (const c of cases.filter((x) => x.file === file)) {
        if (c.known) {
          it(`#${c.index + 1} ${c.title} [known: ${c.known}]`, () => {
            const diffs = check(c);
            if (diffs.length === 0) throw new Error(`${where(c)} now reads as expected: remove its known mark («${c.known}»)`);
            knownFailures.push(`${where(c)}: ${c.known}\n    ${diffs.join('\n    ')}`);
          });
        } else {
          it(`#${c.index + 1} ${c.title}`, () => {
            const diffs = check(c);
            if (diffs.length > 0) throw new Error(`${where(c)}:\n  ${diffs.join('\n  ')}`);
          });
        }
      }
    });
  }
});

afterAll(() => {
  const known = cases.filter((c) => c.known).length;
  console.log(`understanding: ${cases.length} cases, ${known} known failures${process.env.GOLDEN_VERBOSE ? `\n  ${knownFailures.join('\n  ')}` : ' (GOLDEN_VERBOSE=1 lists them)'}`);
});
