import { fingerprint, parsePublicKey, samePublicKey } from '../crypto';
import { completeManifest, type Attachment, type BundleManifest } from '../documents';
import { JurydeskError, type Failure } from '../errors';
import type { MappedApplications } from './applications';
import type { CallDescription } from './call-description';
import { callManifest, retentionHasPassed, type Succession } from './manifest';

/** The version a new one follows: its manifest and digest, as staff signed it. */
export interface PreviousVersion {
  readonly manifest: BundleManifest;
  readonly manifestSha256: string;
}

/** The version number and back-link of the next version: the first takes the description's own sequence, if any. */
/** What staff decided when the key signing a call is not the one that signed its versions so far. */
export interface Handover {
  readonly reason?: string;
}

/**
 * The next version's place in the call's history; with a hand-over, when `issuerPublicKey` is not the key of the
 * version before, it names that key, so that jurors are asked to confirm the new one rather than refuse it.
 */
export function nextSuccession(
  description: CallDescription,
  previous: PreviousVersion | null,
  { issuerPublicKey, handover }: { issuerPublicKey?: string; handover?: Handover | null } = {},
): Succession {
  if (!previous) return { sequence: description.sequence ?? 1, previousManifestSha256: null };
  const previousKey = previous.manifest.issuer.publicKey;
  const handsOver =
    handover && issuerPublicKey && !samePublicKey(parsePublicKey(previousKey), parsePublicKey(issuerPublicKey));
  return {
    sequence: previous.manifest.sequence + 1,
    previousManifestSha256: previous.manifestSha256,
    ...(handsOver
      ? { handover: { previousIssuerPublicKey: previousKey, ...(handover.reason ? { reason: handover.reason } : {}) } }
      : {}),
  };
}

/** Where the signing has not hashed an attachment yet and no earlier version vouches for it. */
const UNHASHED = '0'.repeat(64);

/** Why a call cannot be signed yet, and what it would sign as it stands. */
export interface Readiness {
  readonly problems: readonly Failure[];
  /**
   * The manifest as it would be signed, for comparing with the previous version; null while it cannot be signed.
   * Attachments are not hashed until signing: one at the same path and size as in the previous version counts as
   * that one.
   */
  readonly draft: BundleManifest | null;
}

function draftAttachments(
  planned: MappedApplications['attachments'],
  previous: PreviousVersion | null,
): Map<string, Attachment> {
  const before = new Map(
    (previous?.manifest.applications ?? []).flatMap((application) =>
      (application.attachments ?? []).map((attachment) => [attachment.path, attachment] as const),
    ),
  );
  return new Map(
    planned.map(({ path, name, mediaType, size }) => {
      const earlier = before.get(path);
      const sha256 = earlier && earlier.size === size ? earlier.sha256 : UNHASHED;
      return [path, { path, name, mediaType, size, sha256 }];
    }),
  );
}

/**
 * Why a call cannot be signed as it stands, every reason a juror's laptop or the CLI would give, in staff's words:
 * the spreadsheet's own problems are the mapping's to show, row by row.
 */
export async function callReadiness(
  description: CallDescription,
  mapped: Pick<MappedApplications, 'applications' | 'attachments'>,
  issuerPublicKey: string,
  issuedAt: string,
  previous: PreviousVersion | null,
  handover: Handover | null = null,
): Promise<Readiness> {
  const problems: Failure[] = [];
  if (mapped.applications.length === 0) problems.push({ code: 'call.no-applications', details: {} });
  const deleteAfter = description.retention?.deleteAfter;
  if (deleteAfter && retentionHasPassed(deleteAfter, issuedAt)) {
    problems.push({ code: 'call.retention-passed', details: { date: deleteAfter } });
  }
  if (previous && previous.manifest.call.id !== description.call.id) {
    problems.push({
      code: 'call.id-changed',
      details: { actual: description.call.id, expected: previous.manifest.call.id },
    });
  }
  const issuerKey = parsePublicKey(issuerPublicKey);
  const previousKey = previous && parsePublicKey(previous.manifest.issuer.publicKey);
  if (previousKey && !samePublicKey(previousKey, issuerKey) && !handover) {
    problems.push({
      code: 'call.issuer-changed',
      details: { actual: await fingerprint(issuerKey), expected: await fingerprint(previousKey) },
    });
  }
  let draft: BundleManifest | null = null;
  try {
    const unsigned = callManifest(
      description,
      mapped,
      draftAttachments(mapped.attachments, previous),
      nextSuccession(description, previous, { issuerPublicKey, handover }),
      issuedAt,
    );
    draft = completeManifest(unsigned, issuerPublicKey);
  } catch (error) {
    if (!(error instanceof JurydeskError)) throw error;
    problems.push({ code: error.code === 'bundle.invalid' ? 'call.not-ready' : error.code, details: error.details });
  }
  return { problems, draft };
}
