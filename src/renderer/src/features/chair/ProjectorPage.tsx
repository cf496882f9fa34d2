import { useEffect } from 'react';
import { labelText } from '@core/documents';
import { tooCloseToCall } from '@core/jury';
import { RadarView } from '@renderer/features/scoring/RadarView';
import { useI18n } from '@renderer/i18n';
import { inRosterOrder, juryRadarSeries } from './jury-radar';
import { useFlagReason } from './FlagBadges';
import { useStandingFigures } from './RankStanding';
import { useJurorLabel } from './juror-label';
import { useRankedFigure } from './method-label';
import { useProjectorState, useTimerClock, type ProjectorState } from './projector-channel';
import { useMerge } from './use-merge';

const PLACEHOLDER_METHOD = { aggregate: 'mean', normalization: 'none' } as const;

function Timer({ timer }: { timer: ProjectorState['timer'] }) {
  const { t } = useI18n();
  const clock = useTimerClock(timer);
  if (clock === null) return null;
  return (
    <p className="projector__timer" aria-label={t('projector.timer', { clock })}>
      {clock}
    </p>
  );
}

/**
 * What the room sees, in large type: the application the chair selects, its figure and spread, the radar with jurors
 * as letters, and its flags with their reasons. Names and comments only when the chair switches them on.
 */
export function ProjectorPage({ callId }: { callId: string }) {
  const { t, language, formatDecimal } = useI18n();
  const state = useProjectorState(callId);
  const method = state?.method ?? PLACEHOLDER_METHOD;
  const merge = useMerge(callId, method);
  const jurorLabel = useJurorLabel(merge?.manifest, !state?.showNames);
  const figure = useRankedFigure(method);
  const explain = useFlagReason(merge?.manifest ?? { criteria: [] });
  const figures = useStandingFigures();
  useEffect(() => {
    document.title = t('projector.title');
  }, [t]);
  const totals = merge?.totals ?? [];
  const result = merge?.results.find((candidate) => candidate.applicationId === state?.applicationId);
  if (!merge || !state || !result)
    return (
      <section className="projector">
        <p className="projector__waiting">{t('projector.waiting')}</p>
      </section>
    );
  const { manifest } = merge;
  const tooClose = state.places !== null && tooCloseToCall(state.standing ?? undefined, state.places);
  const name = manifest.applications.find((application) => application.id === result.applicationId)?.name ?? '';
  const comments = state.showComments
    ? inRosterOrder(
        manifest,
        merge.report.accepted.flatMap((file) => {
          const evaluation = file.scoreFile.evaluations.find(
            (candidate) => candidate.applicationId === result.applicationId,
          );
          return evaluation?.comment ? [{ jurorId: file.jurorId, text: evaluation.comment }] : [];
        }),
      )
    : [];
  return (
    <section className="projector" aria-labelledby="projector-title">
      {/* The window's own title for assistive technology: this window shows nothing else. */}
      <h1 className="visually-hidden">{t('projector.title')}</h1>
      <header className="projector__head">
        <h2 id="projector-title">{name}</h2>
        <Timer timer={state.timer} />
      </header>
      <p className="projector__figures">
        {figure.label} <strong>{figure.of(result)}</strong> / 100 · {t('projector.spread')}{' '}
        <strong>{formatDecimal(result.sd, 1)}</strong> · {t('counts.jurors', { count: result.n })}
      </p>
      {state.standing && <p className="projector__standing">{figures.sentence(state.standing)}</p>}
      {(result.reasons.length > 0 || tooClose) && (
        <ul className="projector__flags">
          {result.reasons.map((reason) => (
            <li key={reason.flag}>
              <strong>{t(`flag.${reason.flag}`)}</strong> — {explain(reason)}
            </li>
          ))}
          {tooClose && (
            <li>
              <strong>{t('uncertainty.tooClose')}</strong> — {figures.tooCloseReason(state.standing!, state.places!)}
            </li>
          )}
        </ul>
      )}
      <RadarView
        large
        criteria={manifest.criteria}
        showScaleMaximum={false}
        title={t('chair.radarOf', { name })}
        series={juryRadarSeries(manifest, result, totals, jurorLabel, t('chair.panelMean'))}
      />
      {comments.length > 0 && (
        <ul className="projector__comments" aria-label={t('chair.comments')}>
          {comments.map(({ jurorId, text }) => (
            <li key={jurorId}>
              <strong>{jurorLabel(jurorId)}</strong> — {text}
            </li>
          ))}
        </ul>
      )}
      <p className="visually-hidden">{labelText(manifest.call.title, language)}</p>
    </section>
  );
}
