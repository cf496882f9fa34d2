import { discussionOrder, type ComputedResult } from '@core/jury';
import { useI18n } from '@renderer/i18n';

/** What to discuss next, in core's order, each with its spread, its distance to the cut-off and where it stands. */
export function DiscussionCard({
  results,
  capacity,
  names,
  standing,
  onFocus,
}: {
  results: readonly ComputedResult[];
  capacity: number | null;
  names: ReadonlyMap<string, string>;
  standing: (applicationId: string) => string | null;
  onFocus: (applicationId: string) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="card">
      <h3>{t('chair.discuss')}</h3>
      {capacity !== null && <p className="muted">{t('chair.discussIntro', { capacity })}</p>}
      <ol>
        {discussionOrder(results, capacity).map((result) => (
          <li key={result.applicationId}>
            <button type="button" className="link-button" onClick={() => onFocus(result.applicationId)}>
              {names.get(result.applicationId)}
            </button>{' '}
            <span className="muted">
              sd {result.sd?.toFixed(1) ?? '—'}
              {capacity !== null && result.rank !== null
                ? ` · ${t('chair.cutoff', { rank: result.rank, capacity })}`
                : ''}
            </span>{' '}
            — {standing(result.applicationId)}
          </li>
        ))}
      </ol>
    </div>
  );
}
