import type { Table } from 'dexie';
import type { JurydeskDatabase } from './database';

/** How much of a call was erased, table by table: what the user is told. */
export interface ErasedCall {
  applications: number;
  attachments: number;
  evaluations: number;
  journal: number;
  receivedScores: number;
  decisions: number;
}

/**
 * Everything this laptop holds of a call, gone in one transaction (docs/DESIGN.md §5): its bundles, applications and
 * attachments, the evaluations and their journal, exports, the declaration of interests, received score files, confirmed keys,
 * decisions and the deliberation. Either all of it goes or, if anything fails, none of it.
 */
export function eraseCall(db: JurydeskDatabase, callId: string): Promise<ErasedCall> {
  const tables = [
    db.calls,
    db.bundles,
    db.applications,
    db.attachments,
    db.evaluations,
    db.journal,
    db.exports,
    db.receivedScores,
    db.confirmedKeys,
    db.decisions,
    db.deliberations,
    db.declarations,
  ];
  return db.transaction('rw', tables, async () => {
    const of = (table: Table) => table.where('callId').equals(callId);
    const erased: ErasedCall = {
      applications: await of(db.applications).delete(),
      attachments: await of(db.attachments).delete(),
      evaluations: await of(db.evaluations).delete(),
      journal: await of(db.journal).delete(),
      receivedScores: await of(db.receivedScores).delete(),
      decisions: await of(db.decisions).delete(),
    };
    await of(db.bundles).delete();
    await of(db.exports).delete();
    await of(db.confirmedKeys).delete();
    await of(db.declarations).delete();
    await db.deliberations.delete(callId);
    await db.calls.delete(callId);
    return erased;
  });
}

/**
 * Returning the laptop: every table emptied in one transaction — calls, evaluations, the browser's keys, staff's
 * drafts, settings. Returns how many calls went.
 */
export function eraseEverything(db: JurydeskDatabase): Promise<{ calls: number }> {
  return db.transaction('rw', db.tables, async () => {
    const calls = await db.calls.count();
    for (const table of db.tables) await table.clear();
    return { calls };
  });
}
