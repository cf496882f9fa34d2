import { useState } from 'react';
import type { Identity } from '@renderer/bridge';
import { useServices } from '@renderer/app/context';
import { failureText } from '@renderer/app/failures';
import { PageHeading } from '@renderer/components/PageHeading';
import { useI18n } from '@renderer/i18n';
import { KeyRestore } from './KeyRestore';

/**
 * The key exists on this computer but could not be read (another window holds it, a permission, a damaged file):
 * what happened and what to do, a way to try again and to restore the backup, and never a form that would make a
 * new key over it.
 */
export function KeyUnreadable({ problem, onReady }: { problem: unknown; onReady: (identity: Identity) => void }) {
  const { bridge } = useServices();
  const { t, language } = useI18n();
  const [current, setCurrent] = useState(problem);
  const [busy, setBusy] = useState(false);

  async function retry() {
    setBusy(true);
    try {
      const identity = await bridge.getIdentity();
      if (identity) onReady(identity);
    } catch (error) {
      setCurrent(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="key-unreadable-title">
      <PageHeading id="key-unreadable-title" title={t('keyUnreadable.title')} />
      <p role="alert">{failureText(current, language, t)}</p>
      <div className="actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void retry()}>
          {t('keyUnreadable.retry')}
        </button>
      </div>
      <h3>{t('keyUnreadable.restoreTitle')}</h3>
      <p className="muted">{t('keyUnreadable.restoreNote')}</p>
      <KeyRestore idPrefix="unreadable" onRestored={onReady} />
    </section>
  );
}
