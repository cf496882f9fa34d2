import { deflateSync, Inflate } from 'fflate';
import { concatBytes, fromUtf8, utf8 } from '../crypto';
import { crc32 } from './crc32';
import { JurydeskError } from '../errors';
import { readBlobInto, type ReadInto } from './read-into';

/**
 * A strict zip reader and a deterministic zip writer. The reader works on a Blob and only ever
 * slices it, so stored entries can be handed out as Blob slices without being read into memory.
 * It refuses anything ambiguous (overlapping entries, local and central headers that disagree,
 * sizes that lie) because the files come from outside and are checked before anything is stored.
 */

export interface ZipEntry {
  readonly name: string;
  readonly method: 0 | 8;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
  /** Where the entry's (possibly compressed) bytes start, read from its local header; null until read (see `deferLocalHeader`). */
  readonly dataOffset: number | null;
  /** Where the next entry (or the central directory) starts: the entry, header included, must end before. */
  readonly spanEnd: number;
  readonly rawName: Uint8Array;
  /** General purpose flags, as the directory gives them: the local header must agree. */
  readonly flags: number;
}

export interface ZipLimits {
  readonly maxEntries: number;
  readonly maxCentralDirectoryBytes: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_ZIP64_END = 0x06064b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EXTRA = 0x0001;
/** A zip64 end record without extensible data (APPNOTE 4.3.14). */
const ZIP64_END_RECORD_SIZE = 56;
/** The highest "version needed to extract" this reader implements: stored, deflated and zip64 entries (4.5). */
const HIGHEST_VERSION_NEEDED = 45;
const HOST_UNIX = 3;
const MSDOS_FOLDER = 0x10;
const UNIX_TYPE = 0o170000;
const UNIX_FILE = 0o100000;
const UNIX_FOLDER = 0o040000;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
/** Bits 1 and 2 only say how hard the deflater worked: reading is the same. */
const FLAG_DEFLATE_OPTIONS = 0x0006;
/** Strong encryption (6), encrypted directory (13), patched data (5), and bits the format reserves: not read here. */
const FLAGS_READ = FLAG_DEFLATE_OPTIONS | FLAG_DATA_DESCRIPTOR | FLAG_UTF8;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/** Where a zip is read from: a Blob read range by range (a bundle can hold gigabytes), or a small file's bytes read whole. */
export type ZipSource = Blob | Uint8Array;

export function sizeOf(source: ZipSource): number {
  return source instanceof Uint8Array ? source.length : source.size;
}

async function readBytes(source: ZipSource, start: number, end: number): Promise<Uint8Array> {
  const bytes =
    source instanceof Uint8Array
      ? source.subarray(start, end)
      : new Uint8Array(await source.slice(start, end).arrayBuffer());
  if (bytes.length !== end - start) notZip('the file ends early');
  return bytes;
}

async function readRange(source: ZipSource, start: number, end: number): Promise<DataView> {
  const bytes = await readBytes(source, start, end);
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** `detail` stays out of the sentence users read; it is there for whoever debugs a hand-made file. */
function notZip(detail: string): never {
  throw new JurydeskError('container.not-zip', { detail });
}

function u64(view: DataView, offset: number): number {
  const value = view.getBigUint64(offset, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) notZip('a size is too large');
  return Number(value);
}

function bytesOf(view: DataView, offset: number, length: number): Uint8Array {
  return new Uint8Array(view.buffer, view.byteOffset + offset, length);
}

function decodeName(raw: Uint8Array, flags: number): string {
  if (flags & FLAG_UTF8) {
    try {
      return fromUtf8(raw);
    } catch {
      notZip('an entry name is not valid UTF-8');
    }
  }
  // Names without the UTF-8 flag are CP437; only their ASCII part is meaningful to us, the rest is shown as “?”.
  return String.fromCharCode(...raw.map((byte) => (byte < 0x80 ? byte : 0x3f)));
}

interface EndOfCentralDirectory {
  entries: number;
  directorySize: number;
  directoryOffset: number;
  /** Where the first end record (zip64 or classic) starts: nothing may lie between the directory and it. */
  endOffset: number;
}

/** The four bytes that start a record; a comment holding one could be read as the start of another archive. */
function holdsRecordSignature(bytes: Uint8Array): boolean {
  for (let i = 0; i + 4 <= bytes.length; i++) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2]! <= 0x08 && bytes[i + 3]! <= 0x08) return true;
  }
  return false;
}

