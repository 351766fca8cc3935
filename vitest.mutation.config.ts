/**
 * Vitest configuration for mutation runs (`npm run mutation`, StrykerJS).
 *
 * Only the unit-level tests of the conversation core and the knowledge base
 * run under mutants: the tests that start servers or child processes, drive a
 * browser, or exercise the on-disk version store are left out (they do not
 * exercise the mutated files directly and cost most of a run). `npm test`
 * still runs everything through vitest.config.ts.
 */
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * @stryker-mutator/vitest-runner 9.5 copies a setup file into the sandbox
 * whose `afterAll(({ meta }) => …)` hooks read the file's meta from the first
 * argument. Vitest 4.1 passes suite-level hooks a context first and the suite
 * second, and fails the whole file when the first argument is destructured
 * ("The afterAll hook uses fixtures "meta", but has no access to context"):
 * without this, no per-test coverage reaches Stryker and no hit count is
 * kept. This rewrites those hooks to read the suite from the second argument.
 */
const strykerSetupForVitest41: Plugin = {
  name: 'stryker-setup-for-vitest-4.1',
  enforce: 'pre',
  transform(code, id) {
    if (!/[\\/]stryker-setup-\d+\.js$/.test(id)) return null;
    const fixed = code.replaceAll('afterAll(({ meta }) =>', 'afterAll(({}, { meta }) =>');
    if (fixed === code) throw new Error(`${id}: the Stryker setup file changed; check whether this rewrite is still needed`);
    return { code: fixed, map: null };
  },
};

export default defineConfig({
  plugins: [strykerSetupForVitest41],
  test: {
    include: ['test/core/**/*.test.ts', 'test/knowledge/**/*.test.ts'],
    exclude: [
      '**/node_modules/**',
      '**/*.loopback.test.ts',
      '**/*.browser.test.ts',
      // The version store under DATA_DIR: disk-heavy, and reaches the mutated files only through loadKnowledge.
      'test/knowledge/versions.test.ts',
      // Spawns the kb CLI, and its broken knowledge bases fail before the vocabulary lint runs
      // (no test of the suite breaks the vocabulary or the templates on purpose).
      'test/knowledge/loader.test.ts',
      // Copies the knowledge base and builds two runtimes, ~1 s a test: run under
      // every mutant of the reader and the decisions, it doubled a mutant's run
      // on this 2-core machine. `npm test` runs it.
      'test/core/vocabulary-data.test.ts',
    ],
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
