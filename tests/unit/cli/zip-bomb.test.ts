import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDeflateRaw } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { temporaryDirectory } from '../../support/ssh-keygen';
import { rawZip } from '../../support/zip-builder';
import { unpack } from '../../support/zip-surgery';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SCORE_FILE = join(ROOT, 'resources', 'demo', 'scores', 'karim-benali.juryscores');

/** A gigabyte of zeros as one deflate stream: about a megabyte, made in a stream so the test never holds the gigabyte. */
async function gigabyteOfZeros(): Promise<Uint8Array> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const zeros = Buffer.alloc(1 << 20);
  for (let megabyte = 0; megabyte < 1024; megabyte++) deflate.write(zeros);
  await new Promise((resolve) => deflate.end(resolve));
  return new Uint8Array(Buffer.concat(chunks));
}

/** `jurydesk verify FILE` in a process of its own, under /usr/bin/time -v: its exit code, what it said, its peak memory. */
function verifyMeasured(path: string): { status: number | null; stderr: string; peakKilobytes: number } {
  const run = spawnSync('/usr/bin/time', ['-v', process.execPath, 'scripts/cli.mjs', 'verify', path], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '' },
  });
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr);
  if (!peak) throw new Error(`no measure in: ${run.stderr}`);
  return { status: run.status, stderr: run.stderr, peakKilobytes: Number(peak[1]) };
}

describe('a zip bomb handed to the command line', () => {
  it('a 1 MB score file whose document inflates to a gigabyte is refused, costing no more memory than a valid file', async () => {
    const entries = (await unpack(new Blob([readFileSync(SCORE_FILE)]))).map((input) => ({
      name: input.name,
      data: input.data as Uint8Array,
    }));
    const deflated = await gigabyteOfZeros();
    const directory = temporaryDirectory();
    const path = join(directory, 'bomb.juryscores');
    writeFileSync(
      path,
      rawZip({
        entries: entries.map((entry) =>
          entry.name === 'scores.json'
            ? { ...entry, deflated, central: { size: 2048, crc32: 0 }, local: { size: 2048, crc32: 0 } }
            : entry,
        ),
      }),
    );
    expect(readFileSync(path).length).toBeGreaterThan(1_000_000);
    expect(readFileSync(path).length).toBeLessThan(1_100_000);

    const valid = verifyMeasured(SCORE_FILE);
    expect(valid.status).toBe(0);
    const refused = verifyMeasured(path);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Error: The entry “scores.json” is not the size the file says it is.');
    // The process itself (Node and the command line) weighs about the same either way, give or take what the garbage
    // collector keeps on a busy machine; the bomb, inflated whole, would add gigabytes.
    expect(refused.peakKilobytes).toBeLessThan(valid.peakKilobytes + 64 * 1024);
  });
});