async function readEnd(source: ZipSource): Promise<EndOfCentralDirectory> {
  const size = sizeOf(source);
  if (size < END_RECORD_SIZE) notZip('the file is too short');
  const tailStart = Math.max(0, size - END_RECORD_SIZE - MAX_COMMENT);
  const tail = await readRange(source, tailStart, size);
  let position = -1;
  for (let i = tail.byteLength - END_RECORD_SIZE; i >= 0; i--) {
    if (tail.getUint32(i, true) === SIG_END && i + END_RECORD_SIZE + tail.getUint16(i + 20, true) === tail.byteLength) {
      position = i;
      break;
    }
  }
  if (position < 0) notZip('no end of central directory');
  if (holdsRecordSignature(bytesOf(tail, position + END_RECORD_SIZE, tail.byteLength - position - END_RECORD_SIZE))) {
    throw new JurydeskError('container.hidden-data', { offset: tailStart + position + END_RECORD_SIZE });
  }
  const disk = tail.getUint16(position + 4, true);
  const directoryDisk = tail.getUint16(position + 6, true);
  const entriesOnDisk = tail.getUint16(position + 8, true);
  let entries = tail.getUint16(position + 10, true);
  let directorySize = tail.getUint32(position + 12, true);
  let directoryOffset = tail.getUint32(position + 16, true);
  let endOffset = tailStart + position;
  if (disk !== 0 || directoryDisk !== 0 || entriesOnDisk !== entries) notZip('split archives are not supported');

  const needsZip64 = entries === MAX16 || directorySize === MAX32 || directoryOffset === MAX32;
  const locatorOffset = endOffset - 20;
  if (locatorOffset >= 0) {
    const locator = await readRange(source, locatorOffset, endOffset);
    if (locator.getUint32(0, true) === SIG_ZIP64_LOCATOR) {
      const zip64EndOffset = u64(locator, 8);
      if (locator.getUint32(4, true) !== 0 || locator.getUint32(16, true) !== 1)
        notZip('split archives are not supported');
      if (zip64EndOffset + 56 > locatorOffset) notZip('the zip64 end record is out of place');
      const record = await readRange(source, zip64EndOffset, zip64EndOffset + 56);
      if (record.getUint32(0, true) !== SIG_ZIP64_END) notZip('the zip64 end record is missing');
      if (zip64EndOffset + 12 + u64(record, 4) !== locatorOffset) notZip('the zip64 end record has a wrong size');
      // Its "extensible data" is room where a second archive could hide, pointed at by the classic record.
      if (u64(record, 4) !== ZIP64_END_RECORD_SIZE - 12)
        throw new JurydeskError('container.hidden-data', { offset: zip64EndOffset + ZIP64_END_RECORD_SIZE });
      if (record.getUint32(16, true) !== 0 || record.getUint32(20, true) !== 0)
        notZip('split archives are not supported');
      const wide = { entries: u64(record, 32), directorySize: u64(record, 40), directoryOffset: u64(record, 48) };
      if (u64(record, 24) !== wide.entries) notZip('split archives are not supported');
      // One reading: a classic field either says "see the zip64 record" or says the same as it.
      const disagree = (classic: number, saturated: number, value: number) =>
        classic !== saturated && classic !== value;
      if (
        disagree(entries, MAX16, wide.entries) ||
        disagree(directorySize, MAX32, wide.directorySize) ||
        disagree(directoryOffset, MAX32, wide.directoryOffset)
      )
        throw new JurydeskError('container.ambiguous');
      ({ entries, directorySize, directoryOffset } = wide);
      endOffset = zip64EndOffset;
    } else if (needsZip64) {
      notZip('the zip64 locator is missing');
    }
  }
  if (directoryOffset + directorySize < endOffset)
    throw new JurydeskError('container.hidden-data', { offset: directoryOffset + directorySize });
  if (directoryOffset + directorySize !== endOffset) notZip('the central directory is out of place');
  return { entries, directorySize, directoryOffset, endOffset };
}

