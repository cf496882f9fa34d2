import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { utf8 } from '@core/crypto/bytes';
import { openContainer } from '@core/container/container';
import { JurydeskError } from '@core/errors';
import { readEntryBytes, readSpanInto, readZipDirectory, storedEntryBlob, writeZip } from '@core/container/zip';
import { temporaryDirectory } from '../../support/ssh-keygen';
import { rawZip } from '../../support/zip-builder';

const LIMITS = { maxEntries: 100, maxCentralDirectoryBytes: 1 << 20 };

async function writeToDisk(blob: Blob, name = 'archive.zip'): Promise<string> {
  const path = join(temporaryDirectory(), name);
  writeFileSync(path, new Uint8Array(await blob.arrayBuffer()));
  return path;
}

/** A Blob stand-in that records how many bytes were actually read, to prove attachments are only sliced. */
function countingBlob(inner: Blob, counter: { bytesRead: number }): Blob {
  const wrap = (blob: Blob): Blob =>
    ({
      size: blob.size,
      type: blob.type,
      slice: (start?: number, end?: number) => wrap(blob.slice(start, end)),
      arrayBuffer: async () => {
        counter.bytesRead += blob.size;
        return blob.arrayBuffer();
      },
      stream: () => blob.stream(),
      text: () => blob.text(),
    }) as Blob;
  return wrap(inner);
}

describe('zip', () => {
  it('writes archives that unzip -t accepts and reads them back exactly', async () => {
    const text = utf8('Dossier de candidature — résumé '.repeat(200));
    const blob = await writeZip([
      { name: 'mimetype', data: utf8('application/vnd.jurydesk.bundle') },
      { name: 'deflated.txt', data: text, compress: true },
      { name: 'files/a/stored.bin', data: new Blob([new Uint8Array(5000).fill(7)]) },
    ]);
    const path = await writeToDisk(blob);
    expect(execFileSync('unzip', ['-t', path]).toString()).toContain('No errors detected');
    const entries = await readZipDirectory(blob, LIMITS);
    expect(entries.map((entry) => [entry.name, entry.method])).toEqual([
      ['mimetype', 0],
      ['deflated.txt', 8],
      ['files/a/stored.bin', 0],
    ]);
    expect(await readEntryBytes(blob, entries[1]!)).toEqual(text);
    expect(new Uint8Array(await storedEntryBlob(blob, entries[2]!).arrayBuffer())).toEqual(
      new Uint8Array(5000).fill(7),
    );
  });

  it('writes the same bytes for the same content (no timestamps)', async () => {
    const inputs = [{ name: 'a.txt', data: utf8('same'), compress: true }];
    expect(new Uint8Array(await (await writeZip(inputs)).arrayBuffer())).toEqual(
      new Uint8Array(await (await writeZip(inputs)).arrayBuffer()),
    );
  });

  it('reads and writes zip64 records (as zip -fz makes them)', async () => {
    const ours = await writeZip(
      [
        { name: 'mimetype', data: utf8('x') },
        { name: 'big.bin', data: new Uint8Array(3000).fill(1) },
      ],
      { zip64: 'always' },
    );
    expect(execFileSync('unzip', ['-t', await writeToDisk(ours)]).toString()).toContain('No errors detected');
    const oursEntries = await readZipDirectory(ours, LIMITS);
    expect(oursEntries[1]).toMatchObject({ name: 'big.bin', size: 3000 });

    const directory = temporaryDirectory();
    writeFileSync(join(directory, 'mimetype'), 'x');
    writeFileSync(join(directory, 'data.txt'), 'zip64 '.repeat(1000));
    execFileSync('zip', ['-q', '-X', '-fz', join(directory, 'theirs.zip'), 'mimetype', 'data.txt'], { cwd: directory });
    const theirs = new Blob([readFileSync(join(directory, 'theirs.zip'))]);
    const entries = await readZipDirectory(theirs, LIMITS);
    expect(entries.map((entry) => entry.name)).toEqual(['mimetype', 'data.txt']);
    expect(new TextDecoder().decode(await readEntryBytes(theirs, entries[1]!))).toBe('zip64 '.repeat(1000));
  });

  it('opens a container without reading its stored attachments', async () => {
    const attachment = new Uint8Array(8 * 1024 * 1024).fill(3);
    const blob = await writeZip([
      { name: 'mimetype', data: utf8('application/vnd.jurydesk.bundle') },
      { name: 'manifest.json', data: utf8('{}'), compress: true },
      { name: 'manifest.json.sig', data: utf8('sig') },
      { name: 'files/big.pdf', data: attachment },
    ]);
    const counter = { bytesRead: 0 };
    const container = await openContainer(countingBlob(blob, counter), 'bundle');
    expect(container.attachments.get('files/big.pdf')?.size).toBe(attachment.length);
    expect(counter.bytesRead).toBeLessThan(128 * 1024);
  });

  it('reads spans of a file into one reused buffer, not into new memory each time', async () => {
    const content = Uint8Array.from({ length: 300_000 }, (_, index) => (index * 7919) % 251);
    const file = new Blob([content]);
    let buffer = new ArrayBuffer(100_001);
    const given = buffer;
    for (const [start, end] of [
      [0, 100_000],
      [100_000, 150_000],
      [150_000, 300_000],
    ] as const) {
      const read = await readSpanInto(file, start, end, buffer);
      expect(read.bytes).toEqual(content.subarray(start, end));
      // The last span is larger than the buffer: it gets a larger one, which the reads after it go on using.
      expect(read.buffer.byteLength).toBe(Math.max(100_001, end - start + 1));
      buffer = read.buffer;
    }
    // The memory was moved into the reads, not copied: the buffer first given is left empty.
    expect(given.byteLength).toBe(0);
  });

  it('refuses a span that runs past the end of the file', async () => {
    const file = new Blob([new Uint8Array(1000)]);
    const read = readSpanInto(file, 500, 2000, new ArrayBuffer(4096));
    await expect(read).rejects.toThrow(JurydeskError);
    await expect(read).rejects.toMatchObject({ code: 'container.not-zip' });
  });
});

