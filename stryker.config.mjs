/**
 * Mutation testing of core (`npm run mutate`, or `npm run mutate -- --mutate 'src/core/jury/**\/*.ts'` for one
 * concept): which rules the unit tests would let a change slip past. Reports go to .stryker/.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: ['src/core/**/*.ts', '!src/core/**/index.ts', '!src/core/catalogue/**', '!src/core/ipc.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 30_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: '.stryker/report.html' },
  jsonReporter: { fileName: '.stryker/report.json' },
  tempDirName: '.stryker/tmp',
  // Not copied into the sandbox: the bench's gigabytes of generated calls, builds, and scratch files.
  ignorePatterns: ['/.bench', '/.fuzz', '/.scratch', '/dist-cli', '/out', '/test-results', '/playwright-report'],
  incremental: true,
  incrementalFile: '.stryker/incremental.json',
  thresholds: { high: 90, low: 80, break: null },
};