/**
 * An entry other tools would read otherwise: one that needs a later version of the format than this reader
 * implements (Info-ZIP skips it), or whose attributes make a file a folder or a link (`mimetype/`, a symbolic link
 * extracted in place of a document).
 */
function checkEntryKind(view: DataView, offset: number, rawName: Uint8Array): void {
  if ((view.getUint16(offset + 6, true) & 0xff) > HIGHEST_VERSION_NEEDED)
    throw new JurydeskError('container.ambiguous');
  const folder = rawName[rawName.length - 1] === 0x2f;
  const external = view.getUint32(offset + 38, true);
  if (!folder && (external & MSDOS_FOLDER) !== 0) throw new JurydeskError('container.ambiguous');
  if (view.getUint8(offset + 5) !== HOST_UNIX) return;
  const type = (external >>> 16) & UNIX_TYPE;
  if (type !== 0 && type !== (folder ? UNIX_FOLDER : UNIX_FILE)) throw new JurydeskError('container.ambiguous');
}

interface CentralRecord {
  name: string;
  rawName: Uint8Array;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

function parseCentralDirectory(view: DataView, expectedEntries: number): CentralRecord[] {
  const records: CentralRecord[] = [];
  let offset = 0;
  while (offset < view.byteLength) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== SIG_CENTRAL)
      notZip('the central directory is damaged');
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const end = offset + 46 + nameLength + extraLength + commentLength;
    if (end > view.byteLength) notZip('the central directory is damaged');
    let compressedSize = view.getUint32(offset + 20, true);
    let size = view.getUint32(offset + 24, true);
    let localHeaderOffset = view.getUint32(offset + 42, true);
    if (view.getUint16(offset + 34, true) !== 0) notZip('split archives are not supported');
    const rawName = bytesOf(view, offset + 46, nameLength);
    checkEntryKind(view, offset, rawName);

    // The zip64 extra field holds, in this order, only the values whose classic field is saturated.
    const extra = new DataView(view.buffer, view.byteOffset + offset + 46 + nameLength, extraLength);
    for (let at = 0; at + 4 <= extra.byteLength;) {
      const id = extra.getUint16(at, true);
      const length = extra.getUint16(at + 2, true);
      if (at + 4 + length > extra.byteLength) notZip('an extra field is damaged');
      if (id === ZIP64_EXTRA) {
        let field = at + 4;
        const take = () => {
          if (field + 8 > at + 4 + length) notZip('the zip64 extra field is too short');
          const value = u64(extra, field);
          field += 8;
          return value;
        };
        if (size === MAX32) size = take();
        if (compressedSize === MAX32) compressedSize = take();
        if (localHeaderOffset === MAX32) localHeaderOffset = take();
      }
      at += 4 + length;
    }
    records.push({
      name: decodeName(rawName, flags),
      rawName,
      flags,
      method,
      crc32: view.getUint32(offset + 16, true),
      compressedSize,
      size,
      localHeaderOffset,
    });
    offset = end;
  }
  if (records.length !== expectedEntries) notZip('the entry count does not match the central directory');
  return records;
}

/** The flags that change how an entry is read: local and central headers must agree on them. */
const FLAGS_THAT_MATTER = 0xffff & ~FLAG_DEFLATE_OPTIONS;
const SIG_DATA_DESCRIPTOR = 0x08074b50;

interface LocalHeader {
  /** Where the entry's data starts, from the start of the file. */
  dataOffset: number;
  /** Sizes and CRC come after the data, in a descriptor (general purpose bit 3). */
  hasDescriptor: boolean;
  /** The local header carries zip64 sizes, so a descriptor holds 8-byte sizes. */
  zip64: boolean;
}

