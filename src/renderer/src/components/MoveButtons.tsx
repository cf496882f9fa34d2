import { useEffect, useState } from 'react';
import { useI18n } from '@renderer/i18n';

/**
 * “Move up” and “Move down” for an item of a list staff order, each naming the item for screen readers; disabled
 * at either end. `idPrefix` is stable for the item, so focus can follow it to its new place.
 */
export function MoveButtons({
  idPrefix,
  name,
  index,
  count,
  onMove,
}: {
  idPrefix: string;
  name: string;
  index: number;
  count: number;
  onMove: (by: -1 | 1) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <button
        type="button"
        id={`${idPrefix}-up`}
        className="link-button"
        disabled={index === 0}
        aria-label={t('staff.moveUpOf', { name })}
        onClick={() => onMove(-1)}
      >
        {t('staff.moveUp')}
      </button>
      <button
        type="button"
        id={`${idPrefix}-down`}
        className="link-button"
        disabled={index === count - 1}
        aria-label={t('staff.moveDownOf', { name })}
        onClick={() => onMove(1)}
      >
        {t('staff.moveDown')}
      </button>
    </>
  );
}

/**
 * After a move, focus goes back to the button pressed, now at the item's new place; at either end that button is
 * disabled, so the other one takes it. Returns what to call once the move is made.
 */
export function useFocusAfterMove(): (idPrefix: string, from: number, by: -1 | 1, count: number) => void {
  // A new object each move, so that moving the same item twice focuses it twice.
  const [target, setTarget] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (target) document.getElementById(target.id)?.focus();
  }, [target]);
  return (idPrefix, from, by, count) => {
    const to = from + by;
    const control = to === 0 ? 'down' : to === count - 1 ? 'up' : by < 0 ? 'up' : 'down';
    setTarget({ id: `${idPrefix}-${control}` });
  };
}
