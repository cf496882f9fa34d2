import type { BundleManifest } from '@core/documents';
import { discussionQueue, type ComputedResult } from '@core/jury';
import { useI18n } from '@renderer/i18n';
import { useFlagReason } from './FlagBadges';

/** What to discuss next, in core's order, each with the reasons it is flagged and where it stands. */
export function DiscussionCard({
  manifest,
  results,
  names,
  standing,
  onFocus,
}: {
  manifest: BundleManifest;
  results: readonly ComputedResult[];
  names: ReadonlyMap<string, string>;
  standing: (applicationId: string) => string | null;
  onFocus: (applicationId: string) => void;
}) {
  const { t } = useI18n();
  const explain = useFlagReason(manifest);
  const { toDiscuss } = discussionQueue(results);
  return (
    <div className="card">
      <h3>{t('chair.discuss')}</h3>
      {toDiscuss.length === 0 ? (
        <p className="muted">{t('chair.nothingToDiscuss')}</p>
      ) : (
        <ol>
          {toDiscuss.map((result) => (
            <li key={result.applicationId}>
              <button type="button" className="link-button" onClick={() => onFocus(result.applicationId)}>
                {names.get(result.applicationId)}
              </button>{' '}
              <span className="muted">{result.reasons.map(explain).join(' ')}</span> — {standing(result.applicationId)}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
