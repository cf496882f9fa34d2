import { useRef, useState } from 'react';
import { useServices } from '@renderer/app/context';
import { failureText } from '@renderer/app/failures';
import { useI18n } from '@renderer/i18n';
import { restoreScores } from './restore-scores';

/**
 * "Restore my evaluations from a score file": the juror's own last export, on a new laptop. One place on the call's
 * page whether or not the juror has said who they are yet, so that what it says stays on screen once they are.
 */
export function RestoreScores({ callId }: { callId: string }) {
  const { db, identity } = useServices();
  const { t, language } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  if (!identity) return null;

  async function restore(file: File) {
    setBusy(true);
    setOutcome(null);
    try {
      const restored = await restoreScores(db, callId, identity!.publicKey, file);
      const parts = [
        t('restore.done', { count: restored.restored, revision: restored.revision, next: restored.revision + 1 }),
        restored.keptNewer > 0 ? t('restore.keptNewer', { count: restored.keptNewer }) : '',
        restored.withdrawn > 0 ? t('restore.withdrawn', { count: restored.withdrawn }) : '',
      ];
      setOutcome({ ok: true, text: parts.filter(Boolean).join(' ') });
    } catch (error) {
      setOutcome({ ok: false, text: failureText(error, language, t) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card restore-scores" aria-labelledby="restore-scores-title">
      <h3 id="restore-scores-title">{t('restore.title')}</h3>
      <p className="muted">{t('restore.intro')}</p>
      <input
        ref={input}
        type="file"
        accept=".juryscores"
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void restore(file);
        }}
      />
      <button type="button" className="button" disabled={busy} onClick={() => input.current?.click()}>
        {t('restore.button')}
      </button>
      {outcome && (
        <p className={outcome.ok ? 'ok' : 'field-error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      )}
    </section>
  );
}
