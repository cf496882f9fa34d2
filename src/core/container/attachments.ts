import { sha256Hex } from '../crypto';
import { JurydeskError } from '../errors';
import type { OpenedContainer } from './container';
import { crc32 } from './crc32';
import { digestBlob } from './digest';
import { readSpanInto, sliceAsBlob, storedEntryBlob, storedEntryIn, type ZipEntry } from './zip';

/** Attachments up to this size are read whole, once; larger ones are handed out as slices and hashed in chunks. */
export const IN_MEMORY_ATTACHMENT_LIMIT = 16 * 1024 * 1024;

export interface AttachmentData {
  /** A slice of the file: storing it never needs the whole attachment in memory. */
  readonly blob: Blob;
  /** Its lowercase hex SHA-256, computed in the same read that checked its CRC-32. */
  readonly sha256: string;
}

/** Small attachments that follow one another in the file are read together, this many bytes at a time. */
const ATTACHMENT_SPAN = 4 * 1024 * 1024;

function checkCrc(entry: ZipEntry, actual: number): void {
  if (actual !== entry.crc32) throw new JurydeskError('container.checksum-mismatch', { path: entry.name });
}

/**
 * Visits the attachments at `paths` in the file's order, each with a slice of the file to keep and its SHA-256; each
 * one's CRC-32 is checked in the same read, so every byte of the zip is checked as other zip tools check it. Small
 * attachments are read several at once, their local headers checked in the same read: each Blob read and each slice
 * costs a round trip to a browser's blob store, and a national call's bundle holds thousands of attachments. Large
 * ones are read in chunks, reporting each chunk's bytes to `onBytes`.
 */
export async function forEachAttachment(
  container: OpenedContainer,
  paths: readonly string[],
  visit: (path: string, data: AttachmentData) => Promise<void>,
  onBytes?: (bytes: number) => void,
): Promise<void> {
  const entries = paths
    .map((path) => {
      const entry = container.attachments.get(path);
      if (!entry) throw new JurydeskError('container.missing-entry', { path });
      return entry;
    })
    .sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  let buffer = new ArrayBuffer(ATTACHMENT_SPAN + 1);
  for (let first = 0; first < entries.length;) {
    const entry = entries[first]!;
    if (entry.dataOffset !== null) {
      const blob = storedEntryBlob(container.source, entry);
      let reported = 0;
      const digest = await digestBlob(blob, (done) => {
        onBytes?.(done - reported);
        reported = done;
      });
      checkCrc(entry, digest.crc32);
      await visit(entry.name, { blob, sha256: digest.sha256 });
      first++;
      continue;
    }
    let end = first + 1;
    while (
      end < entries.length &&
      entries[end]!.dataOffset === null &&
      entries[end]!.spanEnd - entry.localHeaderOffset <= ATTACHMENT_SPAN
    )
      end++;
    const read = await readSpanInto(container.source, entry.localHeaderOffset, entries[end - 1]!.spanEnd, buffer);
    buffer = read.buffer;
    const span = read.bytes;
    const members = entries.slice(first, end).map((member) => {
      const stored = storedEntryIn(span, entry.localHeaderOffset, member);
      checkCrc(member, crc32(stored.bytes));
      return { member, ...stored };
    });
    // Hashed together: WebCrypto works off the main thread, on several attachments at once.
    await Promise.all(
      members.map(async ({ member, bytes, dataOffset }) => {
        const sha256 = await sha256Hex(bytes);
        onBytes?.(member.size);
        // A slice of the file rather than a new Blob of the bytes: a browser copies a new Blob into its blob store.
        await visit(member.name, { blob: sliceAsBlob(container.source, dataOffset, dataOffset + member.size), sha256 });
      }),
    );
    first = end;
  }
}