/** The local zip64 extra field: both sizes, uncompressed first (APPNOTE 4.5.3). */
function localZip64Sizes(
  view: DataView,
  extraStart: number,
  extraLength: number,
): { size: number; compressedSize: number } | null {
  for (let at = extraStart; at + 4 <= extraStart + extraLength;) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (at + 4 + length > extraStart + extraLength) notZip('an extra field is damaged');
    if (id === ZIP64_EXTRA) {
      if (length < 16) notZip('the zip64 extra field is too short');
      return { size: u64(view, at + 4), compressedSize: u64(view, at + 12) };
    }
    at += 4 + length;
  }
  return null;
}

/**
 * Checks a local header against the central directory's record: same name, method, flags, checksum and sizes (or,
 * with a data descriptor, zeros to be read after the data). `view` starts at the local header and holds at least
 * its fixed part, name and extra field.
 */
function checkLocalHeader(view: DataView, record: ZipEntry | CentralRecord): LocalHeader {
  if (view.byteLength < 30 || view.getUint32(0, true) !== SIG_LOCAL)
    notZip(`the entry “${record.name}” has no local header`);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  if (view.byteLength < 30 + nameLength + extraLength) notZip(`the entry “${record.name}” is out of place`);
  const localName = bytesOf(view, 30, nameLength);
  if (localName.length !== record.rawName.length || localName.some((byte, i) => byte !== record.rawName[i])) {
    notZip(`the entry “${record.name}” has two different names`);
  }
  if (view.getUint16(8, true) !== record.method) notZip(`the entry “${record.name}” has two different methods`);
  if ((view.getUint16(4, true) & 0xff) > HIGHEST_VERSION_NEEDED) throw new JurydeskError('container.ambiguous');
  const flags = view.getUint16(6, true);
  const centralFlags = 'flags' in record ? record.flags : flags;
  if ((flags & FLAGS_THAT_MATTER) !== (centralFlags & FLAGS_THAT_MATTER))
    notZip(`the entry “${record.name}” has two different flags`);

  const localCrc = view.getUint32(14, true);
  let localCompressed = view.getUint32(18, true);
  let localSize = view.getUint32(22, true);
  const zip64 = localCompressed === MAX32 || localSize === MAX32;
  if (zip64) {
    const sizes = localZip64Sizes(view, 30 + nameLength, extraLength);
    if (!sizes) notZip(`the entry “${record.name}” lacks its zip64 sizes`);
    localCompressed = sizes.compressedSize;
    localSize = sizes.size;
  }
  const hasDescriptor = (flags & FLAG_DATA_DESCRIPTOR) !== 0;
  // With a descriptor, the local header may hold zeros instead of the values; anything else must be the values.
  const deferred = hasDescriptor && localCrc === 0 && localCompressed === 0 && localSize === 0;
  if (!deferred) {
    if (localCompressed !== record.compressedSize || localSize !== record.size)
      throw new JurydeskError('container.size-mismatch', { path: record.name });
    if (localCrc !== record.crc32) throw new JurydeskError('container.checksum-mismatch', { path: record.name });
  }
  return { dataOffset: record.localHeaderOffset + 30 + nameLength + extraLength, hasDescriptor, zip64 };
}

/** Enough of a data descriptor to read it whatever its form: signature, CRC and two 8-byte sizes. */
const MAX_DESCRIPTOR = 24;

/**
 * Checks the data descriptor at the start of `view` (the bytes after the entry's data, up to the next entry) and
 * returns its length. It may begin with a signature; a CRC equal to the signature cannot be mistaken for one, since
 * the descriptor must end exactly where the next entry starts.
 */
function checkDescriptor(view: DataView, record: ZipEntry | CentralRecord, zip64: boolean): number {
  const sizesLength = zip64 ? 16 : 8;
  const signed = view.byteLength >= 8 + sizesLength && view.getUint32(0, true) === SIG_DATA_DESCRIPTOR;
  const start = signed ? 4 : 0;
  if (view.byteLength < start + 4 + sizesLength)
    throw new JurydeskError('container.size-mismatch', { path: record.name });
  const compressedSize = zip64 ? u64(view, start + 4) : view.getUint32(start + 4, true);
  const size = zip64 ? u64(view, start + 12) : view.getUint32(start + 8, true);
  if (compressedSize !== record.compressedSize || size !== record.size)
    throw new JurydeskError('container.size-mismatch', { path: record.name });
  if (view.getUint32(start, true) !== record.crc32)
    throw new JurydeskError('container.checksum-mismatch', { path: record.name });
  return start + 4 + sizesLength;
}

