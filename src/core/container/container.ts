import { utf8 } from '../crypto';
import { KINDS, LIMITS, type ContainerLimits, type FileKind } from './kinds';
import { JurydeskError, term } from '../errors';
import { IN_MEMORY_ATTACHMENT_LIMIT } from './attachments';
import {
  readEntryBytes,
  readZipDirectory,
  sizeOf,
  writeZip,
  type ZipEntry,
  type ZipInput,
  type ZipSource,
} from './zip';

export const MIMETYPE_ENTRY = 'mimetype';
export const ATTACHMENT_ROOT = 'files/';
/** Where a deliberation keeps the score files it used, each named by its SHA-256 (docs/FORMATS.md §6). */
export const INPUT_ROOT = 'inputs/';
const INPUT_PATH = /^inputs\/([0-9a-f]{64})\.juryscores$/;

export function inputPath(sha256: string): string {
  return `${INPUT_ROOT}${sha256}${KINDS.scores.extension}`;
}

export interface OpenedContainer {
  readonly kind: FileKind;
  readonly source: ZipSource;
  /** The document's exact bytes: what the signature covers and what gets parsed. */
  readonly document: Uint8Array;
  readonly signature: string;
  /** Entries under files/, by path; only bundles have any. */
  readonly attachments: ReadonlyMap<string, ZipEntry>;
  /** Score files under inputs/, by the SHA-256 their name gives; only deliberations have any. */
  readonly inputs: ReadonlyMap<string, ZipEntry>;
}

/** Rejected outright: names that could write outside a folder when extracted, on any system. */
function isUnsafePath(path: string): boolean {
  return (
    path.startsWith('/') ||
    path.includes('\\') ||
    /^[A-Za-z]:/.test(path) ||
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f]/.test(path) ||
    path.split('/').some((segment) => segment === '..')
  );
}

const ATTACHMENT_PATH = /^files\/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
const MAX_PATH_LENGTH = 255;

export function isValidAttachmentPath(path: string): boolean {
  return path.length <= MAX_PATH_LENGTH && ATTACHMENT_PATH.test(path);
}

function kindOfMimetype(mimetype: string): FileKind | undefined {
  return (Object.keys(KINDS) as FileKind[]).find((kind) => KINDS[kind].mimetype === mimetype);
}

function checkDeclaredSize(entry: ZipEntry, limit: number) {
  if (entry.size > limit || entry.compressedSize > limit) {
    throw new JurydeskError('container.entry-too-large', { path: entry.name, size: entry.size, limit });
  }
}

const MIMETYPE_NAME = utf8(MIMETYPE_ENTRY);
const MAX_MIMETYPE_BYTES = 256;

/**
 * The kind a file says it is, from its first local header alone: so that a file's own limits apply before its
 * directory is read. Anything unexpected gives undefined, and the full reading then says what is wrong.
 */
async function sniffKind(source: ZipSource): Promise<FileKind | undefined> {
  const head =
    source instanceof Uint8Array
      ? source.subarray(0, 30 + MIMETYPE_NAME.length + MAX_MIMETYPE_BYTES)
      : new Uint8Array(await source.slice(0, 30 + MIMETYPE_NAME.length + MAX_MIMETYPE_BYTES).arrayBuffer());
  if (head.length < 30 + MIMETYPE_NAME.length) return undefined;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  if (view.getUint32(0, true) !== 0x04034b50 || view.getUint16(8, true) !== 0 || view.getUint16(28, true) !== 0)
    return undefined;
  if (view.getUint16(26, true) !== MIMETYPE_NAME.length || MIMETYPE_NAME.some((byte, i) => head[30 + i] !== byte))
    return undefined;
  const size = view.getUint32(22, true);
  const start = 30 + MIMETYPE_NAME.length;
  return size <= MAX_MIMETYPE_BYTES
    ? kindOfMimetype(new TextDecoder().decode(head.subarray(start, start + size)))
    : undefined;
}

/**
 * Opens a Jurydesk container and enforces its shape (docs/FORMATS.md §1): `mimetype` first and stored, then the
 * document and its signature, then (bundles only) attachments under files/. Attachments are not read. `limits`
 * defaults to those of the kind the file says it is.
 */
