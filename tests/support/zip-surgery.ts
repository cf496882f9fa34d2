import { utf8 } from '@core/crypto/bytes';
import { readEntryBytes, readZipDirectory, writeZip, type ZipInput } from '@core/container/zip';

/** Unpacks a zip into writer inputs, so a test can change one thing and pack it again. */
export async function unpack(blob: Blob): Promise<ZipInput[]> {
  const entries = await readZipDirectory(blob, { maxEntries: 1000, maxCentralDirectoryBytes: 1 << 20 });
  return Promise.all(
    entries.map(async (entry) => ({
      name: entry.name,
      data: await readEntryBytes(blob, entry),
      compress: entry.method === 8,
    })),
  );
}

export async function repack(blob: Blob, change: (inputs: ZipInput[]) => ZipInput[]): Promise<Blob> {
  return writeZip(change(await unpack(blob)));
}

function indexOfSequence(bytes: Uint8Array, sequence: Uint8Array, from = 0): number {
  outer: for (let i = from; i <= bytes.length - sequence.length; i++) {
    for (let j = 0; j < sequence.length; j++) if (bytes[i + j] !== sequence[j]) continue outer;
    return i;
  }
  return -1;
}

function headerOf(bytes: Uint8Array, signature: number, name: string, nameOffset: number): number {
  const encodedName = utf8(name);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = indexOfSequence(bytes, encodedName); at >= 0; at = indexOfSequence(bytes, encodedName, at + 1)) {
    const start = at - nameOffset;
    if (start >= 0 && view.getUint32(start, true) === signature) return start;
  }
  throw new Error(`no header for ${name}`);
}

/** Byte offsets of an entry's local and central headers, to falsify one field in place. */
export function headers(bytes: Uint8Array, name: string): { local: number; central: number } {
  return { local: headerOf(bytes, 0x04034b50, name, 30), central: headerOf(bytes, 0x02014b50, name, 46) };
}

export function setUint32(bytes: Uint8Array, offset: number, value: number): Uint8Array {
  const copy = bytes.slice();
  new DataView(copy.buffer).setUint32(offset, value, true);
  return copy;
}

export function setUint16(bytes: Uint8Array, offset: number, value: number): Uint8Array {
  const copy = bytes.slice();
  new DataView(copy.buffer).setUint16(offset, value, true);
  return copy;
}
