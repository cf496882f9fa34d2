import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import type { JurydeskDatabase } from '@renderer/db/database';
import { useServices } from './context';

/** Whether any call holds a change of the juror's made after their last export (or any change, when none was made). */
async function hasUnexportedChanges(db: JurydeskDatabase): Promise<boolean> {
  for (const call of await db.calls.toArray()) {
    if (!call.jurorId) continue;
    const lastExport = await db.exports.get([call.id, call.jurorId]);
    const changedAfter = await db.evaluations
      .where('[callId+jurorId]')
      .equals([call.id, call.jurorId])
      .filter((evaluation) => !lastExport || evaluation.updatedAt > lastExport.exportedAt)
      .count();
    if (changedAfter > 0) return true;
  }
  return false;
}

/**
 * Closing the window, whatever page is shown, with changes in no exported score file asks first: the browser with
 * its own question, the desktop app with main's dialog (it answers Chromium's `will-prevent-unload`).
 */
export function UnexportedWarning() {
  const { db } = useServices();
  const unexported = useLiveQuery(() => hasUnexportedChanges(db), [db]) ?? false;
  useEffect(() => {
    if (!unexported) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unexported]);
  return null;
}