export async function openContainer(
  source: ZipSource,
  expected: FileKind | 'any',
  limits?: ContainerLimits,
): Promise<OpenedContainer> {
  const size = sizeOf(source);
  if (size === 0) throw new JurydeskError('file.empty');
  const sniffed = await sniffKind(source);
  if (sniffed && expected !== 'any' && sniffed !== expected) {
    throw new JurydeskError('container.wrong-kind', { actual: term(sniffed), expected: term(expected) });
  }
  const limitsKind = sniffed ?? (expected === 'any' ? 'bundle' : expected);
  const applied = limits ?? LIMITS[limitsKind];
  if (size > applied.maxFileBytes)
    throw new JurydeskError('container.file-too-large', { size, limit: applied.maxFileBytes, kind: term(limitsKind) });

  // Every Blob read has a cost of its own, in a browser most of all: a small file is read once, whole.
  const reader =
    source instanceof Blob && source.size <= WHOLE_READ_LIMIT ? new Uint8Array(await source.arrayBuffer()) : source;
  const entries = await readZipDirectory(
    reader,
    { maxEntries: applied.maxEntries, maxCentralDirectoryBytes: applied.maxEntries * 1024 },
    // Small attachments have their local header checked in the same read as their bytes (forEachAttachment).
    (name, entrySize) => name.startsWith(ATTACHMENT_ROOT) && entrySize <= IN_MEMORY_ATTACHMENT_LIMIT,
  );

  const seen = new Set<string>();
  for (const entry of entries) {
    if (isUnsafePath(entry.name)) throw new JurydeskError('container.unsafe-path', { path: entry.name });
    // Case-insensitive: two names that differ only by case overwrite each other on Windows and macOS.
    const key = entry.name.normalize('NFC').toLowerCase();
    if (seen.has(key)) throw new JurydeskError('container.duplicate-entry', { path: entry.name });
    seen.add(key);
  }

  const first = entries[0];
  if (!first || first.name !== MIMETYPE_ENTRY || first.localHeaderOffset !== 0)
    throw new JurydeskError('container.mimetype-missing');
  if (first.method !== 0) throw new JurydeskError('container.mimetype-compressed');
  checkDeclaredSize(first, MAX_MIMETYPE_BYTES);
  const mimetypeBytes = await readEntryBytes(reader, first);
  const actual = kindOfMimetype(new TextDecoder().decode(mimetypeBytes));
  if (!actual) throw new JurydeskError('container.mimetype-missing');
  if (expected !== 'any' && actual !== expected) {
    throw new JurydeskError('container.wrong-kind', { actual: term(actual), expected: term(expected) });
  }

  const spec = KINDS[actual];
  const signatureName = `${spec.document}.sig`;
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const documentEntry = byName.get(spec.document);
  const signatureEntry = byName.get(signatureName);
  if (!documentEntry) throw new JurydeskError('container.missing-entry', { path: spec.document });
  if (!signatureEntry) throw new JurydeskError('container.missing-entry', { path: signatureName });
  checkDeclaredSize(documentEntry, applied.maxDocumentBytes);
  checkDeclaredSize(signatureEntry, applied.maxSignatureBytes);

  const attachments = new Map<string, ZipEntry>();
  const inputs = new Map<string, ZipEntry>();
  for (const entry of entries.slice(1)) {
    if (entry === documentEntry || entry === signatureEntry) continue;
    if (actual === 'deliberation' && entry.name.startsWith(INPUT_ROOT)) {
      const sha256 = INPUT_PATH.exec(entry.name)?.[1];
      if (!sha256) throw new JurydeskError('container.invalid-path', { path: entry.name });
      checkDeclaredSize(entry, LIMITS.scores.maxFileBytes);
      if (entry.method !== 0) throw new JurydeskError('container.compressed-input', { path: entry.name });
      inputs.set(sha256, entry);
      continue;
    }
    const isFolder = entry.name.endsWith('/');
    if (actual !== 'bundle' || !entry.name.startsWith(ATTACHMENT_ROOT)) {
      throw new JurydeskError('container.unlisted-entry', { path: entry.name });
    }
    // Folder entries, as `zip -r` adds them, carry no data (the zip reader makes sure), so they are skipped.
    if (isFolder) {
      if (entry.name !== ATTACHMENT_ROOT && !isValidAttachmentPath(entry.name.slice(0, -1))) {
        throw new JurydeskError('container.invalid-path', { path: entry.name });
      }
      continue;
    }
    if (!isValidAttachmentPath(entry.name)) throw new JurydeskError('container.invalid-path', { path: entry.name });
    checkDeclaredSize(entry, applied.maxAttachmentBytes);
    if (entry.method !== 0) throw new JurydeskError('container.compressed-attachment', { path: entry.name });
    attachments.set(entry.name, entry);
  }

  const document = await readEntryBytes(reader, documentEntry);
  const signature = new TextDecoder().decode(await readEntryBytes(reader, signatureEntry));
  return { kind: actual, source, document, signature, attachments, inputs };
}

/** Files up to this size are read whole when opened: score files and deliberations, and only the smallest bundles. */
export const WHOLE_READ_LIMIT = 8 * 1024 * 1024;

export interface ContainerAttachment {
  readonly path: string;
  readonly data: Blob | Uint8Array;
}

/** Reads one score file a deliberation holds; its size was checked when the container was opened. */
export function readInput(container: OpenedContainer, sha256: string): Promise<Uint8Array> | null {
  const entry = container.inputs.get(sha256);
  return entry ? readEntryBytes(container.source, entry) : null;
}

/** Writes a container in the canonical order, every entry stored. Attachments of a deliberation are its inputs. */
export async function buildContainer(
  kind: FileKind,
  document: Uint8Array,
  signature: string,
  attachments: readonly ContainerAttachment[] = [],
  onBytes?: (bytesDone: number) => void,
): Promise<Blob> {
  const spec = KINDS[kind];
  const inputs: ZipInput[] = [
    { name: MIMETYPE_ENTRY, data: utf8(spec.mimetype) },
    // Stored, not deflated: a reader then checks the signature over a plain slice of the file, which is what
    // merging thirty score files of a national call spends its time on (docs/PERFORMANCE.md).
    { name: spec.document, data: document },
    { name: `${spec.document}.sig`, data: utf8(signature) },
    ...attachments.map((attachment) => ({ name: attachment.path, data: attachment.data })),
  ];
  return writeZip(inputs, onBytes ? { onBytes } : {});
}
