import { REFERENCE_CRITERIA, type CallDescription } from '@core/calls';
import type { Language } from '@core/errors';
import type { JurydeskDatabase } from '@renderer/db/database';
import type { StaffCallRecord } from '@renderer/db/schema';

/** Six months after `today`: how long a call's personal data stays on jurors' laptops unless staff say otherwise. */
export function defaultRetention(today: Date): string {
  const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 6, today.getUTCDate()));
  return date.toISOString().slice(0, 10);
}

/** What a new call starts from: the reference grid, the usual outcomes, and no jury yet. */
export function newDescription(language: Language, issuerName: string, today: Date): CallDescription {
  const year = today.getUTCFullYear() + 1;
  return {
    call: { id: `appel-${year}`, title: language === 'fr' ? `Appel ${year}` : `${year} call`, language },
    issuer: { name: issuerName },
    criteria: structuredClone([...REFERENCE_CRITERIA]),
    jurors: [],
    outcomes: [
      { id: 'retenu', label: { fr: 'Retenu', en: 'Selected' }, kind: 'selected', capacity: 4 },
      { id: 'liste-attente', label: { fr: 'Liste d’attente', en: 'Waitlist' }, kind: 'waitlist' },
      { id: 'non-retenu', label: { fr: 'Non retenu', en: 'Not selected' }, kind: 'rejected' },
    ],
    retention: { deleteAfter: defaultRetention(today) },
    columns: { id: '', name: '', fields: {}, answers: [], attachments: [] },
  };
}

/** A call from a description: one opened from a file keeps the outcome ids it was written with. */
export async function createStaffCall(
  db: JurydeskDatabase,
  description: CallDescription,
  { fromFile = false } = {},
): Promise<string> {
  const draftId = crypto.randomUUID();
  const record: StaffCallRecord = {
    draftId,
    description,
    sheet: null,
    folderName: null,
    assignment: { mode: description.assignments ? 'automatic' : 'everyone', perApplication: 3, seed: 1 },
    versions: [],
    received: null,
    outcomeIdsByHand: fromFile ? description.outcomes.map((outcome) => outcome.id) : [],
    updatedAt: new Date().toISOString(),
  };
  await db.staffCalls.put(record);
  return draftId;
}
