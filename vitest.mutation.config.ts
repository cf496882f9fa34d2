import { defineConfig } from 'vitest/config';
import { ALIASES } from './aliases.config.ts';

/**
 * The tests that hold core's rules, for Stryker (`npm run mutate`): every unit test but the long fuzz run and the
 * zip bomb, which check the reader's limits rather than a rule a mutant could change.
 */
export default defineConfig({
  resolve: { alias: ALIASES },
  test: {
    environment: 'node',
    include: ['tests/unit/core/**/*.test.ts', 'tests/unit/cli/**/*.test.ts'],
    exclude: ['tests/unit/cli/zip-bomb.test.ts'],
    testTimeout: 30_000,
  },
});
