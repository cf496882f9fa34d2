import { canonicalJson, checkRestorableScoreFile, verifyScoreFile } from '@core/documents';
import { sha256Hex, utf8 } from '@core/crypto';
import { JurydeskError } from '@core/errors';
import type { JurydeskDatabase } from '@renderer/db/database';
import type { EvaluationRecord, JournalEntry } from '@renderer/db/schema';

export interface RestoredScores {
  revision: number;
  restored: number;
  /** Evaluations changed on this laptop after the file's own, kept rather than overwritten. */
  keptNewer: number;
  /** Evaluations of applications the bundle in use no longer has. */
  withdrawn: number;
}

/**
 * Brings back a juror's evaluations from their own score file (docs/FORMATS.md §5, "Restoring"), in one transaction
 * with the export it stands for, so the next export continues its revisions. Of an evaluation held both here and in
 * the file, the one changed last is kept.
 */
export async function restoreScores(
  db: JurydeskDatabase,
  callId: string,
  publicKey: string,
  file: Blob & { name: string },
): Promise<RestoredScores> {
  // The Blob itself: its size is checked against the limit for score files before it is read.
  const verified = await verifyScoreFile(file);
  if (!verified.ok) throw new JurydeskError(verified.error.code, verified.error.details);
  const { scoreFile, fileSha256 } = verified.value;
  // Hashed before the transaction: IndexedDB commits a transaction that waits on anything but itself.
  const evaluationsSha256 = await sha256Hex(utf8(canonicalJson(scoreFile.evaluations)));
  const now = new Date().toISOString();
  return db.transaction('rw', [db.calls, db.bundles, db.evaluations, db.journal, db.exports], async () => {
    const call = await db.calls.get(callId);
    const bundle = call && (await db.bundles.get(call.bundleSha256));
    if (!call || !bundle) throw new JurydeskError('restore.other-call', { call: scoreFile.call.id });
    const jurorId = call.jurorId ?? scoreFile.juror.id;
    const previous = await db.exports.get([callId, jurorId]);
    const restoration = await checkRestorableScoreFile(verified.value, {
      bundle: { manifest: bundle.manifest, manifestSha256: bundle.sha256 },
      publicKey,
      jurorId: call.jurorId,
      exportedRevision: previous?.revision ?? null,
      now,
    });
    let restored = 0;
    let keptNewer = 0;
    for (const evaluation of restoration.evaluations) {
      const here = await db.evaluations.get([callId, jurorId, evaluation.applicationId]);
      if (here && here.updatedAt > evaluation.updatedAt) {
        keptNewer += 1;
        continue;
      }
      const record: EvaluationRecord = {
        callId,
        jurorId,
        applicationId: evaluation.applicationId,
        status: evaluation.status,
        scores: { ...evaluation.scores },
        comments: { ...evaluation.comments },
        ...(evaluation.comment !== undefined ? { comment: evaluation.comment } : {}),
        ...(evaluation.recommendation !== undefined ? { recommendation: evaluation.recommendation } : {}),
        ...(evaluation.recusalReason !== undefined ? { recusalReason: evaluation.recusalReason } : {}),
        updatedAt: evaluation.updatedAt,
      };
      await db.evaluations.put(record);
      const { status, scores, comments, comment, recommendation, recusalReason, updatedAt } = record;
      const entry: JournalEntry = {
        callId,
        jurorId,
        applicationId: record.applicationId,
        at: now,
        change: { status, scores, comments, comment, recommendation, recusalReason, updatedAt },
      };
      await db.journal.add(entry);
      restored += 1;
    }
    await db.exports.put({
      callId,
      jurorId,
      revision: scoreFile.revision,
      exportedAt: scoreFile.exportedAt,
      fileName: file.name,
      fileSha256,
      evaluationsSha256,
    });
    if (call.jurorId === null) await db.calls.update(callId, { jurorId });
    return { revision: scoreFile.revision, restored, keptNewer, withdrawn: restoration.withdrawn.length };
  });
}