/** An entry must end exactly where the next one starts: before, the bytes between are hidden; after, entries overlap. */
function checkEntryEnd(record: ZipEntry | CentralRecord, end: number, next: number): void {
  if (end < next) throw new JurydeskError('container.hidden-data', { offset: end });
  if (end > next) throw new JurydeskError('container.size-mismatch', { path: record.name });
}

/** A local header's fixed part, name and a typical extra field; a longer extra field is read again whole. */
async function readLocalHeader(source: ZipSource, record: CentralRecord, limit: number): Promise<LocalHeader> {
  const start = record.localHeaderOffset;
  let view = await readRange(source, start, Math.min(limit, start + 30 + record.rawName.length + 64));
  if (view.byteLength >= 30 && view.getUint32(0, true) === SIG_LOCAL) {
    const wanted = 30 + view.getUint16(26, true) + view.getUint16(28, true);
    if (wanted > view.byteLength && start + wanted <= limit) view = await readRange(source, start, start + wanted);
  }
  return checkLocalHeader(view, record);
}

/** Folder entries, as `zip -r` adds them, are kept only when empty: their data would be invisible once extracted. */
function checkFolder(record: CentralRecord): void {
  if (record.name.endsWith('/') && (record.method !== 0 || record.size !== 0 || record.compressedSize !== 0)) {
    throw new JurydeskError('container.folder-not-empty', { path: record.name });
  }
}

/**
 * Reads and cross-checks the directory and the local headers; no entry's data is read. Every byte of the file must
 * belong to exactly one entry listed in the directory (its local header, data and descriptor), to the directory or
 * to the end records (docs/FORMATS.md §1): a prefix, a gap or a local entry the directory does not list would be
 * read by some zip tools and not by others. `deferLocalHeader` names entries whose local header is checked later,
 * in the same read as their data (`storedEntryIn`): in a browser every Blob read costs, and a bundle holds
 * thousands of attachments. Their exact end is checked then too.
 */
export async function readZipDirectory(
  source: ZipSource,
  limits: ZipLimits,
  deferLocalHeader: (name: string, size: number) => boolean = () => false,
): Promise<ZipEntry[]> {
  const end = await readEnd(source);
  if (end.entries > limits.maxEntries) {
    throw new JurydeskError('container.too-many-entries', { count: end.entries, limit: limits.maxEntries });
  }
  if (end.directorySize > limits.maxCentralDirectoryBytes) notZip('the central directory is too large');
  const directory = await readRange(source, end.directoryOffset, end.directoryOffset + end.directorySize);
  const records = parseCentralDirectory(directory, end.entries);

  for (const record of records) {
    if (record.flags & FLAG_ENCRYPTED) {
      throw new JurydeskError('container.unsupported-entry', { path: record.name, detail: 'encryption' });
    }
    // Another reader would refuse, or read otherwise, an entry with a flag this one does not implement.
    if (record.flags & ~FLAGS_READ) {
      throw new JurydeskError('container.unsupported-entry', { path: record.name, detail: `flags ${record.flags}` });
    }
    if (record.method !== 0 && record.method !== 8) {
      throw new JurydeskError('container.unsupported-entry', {
        path: record.name,
        detail: `compression method ${record.method}`,
      });
    }
    if (record.method === 0 && record.compressedSize !== record.size) {
      throw new JurydeskError('container.size-mismatch', { path: record.name });
    }
    checkFolder(record);
  }

  const byOffset = [...records].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  if ((byOffset[0]?.localHeaderOffset ?? end.directoryOffset) !== 0)
    throw new JurydeskError('container.hidden-data', { offset: 0 });
  const spanEnds = new Map<CentralRecord, number>();
  for (const [index, record] of byOffset.entries()) {
    const next = byOffset[index + 1];
    if (next && next.localHeaderOffset === record.localHeaderOffset)
      throw new JurydeskError('container.size-mismatch', { path: next.name });
    spanEnds.set(record, next ? next.localHeaderOffset : end.directoryOffset);
  }

  const entries: ZipEntry[] = [];
  for (const record of records) {
    const spanEnd = spanEnds.get(record)!;
    let dataOffset: number | null = null;
    if (record.name.endsWith('/') || !deferLocalHeader(record.name, record.size)) {
      const header = await readLocalHeader(source, record, spanEnd);
      dataOffset = header.dataOffset;
      let entryEnd = dataOffset + record.compressedSize;
      if (entryEnd > spanEnd) throw new JurydeskError('container.size-mismatch', { path: record.name });
      if (header.hasDescriptor)
        entryEnd += checkDescriptor(
          await readRange(source, entryEnd, Math.min(spanEnd, entryEnd + MAX_DESCRIPTOR)),
          record,
          header.zip64,
        );
      checkEntryEnd(record, entryEnd, spanEnd);
    } else if (record.localHeaderOffset + 30 + record.rawName.length + record.compressedSize > spanEnd) {
      // A deferred header is at least its fixed part and its name long; its exact end is checked with its data.
      throw new JurydeskError('container.size-mismatch', { path: record.name });
    }
    entries.push({
      name: record.name,
      method: record.method as 0 | 8,
      crc32: record.crc32,
      compressedSize: record.compressedSize,
      size: record.size,
      localHeaderOffset: record.localHeaderOffset,
      dataOffset,
      spanEnd,
      rawName: record.rawName,
      flags: record.flags,
    });
  }
  return entries;
}

