import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import {
  computeResults,
  type ComputedResult,
  jurorTotals,
  type Method,
  mergeScoreFiles,
  type MergeReport,
  sensitivity,
  type Sensitivity,
} from '@core/jury';
import type { BundleManifest, VerifiedScoreFile } from '@core/documents';
import { useServices } from '@renderer/app/context';

export interface MergeState {
  manifest: BundleManifest;
  manifestSha256: string;
  report: MergeReport;
  results: ComputedResult[];
  sensitivity: Sensitivity | null;
  fileCount: number;
}

/** Score files verified in this window, by bundle and SHA-256: a re-merge then parses only what is new. */
export const verifiedFiles = new Map<string, VerifiedScoreFile>();

/** The merge, recomputed by core from the stored files each time they or the confirmed keys change: the same code as `jurydesk merge`. */
export function useMerge(callId: string, method: Method): MergeState | null | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const call = await db.calls.get(callId);
    const bundle = call ? await db.bundles.get(call.bundleSha256) : undefined;
    if (!call || !bundle) return null;
    const [files, confirmed] = await Promise.all([
      db.receivedScores.where('callId').equals(callId).toArray(),
      db.confirmedKeys.where('callId').equals(callId).toArray(),
    ]);
    const report = await mergeScoreFiles(
      files.map((file) => ({ name: file.fileName, source: file.bytes })),
      {
        bundle: { manifest: bundle.manifest, manifestSha256: bundle.sha256 },
        confirmedKeys: Object.fromEntries(confirmed.map((entry) => [entry.jurorId, entry.publicKey])),
        verified: verifiedFiles,
      },
    );
    const scoreFiles = report.accepted.map((file) => file.scoreFile);
    return {
      manifest: bundle.manifest,
      manifestSha256: bundle.sha256,
      report,
      results: computeResults(bundle.manifest, scoreFiles, { method }),
      sensitivity: sensitivity(bundle.manifest, scoreFiles, method),
      fileCount: files.length,
    };
  }, [db, callId, method.aggregate, method.normalization]);
}

/**
 * Each juror's total per application, once per merge and not per keystroke in a filter: thirty jurors' totals over
 * two thousand applications. The desk and the projector both draw from it.
 */
export function useJurorTotals(merge: MergeState | null | undefined) {
  return useMemo(
    () =>
      merge
        ? jurorTotals(
            merge.manifest,
            merge.report.accepted.map((file) => file.scoreFile),
          )
        : [],
    [merge],
  );
}
