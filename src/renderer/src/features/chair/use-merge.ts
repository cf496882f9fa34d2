import { useLiveQuery } from 'dexie-react-hooks';
import {
  chosenMethod,
  comparableParts,
  type ComparablePart,
  computeResults,
  type ComputedResult,
  jurorTotals,
  type JurorTotal,
  type Method,
  type MethodChoice,
  mergeScoreFiles,
  type MergeReport,
} from '@core/jury';
import type { BundleManifest, VerifiedScoreFile } from '@core/documents';
import { useServices } from '@renderer/app/context';

export interface MergeState {
  manifest: BundleManifest;
  manifestSha256: string;
  report: MergeReport;
  /** The method the results follow: the chair's choice, completed by the recommended method. */
  method: Method;
  /** Whether the chair chose the method, or it is the one recommended for this jury. */
  chosen: boolean;
  totals: JurorTotal[];
  /** Under the bias model, the groups of jurors that share no application; one group when all compare. */
  parts: ComparablePart[];
  results: ComputedResult[];
  fileCount: number;
}

/** Score files verified in this window, by bundle and SHA-256: a re-merge then parses only what is new. */
export const verifiedFiles = new Map<string, VerifiedScoreFile>();

/** The merge, recomputed by core from the stored files each time they or the confirmed keys change: the same code as `jurydesk merge`. */
export function useMerge(callId: string, choice: MethodChoice): MergeState | null | undefined {
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
    const totals = jurorTotals(bundle.manifest, scoreFiles);
    const method = chosenMethod(choice, totals);
    return {
      manifest: bundle.manifest,
      manifestSha256: bundle.sha256,
      report,
      method,
      chosen: choice.aggregate !== undefined || choice.normalization !== undefined,
      totals,
      // Under every method: groups that share nothing compare no better by their means than by their calibration.
      parts: comparableParts(
        bundle.manifest.applications.map((application) => application.id),
        totals,
      ),
      results: computeResults(bundle.manifest, scoreFiles, { method }),
      fileCount: files.length,
    };
  }, [db, callId, choice.aggregate, choice.normalization]);
}
