import { useState } from 'react';
import { safeSegment } from '@core/calls';
import { formatKeyCard } from '@core/documents';
import { useServices } from '@renderer/app/context';
import { useI18n } from '@renderer/i18n';
import { EraseEverything } from './EraseEverything';
import { KeyBackup } from './KeyBackup';
import { KeyRestore } from './KeyRestore';
import { StorageUse } from './StorageUse';
import { PageHeading } from '@renderer/components/PageHeading';
import { KeyboardSettings } from '@renderer/features/scoring/KeyboardSettings';

export function IdentityPage({ onErasedEverything }: { onErasedEverything: () => void }) {
  const { bridge, identity, setIdentity } = useServices();
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const [restored, setRestored] = useState<string | null>(null);
  const [erasing, setErasing] = useState(false);
  if (!identity) return null;

  return (
    <section aria-labelledby="identity-title">
      <PageHeading id="identity-title" title={t('identity.title')} />
      <div className="card">
        <dl className="facts-list">
          <dt>{t('identity.name')}</dt>
          <dd>{identity.name}</dd>
          <dt>{t('identity.fingerprint')}</dt>
          <dd>
            <code>{identity.fingerprint}</code>
          </dd>
          <dt>{t('identity.publicKey')}</dt>
          <dd>
            <code className="public-key">{identity.publicKey}</code>
          </dd>
        </dl>
        {identity.protection === 'plain' && (
          <p className="warning" role="note">
            {t('identity.plainStorage')}
          </p>
        )}
        <div className="actions">
          <button
            type="button"
            className="button"
            onClick={() =>
              void navigator.clipboard?.writeText(identity.publicKey).then(() => {
                setCopied(true);
                setTimeout(() => setCopied(false), 2000);
              })
            }
          >
            {copied ? t('identity.copied') : t('identity.copy')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              void bridge.saveFile(
                `${safeSegment(identity.name)}-jurydesk-key.pub`,
                new Blob([formatKeyCard(identity.name, identity.publicKey, identity.fingerprint)], {
                  type: 'text/plain',
                }),
              )
            }
          >
            {t('identity.save')}
          </button>
        </div>
      </div>

      <div className="card" role="region" aria-labelledby="backup-title">
        <h3 id="backup-title">{t('identity.backupTitle')}</h3>
        <KeyBackup idPrefix="identity" />
      </div>

      <div className="card" role="region" aria-labelledby="restore-title">
        <h3 id="restore-title">{t('identity.restoreTitle')}</h3>
        <p>{t('identity.restoreIntro')}</p>
        <KeyRestore
          idPrefix="identity"
          onRestored={(restored) => {
            setIdentity(restored);
            setRestored(t('identity.restored', { fingerprint: restored.fingerprint }));
          }}
        />
        {restored && (
          <p className="ok" role="status">
            {restored}
          </p>
        )}
      </div>

      <div className="card" role="region" aria-labelledby="keyboard-title">
        <h3 id="keyboard-title">{t('shortcuts.title')}</h3>
        <KeyboardSettings />
      </div>

      <StorageUse />

      <div className="card" role="region" aria-labelledby="return-title">
        <h3 id="return-title">{t('everything.title')}</h3>
        <p>{t('everything.intro')}</p>
        <button type="button" className="button button--danger" onClick={() => setErasing(true)}>
          {t('everything.open')}
        </button>
      </div>
      {erasing && <EraseEverything onClose={() => setErasing(false)} onErased={onErasedEverything} />}
    </section>
  );
}
