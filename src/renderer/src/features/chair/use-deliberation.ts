import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { assembleDeliberation, canonicalJson, type BundleManifest } from '@core/documents';
import {
  deliberationContent,
  type ComputedResult,
  type Method,
  type RankingUncertainty,
  type ReceivedFile,
} from '@core/jury';
import { useServices } from '@renderer/app/context';
import { failureText } from '@renderer/app/failures';
import type { DecisionRecord } from '@renderer/db/schema';
import {
  saveDeliberationTable,
  saveScoresByJuror,
  type TableFormat,
} from '@renderer/features/verify/deliberation-tables';
import { useI18n } from '@renderer/i18n';

export function useDecisions(callId: string): DecisionRecord[] {
  const { db } = useServices();
  return useLiveQuery(() => db.decisions.where('callId').equals(callId).toArray(), [db, callId]) ?? [];
}

export interface DeliberationInputs {
  callId: string;
  manifest: BundleManifest;
  manifestSha256: string;
  method: Method;
  accepted: readonly ReceivedFile[];
  results: readonly ComputedResult[];
  /** The rank intervals the deliberation records; null while the worker draws them. */
  uncertainty: RankingUncertainty | null;
}

/**
 * The deliberation as state and actions: the decisions and minutes as saved, and what the chair does with them —
 * type the minutes, sign a new revision, hand staff their spreadsheets.
 */
export function useDeliberation({
  callId,
  manifest,
  manifestSha256,
  method,
  accepted,
  results,
  uncertainty,
}: DeliberationInputs) {
  const { db, bridge, identity } = useServices();
  const { t, language } = useI18n();
  const decisions = useDecisions(callId);
  const record = useLiveQuery(() => db.deliberations.get(callId), [db, callId]);
  const call = useLiveQuery(() => db.calls.get(callId), [db, callId]);
  const [typedMinutes, setTypedMinutes] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const chair = manifest.jurors.find((juror) => juror.role === 'chair');
  const isChair = call?.jurorId !== undefined && call?.jurorId === chair?.id;
  const minutes = typedMinutes ?? record?.minutes ?? '';
  const basis = canonicalJson({
    inputs: accepted.map((file) => file.sha256).sort(),
    method,
    decisions: [...decisions]
      .sort((a, b) => a.applicationId.localeCompare(b.applicationId))
      .map(({ applicationId, outcome, rationale }) => [applicationId, outcome, rationale]),
    minutes,
  });
  // A score file or a revision arrived, or a decision changed, since the last signature: staff hold something else.
  const outOfDate = Boolean(record?.exportedAt && record.signedBasis !== undefined && record.signedBasis !== basis);

  const content = (revision: number) =>
    deliberationContent({
      manifest,
      manifestSha256,
      chair: { id: chair!.id, name: chair!.name },
      revision,
      decidedAt: new Date().toISOString(),
      method,
      accepted,
      results,
      ...(uncertainty ? { uncertainty } : {}),
      decisions: decisions.map(({ applicationId, outcome, rationale }) => ({ applicationId, outcome, rationale })),
      minutes,
    });

  function typeMinutes(text: string) {
    setTypedMinutes(text);
    void db.deliberations.put({
      ...record,
      callId,
      minutes: text,
      revision: record?.revision ?? 0,
      exportedAt: record?.exportedAt ?? null,
    });
  }

  /** What failed, said where the chair clicked: signing and exporting are the meeting's last steps. */
  async function reporting(action: () => Promise<void>) {
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure(failureText(error, language, t));
    }
  }

  async function sign() {
    if (!identity || !chair || !uncertainty) return;
    const revision = (record?.revision ?? 0) + 1;
    const { blob } = await assembleDeliberation(
      content(revision),
      identity.publicKey,
      (bytes) => bridge.sign('deliberation', bytes),
      accepted,
    );
    const fileName = `${callId}-deliberation-r${revision}.jurydelib`;
    if (!(await bridge.saveFile(fileName, blob))) return;
    await db.deliberations.put({
      callId,
      minutes,
      revision,
      exportedAt: new Date().toISOString(),
      signedBasis: basis,
    });
    setMessage(t('deliberation.signed', { revision, fileName }));
  }

  async function exportTable(format: TableFormat) {
    await saveDeliberationTable(bridge, content(record?.revision ?? 1), manifest, format, language);
  }

  async function exportScores(format: TableFormat) {
    await saveScoresByJuror(
      bridge,
      accepted.map((file) => file.scoreFile),
      manifest,
      format,
      language,
    );
  }

  return {
    decisions,
    record,
    minutes,
    typeMinutes,
    isChair,
    sign: () => reporting(sign),
    exportTable: (format: TableFormat) => reporting(() => exportTable(format)),
    exportScores: (format: TableFormat) => reporting(() => exportScores(format)),
    message,
    failure,
    outOfDate,
  };
}
