import type { EvaluationStatus, Application, BundleManifest, Interest, Label } from '@core/documents';
import type { CallDescription, ReceivedDeclaration } from '@core/calls';

/** One call on this laptop, pointing at the bundle in use; the issuer key is pinned at first import. */
export interface CallRecord {
  id: string;
  title: Label;
  organizer?: string;
  bundleSha256: string;
  sequence: number;
  pinnedIssuerKey: string;
  issuerName: string;
  issuerFingerprint: string;
  /** Who the user is in this call's roster; null until they say so or their key matches. */
  jurorId: string | null;
  demo: boolean;
  importedAt: string;
  deleteAfter?: string;
}

export interface BundleRecord {
  sha256: string;
  callId: string;
  sequence: number;
  fileName: string;
  importedAt: string;
  /** The exact signed bytes, kept so the bundle can be re-verified or cited later. */
  manifestBytes: Uint8Array;
  manifest: BundleManifest;
}

export interface ApplicationRecord {
  callId: string;
  id: string;
  /** Order in the bundle, which staff chose. */
  position: number;
  application: Application;
}

export interface AttachmentRecord {
  callId: string;
  path: string;
  applicationId: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  blob: Blob;
}

/** One record per juror × application, never one per score cell (docs/DESIGN.md §5). */
export interface EvaluationRecord {
  callId: string;
  jurorId: string;
  applicationId: string;
  status: EvaluationStatus;
  scores: Record<string, number | null>;
  comments: Record<string, string>;
  comment?: string;
  recommendation?: string;
  recusalReason?: string;
  updatedAt: string;
}

/** Append-only: every change to an evaluation, so that nothing acknowledged can be lost or silently rewritten. */
export interface JournalEntry {
  seq?: number;
  callId: string;
  jurorId: string;
  applicationId: string;
  at: string;
  change: Partial<Omit<EvaluationRecord, 'callId' | 'jurorId' | 'applicationId'>>;
}

export interface IdentityRecord {
  /** The juror's key is 'me'; staff's own key, on the staff desk, is 'staff'. */
  id: 'me' | 'staff';
  name: string;
  publicKey: string;
  fingerprint: string;
  createdAt: string;
  /** Browser version only: the non-extractable private key. The desktop app keeps its key in the main process. */
  privateKey?: CryptoKey;
}

/** The last score file exported by a juror for a call: revisions only ever grow (docs/FORMATS.md §5). */
export interface ExportRecord {
  callId: string;
  jurorId: string;
  revision: number;
  exportedAt: string;
  fileName: string;
  fileSha256: string;
  /** SHA-256 of the evaluations the file holds: the same evaluations later make the same file, not a new revision. */
  evaluationsSha256?: string;
}

/** A score file the chair imported, kept as received: the merge is recomputed from these exact bytes. */
export interface ReceivedScoreFile {
  callId: string;
  sha256: string;
  fileName: string;
  importedAt: string;
  bytes: Uint8Array;
}

/** A juror's key the chair confirmed, where the roster gives none (docs/DESIGN.md §2). */
export interface ConfirmedKey {
  callId: string;
  jurorId: string;
  publicKey: string;
  fingerprint: string;
  confirmedAt: string;
}

/** The chair's decision on one application, saved as it is made. */
export interface DecisionRecord {
  callId: string;
  applicationId: string;
  outcome: string;
  rationale: string;
  updatedAt: string;
}

/** The meeting's minutes and the last signed deliberation of a call. */
export interface DeliberationRecord {
  callId: string;
  minutes: string;
  revision: number;
  exportedAt: string | null;
  /**
   * What the last signed revision was made of (its score files, method, decisions and minutes): when the desk shows
   * anything else, that revision is out of date.
   */
  signedBasis?: string;
}

/** A version of a call staff signed from this laptop: what a later version and a received deliberation are checked against. */
/** A juror's declaration of interests on version 0 of a call, as they fill it in and as they last exported it. */
export interface DeclarationRecord {
  callId: string;
  jurorId: string;
  /** Each application the juror has an interest in, with the reason as typed ('' when they gave none). */
  interests: Record<string, string>;
  /** The last file exported: the next export is the revision after it, unless nothing changed since. */
  exported?: {
    revision: number;
    exportedAt: string;
    fileName: string;
    fileSha256: string;
    /** What that file declared, trimmed and in the bundle's order. */
    declared: Interest[];
  };
}

export interface PublishedVersion {
  sequence: number;
  manifestSha256: string;
  issuedAt: string;
  manifest: BundleManifest;
}

/**
 * A call staff prepare on the staff desk: its description (the CALL.json), the spreadsheet of applications as
 * chosen, how jurors are assigned, the versions signed, and the last deliberation received for it.
 */
export interface StaffCallRecord {
  draftId: string;
  description: CallDescription;
  sheet: { fileName: string; bytes: Uint8Array } | null;
  /** The name of the folder of attachments staff chose, which messages name; its files are in staffFiles. */
  folderName: string | null;
  assignment: {
    mode: 'everyone' | 'automatic';
    perApplication: number;
    seed: number;
    /** Roster members left out of the draw: a chair or an observer who does not score. */
    excluded?: string[];
    /** The most applications a juror may be given, for those who asked for fewer. */
    caps?: Record<string, number>;
  };
  /**
   * Outcome ids staff wrote themselves, or that came written in a call description: those no longer follow their
   * label. The others are derived from it until a version is signed.
   */
  outcomeIdsByHand?: string[];
  /** Score files staff were sent while jurors score, to follow how far each is; the chair's desk decides, not this. */
  scoreFiles?: { fileName: string; bytes: Uint8Array; receivedAt: string }[];
  /** Staff said the next version is signed by a new key, and why: jurors are asked to confirm it, not refuse it. */
  handover?: { reason?: string };
  /** Jurors' declarations of interests, the latest of each juror: what each added to the conflicts. */
  declarations?: ReceivedDeclaration[];
  /** Keys staff confirmed for roster members the roster gives none for (juror id → OpenSSH line). */
  confirmedKeys?: Record<string, string>;
  versions: PublishedVersion[];
  received: { fileName: string; bytes: Uint8Array; receivedAt: string } | null;
  updatedAt: string;
}

/** An attachment from the folder staff chose for a call, by its name relative to that folder. */
export interface StaffFileRecord {
  draftId: string;
  name: string;
  blob: Blob;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'jurydesk';

/**
 * Every version of the schema, oldest first. A new version is appended, never edited: Dexie upgrades
 * each laptop's database from whatever version it has (tests/component/db/migrations.test.ts).
 */
export const SCHEMA_VERSIONS: ReadonlyArray<{ version: number; stores: Record<string, string> }> = [
  {
    version: 1,
    stores: {
      calls: 'id',
      bundles: 'sha256, callId',
      applications: '[callId+id], callId',
      attachments: '[callId+path], callId, [callId+applicationId]',
      evaluations: '[callId+jurorId+applicationId], [callId+jurorId], callId',
      journal: '++seq, [callId+jurorId+applicationId], callId',
      identity: 'id',
      settings: 'key',
    },
  },
  { version: 2, stores: { exports: '[callId+jurorId], callId' } },
  { version: 3, stores: { receivedScores: '[callId+sha256], callId', confirmedKeys: '[callId+jurorId], callId' } },
  { version: 4, stores: { decisions: '[callId+applicationId], callId', deliberations: 'callId' } },
  { version: 5, stores: { staffCalls: 'draftId', staffFiles: '[draftId+name], draftId' } },
  { version: 6, stores: { declarations: '[callId+jurorId], callId' } },
];
