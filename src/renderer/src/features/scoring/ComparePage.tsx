import { labelText } from '@core/documents';
import { useI18n } from '@renderer/i18n';
import { RadarView } from './RadarView';
import { useCallData } from './use-call-data';
import { BackLink } from '@renderer/components/BackLink';
import { PageHeading } from '@renderer/components/PageHeading';

export function ComparePage({
  callId,
  applicationIds,
  onBack,
}: {
  callId: string;
  applicationIds: string[];
  onBack: () => void;
}) {
  const { t, language } = useI18n();
  const data = useCallData(callId);
  if (!data) return null;
  const rows = applicationIds.flatMap((id) => data.rows.filter((row) => row.application.id === id));
  return (
    <section aria-labelledby="compare-title">
      <p>
        <BackLink label={t('radar.back')} onBack={onBack} />
      </p>
      <PageHeading id="compare-title" title={t('radar.compareTitle')} context={labelText(data.call.title, language)} />
      {rows.length < 2 || rows.length > 6 ? (
        <p className="warning">{t('radar.tooFew')}</p>
      ) : (
        <RadarView
          criteria={data.manifest.criteria}
          series={rows.map((row) => ({
            id: row.application.id,
            name: row.application.name,
            scores: row.evaluation?.scores ?? {},
          }))}
          showScaleMaximum={false}
          title={rows.map((row) => row.application.name).join(' · ')}
        />
      )}
    </section>
  );
}
