import { describeFailure } from '@core/errors';
import type { MergeReport } from '@core/jury';
import { FileDropZone } from '@renderer/components/FileDropZone';
import { useI18n } from '@renderer/i18n';
import type { Reception } from './receive';

/** Where score files arrive: dropped or chosen, the chair's own added, and every file that was not counted, with why. */
export function ReceivePanel({
  fileCount,
  reception,
  report,
  jurorLabel,
  onFiles,
  onIncludeMine,
  ownFile,
}: {
  fileCount: number;
  reception: Reception | null;
  report: MergeReport;
  jurorLabel: (jurorId: string) => string;
  onFiles: (files: File[]) => void;
  onIncludeMine: () => void;
  ownFile: { revision: number; fileName: string; unchanged: boolean } | null;
}) {
  const { t, language, formatList } = useI18n();
  const hasNotices = Boolean(
    reception?.refused.length || report.refused.length || report.equivocations.length || report.ignored.length,
  );
  return (
    <>
      <FileDropZone label={t('chair.import')} hint={t('chair.drop')} accept=".juryscores" multiple onFiles={onFiles}>
        <button type="button" className="button" onClick={onIncludeMine}>
          {t('chair.includeMine')}
        </button>
      </FileDropZone>
      <p role="status" className="ok">
        {ownFile
          ? t(ownFile.unchanged ? 'chair.mineUnchanged' : 'chair.mineSaved', {
              revision: ownFile.revision,
              fileName: ownFile.fileName,
            })
          : ''}
      </p>
      <p className="muted">{t('chair.received', { count: fileCount })}</p>
      {hasNotices && (
        <div className="card notices" role="alert">
          <h3>{t('chair.refusedTitle')}</h3>
          <ul>
            {[...(reception?.refused ?? []), ...report.refused].map(({ name, failure }, index) => (
              <li key={`refused-${index}-${name}`}>
                <strong>{name}</strong> — {describeFailure(failure, language)}
              </li>
            ))}
            {report.equivocations.map(({ jurorId, revision, files }) => (
              <li key={`e-${jurorId}-${revision}`}>
                {t('chair.equivocation', {
                  juror: jurorLabel(jurorId),
                  revision,
                  files: formatList(files.map((file) => `${file.name} (${file.sha256.slice(0, 12)})`)),
                })}
              </li>
            ))}
            {report.ignored.map(({ file, keptRevision }) => (
              <li key={`i-${file.sha256}`}>
                {t('chair.ignored', {
                  file: file.name,
                  revision: file.revision,
                  juror: jurorLabel(file.jurorId),
                  kept: keptRevision,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
