import { utf8 } from './bytes';
import { JurydeskError, term } from './errors';
import { NAMESPACES, type Namespace } from './sshsig';
import { readEntryBytes, readSpanInto, readZipDirectory, sizeOf, sliceAsBlob, storedEntryBlob, storedEntryIn, writeZip, type ZipEntry, type ZipInput, type ZipSource } from './zip';

export type FileKind = 'bundle' | 'scores' | 'deliberation';

export interface KindSpec {
  readonly mimetype: string;
  readonly document: string;
  readonly namespace: Namespace;
  readonly extension: string;
}

export const KINDS: Readonly<Record<FileKind, KindSpec>> = {
  bundle: {
    mimetype: 'application/vnd.jurydesk.bundle',
    document: 'manifest.json',
    namespace: NAMESPACES.bundle,
    extension: '.jurybundle',
  },
  scores: {
    mimetype: 'application/vnd.jurydesk.scores',
    document: 'scores.json',
    namespace: NAMESPACES.scores,
    extension: '.juryscores',
  },
  deliberation: {
    mimetype: 'application/vnd.jurydesk.deliberation',
    document: 'deliberation.json',
    namespace: NAMESPACES.deliberation,
    extension: '.jurydelib',
  },
};

export const MIMETYPE_ENTRY = 'mimetype';
export const ATTACHMENT_ROOT = 'files/';

export interface ContainerLimits {
  readonly maxEntries: number;
  readonly maxDocumentBytes: number;
  readonly maxSignatureBytes: number;
  readonly maxAttachmentBytes: number;
}

/** Generous for a national call (thousands of applications, multi-megabyte manifests), small enough to refuse bombs. */
export const DEFAULT_LIMITS: ContainerLimits = {
  maxEntries: 100_000,
  maxDocumentBytes: 64 * 1024 * 1024,
  maxSignatureBytes: 16 * 1024,
  maxAttachmentBytes: 2 * 1024 * 1024 * 1024,
};

