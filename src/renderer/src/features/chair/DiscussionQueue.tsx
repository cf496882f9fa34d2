import { useEffect, useRef } from 'react';
import type { BundleManifest } from '@core/documents';
import { tooCloseToCall, type ComputedResult, type RankingUncertainty } from '@core/jury';
import { useVirtualWindow } from '@renderer/components/use-virtual-window';
import { useI18n } from '@renderer/i18n';
import { useFlagReason } from './FlagBadges';
import { useStandingFigures } from './RankStanding';

/** What a queue entry takes before it is measured: one line, or two when the name and flags wrap. */
const QUEUE_ROW_HEIGHT = 34;

/**
 * The queue the chair steps through: the flagged applications in core's order, then the others by rank. Drawn as a
 * window of the entries in view: a national call queues thousands of applications.
 */
export function Queue({
  manifest,
  order,
  flaggedCount,
  names,
  selectedIndex,
  onSelect,
  uncertainty,
  places,
}: {
  manifest: BundleManifest;
  order: readonly ComputedResult[];
  flaggedCount: number;
  names: ReadonlyMap<string, string>;
  selectedIndex: number;
  onSelect: (applicationId: string) => void;
  uncertainty: RankingUncertainty | null;
  places: number | null;
}) {
  const { t } = useI18n();
  const explain = useFlagReason(manifest);
  const figures = useStandingFigures();
  const scroller = useRef<HTMLDivElement>(null);
  const { virtualizer, shown, before, after } = useVirtualWindow(order.length, scroller, {
    rowHeight: QUEUE_ROW_HEIGHT,
    overscan: 10,
  });
  // The entry stepped to with the keyboard is brought into the queue's view.
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);
  return (
    <nav className="queue card" aria-label={t('chair.queue')}>
      <h3>{t('chair.discuss')}</h3>
      {flaggedCount === 0 && <p className="muted">{t('chair.nothingToDiscuss')}</p>}
      <div ref={scroller} className="queue__scroll">
        <ol style={{ paddingTop: before, paddingBottom: after }}>
          {shown.map((item) => {
            const result = order[item.index]!;
            const standing = uncertainty?.byApplication.get(result.applicationId);
            const tooClose = places !== null && tooCloseToCall(standing, places);
            const marks = [
              ...result.flags.map((flag) => t(`flag.${flag}`)),
              ...(tooClose ? [t('uncertainty.tooClose')] : []),
            ];
            return (
              <li
                key={result.applicationId}
                ref={virtualizer.measureElement}
                data-index={item.index}
                className={item.index === flaggedCount && flaggedCount > 0 ? 'queue__rest' : undefined}
              >
                {item.index === flaggedCount && flaggedCount > 0 && (
                  <span className="queue__caption">{t('chair.thenByRank')}</span>
                )}
                <button
                  type="button"
                  className="queue__item"
                  aria-current={item.index === selectedIndex ? 'true' : undefined}
                  title={[
                    ...result.reasons.map(explain),
                    ...(tooClose ? [figures.tooCloseReason(standing!, places)] : []),
                  ].join(' ')}
                  onClick={() => onSelect(result.applicationId)}
                >
                  <span className="queue__rank">{result.rank ?? '—'}</span> {names.get(result.applicationId)}
                  {marks.length > 0 && <span className="queue__flags"> · {marks.join(', ')}</span>}
                </button>
              </li>
            );
          })}
        </ol>
      </div>
    </nav>
  );
}
