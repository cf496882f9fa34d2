import { NAMESPACES, type Namespace } from '../crypto';

/** The kinds of signed file, each with its mimetype, document, namespace and extension (docs/FORMATS.md §1). */
export type FileKind = 'bundle' | 'scores' | 'deliberation' | 'declaration';

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
  declaration: {
    mimetype: 'application/vnd.jurydesk.declaration',
    document: 'declaration.json',
    namespace: NAMESPACES.declaration,
    extension: '.jurydeclaration',
  },
};

export interface ContainerLimits {
  /** The whole file, checked before anything is read from it. */
  readonly maxFileBytes: number;
  readonly maxEntries: number;
  readonly maxDocumentBytes: number;
  readonly maxSignatureBytes: number;
  readonly maxAttachmentBytes: number;
}

const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;

/**
 * What each kind of file may weigh (docs/FORMATS.md §1). Generous for a national call — thousands of applications,
 * multi-megabyte manifests, gigabytes of attachments — yet a score file or a deliberation stays small: only a
 * bundle's attachments may be large, and they are never inflated.
 */
export const LIMITS: Readonly<Record<FileKind, ContainerLimits>> = {
  bundle: {
    maxFileBytes: 64 * GiB,
    maxEntries: 100_000,
    maxDocumentBytes: 64 * MiB,
    maxSignatureBytes: 16 * KiB,
    maxAttachmentBytes: 2 * GiB,
  },
  scores: {
    maxFileBytes: 32 * MiB,
    maxEntries: 16,
    maxDocumentBytes: 32 * MiB,
    maxSignatureBytes: 16 * KiB,
    maxAttachmentBytes: 0,
  },
  deliberation: {
    maxFileBytes: 1 * GiB,
    // Room for a score file from each juror of the largest jury, beside the document and its signature.
    maxEntries: 1_024,
    maxDocumentBytes: 64 * MiB,
    maxSignatureBytes: 16 * KiB,
    maxAttachmentBytes: 0,
  },
  // An interest per application of a national call, each with a sentence of reason, is well under a megabyte.
  declaration: {
    maxFileBytes: 8 * MiB,
    maxEntries: 16,
    maxDocumentBytes: 8 * MiB,
    maxSignatureBytes: 16 * KiB,
    maxAttachmentBytes: 0,
  },
};
