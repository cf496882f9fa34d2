import type { Attachment, Label, UnsignedManifest } from '../documents';
import type { MappedApplications } from './applications';
import { fieldColumn, type CallDescription } from './call-description';

/** Where a new version of a call stands in its history: its number and the manifest it follows. */
export interface Succession {
  readonly sequence: number;
  readonly previousManifestSha256: string | null;
  /** When staff said the call changes hands: the key that signed the versions before, and why. */
  readonly handover?: { previousIssuerPublicKey: string; reason?: string };
}

/** What people read for each fact key: the label the description gives it, else its spreadsheet column (docs/FORMATS.md §4). */
export function fieldLabelsOf(description: CallDescription): Record<string, Label> {
  return Object.fromEntries(
    Object.entries(description.columns.fields).map(([key, field]) => {
      const { column, label } = fieldColumn(field);
      return [key, label ?? column];
    }),
  );
}

/**
 * The manifest a call description and its mapped applications make, attachments described by their digests: what
 * the staff desk and `jurydesk bundle` both sign, so that one description gives one manifest through either door.
 */
export function callManifest(
  description: CallDescription,
  mapped: Pick<MappedApplications, 'applications'>,
  attachments: ReadonlyMap<string, Attachment>,
  succession: Succession,
  issuedAt: string,
): UnsignedManifest {
  const { columns: _columns, sequence: _sequence, ...callPart } = description;
  const fieldLabels = fieldLabelsOf(description);
  return {
    format: 'jurydesk.bundle',
    formatVersion: 1,
    ...callPart,
    sequence: succession.sequence,
    previousManifestSha256: succession.previousManifestSha256,
    ...(succession.handover ? { handover: succession.handover } : {}),
    issuedAt,
    ...(Object.keys(fieldLabels).length > 0 ? { fieldLabels } : {}),
    // Only where there is an order to keep: one fact, or none, has nothing to sort.
    ...(Object.keys(fieldLabels).length > 1 ? { fieldOrder: Object.keys(fieldLabels) } : {}),
    applications: mapped.applications.map(
      ({ attachmentPaths, ...application }): UnsignedManifest['applications'][number] => ({
        ...application,
        ...(attachmentPaths.length > 0 ? { attachments: attachmentPaths.map((path) => attachments.get(path)!) } : {}),
      }),
    ),
  };
}

/**
 * Version 0 (docs/FORMATS.md §4): the call as jurors need it to declare their interests before the draw — the
 * applications by name and summary only, no facts, answers or attachments, and neither staff's conflicts nor any
 * assignment, which are for the versions after it.
 */
export function declarationsManifest(
  description: CallDescription,
  mapped: Pick<MappedApplications, 'applications'>,
  issuedAt: string,
): UnsignedManifest {
  const {
    columns: _columns,
    sequence: _sequence,
    conflicts: _conflicts,
    assignments: _assignments,
    ...callPart
  } = description;
  return {
    format: 'jurydesk.bundle',
    formatVersion: 1,
    ...callPart,
    sequence: 0,
    previousManifestSha256: null,
    issuedAt,
    applications: mapped.applications.map(({ id, name, summary }) => ({ id, name, ...(summary ? { summary } : {}) })),
  };
}

/** Past when the date (a whole day, or an instant) is over by the time the bundle is issued. */
export function retentionHasPassed(deleteAfter: string, issuedAt: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(deleteAfter)
    ? deleteAfter < issuedAt.slice(0, 10)
    : Date.parse(deleteAfter) < Date.parse(issuedAt);
}
