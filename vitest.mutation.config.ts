import { defineConfig } from 'vitest/config';
import { ALIASES } from './aliases.config.ts';

/**
 * The tests that hold core's rules, for Stryker (`npm run mutate`): every unit test but the long fuzz run, the
 * zip bomb, which check the reader's limits rather than a rule a mutant could change, and the assignment's run at
 * national size, whose rules the same properties hold at smaller sizes in a fraction of the time.
 */
export default defineConfig({
  resolve: { alias: ALIASES },
  test: {
    environment: 'node',
    include: ['tests/unit/core/**/*.test.ts', 'tests/unit/cli/**/*.test.ts'],
    exclude: ['tests/unit/cli/zip-bomb.test.ts', 'tests/unit/core/assignments-national.test.ts'],
    testTimeout: 30_000,
  },
});
