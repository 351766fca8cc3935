// @ts-check
/**
 * Mutation testing of the conversation core and the vocabulary lint with
 * StrykerJS: `npm run mutation` (not part of `npm test`). See the README,
 * "Mutation testing", for per-file and incremental runs.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: {
    // Only the unit-level tests of test/core and test/knowledge (no servers, child processes or browsers).
    configFile: 'vitest.mutation.config.ts',
    // Run only the test files that import the mutated file.
    related: true,
  },
  // No type checker: tsx runs TypeScript as it is, and `npm test` type-checks.
  checkers: [],
  // The project's TypeScript is version 7 (no JavaScript API), which Stryker's
  // tsconfig rewriting needs; the tsconfig has no `extends` or `references`
  // to rewrite, so point Stryker at no tsconfig and copy it as it is.
  tsconfigFile: '',
  mutate: [
    'bot/core/{read,words,numbers,typos,decide,compute,compose,sessions,session-store,guard,read-numbers}.ts',
    'knowledge/lint-vocabulary.ts',
  ],
  coverageAnalysis: 'perTest',
  // Mutants in code that runs when a module loads (word tables, regular
  // expressions and schemas at the top level) can only be tested by reloading
  // every test file and running all ~900 tests: ~20-30 s each on this 2-core
  // machine, and they were the runs that hit the timeout and restarted a
  // worker. They are reported as "Ignored" instead. A mutant hit both while
  // loading and by a test ("hybrid": the reader's and the item index's
  // set-up, run at the top of the golden-case files) is then run against the
  // few tests that build their own reader or runtime, and may survive
  // because the golden cases never see it: measure such code with
  // STRYKER_STATIC=1, which runs every static and hybrid mutant against the
  // whole suite.
  ignoreStatic: process.env.STRYKER_STATIC !== '1',
  // A 2-core machine: one vitest worker per core.
  concurrency: 2,
  // A mutant's time limit is timeoutFactor × its tests' time in the initial run
  // + timeoutMS + that run's overhead (10-25 s here). Loops that never end are
  // caught sooner by Stryker's hit limit. A static mutant runs the whole suite,
  // which takes 20-40 s when the machine is busy: it gets a minute more.
  timeoutMS: process.env.STRYKER_STATIC === '1' ? 60_000 : 10_000,
  timeoutFactor: 2,
  thresholds: { high: 80, low: 65, break: null },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false, reportScoreTable: true },
  // `npm run mutation -- --incremental` reuses this file's results for unchanged code and tests.
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  ignorePatterns: ['/data', '/test-artifacts', '/reports', '/bench', '/eval', '/docs', '/.ci'],
};
