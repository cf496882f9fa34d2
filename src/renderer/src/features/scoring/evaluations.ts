import type { Criterion } from '@core/documents';
import { evaluationStatus } from '@core/jury';
import type { JurydeskDatabase } from '@renderer/db/database';
import type { EvaluationRecord, JournalEntry } from '@renderer/db/schema';

export interface EvaluationKey {
  callId: string;
  jurorId: string;
  applicationId: string;
}

export type EvaluationChange = Partial<
  Pick<EvaluationRecord, 'scores' | 'comments' | 'comment' | 'recommendation' | 'recusalReason'>
> & {
  recused?: boolean;
};

export function blankEvaluation(key: EvaluationKey): EvaluationRecord {
  return { ...key, status: 'draft', scores: {}, comments: {}, updatedAt: new Date(0).toISOString() };
}

/** Applies one change to an evaluation: a recusal clears the scores, and the status follows from the scores. */
export function applyChange(
  current: EvaluationRecord,
  change: EvaluationChange,
  criteria: readonly Criterion[],
  now: string,
): EvaluationRecord {
  const recused = change.recused ?? current.status === 'recused';
  const next: EvaluationRecord = {
    ...current,
    scores: recused ? {} : { ...current.scores, ...change.scores },
    comments: { ...current.comments, ...change.comments },
    updatedAt: now,
  };
  if (change.comment !== undefined) next.comment = change.comment;
  if (change.recommendation !== undefined) {
    if (change.recommendation === '') delete next.recommendation;
    else next.recommendation = change.recommendation;
  }
  if (recused) next.recusalReason = change.recusalReason ?? current.recusalReason ?? '';
  else delete next.recusalReason;
  next.status = evaluationStatus(next.scores, criteria, recused);
  return next;
}

/**
 * Saves one change and its journal entry in one transaction. When the promise resolves the change is
 * durable (IndexedDB committed), which is when the screen may say “saved”.
 */
export async function saveChange(
  db: JurydeskDatabase,
  key: EvaluationKey,
  change: EvaluationChange,
  criteria: readonly Criterion[],
): Promise<EvaluationRecord> {
  return db.transaction('rw', db.evaluations, db.journal, async () => {
    const current = (await db.evaluations.get([key.callId, key.jurorId, key.applicationId])) ?? blankEvaluation(key);
    const now = new Date().toISOString();
    const next = applyChange(current, change, criteria, now);
    await db.evaluations.put(next);
    const entry: JournalEntry = { ...key, at: now, change };
    await db.journal.add(entry);
    return next;
  });
}
