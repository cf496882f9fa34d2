import { utf8, sha256Hex } from '@core/crypto';
import { assembleScoreFile, canonicalJson, type UnsignedScoreFile, type BundleManifest } from '@core/documents';
import type { Bridge } from '@renderer/bridge';
import type { JurydeskDatabase } from '@renderer/db/database';
import type { EvaluationRecord, ExportRecord } from '@renderer/db/schema';

export interface ExportContext {
  callId: string;
  jurorId: string;
  manifest: BundleManifest;
  manifestSha256: string;
  publicKey: string;
}

export function safeFilePart(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** What goes in a score file: every evaluation the juror touched, as docs/FORMATS.md §5 shapes it. */
export function scoreFileContent(
  context: ExportContext,
  evaluations: readonly EvaluationRecord[],
  revision: number,
  exportedAt: string,
): UnsignedScoreFile {
  const juror = context.manifest.jurors.find((candidate) => candidate.id === context.jurorId);
  if (!juror) throw new Error(`juror ${context.jurorId} is not on the roster`);
  const order = new Map(context.manifest.applications.map((application, index) => [application.id, index]));
  return {
    call: { id: context.manifest.call.id },
    bundle: { sequence: context.manifest.sequence, manifestSha256: context.manifestSha256 },
    juror: { id: juror.id, name: juror.name },
    revision,
    exportedAt,
    evaluations: [...evaluations]
      .filter((evaluation) => order.has(evaluation.applicationId))
      .sort((a, b) => (order.get(a.applicationId) ?? 0) - (order.get(b.applicationId) ?? 0))
      .map((evaluation) => ({
        applicationId: evaluation.applicationId,
        status: evaluation.status,
        ...(evaluation.status === 'recused' ? { recusalReason: evaluation.recusalReason ?? '' } : {}),
        scores: Object.fromEntries(
          context.manifest.criteria.map((criterion) => [criterion.id, evaluation.scores[criterion.id] ?? null]),
        ),
        ...(Object.values(evaluation.comments).some((text) => text.trim() !== '')
          ? {
              comments: Object.fromEntries(
                Object.entries(evaluation.comments).filter(([, text]) => text.trim() !== ''),
              ),
            }
          : {}),
        ...(evaluation.comment?.trim() ? { comment: evaluation.comment } : {}),
        ...(evaluation.recommendation ? { recommendation: evaluation.recommendation } : {}),
        updatedAt: evaluation.updatedAt,
      })),
  };
}

async function evaluationsDigest(content: UnsignedScoreFile): Promise<string> {
  return sha256Hex(utf8(canonicalJson(content.evaluations)));
}

/**
 * Signs and saves the juror's score file: a new revision when the evaluations changed since the last one, else that
 * same revision again, byte for byte (Ed25519 signatures are deterministic), so that clicking twice never makes two
 * revisions of one set of evaluations. A revision is recorded only once its file was saved, so a cancelled dialog
 * never skips a number.
 */
export async function exportScoreFile(
  db: JurydeskDatabase,
  bridge: Bridge,
  context: ExportContext,
): Promise<{ record: ExportRecord; blob: Blob; unchanged: boolean } | null> {
  const [evaluations, previous] = await Promise.all([
    db.evaluations.where('[callId+jurorId]').equals([context.callId, context.jurorId]).toArray(),
    db.exports.get([context.callId, context.jurorId]),
  ]);
  const sign = (content: UnsignedScoreFile) =>
    assembleScoreFile(content, context.publicKey, (bytes) => bridge.sign('scores', bytes));
  if (previous) {
    const again = scoreFileContent(context, evaluations, previous.revision, previous.exportedAt);
    if (previous.evaluationsSha256 === (await evaluationsDigest(again))) {
      const { blob, fileSha256 } = await sign(again);
      // Another key since (a restored identity) gives other bytes: then it is a new revision after all.
      if (fileSha256 === previous.fileSha256)
        return (await bridge.saveFile(previous.fileName, blob)) ? { record: previous, blob, unchanged: true } : null;
    }
  }
  const revision = (previous?.revision ?? 0) + 1;
  const exportedAt = new Date().toISOString();
  const content = scoreFileContent(context, evaluations, revision, exportedAt);
  const { blob, fileSha256 } = await sign(content);
  const fileName = `${safeFilePart(context.callId)}-${safeFilePart(content.juror.name)}-r${revision}.juryscores`;
  if (!(await bridge.saveFile(fileName, blob))) return null;
  const record: ExportRecord = {
    callId: context.callId,
    jurorId: context.jurorId,
    revision,
    exportedAt,
    fileName,
    fileSha256,
    evaluationsSha256: await evaluationsDigest(content),
  };
  await db.exports.put(record);
  return { record, blob, unchanged: false };
}
