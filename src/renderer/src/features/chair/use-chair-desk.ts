import { useMemo, useState } from 'react';
import { formatPublicKey, parsePublicKey } from '@core/crypto';
import {
  DEFAULT_METHOD,
  jurorCalibrations,
  selectedCapacity,
  type JurorTotal,
  type Method,
  type MethodChoice,
  type ReceivedFile,
} from '@core/jury';
import { useServices } from '@renderer/app/context';
import { exportScoreFile } from '@renderer/features/scoring/export-scores';
import { receiveScoreFiles, type Reception } from './receive';
import { useMerge } from './use-merge';
import { useRankUncertainty } from './use-rank-uncertainty';
import { useSensitivity } from './use-sensitivity';

const NO_TOTALS: JurorTotal[] = [];

/**
 * The chair's desk as state and actions: the merge under the chosen method, what the last drop brought, and what the
 * chair does to the files — receive them, add their own, confirm a juror's key. The desk's views only show these.
 */
export function useChairDesk(callId: string) {
  const { db, bridge, identity } = useServices();
  // Until the chair chooses, the method recommended for this jury (docs/METHODS.md).
  const [choice, setChoice] = useState<MethodChoice>({});
  const merge = useMerge(callId, choice);
  const method = merge?.method ?? DEFAULT_METHOD;
  const [reception, setReception] = useState<Reception | null>(null);
  const [ownFile, setOwnFile] = useState<{ revision: number; fileName: string; unchanged: boolean } | null>(null);

  const names = useMemo(
    () => new Map(merge?.manifest.applications.map((application) => [application.id, application.name]) ?? []),
    [merge],
  );
  const totals = merge?.totals ?? NO_TOTALS;
  const uncertainty = useRankUncertainty(merge?.manifest, totals, method);
  const places = useMemo(() => (merge ? selectedCapacity(merge.manifest) : null), [merge]);
  const jurorIds = useMemo(() => merge?.report.accepted.map((file) => file.jurorId) ?? [], [merge]);
  const sensitivity = useSensitivity(merge?.manifest, jurorIds, totals, method);
  const calibrations = useMemo(
    () =>
      merge
        ? jurorCalibrations(
            merge.report.accepted.map((file) => file.jurorId),
            totals,
            merge.results,
          )
        : [],
    [merge, totals],
  );

  async function receive(files: File[]) {
    if (!merge) return;
    setReception(
      await receiveScoreFiles(db, callId, { manifest: merge.manifest, manifestSha256: merge.manifestSha256 }, files),
    );
  }

  /**
   * The chair's own evaluations, saved as a score file as any juror's export is (a new revision only when they
   * changed), and received like any juror's file: the deliberation then carries it to staff like the others.
   */
  async function includeMine() {
    const call = await db.calls.get(callId);
    if (!merge || !call?.jurorId || !identity) return;
    const jurorId = call.jurorId;
    const exported = await exportScoreFile(db, bridge, {
      callId,
      jurorId,
      manifest: merge.manifest,
      manifestSha256: merge.manifestSha256,
      publicKey: identity.publicKey,
    });
    if (!exported) return;
    const { record, blob } = exported;
    setOwnFile({ revision: record.revision, fileName: record.fileName, unchanged: exported.unchanged });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const ownKey = merge.manifest.jurors.find((juror) => juror.id === jurorId)?.publicKey;
    await db.transaction('rw', db.receivedScores, db.confirmedKeys, async () => {
      await db.receivedScores.put({
        callId,
        sha256: record.fileSha256,
        fileName: record.fileName,
        importedAt: record.exportedAt,
        bytes,
      });
      // The chair's own key needs no confirmation from the chair.
      if (!ownKey) {
        await db.confirmedKeys.put({
          callId,
          jurorId,
          publicKey: identity.publicKey,
          fingerprint: identity.fingerprint,
          confirmedAt: record.exportedAt,
        });
      }
    });
  }

  /** A juror's key the roster does not give, confirmed by the chair: that juror's later files must use it. */
  function confirmKey(jurorId: string, candidate: Pick<ReceivedFile, 'publicKey' | 'fingerprint'>) {
    return db.confirmedKeys.put({
      callId,
      jurorId,
      publicKey: formatPublicKey(parsePublicKey(candidate.publicKey)),
      fingerprint: candidate.fingerprint,
      confirmedAt: new Date().toISOString(),
    });
  }

  return {
    merge,
    method,
    setMethod: (chosen: Method) => setChoice(chosen),
    uncertainty,
    /** The rank intervals once drawn. */
    standings: uncertainty.status === 'ready' ? uncertainty.uncertainty : null,
    places,
    /** Where each application stands under other methods and without each juror, once computed. */
    sensitivity,
    names,
    totals,
    calibrations,
    reception,
    receive,
    includeMine,
    ownFile,
    confirmKey,
  };
}
