import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256HexOfBlob } from '@core/container/digest';

describe('sha256HexOfBlob', () => {
  it('hashes a large Blob in chunks to the digest of its whole bytes, reporting progress up to its size', async () => {
    // Above the size hashed whole, and not a multiple of the chunk: the last chunk is short.
    const content = Uint8Array.from({ length: 21 * 1024 * 1024 + 333 }, (_, index) => (index * 31) % 253);
    const progress: number[] = [];
    const digest = await sha256HexOfBlob(new Blob([content]), (done) => progress.push(done));
    expect(digest).toBe(createHash('sha256').update(content).digest('hex'));
    expect(progress.at(-1)).toBe(content.length);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('hashes a small Blob whole', async () => {
    const content = new TextEncoder().encode('a short application');
    expect(await sha256HexOfBlob(new Blob([content]))).toBe(createHash('sha256').update(content).digest('hex'));
  });
});