/** The stored bytes of an uncompressed entry whose header was checked, as a lazy slice of the source. */
export function storedEntryBlob(source: ZipSource, entry: ZipEntry): Blob {
  if (entry.dataOffset === null) throw new Error(`the local header of ${entry.name} was deferred: use storedEntryIn`);
  return sliceAsBlob(source, entry.dataOffset, entry.dataOffset + entry.size);
}

/** A slice of a Blob stays a reference to the file; bytes in memory become a Blob of their own. */
export function sliceAsBlob(source: ZipSource, start: number, end: number): Blob {
  return source instanceof Uint8Array ? new Blob([source.slice(start, end)]) : source.slice(start, end);
}

/**
 * Bytes `start` to `end` of the source, read into `buffer` as `readBlobInto` does: a gigabyte bundle read in spans
 * leaves no gigabyte of garbage behind. The bytes are valid until the returned buffer is read into again.
 */
export async function readSpanInto(
  source: ZipSource,
  start: number,
  end: number,
  buffer: ArrayBuffer,
): Promise<ReadInto> {
  // Bytes in memory are only viewed.
  if (source instanceof Uint8Array) return { bytes: await readBytes(source, start, end), buffer };
  const read = await readBlobInto(source.slice(start, end), buffer);
  if (read.bytes.length !== end - start) notZip('the file ends early');
  return read;
}

/**
 * A stored entry whose local header was deferred, in bytes already read from offset `spanStart` of the file (see
 * `readSpanInto`) up to the entry's span end at least: its header, its descriptor and its exact end are checked
 * first, and its data is a view of those bytes. Its CRC-32 is the caller's to check, with whatever else reads the data.
 */
export function storedEntryIn(
  span: Uint8Array,
  spanStart: number,
  entry: ZipEntry,
): { bytes: Uint8Array; dataOffset: number } {
  const start = entry.localHeaderOffset - spanStart;
  const view = new DataView(span.buffer, span.byteOffset + start, entry.spanEnd - entry.localHeaderOffset);
  const header = checkLocalHeader(view, entry);
  let entryEnd = header.dataOffset + entry.size;
  if (entryEnd > entry.spanEnd) throw new JurydeskError('container.size-mismatch', { path: entry.name });
  if (header.hasDescriptor) {
    entryEnd += checkDescriptor(
      new DataView(view.buffer, view.byteOffset + entryEnd - entry.localHeaderOffset, entry.spanEnd - entryEnd),
      entry,
      header.zip64,
    );
  }
  checkEntryEnd(entry, entryEnd, entry.spanEnd);
  return {
    bytes: span.subarray(header.dataOffset - spanStart, header.dataOffset - spanStart + entry.size),
    dataOffset: header.dataOffset,
  };
}

