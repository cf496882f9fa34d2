import { useLiveQuery } from 'dexie-react-hooks';
import type { Application, BundleManifest } from '@core/documents';
import { jurorTotal } from '@core/jury';
import { useServices } from '@renderer/app/context';
import type { CallRecord, EvaluationRecord, ExportRecord } from '@renderer/db/schema';

export type RowStatus = 'not-started' | 'draft' | 'complete' | 'recused' | 'conflict';

export interface ApplicationRow {
  application: Application;
  position: number;
  evaluation: EvaluationRecord | undefined;
  status: RowStatus;
  conflictReason: string | null;
  /** Assigned to this juror; every application is when the bundle has no assignments. */
  assigned: boolean;
  total: number | null;
}

export interface CallData {
  call: CallRecord;
  manifest: BundleManifest;
  manifestSha256: string;
  rows: ApplicationRow[];
  lastExport: ExportRecord | undefined;
  /** Changes made after the last export (or any change, when nothing was exported yet). */
  unexported: boolean;
}

/** Everything the scoring screens show for one call and the user's place in it, kept live from IndexedDB. */
export function useCallData(callId: string): CallData | null | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const call = await db.calls.get(callId);
    if (!call) return null;
    const bundle = await db.bundles.get(call.bundleSha256);
    if (!bundle) return null;
    const manifest = bundle.manifest;
    const jurorId = call.jurorId;
    const [applications, evaluations, lastExport] = await Promise.all([
      db.applications.where('callId').equals(callId).sortBy('position'),
      jurorId ? db.evaluations.where('[callId+jurorId]').equals([callId, jurorId]).toArray() : Promise.resolve([]),
      jurorId ? db.exports.get([callId, jurorId]) : Promise.resolve(undefined),
    ]);
    const byApplication = new Map(evaluations.map((evaluation) => [evaluation.applicationId, evaluation]));
    const assignment = manifest.assignments?.find((candidate) => candidate.jurorId === jurorId);
    const assigned = manifest.assignments ? new Set(assignment?.applicationIds ?? []) : null;
    const rows = applications.map(({ application, position }): ApplicationRow => {
      const evaluation = byApplication.get(application.id);
      const conflict = manifest.conflicts?.find(
        (candidate) => candidate.jurorId === jurorId && candidate.applicationId === application.id,
      );
      const status: RowStatus = conflict ? 'conflict' : evaluation ? evaluation.status : 'not-started';
      return {
        application,
        position,
        evaluation,
        status,
        conflictReason: conflict ? (conflict.reason ?? '') : null,
        assigned: assigned ? assigned.has(application.id) : true,
        total: evaluation && evaluation.status === 'complete' ? jurorTotal(evaluation.scores, manifest.criteria) : null,
      };
    });
    const unexported = evaluations.some((evaluation) => !lastExport || evaluation.updatedAt > lastExport.exportedAt);
    return { call, manifest, manifestSha256: bundle.sha256, rows, lastExport, unexported };
  }, [db, callId]);
}

/** “12 of 24 scored”: complete or recused, among the applications this juror has to review. */
export function progressOf(rows: readonly ApplicationRow[]): { done: number; total: number } {
  const due = rows.filter((row) => row.assigned && row.status !== 'conflict');
  return { done: due.filter((row) => row.status === 'complete' || row.status === 'recused').length, total: due.length };
}
