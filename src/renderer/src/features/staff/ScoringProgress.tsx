import { useEffect, useState } from 'react';
import { describeFailure } from '@core/errors';
import { mergeScoreFiles, type MergeReport } from '@core/jury';
import { useServices } from '@renderer/app/context';
import { FileDropZone } from '@renderer/components/FileDropZone';
import { JuryPanel } from '@renderer/features/chair/JuryPanel';
import { saveScoresByJuror, ScoresByJurorExport } from '@renderer/features/verify/deliberation-tables';
import { useI18n } from '@renderer/i18n';
import type { StaffCall } from './use-staff-call';

/**
 * How far each juror is while the jury scores, from the score files staff were sent: checked against the latest
 * version signed here, as the chair's desk checks them, and kept with the call. Following, not deciding: the
 * chair's desk merges and decides.
 */
export function ScoringProgress({ staff }: { staff: StaffCall }) {
  const { bridge } = useServices();
  const { t, language } = useI18n();
  const record = staff.record!;
  const latest = record.versions.at(-1)!;
  const [report, setReport] = useState<MergeReport | null>(null);
  const files = record.scoreFiles;
  const confirmedKeys = record.confirmedKeys;
  useEffect(() => {
    let current = true;
    void mergeScoreFiles(
      (files ?? []).map((file) => ({ name: file.fileName, source: file.bytes })),
      {
        bundle: { manifest: latest.manifest, manifestSha256: latest.manifestSha256 },
        confirmedKeys: confirmedKeys ?? {},
      },
    ).then((merged) => current && setReport(merged));
    return () => {
      current = false;
    };
  }, [files, confirmedKeys, latest]);

  async function add(dropped: File[]) {
    const receivedAt = new Date().toISOString();
    const added = await Promise.all(
      dropped.map(async (file) => ({
        fileName: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
        receivedAt,
      })),
    );
    // A file sent again under its name replaces the copy kept: a juror's later export keeps its name.
    await staff.update((draft) => ({
      ...draft,
      scoreFiles: [
        ...(draft.scoreFiles ?? []).filter((kept) => !added.some((file) => file.fileName === kept.fileName)),
        ...added,
      ],
    }));
  }

  const names = new Map(latest.manifest.jurors.map((juror) => [juror.id, juror.name]));
  return (
    <section aria-labelledby="progress-title">
      <h3 id="progress-title">{t('staff.progressTitle')}</h3>
      <p className="muted">{t('staff.progressIntro', { sequence: latest.sequence })}</p>
      <FileDropZone
        label={t('staff.addScoreFiles')}
        hint={t('staff.addScoreFilesHint')}
        accept=".juryscores"
        multiple
        compact
        onFiles={(dropped) => void add(dropped)}
      />
      {report && report.refused.length > 0 && (
        <div role="alert">
          <ul className="problems">
            {report.refused.map((refusal) => (
              <li key={refusal.name}>
                <strong>{refusal.name}</strong>: {describeFailure(refusal.failure, language)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {report && (
        <JuryPanel
          manifest={latest.manifest}
          report={report}
          jurorLabel={(jurorId) => names.get(jurorId) ?? jurorId}
          onConfirm={(jurorId, candidate) =>
            void staff.update((draft) => ({
              ...draft,
              confirmedKeys: { ...draft.confirmedKeys, [jurorId]: candidate.publicKey },
            }))
          }
        />
      )}
      {report && report.accepted.length > 0 && (
        <ScoresByJurorExport
          title={t('staff.scoresSoFar')}
          onExport={(format) =>
            void saveScoresByJuror(
              bridge,
              report.accepted.map((file) => file.scoreFile),
              latest.manifest,
              format,
              language,
            )
          }
        />
      )}
    </section>
  );
}