/**
 * Compressed bytes fed to the inflater at a time. Deflate expands at most about 1,032 times, so no single step
 * can produce more than about a megabyte beyond an entry's declared size before the excess is seen.
 */
const INFLATE_STEP = 1024;

/**
 * Reads one entry whole, inflating it if needed; refuses a declared size that lies or a wrong checksum. Inflating
 * stops the moment the output would pass the declared size: a zip bomb costs what its declared size allows.
 */
export async function readEntryBytes(source: ZipSource, entry: ZipEntry): Promise<Uint8Array> {
  if (entry.dataOffset === null) throw new Error(`the local header of ${entry.name} was deferred`);
  const raw = await readBytes(source, entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let bytes: Uint8Array = raw;
  if (entry.method === 8) {
    const output = new Uint8Array(entry.size);
    let produced = 0;
    let finished = false;
    const inflater = new Inflate((chunk, final) => {
      if (produced + chunk.length > entry.size)
        throw new JurydeskError('container.size-mismatch', { path: entry.name });
      output.set(chunk, produced);
      produced += chunk.length;
      finished ||= final;
    });
    try {
      for (let at = 0; at < raw.length || at === 0; at += INFLATE_STEP) {
        inflater.push(raw.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= raw.length);
        if (finished) break;
      }
    } catch (error) {
      if (error instanceof JurydeskError) throw error;
      throw new JurydeskError('container.checksum-mismatch', { path: entry.name });
    }
    if (!finished) throw new JurydeskError('container.checksum-mismatch', { path: entry.name });
    bytes = output.subarray(0, produced);
  }
  if (bytes.length !== entry.size) throw new JurydeskError('container.size-mismatch', { path: entry.name });
  if (crc32(bytes) !== entry.crc32) throw new JurydeskError('container.checksum-mismatch', { path: entry.name });
  return bytes;
}

export interface ZipInput {
  readonly name: string;
  readonly data: Uint8Array | Blob;
  /** Deflate this entry (only for in-memory data); everything else is stored. */
  readonly compress?: boolean;
}

export interface ZipWriteOptions {
  /** Write zip64 records even for small archives, as `zip -fz` does; otherwise only where sizes require it. */
  readonly zip64?: 'auto' | 'always';
  readonly onBytes?: (bytesDone: number) => void;
}

const CRC_CHUNK = 4 * 1024 * 1024;

async function crc32OfBlob(blob: Blob, onChunk: (length: number) => void): Promise<number> {
  let crc = 0;
  for (let offset = 0; offset < blob.size; offset += CRC_CHUNK) {
    const chunk = new Uint8Array(await blob.slice(offset, offset + CRC_CHUNK).arrayBuffer());
    crc = crc32(chunk, crc);
    onChunk(chunk.length);
  }
  return crc;
}

class HeaderWriter {
  private readonly bytes: Uint8Array;
  private readonly view: DataView;
  private offset = 0;

  constructor(length: number) {
    this.bytes = new Uint8Array(length);
    this.view = new DataView(this.bytes.buffer);
  }

  u16(value: number): this {
    this.view.setUint16(this.offset, value, true);
    this.offset += 2;
    return this;
  }

  u32(value: number): this {
    this.view.setUint32(this.offset, value, true);
    this.offset += 4;
    return this;
  }

  u64(value: number): this {
    this.view.setBigUint64(this.offset, BigInt(value), true);
    this.offset += 8;
    return this;
  }

  raw(value: Uint8Array): this {
    this.bytes.set(value, this.offset);
    this.offset += value.length;
    return this;
  }

  done(): Uint8Array {
    if (this.offset !== this.bytes.length) throw new Error(`header size ${this.offset} ≠ ${this.bytes.length}`);
    return this.bytes;
  }
}

/** 1980-01-01 00:00, the earliest DOS date: a fixed timestamp keeps the same content byte-identical. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** Writes entries in the given order as one Blob whose parts reference the inputs instead of copying them. */
export async function writeZip(inputs: readonly ZipInput[], options: ZipWriteOptions = {}): Promise<Blob> {
  const parts: Array<Blob | Uint8Array<ArrayBuffer>> = [];
  const central: Uint8Array[] = [];
  const forceZip64 = options.zip64 === 'always';
  let offset = 0;
  let hashed = 0;

  for (const input of inputs) {
    const name = utf8(input.name);
    let data: Uint8Array | Blob = input.data;
    let crc: number;
    let method: 0 | 8 = 0;
    if (data instanceof Uint8Array) {
      crc = crc32(data);
      hashed += data.length;
      if (input.compress) {
        data = deflateSync(data, { level: 9 });
        method = 8;
      }
    } else {
      crc = await crc32OfBlob(data, (length) => {
        hashed += length;
        options.onBytes?.(hashed);
      });
    }
    const size = input.data instanceof Uint8Array ? input.data.length : input.data.size;
    const compressedSize = data instanceof Uint8Array ? data.length : data.size;
    const zip64 = forceZip64 || size >= MAX32 || compressedSize >= MAX32 || offset >= MAX32;
    const version = zip64 ? 45 : 20;

    const local = new HeaderWriter(30 + name.length + (zip64 ? 20 : 0))
      .u32(SIG_LOCAL)
      .u16(version)
      .u16(FLAG_UTF8)
      .u16(method)
      .u16(DOS_TIME)
      .u16(DOS_DATE)
      .u32(crc)
      .u32(zip64 ? MAX32 : compressedSize)
      .u32(zip64 ? MAX32 : size)
      .u16(name.length)
      .u16(zip64 ? 20 : 0)
      .raw(name);
    if (zip64) local.u16(ZIP64_EXTRA).u16(16).u64(size).u64(compressedSize);
    const localBytes = local.done();

    const centralHeader = new HeaderWriter(46 + name.length + (zip64 ? 28 : 0))
      .u32(SIG_CENTRAL)
      .u16(version)
      .u16(version)
      .u16(FLAG_UTF8)
      .u16(method)
      .u16(DOS_TIME)
      .u16(DOS_DATE)
      .u32(crc)
      .u32(zip64 ? MAX32 : compressedSize)
      .u32(zip64 ? MAX32 : size)
      .u16(name.length)
      .u16(zip64 ? 28 : 0)
      .u16(0)
      .u16(0)
      .u16(0)
      .u32(0)
      .u32(zip64 ? MAX32 : offset)
      .raw(name);
    if (zip64) centralHeader.u16(ZIP64_EXTRA).u16(24).u64(size).u64(compressedSize).u64(offset);
    central.push(centralHeader.done());

    parts.push(localBytes as Uint8Array<ArrayBuffer>, data as Blob | Uint8Array<ArrayBuffer>);
    offset += localBytes.length + compressedSize;
    options.onBytes?.(hashed);
  }

  const directory = concatBytes(...central);
  const directoryOffset = offset;
  const count = inputs.length;
  const zip64End = forceZip64 || count >= MAX16 || directory.length >= MAX32 || directoryOffset >= MAX32;
  parts.push(directory as Uint8Array<ArrayBuffer>);
  if (zip64End) {
    const zip64EndOffset = directoryOffset + directory.length;
    parts.push(
      new HeaderWriter(56)
        .u32(SIG_ZIP64_END)
        .u64(44)
        .u16(45)
        .u16(45)
        .u32(0)
        .u32(0)
        .u64(count)
        .u64(count)
        .u64(directory.length)
        .u64(directoryOffset)
        .done() as Uint8Array<ArrayBuffer>,
      new HeaderWriter(20).u32(SIG_ZIP64_LOCATOR).u32(0).u64(zip64EndOffset).u32(1).done() as Uint8Array<ArrayBuffer>,
    );
  }
  parts.push(
    new HeaderWriter(22)
      .u32(SIG_END)
      .u16(0)
      .u16(0)
      .u16(zip64End ? MAX16 : count)
      .u16(zip64End ? MAX16 : count)
      .u32(zip64End ? MAX32 : directory.length)
      .u32(zip64End ? MAX32 : directoryOffset)
      .u16(0)
      .done() as Uint8Array<ArrayBuffer>,
  );
  return new Blob(parts);
}
