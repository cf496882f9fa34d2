import { useState, type FormEvent } from 'react';
import { TextField } from '@renderer/components/TextField';
import type { Identity } from '@renderer/bridge';
import { useServices } from '@renderer/app/context';
import { useI18n } from '@renderer/i18n';
import { KeyRestore } from '@renderer/features/identity/KeyRestore';
import { PageHeading } from '@renderer/components/PageHeading';

/** First launch: the language (in the top bar), the user's name, and their key — or straight into the demo call. */
export function WelcomePage({
  onReady,
  onDemo,
  onStaff,
  onCheck,
}: {
  onReady: (identity: Identity) => void;
  onDemo: (name: string) => void;
  onStaff: () => void;
  onCheck: () => void;
}) {
  const { bridge } = useServices();
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [missingName, setMissingName] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') {
      setMissingName(true);
      return;
    }
    setBusy(true);
    onReady(await bridge.createIdentity(name.trim()));
  }

  return (
    <section className="card welcome" aria-labelledby="welcome-title">
      <PageHeading id="welcome-title" title={t('welcome.title')} />
      <p>{t('welcome.intro')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('welcome.nameLabel')}
          value={name}
          autoComplete="name"
          hint={t('welcome.nameHint')}
          error={missingName ? t('welcome.nameRequired') : undefined}
          onChange={(value) => {
            setName(value);
            setMissingName(false);
          }}
        />
        <p className="muted">{t('welcome.keyNote')}</p>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('welcome.creating') : t('welcome.create')}
        </button>
      </form>
      <details className="welcome-restore">
        <summary>{t('welcome.haveKey')}</summary>
        <p className="muted">{t('welcome.haveKeyNote')}</p>
        <KeyRestore idPrefix="welcome" onRestored={onReady} />
      </details>
      <hr />
      <p className="muted">{t('welcome.demoNote')}</p>
      <button type="button" className="button" disabled={busy} onClick={() => onDemo(name.trim())}>
        {t('welcome.demo')}
      </button>
      <hr />
      <h3>{t('welcome.otherRoles')}</h3>
      <p className="muted">{t('welcome.staffNote')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={onStaff}>
          {t('welcome.staff')}
        </button>
        <button type="button" className="button" onClick={onCheck}>
          {t('welcome.check')}
        </button>
      </div>
    </section>
  );
}
