import { deflateSync, Inflate } from 'fflate';
import { concatBytes, fromUtf8, utf8 } from './bytes';
import { crc32 } from './crc32';
import { JurydeskError } from './errors';
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
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
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
  const bytes = source instanceof Uint8Array ? source.subarray(start, end) : new Uint8Array(await source.slice(start, end).arrayBuffer());
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
      if (locator.getUint32(4, true) !== 0 || locator.getUint32(16, true) !== 1) notZip('split archives are not supported');
      if (zip64EndOffset + 56 > locatorOffset) notZip('the zip64 end record is out of place');
      const record = await readRange(source, zip64EndOffset, zip64EndOffset + 56);
      if (record.getUint32(0, true) !== SIG_ZIP64_END) notZip('the zip64 end record is missing');
      if (zip64EndOffset + 12 + u64(record, 4) !== locatorOffset) notZip('the zip64 end record has a wrong size');
      entries = u64(record, 32);
      if (u64(record, 24) !== entries) notZip('split archives are not supported');
      directorySize = u64(record, 40);
      directoryOffset = u64(record, 48);
      endOffset = zip64EndOffset;
    } else if (needsZip64) {
      notZip('the zip64 locator is missing');
    }
  }
  if (directoryOffset + directorySize !== endOffset) notZip('the central directory is out of place');
  return { entries, directorySize, directoryOffset, endOffset };
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
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== SIG_CENTRAL) notZip('the central directory is damaged');
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

    // The zip64 extra field holds, in this order, only the values whose classic field is saturated.
    const extra = new DataView(view.buffer, view.byteOffset + offset + 46 + nameLength, extraLength);
    for (let at = 0; at + 4 <= extra.byteLength; ) {
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
    const rawName = bytesOf(view, offset + 46, nameLength);
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

/** Reads and cross-checks the directory and every local header; no entry's data is read. */
/**
 * Checks a local header against the central directory's record: same name, method, checksum and sizes.
 * Returns where the entry's data starts. `view` starts at the local header.
 */
function checkLocalHeader(view: DataView, record: Pick<CentralRecord, 'name' | 'rawName' | 'method' | 'crc32' | 'compressedSize' | 'size' | 'localHeaderOffset'>, limit: number): number {
  if (view.byteLength < 30 || view.getUint32(0, true) !== SIG_LOCAL) notZip(`the entry “${record.name}” has no local header`);
  const nameLength = view.getUint16(26, true);
  const dataOffset = record.localHeaderOffset + 30 + nameLength + view.getUint16(28, true);
  if (dataOffset > limit) notZip(`the entry “${record.name}” is out of place`);
  const localName = nameLength === record.rawName.length && view.byteLength >= 30 + nameLength ? bytesOf(view, 30, nameLength) : new Uint8Array(0);
  if (localName.length !== record.rawName.length || localName.some((byte, i) => byte !== record.rawName[i])) {
    notZip(`the entry “${record.name}” has two different names`);
  }
  if (view.getUint16(8, true) !== record.method) notZip(`the entry “${record.name}” has two different methods`);
  if (!(view.getUint16(6, true) & FLAG_DATA_DESCRIPTOR)) {
    const localCompressed = view.getUint32(18, true);
    const localSize = view.getUint32(22, true);
    const sizesAgree =
      view.getUint32(14, true) === record.crc32 &&
      (localCompressed === MAX32 || localCompressed === record.compressedSize) &&
      (localSize === MAX32 || localSize === record.size);
    if (!sizesAgree) throw new JurydeskError('container.size-mismatch', { path: record.name });
  }
  return dataOffset;
}

/**
 * Reads and cross-checks the directory and the local headers; no entry's data is read. `deferLocalHeader`
 * names entries whose local header is checked later, in the same read as their data (`storedEntryIn`):
 * in a browser every Blob read costs, and a bundle holds thousands of attachments.
 */
export async function readZipDirectory(source: ZipSource, limits: ZipLimits, deferLocalHeader: (name: string, size: number) => boolean = () => false): Promise<ZipEntry[]> {
  const end = await readEnd(source);
  if (end.entries > limits.maxEntries) {
    throw new JurydeskError('container.too-many-entries', { count: end.entries, limit: limits.maxEntries });
  }
  if (end.directorySize > limits.maxCentralDirectoryBytes) notZip('the central directory is too large');
  const directory = await readRange(source, end.directoryOffset, end.directoryOffset + end.directorySize);
  const records = parseCentralDirectory(directory, end.entries);

  const entries: ZipEntry[] = [];
  for (const record of records) {
    if (record.flags & FLAG_ENCRYPTED) {
      throw new JurydeskError('container.unsupported-entry', { path: record.name, detail: 'encryption' });
    }
    if (record.method !== 0 && record.method !== 8) {
      throw new JurydeskError('container.unsupported-entry', { path: record.name, detail: `compression method ${record.method}` });
    }
    if (record.method === 0 && record.compressedSize !== record.size) {
      throw new JurydeskError('container.size-mismatch', { path: record.name });
    }
    const dataOffset = deferLocalHeader(record.name, record.size)
      ? null
      : checkLocalHeader(await readRange(source, record.localHeaderOffset, Math.min(end.directoryOffset, record.localHeaderOffset + 30 + record.rawName.length)), record, end.directoryOffset);
    entries.push({
      name: record.name,
      method: record.method,
      crc32: record.crc32,
      compressedSize: record.compressedSize,
      size: record.size,
      localHeaderOffset: record.localHeaderOffset,
      dataOffset,
      spanEnd: end.directoryOffset,
      rawName: record.rawName,
    });
  }

  // Entries sharing bytes are how zip bombs and “two files in one” tricks are built. A deferred header is
  // at least as long as its fixed part and its name; the exact bound is checked when the entry is read.
  const byOffset = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  const position = new Map(byOffset.map((entry, index) => [entry, index]));
  return entries.map((entry) => {
    const next = byOffset[position.get(entry)! + 1];
    const spanEnd = next ? next.localHeaderOffset : end.directoryOffset;
    const start = entry.dataOffset ?? entry.localHeaderOffset + 30 + entry.rawName.length;
    if (start + entry.compressedSize > spanEnd) throw new JurydeskError('container.size-mismatch', { path: entry.name });
    return { ...entry, spanEnd };
  });
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
export async function readSpanInto(source: ZipSource, start: number, end: number, buffer: ArrayBuffer): Promise<ReadInto> {
  // Bytes in memory are only viewed.
  if (source instanceof Uint8Array) return { bytes: await readBytes(source, start, end), buffer };
  const read = await readBlobInto(source.slice(start, end), buffer);
  if (read.bytes.length !== end - start) notZip('the file ends early');
  return read;
}

/**
 * A stored entry whose local header was deferred, in bytes already read from offset `spanStart` of the file (see
 * `readSpanInto`): its header is checked first, and its data is a view of those bytes.
 */
export function storedEntryIn(span: Uint8Array, spanStart: number, entry: ZipEntry): { bytes: Uint8Array; dataOffset: number } {
  const start = entry.localHeaderOffset - spanStart;
  const header = new DataView(span.buffer, span.byteOffset + start, entry.spanEnd - entry.localHeaderOffset);
  const dataOffset = checkLocalHeader(header, entry, entry.spanEnd);
  if (dataOffset + entry.size > entry.spanEnd) throw new JurydeskError('container.size-mismatch', { path: entry.name });
  return { bytes: span.subarray(dataOffset - spanStart, dataOffset - spanStart + entry.size), dataOffset };
}

/** Reads one entry whole, inflating it if needed; refuses a declared size that lies or a wrong checksum. */
export async function readEntryBytes(source: ZipSource, entry: ZipEntry): Promise<Uint8Array> {
  if (entry.dataOffset === null) throw new Error(`the local header of ${entry.name} was deferred`);
  const raw = await readBytes(source, entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let bytes: Uint8Array = raw;
  if (entry.method === 8) {
    const chunks: Uint8Array[] = [];
    let produced = 0;
    let finished = false;
    const inflater = new Inflate((chunk, final) => {
      produced += chunk.length;
      if (produced > entry.size) throw new JurydeskError('container.size-mismatch', { path: entry.name });
      chunks.push(chunk);
      finished ||= final;
    });
    try {
      inflater.push(raw, true);
    } catch (error) {
      if (error instanceof JurydeskError) throw error;
      throw new JurydeskError('container.checksum-mismatch', { path: entry.name });
    }
    if (!finished) throw new JurydeskError('container.checksum-mismatch', { path: entry.name });
    bytes = concatBytes(...chunks);
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
