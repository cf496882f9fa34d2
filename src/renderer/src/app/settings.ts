import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { useServices } from './context';

/** The user's preferences on this laptop and their defaults, kept in the settings table beside the language. */
const DEFAULTS = {
  /** After a digit scores a criterion, the next criterion is highlighted (jurors score a grid top to bottom). */
  autoAdvance: true,
  /** Letters, digits, Del and ? act without a modifier; speech input and stray key presses need them off (docs/ACCESSIBILITY.md). */
  singleKeyShortcuts: true,
};

export type Settings = typeof DEFAULTS;

/**
 * The last value read or chosen of each setting. A page drawn again (the next application) starts from it rather
 * than from the default while the database answers: the keyboard listens from the first paint, and a juror who
 * turned the single-key shortcuts off must not have them back for a moment on each page.
 */
const known = new Map<keyof Settings, unknown>();

export function useSetting<Name extends keyof Settings>(
  name: Name,
): [Settings[Name], (value: Settings[Name]) => Promise<void>] {
  const { db } = useServices();
  const stored = useLiveQuery(() => db.settings.get(name), [db, name]);
  // What the user just chose shows at once, not a moment later when the database has answered.
  const [chosen, setChosen] = useState<Settings[Name] | undefined>(undefined);
  if (stored !== undefined) known.set(name, stored.value);
  const value =
    chosen ??
    (stored === undefined
      ? ((known.get(name) as Settings[Name] | undefined) ?? DEFAULTS[name])
      : (stored.value as Settings[Name]));
  const set = useCallback(
    async (next: Settings[Name]) => {
      setChosen(next);
      known.set(name, next);
      await db.settings.put({ key: name, value: next });
    },
    [db, name],
  );
  return [value, set];
}
