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

export function useSetting<Name extends keyof Settings>(
  name: Name,
): [Settings[Name], (value: Settings[Name]) => Promise<void>] {
  const { db } = useServices();
  const stored = useLiveQuery(() => db.settings.get(name), [db, name]);
  // What the user just chose shows at once, not a moment later when the database has answered.
  const [chosen, setChosen] = useState<Settings[Name] | undefined>(undefined);
  const value = chosen ?? (stored === undefined ? DEFAULTS[name] : (stored.value as Settings[Name]));
  const set = useCallback(
    async (next: Settings[Name]) => {
      setChosen(next);
      await db.settings.put({ key: name, value: next });
    },
    [db, name],
  );
  return [value, set];
}