export interface OpenedContainer {
  readonly kind: FileKind;
  readonly source: ZipSource;
  /** The document's exact bytes: what the signature covers and what gets parsed. */
  readonly document: Uint8Array;
  readonly signature: string;
  /** Entries under files/, by path; only bundles have any. */
  readonly attachments: ReadonlyMap<string, ZipEntry>;
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

/**
 * Opens a Jurydesk container and enforces its shape (brief §2): `mimetype` first and stored, then the
 * document and its signature, then (bundles only) attachments under files/. Attachments are not read.
 */
export async function openContainer(
  source: ZipSource,
  expected: FileKind | 'any',
  limits: ContainerLimits = DEFAULT_LIMITS,
): Promise<OpenedContainer> {
  if (sizeOf(source) === 0) throw new JurydeskError('file.empty');
  // Every Blob read has a cost of its own, in a browser most of all: a small file is read once, whole.
  const reader = source instanceof Blob && source.size <= WHOLE_READ_LIMIT ? new Uint8Array(await source.arrayBuffer()) : source;
  const entries = await readZipDirectory(
    reader,
    { maxEntries: limits.maxEntries, maxCentralDirectoryBytes: limits.maxEntries * 1024 },
    // Small attachments have their local header checked in the same read as their bytes (forEachAttachment).
    (name, size) => name.startsWith(ATTACHMENT_ROOT) && size <= IN_MEMORY_ATTACHMENT_LIMIT,
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
  if (!first || first.name !== MIMETYPE_ENTRY) throw new JurydeskError('container.mimetype-missing');
  if (first.method !== 0) throw new JurydeskError('container.mimetype-compressed');
  checkDeclaredSize(first, 256);
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
  checkDeclaredSize(documentEntry, limits.maxDocumentBytes);
  checkDeclaredSize(signatureEntry, limits.maxSignatureBytes);

  const attachments = new Map<string, ZipEntry>();
  for (const entry of entries.slice(1)) {
    if (entry === documentEntry || entry === signatureEntry) continue;
    const isFolder = entry.name.endsWith('/');
    if (actual !== 'bundle' || !entry.name.startsWith(ATTACHMENT_ROOT)) {
      throw new JurydeskError('container.unlisted-entry', { path: entry.name });
    }
    // Folder entries, as `zip -r` adds them, carry no data, so they are accepted and skipped.
    if (isFolder) {
      if (entry.size !== 0) throw new JurydeskError('container.invalid-path', { path: entry.name });
      if (entry.name !== ATTACHMENT_ROOT && !isValidAttachmentPath(entry.name.slice(0, -1))) {
        throw new JurydeskError('container.invalid-path', { path: entry.name });
      }
      continue;
    }
    if (!isValidAttachmentPath(entry.name)) throw new JurydeskError('container.invalid-path', { path: entry.name });
    checkDeclaredSize(entry, limits.maxAttachmentBytes);
    if (entry.method !== 0) throw new JurydeskError('container.compressed-attachment', { path: entry.name });
    attachments.set(entry.name, entry);
  }

  const document = await readEntryBytes(reader, documentEntry);
  const signature = new TextDecoder().decode(await readEntryBytes(reader, signatureEntry));
  return { kind: actual, source, document, signature, attachments };
}

/** Files up to this size are read whole when opened: score files and deliberations, and only the smallest bundles. */
export const WHOLE_READ_LIMIT = 8 * 1024 * 1024;

/** Attachments up to this size are read whole, once; larger ones are handed out as slices and hashed in chunks. */
export const IN_MEMORY_ATTACHMENT_LIMIT = 16 * 1024 * 1024;

export interface AttachmentData {
  readonly blob: Blob;
  /** The bytes, when the attachment was small enough to be read whole (and its local header checked with them). */
  readonly bytes: Uint8Array | null;
}

/** Small attachments that follow one another in the file are read together, this many bytes at a time. */
const ATTACHMENT_SPAN = 4 * 1024 * 1024;

/**
 * Visits the attachments at `paths` in the file's order, each with a slice of the file to keep and, for small
 * ones, its bytes. Small attachments are read several at once, their local headers checked in the same read:
 * each Blob read and each slice costs a round trip to a browser's blob store, and a national call's bundle holds
 * thousands of attachments. The attachments of a span are visited together, and all of them before the next
 * read, which reuses the same memory: bytes handed to `visit` are valid until it settles.
 */
export async function forEachAttachment(container: OpenedContainer, paths: readonly string[], visit: (path: string, data: AttachmentData) => Promise<void>): Promise<void> {
  const entries = paths
    .map((path) => {
      const entry = container.attachments.get(path);
      if (!entry) throw new JurydeskError('container.missing-entry', { path });
      return entry;
    })
    .sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  let buffer = new ArrayBuffer(ATTACHMENT_SPAN + 1);
  for (let first = 0; first < entries.length; ) {
    const entry = entries[first]!;
    if (entry.dataOffset !== null) {
      await visit(entry.name, { blob: storedEntryBlob(container.source, entry), bytes: null });
      first++;
      continue;
    }
    let end = first + 1;
    while (end < entries.length && entries[end]!.dataOffset === null && entries[end]!.spanEnd - entry.localHeaderOffset <= ATTACHMENT_SPAN) end++;
    const read = await readSpanInto(container.source, entry.localHeaderOffset, entries[end - 1]!.spanEnd, buffer);
    buffer = read.buffer;
    const span = read.bytes;
    const members = entries.slice(first, end).map((member) => ({ member, ...storedEntryIn(span, entry.localHeaderOffset, member) }));
    // Visited together: hashing runs off the main thread (WebCrypto), several attachments at once.
    await Promise.all(
      members.map(({ member, bytes, dataOffset }) =>
        // A slice of the file rather than a new Blob of the bytes: a browser copies a new Blob into its blob store.
        visit(member.name, { blob: sliceAsBlob(container.source, dataOffset, dataOffset + member.size), bytes }),
      ),
    );
    first = end;
  }
}

export interface ContainerAttachment {
  readonly path: string;
  readonly data: Blob | Uint8Array;
}

/** Writes a container in the canonical order, every entry stored. */
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
