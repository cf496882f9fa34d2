import { defineConfig } from 'vitest/config';
import { ALIASES } from './aliases.config.ts';

/**
 * The tests that hold core's rules, for Stryker (`npm run mutate`): every unit test but the long fuzz run, the
 * zip bomb, which check the reader's limits rather than a rule a mutant could change, and the assignment's run at
 * national size, whose rules the same properties hold at smaller sizes in a fraction of the time.
 *
 * JURYDESK_MUTATION_TESTS (comma-separated globs) narrows the set for one run: a file that every fixture reads,
 * such as the zip reader, has its mutants run against the whole set each time, and a narrower set gives a score
 * that can only be lower than the whole set's — a floor, never a flattering figure.
 */
export default defineConfig({
  resolve: { alias: ALIASES },
  test: {
    environment: 'node',
    include: process.env.JURYDESK_MUTATION_TESTS?.split(',') ?? [
      'tests/unit/core/**/*.test.ts',
      'tests/unit/cli/**/*.test.ts',
    ],
    exclude: ['tests/unit/cli/zip-bomb.test.ts', 'tests/unit/core/assignments-national.test.ts'],
    testTimeout: 30_000,
  },
});
