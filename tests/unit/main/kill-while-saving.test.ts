import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryDirectory } from '../../support/ssh-keygen';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CHILD = join(ROOT, 'tests', 'support', 'save-child.ts');
const PIECES = 12;
const PIECE = 256 * 1024;

/** Runs a save in a child process and kills it with SIGKILL once it has said `when`. */
async function killWhenSaid(target: string, when: string, byte: number): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, target, String(PIECES), String(byte)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let said = '';
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (said.split('\n').includes(when)) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`the save failed: ${errors}`));
      else resolve(said);
    });
  });
}

/** What the final name holds: nothing, the previous file, or the whole new one; never a part. */
function outcome(target: string, previous: Uint8Array | null, byte: number): 'none' | 'previous' | 'new' | 'partial' {
  if (!existsSync(target)) return 'none';
  const bytes = readFileSync(target);
  if (previous && Buffer.compare(bytes, Buffer.from(previous)) === 0) return 'previous';
  return bytes.length === PIECES * PIECE && bytes.every((value) => value === byte) ? 'new' : 'partial';
}

describe('a desktop save killed with SIGKILL', () => {
  const moments = ['piece 1', 'piece 6', `piece ${PIECES}`, 'ending'];

  for (const [name, previous] of [
    ['a deliberation saved over its previous revision', new Uint8Array(3000).fill(7)],
    ['a score file exported where there was none', null],
  ] as const) {
    it(`${name}: the final name holds the previous file or the whole new one, at every moment`, async () => {
      const seen = new Set<string>();
      for (const [index, when] of moments.entries()) {
        const folder = temporaryDirectory();
        const target = join(folder, 'file.jurydelib');
        if (previous) writeFileSync(target, previous);
        const byte = 40 + index;
        await killWhenSaid(target, when, byte);
        const left = outcome(target, previous, byte);
        expect(previous ? ['previous', 'new'] : ['none', 'new'], `killed at “${when}”`).toContain(left);
        seen.add(left);
        // What the killed save left beside it is a temporary name, never the final one.
        expect(readdirSync(folder).filter((entry) => entry !== 'file.jurydelib')).toEqual(
          readdirSync(folder).filter((entry) => entry.endsWith('.partial')),
        );
      }
      // Killed before the end, the file was not in place yet.
      expect(seen.has(previous ? 'previous' : 'none')).toBe(true);
    }, 60_000);
  }
});
