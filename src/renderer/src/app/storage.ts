import { useCallback, useEffect, useState } from 'react';

export interface StorageState {
  /** Whether the browser promised not to evict this origin's data under pressure. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

/** Below this share of the quota left, or this many bytes, the user is warned while there is still room to export. */
const LOW_SHARE = 0.1;
const LOW_BYTES = 200 * 1024 * 1024;

export function isSpaceLow({ usage, quota }: StorageState): boolean {
  if (usage === null || quota === null || quota === 0) return false;
  const left = quota - usage;
  return left < LOW_BYTES || left / quota < LOW_SHARE;
}

async function readStorage(): Promise<StorageState> {
  const storage = navigator.storage;
  const [persisted, estimate] = await Promise.all([
    storage?.persisted?.() ?? Promise.resolve(null),
    storage?.estimate?.() ?? Promise.resolve(undefined),
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** The storage's persistence and use, read once on mount and again after asking for persistence. */
export function useStorage(): { state: StorageState | null; requestPersistence: () => Promise<void> } {
  const [state, setState] = useState<StorageState | null>(null);
  useEffect(() => {
    let current = true;
    void readStorage().then((read) => current && setState(read));
    return () => {
      current = false;
    };
  }, []);
  const requestPersistence = useCallback(async () => {
    await navigator.storage?.persist?.();
    setState(await readStorage());
  }, []);
  return { state, requestPersistence };
}
