import { useState } from 'react';
import { labelText } from '@core/documents';
import { discussionQueue } from '@core/jury';
import { BackLink } from '@renderer/components/BackLink';
import { Tabs } from '@renderer/components/Tabs';
import { useI18n } from '@renderer/i18n';
import { CalibrationCard } from './CalibrationCard';
import { CompareRadar } from './CompareRadar';
import { DecideView, SignView, type DecideRequest } from './Deliberation';
import { DiscussionView } from './DiscussionView';
import { JuryPanel } from './JuryPanel';
import { ProjectorControls } from './ProjectorControls';
import { RankingCard } from './RankingCard';
import { ReceivePanel } from './ReceivePanel';
import { useJurorLabel } from './juror-label';
import { useProjectorSender, type ProjectorState } from './projector-channel';
import { useStandingSentence } from './standing';
import { useChairDesk } from './use-chair-desk';
import { useDecisions } from './use-deliberation';
import { CHAIR_VIEWS, type ChairView } from './views';
import { PageHeading } from '@renderer/components/PageHeading';

const STOPPED = { runningSince: null, elapsedMs: 0 };

/** The whole ranking, under the chosen method, and the ticked applications side by side. */
function RankingView(props: Parameters<typeof RankingCard>[0]) {
  const { manifest, results, ticked, names } = props;
  return (
    <>
      <RankingCard {...props} />
      {ticked.length >= 2 && <CompareRadar manifest={manifest} results={results} ids={ticked} names={names} />}
    </>
  );
}

/** What the projector view shows, as the chair sets it, sent to it whenever it changes. */
function useProjection(callId: string, selectedId: string | undefined, desk: ReturnType<typeof useChairDesk>) {
  const [projector, setProjector] = useState<Pick<ProjectorState, 'showNames' | 'showComments' | 'timer'>>({
    showNames: false,
    showComments: false,
    timer: STOPPED,
  });
  const shared: ProjectorState = {
    ...projector,
    applicationId: selectedId ?? null,
    method: desk.method,
    standing: (selectedId && desk.standings?.byApplication.get(selectedId)) || null,
    places: desk.places,
  };
  useProjectorSender(callId, shared);
  return { shared, setProjector };
}

/**
 * The chair's desk as a workspace, one view per step of the meeting (docs/DESIGN.md §7): receive, discuss, the whole
 * ranking, decide, sign; the calibration one click away. The application under discussion is shared by the views and
 * followed by the projector view.
 */
export function ChairPage({
  callId,
  view,
  onView,
  onBack,
  onReport,
}: {
  callId: string;
  view: ChairView | undefined;
  onView: (view: ChairView) => void;
  onBack: () => void;
  onReport: () => void;
}) {
  const { t, language } = useI18n();
  const desk = useChairDesk(callId);
  const decisions = useDecisions(callId);
  const [selected, setSelected] = useState<string | null>(null);
  const [decide, setDecide] = useState<DecideRequest | null>(null);
  const [ticked, setTicked] = useState<string[]>([]);
  // Where the desk opens: discussing when files are in, receiving them otherwise; chosen once, not as files arrive.
  const [opening, setOpening] = useState<ChairView | null>(null);
  const [projection, setProjection] = useState(false);
  const { merge, names } = desk;
  const jurorLabel = useJurorLabel(merge?.manifest, projection);
  const standing = useStandingSentence(desk.sensitivity, jurorLabel);
  const results = merge?.results ?? [];
  const { toDiscuss, rest } = discussionQueue(results);
  const selectedId = selected ?? toDiscuss[0]?.applicationId ?? rest[0]?.applicationId;
  const { standings: uncertainty, places } = desk;
  const { shared, setProjector } = useProjection(callId, selectedId, desk);
  if (!merge) return null;
  const { manifest, report } = merge;
  const hasFiles = report.accepted.length > 0;
  if (opening === null) setOpening(hasFiles ? 'discuss' : 'receive');
  const current = view ?? opening ?? 'receive';
  const callTitle = labelText(manifest.call.title, language);
  const select = (applicationId: string) => {
    setSelected(applicationId);
    // Each application gets its own time in the room.
    setProjector((previous) => ({ ...previous, timer: STOPPED }));
  };
  const inputs = {
    callId,
    manifest,
    manifestSha256: merge.manifestSha256,
    method: desk.method,
    accepted: report.accepted,
    results,
    uncertainty,
  };

  const panel = () => {
    if (current === 'receive')
      return (
        <>
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
        </>
      );
    if (!hasFiles) return <p className="empty">{t('chair.noFiles')}</p>;
    switch (current) {
      case 'discuss':
        return (
          <DiscussionView
            callId={callId}
            manifest={manifest}
            results={results}
            names={names}
            method={desk.method}
            totals={desk.totals}
            accepted={report.accepted}
            decisions={decisions}
            jurorLabel={jurorLabel}
            standing={standing}
            uncertainty={uncertainty}
            places={places}
            selectedId={selectedId}
            onSelect={select}
            projector={
              <ProjectorControls
                callId={callId}
                state={shared}
                onChange={({ showNames, showComments, timer }) => setProjector({ showNames, showComments, timer })}
              />
            }
          />
        );
      case 'ranking':
        return (
          <RankingView
            {...{ manifest, results, names, ticked, onTicked: setTicked, focusedId: selectedId }}
            method={desk.method}
            onMethod={desk.setMethod}
            recommendation={{ chosen: merge.chosen, parts: merge.parts, jurorLabel }}
            uncertainty={desk.uncertainty}
            places={places}
            onFocus={(applicationId) => {
              select(applicationId);
              onView('discuss');
            }}
          />
        );
      case 'decide':
        return <DecideView {...inputs} decide={decide} />;
      case 'sign':
        return <SignView {...inputs} onReport={onReport} />;
      case 'calibration':
        return <CalibrationCard calibrations={desk.calibrations} jurorLabel={jurorLabel} />;
    }
  };

  return (
    <section aria-labelledby="chair-title" className="chair">
      <p>
        <BackLink label={t('call.back')} onBack={onBack} />
      </p>
      <PageHeading id="chair-title" title={t('page.chair', { view: t(`chair.view.${current}`) })} context={callTitle}>
        {t('chair.title')} — {callTitle}
      </PageHeading>
      <Tabs
        label={t('chair.views')}
        tabs={CHAIR_VIEWS.map((id) => ({ id, label: t(`chair.view.${id}`) }))}
        current={current}
        onSelect={(id) => {
          if (id === 'decide' && selectedId) setDecide({ applicationId: selectedId });
          onView(id as ChairView);
        }}
      >
        {panel()}
      </Tabs>
    </section>
  );
}