describe('one reading only', () => {
  const entries = [
    { name: 'mimetype', data: utf8('application/vnd.jurydesk.scores') },
    { name: 'scores.json', data: utf8('{}') },
  ];
  const read = (zip: Parameters<typeof rawZip>[0]) =>
    readZipDirectory(new Blob([rawZip(zip) as Uint8Array<ArrayBuffer>]), LIMITS).then(
      (found) => found.map((entry) => entry.name),
      (error: unknown) => (error instanceof JurydeskError ? error.code : String(error)),
    );

  it('accepts zip64 end records whose classic fields agree, or say “see zip64”, and the attributes zip writes', async () => {
    expect(await read({ entries, zip64: {} })).toEqual(['mimetype', 'scores.json']);
    const saturated = { entries: 0xffff, directorySize: 0xffffffff, directoryOffset: 0xffffffff };
    expect(await read({ entries, zip64: { classic: saturated } })).toEqual(['mimetype', 'scores.json']);
    const unixFile = { madeBy: 0x031e, external: 0o100644 * 0x10000, versionNeeded: 45 };
    const unixFolder = { madeBy: 0x031e, external: 0o040755 * 0x10000 + 0x10 };
    expect(
      await read({
        entries: [
          ...entries.map((entry) => ({ ...entry, central: unixFile })),
          { name: 'files/', data: new Uint8Array(0), central: unixFolder },
        ],
      }),
    ).toEqual(['mimetype', 'scores.json', 'files/']);
    // MS-DOS attributes other than "folder" (read-only, archive) say nothing about the kind of entry.
    expect(await read({ entries: entries.map((entry) => ({ ...entry, central: { external: 0x21 } })) })).toEqual([
      'mimetype',
      'scores.json',
    ]);
  });

  it('refuses classic and zip64 records that disagree on any field, or a zip64 record with extensible data', async () => {
    for (const classic of [{ entries: 1 }, { directorySize: 40 }, { directoryOffset: 7 }])
      expect(await read({ entries, zip64: { classic } }), JSON.stringify(classic)).toBe('container.ambiguous');
    expect(await read({ entries, zip64: { extensible: utf8('PK') } })).toBe('container.hidden-data');
  });

  it('refuses an entry needing a later zip version, and a file whose attributes make it a folder, link or device', async () => {
    const withCentral = (central: Record<string, number>) =>
      read({ entries: [entries[0]!, { ...entries[1]!, central }] });
    expect(await withCentral({ versionNeeded: 46 })).toBe('container.ambiguous');
    expect(await withCentral({ versionNeeded: 0x0300 + 45 })).toEqual(['mimetype', 'scores.json']);
    expect(await withCentral({ external: 0x10 })).toBe('container.ambiguous');
    for (const mode of [0o040755, 0o120777, 0o020644, 0o060644, 0o010644, 0o140644])
      expect(await withCentral({ madeBy: 0x031e, external: mode * 0x10000 }), mode.toString(8)).toBe(
        'container.ambiguous',
      );
    // The Unix mode is read only from a Unix host: elsewhere those bits mean nothing.
    expect(await withCentral({ madeBy: 0x0014, external: 0o120777 * 0x10000 })).toEqual(['mimetype', 'scores.json']);
    // A folder may not be a link either.
    expect(
      await read({
        entries: [
          ...entries,
          { name: 'files/', data: new Uint8Array(0), central: { madeBy: 0x031e, external: 0o120777 * 0x10000 } },
        ],
      }),
    ).toBe('container.ambiguous');
  });
});
