import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

describe('mutation fuzzing of the four kinds of file', () => {
  it('a few thousand mutants per kind are each refused with a documented sentence, or accepted as exactly what was signed', () => {
    // The same script as `npm run fuzz`, with a fixed seed: a failure here replays with that command.
    const run = spawnSync(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      ['tests/fuzz/run.ts', '--count', '2000', '--seed', '20261201'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const kind of ['bundle', 'scores', 'deliberation', 'declaration'])
      expect(run.stdout).toMatch(
        // No wrong verdict; every accepted mutant read again by three other zip readers, none read two ways.
        new RegExp(`^\\| ${kind} \\| 2000 \\| \\d+ / \\d+ / \\d+ \\| \\d+ \\| (\\d+) \\| 0 \\| \\1 \\| 0 \\|`, 'm'),
      );
  }, 120_000);
});
