import { useState } from 'react';
import { labelText } from '@core/documents';
import { BackLink } from '@renderer/components/BackLink';
import { useI18n } from '@renderer/i18n';
import { CalibrationCard } from './CalibrationCard';
import { DeliberationSection, type DecideRequest } from './Deliberation';
import { DiscussionCard } from './DiscussionCard';
import { CompareRadar, FocusPanel } from './FocusPanel';
import { JuryPanel } from './JuryPanel';
import { RankingCard } from './RankingCard';
import { ReceivePanel } from './ReceivePanel';
import { useJurorLabel } from './juror-label';
import { useStandingSentence } from './standing';
import { useChairDesk } from './use-chair-desk';

export function ChairPage({ callId, onBack, onReport }: { callId: string; onBack: () => void; onReport: () => void }) {
  const { t, language } = useI18n();
  const desk = useChairDesk(callId);
  const [focused, setFocused] = useState<string | null>(null);
  const [decide, setDecide] = useState<DecideRequest | null>(null);
  const [ticked, setTicked] = useState<string[]>([]);
  const [projection, setProjection] = useState(false);
  const { merge, names } = desk;
  const jurorLabel = useJurorLabel(merge?.manifest, projection);
  const standing = useStandingSentence(merge?.sensitivity ?? null, jurorLabel);
  if (!merge) return null;
  const { manifest, report, results } = merge;
  const focusedId = focused ?? results.find((result) => result.rank === 1)?.applicationId;
  const focusedResult = results.find((result) => result.applicationId === focusedId);

  return (
    <section aria-labelledby="chair-title" className="chair">
      <p>
        <BackLink label={t('call.back')} onBack={onBack} />
      </p>
      <h2 id="chair-title">
        {t('chair.title')} — {labelText(manifest.call.title, language)}
      </h2>
      <ReceivePanel
        fileCount={merge.fileCount}
        reception={desk.reception}
        report={report}
        jurorLabel={jurorLabel}
        onFiles={(files) => void desk.receive(files)}
        onIncludeMine={() => void desk.includeMine()}
        ownFile={desk.ownFile}
      />
      <JuryPanel
        manifest={manifest}
        report={report}
        jurorLabel={jurorLabel}
        onConfirm={(jurorId, candidate) => void desk.confirmKey(jurorId, candidate)}
        projection={projection}
        onProjection={setProjection}
      />
      {report.accepted.length === 0 ? (
        <p className="empty">{t('chair.noFiles')}</p>
      ) : (
        <>
          <RankingCard
            manifest={manifest}
            results={results}
            names={names}
            method={desk.method}
            onMethod={desk.setMethod}
            ticked={ticked}
            onTicked={setTicked}
            focusedId={focusedResult?.applicationId}
            onFocus={setFocused}
          />
          {focusedResult && (
            <FocusPanel
              manifest={manifest}
              result={focusedResult}
              totals={desk.totals}
              name={names.get(focusedResult.applicationId) ?? ''}
              jurorLabel={jurorLabel}
              standing={standing(focusedResult.applicationId)}
              onDecide={() => setDecide({ applicationId: focusedResult.applicationId })}
            />
          )}
          {ticked.length >= 2 && <CompareRadar manifest={manifest} results={results} ids={ticked} names={names} />}
          <DiscussionCard
            manifest={manifest}
            results={results}
            names={names}
            standing={standing}
            onFocus={setFocused}
          />
          <DeliberationSection
            callId={callId}
            manifest={manifest}
            manifestSha256={merge.manifestSha256}
            method={desk.method}
            accepted={report.accepted}
            results={results}
            decide={decide}
            onReport={onReport}
          />
          <CalibrationCard calibrations={desk.calibrations} jurorLabel={jurorLabel} />
        </>
      )}
    </section>
  );
}
