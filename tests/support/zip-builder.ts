import { deflateRawSync } from 'node:zlib';
import { utf8 } from '@core/crypto/bytes';
import { crc32 } from '@core/container/crc32';

/**
 * A zip written field by field, for the files no honest writer makes: bytes outside every entry, local
 * entries the central directory does not list, data descriptors that disagree with it. Each knob breaks
 * exactly one rule of docs/FORMATS.md §1, so a test can show the reader refuses that rule alone.
 */
export interface RawEntry {
  name: string;
  data: Uint8Array;
  /** Deflate the data (method 8); otherwise stored. */
  deflate?: boolean;
  /** A deflate stream written as the entry's data (method 8), in place of `data` deflated: a bomb, say. */
  deflated?: Uint8Array;
  /** Sizes and CRC after the data, in a descriptor (general purpose bit 3), zeros in the local header. */
  descriptor?: { crc32?: number; compressedSize?: number; size?: number; signature?: boolean };
  /** General-purpose flag bits set in both headers, besides UTF-8 and the descriptor's. */
  flags?: number;
  /** Written as a local entry but left out of the central directory. */
  unlisted?: boolean;
  /** Fields of the central record that lie: the size, the CRC-32, the method; or that change how tools read it. */
  central?: {
    size?: number;
    crc32?: number;
    method?: number;
    versionNeeded?: number;
    /** "Version made by": its high byte names the host (3: Unix), which says how to read `external`. */
    madeBy?: number;
    external?: number;
  };
  /** Fields of the local header that lie. */
  local?: { size?: number; crc32?: number; name?: string };
  /** Bytes written after this entry, before the next one. */
  gapAfter?: Uint8Array;
}

export interface RawZip {
  entries: RawEntry[];
  /** Bytes before the first entry, with every offset shifted to match (as self-extracting archives do). */
  prefix?: Uint8Array;
  comment?: Uint8Array;
  /**
   * A zip64 end record and locator before the classic end record: `extensible` bytes in the record, and classic
   * fields other than the zip64 ones (by default they hold the same values).
   */
  zip64?: { extensible?: Uint8Array; classic?: { entries?: number; directorySize?: number; directoryOffset?: number } };
}

class Writer {
  private readonly parts: number[] = [];
  u16(value: number) {
    this.parts.push(value & 0xff, (value >>> 8) & 0xff);
    return this;
  }
  u32(value: number) {
    this.parts.push(value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff);
    return this;
  }
  bytes(value: Uint8Array) {
    for (const byte of value) this.parts.push(byte);
    return this;
  }
  done(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

export function rawZip(zip: RawZip): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const push = (chunk: Uint8Array) => {
    chunks.push(chunk);
    offset += chunk.length;
  };
  if (zip.prefix) push(zip.prefix);
  let listed = 0;
  for (const entry of zip.entries) {
    const name = utf8(entry.name);
    const stored = entry.deflated ?? (entry.deflate ? new Uint8Array(deflateRawSync(entry.data)) : entry.data);
    const crc = crc32(entry.data);
    const method = entry.deflate || entry.deflated ? 8 : 0;
    const flags = 0x0800 | (entry.descriptor ? 0x0008 : 0) | (entry.flags ?? 0);
    const headerOffset = offset;
    const localName = entry.local?.name !== undefined ? utf8(entry.local.name) : name;
    push(
      new Writer()
        .u32(0x04034b50)
        .u16(20)
        .u16(flags)
        .u16(method)
        .u16(0)
        .u16(0x21)
        .u32(entry.descriptor ? 0 : (entry.local?.crc32 ?? crc))
        .u32(entry.descriptor ? 0 : stored.length)
        .u32(entry.descriptor ? 0 : (entry.local?.size ?? entry.data.length))
        .u16(localName.length)
        .u16(0)
        .bytes(localName)
        .done(),
    );
    push(stored);
    if (entry.descriptor) {
      const descriptor = new Writer();
      if (entry.descriptor.signature !== false) descriptor.u32(0x08074b50);
      push(
        descriptor
          .u32(entry.descriptor.crc32 ?? crc)
          .u32(entry.descriptor.compressedSize ?? stored.length)
          .u32(entry.descriptor.size ?? entry.data.length)
          .done(),
      );
    }
    if (entry.gapAfter) push(entry.gapAfter);
    if (entry.unlisted) continue;
    listed++;
    central.push(
      new Writer()
        .u32(0x02014b50)
        .u16(entry.central?.madeBy ?? 20)
        .u16(entry.central?.versionNeeded ?? 20)
        .u16(flags)
        .u16(entry.central?.method ?? method)
        .u16(0)
        .u16(0x21)
        .u32(entry.central?.crc32 ?? crc)
        .u32(stored.length)
        .u32(entry.central?.size ?? entry.data.length)
        .u16(name.length)
        .u16(0)
        .u16(0)
        .u16(0)
        .u16(0)
        .u32(entry.central?.external ?? 0)
        .u32(headerOffset)
        .bytes(name)
        .done(),
    );
  }
  const directoryOffset = offset;
  for (const record of central) push(record);
  const directorySize = offset - directoryOffset;
  const classic = { entries: listed, directorySize, directoryOffset, ...zip.zip64?.classic };
  if (zip.zip64) {
    const zip64EndOffset = offset;
    const extensible = zip.zip64.extensible ?? new Uint8Array(0);
    const u64 = (writer: Writer, value: number) => writer.u32(value % 2 ** 32).u32(Math.floor(value / 2 ** 32));
    const record = new Writer().u32(0x06064b50);
    u64(record, 44 + extensible.length)
      .u16(45)
      .u16(45)
      .u32(0)
      .u32(0);
    u64(u64(u64(u64(record, listed), listed), directorySize), directoryOffset).bytes(extensible);
    push(record.done());
    push(u64(new Writer().u32(0x07064b50).u32(0), zip64EndOffset).u32(1).done());
  }
  const comment = zip.comment ?? new Uint8Array(0);
  push(
    new Writer()
      .u32(0x06054b50)
      .u16(0)
      .u16(0)
      .u16(classic.entries)
      .u16(classic.entries)
      .u32(classic.directorySize)
      .u32(classic.directoryOffset)
      .u16(comment.length)
      .bytes(comment)
      .done(),
  );
  const out = new Uint8Array(offset);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The entries of one of our containers, ready to be written again with one knob turned. */
export function containerEntries(entries: { name: string; data: Uint8Array }[]): RawEntry[] {
  return entries.map(({ name, data }) => ({ name, data }));
}
