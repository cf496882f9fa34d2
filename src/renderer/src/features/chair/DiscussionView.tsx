import { useEffect, useMemo } from 'react';
import { labelText, type BundleManifest } from '@core/documents';
import {
  discussionQueue,
  type ComputedResult,
  type JurorTotal,
  type Method,
  type RankingUncertainty,
  type ReceivedFile,
} from '@core/jury';
import { RadarView } from '@renderer/features/scoring/RadarView';
import type { DecisionRecord } from '@renderer/db/schema';
import { useI18n } from '@renderer/i18n';
import { DecisionEditor } from './DecisionList';
import { Queue } from './DiscussionQueue';
import { TooCloseBadge, useStandingFigures } from './RankStanding';
import { inRosterOrder, juryRadarSeries } from './jury-radar';
import { FlagBadges } from './FlagBadges';
import { useRankedFigure } from './method-label';

/** Each juror's levels on the application, their total, their recommendation and what they wrote. */
function JurorEvaluations({
  manifest,
  applicationId,
  accepted,
  jurorLabel,
}: {
  manifest: BundleManifest;
  applicationId: string;
  accepted: readonly ReceivedFile[];
  jurorLabel: (jurorId: string) => string;
}) {
  const { t, language, formatNumber } = useI18n();
  const rows = inRosterOrder(
    manifest,
    accepted.flatMap((file) => {
      const evaluation = file.scoreFile.evaluations.find((candidate) => candidate.applicationId === applicationId);
      return evaluation ? [{ jurorId: file.jurorId, evaluation }] : [];
    }),
  );
  const outcome = (id: string | undefined) => {
    const found = manifest.outcomes.find((candidate) => candidate.id === id);
    return found ? labelText(found.label, language) : '—';
  };
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('chair.jurorsOn')}>
      <table className="data-table">
        <caption className="visually-hidden">{t('chair.jurorsOn')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chair.juror')}</th>
            {manifest.criteria.map((criterion) => (
              <th key={criterion.id} scope="col">
                {labelText(criterion.label, language)}
              </th>
            ))}
            <th scope="col">{t('chair.recommends')}</th>
            <th scope="col">{t('chair.comments')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ jurorId, evaluation }) => (
            <tr key={jurorId}>
              <th scope="row">{jurorLabel(jurorId)}</th>
              {evaluation.status === 'recused' ? (
                <td colSpan={manifest.criteria.length}>{t('chair.recused')}</td>
              ) : (
                manifest.criteria.map((criterion) => {
                  const score = evaluation.scores[criterion.id];
                  return (
                    <td key={criterion.id} className="number">
                      {typeof score === 'number' ? formatNumber(score) : '—'}
                    </td>
                  );
                })
              )}
              <td>{outcome(evaluation.recommendation)}</td>
              <td className="comments">
                {[
                  evaluation.comment,
                  ...manifest.criteria.flatMap((criterion) => {
                    const text = evaluation.comments?.[criterion.id];
                    return text ? [`${labelText(criterion.label, language)} : ${text}`] : [];
                  }),
                ]
                  .filter(Boolean)
                  .map((text, index) => (
                    <p key={index}>{text}</p>
                  ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export interface DiscussionProps {
  callId: string;
  manifest: BundleManifest;
  results: readonly ComputedResult[];
  names: ReadonlyMap<string, string>;
  method: Method;
  totals: readonly JurorTotal[];
  accepted: readonly ReceivedFile[];
  decisions: DecisionRecord[];
  jurorLabel: (jurorId: string) => string;
  standing: (applicationId: string) => string | null;
  /** The rank intervals, once drawn. */
  uncertainty: RankingUncertainty | null;
  places: number | null;
  selectedId: string | undefined;
  onSelect: (applicationId: string) => void;
  projector: React.ReactNode;
}

/**
 * The meeting's main view: the queue beside the application under discussion — its figures and flags, each juror's
 * levels and words, the radar, where it stands under other methods, and its decision. Alt+N and Alt+P step through
 * the queue, Alt+O goes to the decision.
 */
export function DiscussionView(props: DiscussionProps) {
  const { callId, manifest, results, names, method, totals, accepted, decisions, jurorLabel, standing } = props;
  const { selectedId, onSelect, uncertainty, places } = props;
  const { t, formatDecimal } = useI18n();
  const figures = useStandingFigures();
  const figure = useRankedFigure(method);
  const { order, flaggedCount } = useMemo(() => {
    const { toDiscuss, rest } = discussionQueue(results);
    return { order: [...toDiscuss, ...rest], flaggedCount: toDiscuss.length };
  }, [results]);
  const index = order.findIndex((result) => result.applicationId === selectedId);
  const result = order[index];
  const step = (by: number) => {
    const next = order[index + by];
    if (next) onSelect(next.applicationId);
  };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const action = { KeyN: 1, KeyP: -1 }[event.code];
      if (action !== undefined) {
        event.preventDefault();
        const next = order[index + action];
        if (next) onSelect(next.applicationId);
      } else if (event.code === 'KeyO' && result) {
        event.preventDefault();
        document.getElementById(`outcome-${result.applicationId}`)?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [order, index, result, onSelect]);

  const stored = result && decisions.find((decision) => decision.applicationId === result.applicationId);
  const name = result ? (names.get(result.applicationId) ?? result.applicationId) : '';
  return (
    <div className="workspace">
      <Queue
        manifest={manifest}
        order={order}
        flaggedCount={flaggedCount}
        names={names}
        selectedIndex={index}
        onSelect={onSelect}
        uncertainty={uncertainty}
        places={places}
      />
      {result ? (
        <article className="discussed card" aria-labelledby="discussed-title">
          <div className="discussed__head">
            <h3 id="discussed-title">{name}</h3>
            <div className="actions">
              <button type="button" className="button" disabled={index <= 0} onClick={() => step(-1)}>
                {t('chair.previous')} <kbd>Alt+P</kbd>
              </button>
              <button type="button" className="button" disabled={index >= order.length - 1} onClick={() => step(1)}>
                {t('chair.next')} <kbd>Alt+N</kbd>
              </button>
            </div>
          </div>
          <p>
            {t('chair.position', { rank: result.rank ?? '—', position: index + 1, total: order.length })} ·{' '}
            {figure.label} <strong>{figure.of(result)}</strong> · n {result.n} · {t('chair.sd')}{' '}
            {formatDecimal(result.sd, 2)}{' '}
            <FlagBadges manifest={manifest} result={result}>
              <TooCloseBadge standing={uncertainty?.byApplication.get(result.applicationId)} places={places} />
            </FlagBadges>
          </p>
          <p className="muted">{figures.sentence(uncertainty?.byApplication.get(result.applicationId))}</p>
          <p className="muted">{standing(result.applicationId)}</p>
          {props.projector}
          <div className="chair-columns">
            <RadarView
              criteria={manifest.criteria}
              showScaleMaximum={false}
              title={t('chair.radarOf', { name })}
              series={juryRadarSeries(manifest, result, totals, jurorLabel, t('chair.panelMean'))}
            />
            <section aria-labelledby="decide-title">
              <h4 id="decide-title">
                {t('deliberation.decide')} <kbd>Alt+O</kbd>
              </h4>
              <DecisionEditor
                key={result.applicationId}
                callId={callId}
                manifest={manifest}
                applicationId={result.applicationId}
                name={name}
                stored={stored}
                draft={undefined}
                decisions={decisions}
                onDraft={() => undefined}
              />
            </section>
          </div>
          <JurorEvaluations
            manifest={manifest}
            applicationId={result.applicationId}
            accepted={accepted}
            jurorLabel={jurorLabel}
          />
        </article>
      ) : (
        <p className="empty">{t('chair.nothingSelected')}</p>
      )}
    </div>
  );
}
