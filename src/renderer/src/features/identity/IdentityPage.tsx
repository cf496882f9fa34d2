import { useState } from 'react';
import { safeSegment } from '@core/calls';
import { formatKeyCard } from '@core/documents';
import { TextField } from '@renderer/components/TextField';
import { BridgeError, bridgeErrorText } from '@renderer/bridge/types';
import { useServices } from '@renderer/app/context';
import { useI18n } from '@renderer/i18n';

const MIN_PASSPHRASE = 12;

export function IdentityPage() {
  const { bridge, identity, setIdentity } = useServices();
  const { t, language } = useI18n();
  const [copied, setCopied] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  if (!identity) return null;

  const passphraseProblem =
    passphrase.length < MIN_PASSPHRASE
      ? t('identity.passphraseShort')
      : passphrase !== again
        ? t('identity.passphraseMismatch')
        : null;

  async function run(action: () => Promise<string | null>) {
    setMessage(null);
    try {
      const text = await action();
      if (text) setMessage({ kind: 'ok', text });
    } catch (error) {
      setMessage({
        kind: 'error',
        text: error instanceof BridgeError ? bridgeErrorText(error, language) : String(error),
      });
    }
  }

  return (
    <section aria-labelledby="identity-title">
      <h2 id="identity-title">{t('identity.title')}</h2>
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
        {bridge.canBackUpKey ? (
          <>
            <p>{t('identity.backupIntro')}</p>
            <TextField
              label={t('identity.passphrase')}
              type="password"
              autoComplete="new-password"
              value={passphrase}
              onChange={setPassphrase}
            />
            <TextField
              label={t('identity.passphraseConfirm')}
              type="password"
              autoComplete="new-password"
              value={again}
              onChange={setAgain}
            />
            {passphrase !== '' && passphraseProblem && <p className="muted">{passphraseProblem}</p>}
            <div className="actions">
              <button
                type="button"
                className="button button--primary"
                disabled={passphraseProblem !== null}
                onClick={() =>
                  void run(async () => ((await bridge.exportKeyBackup(passphrase)) ? t('identity.exported') : null))
                }
              >
                {t('identity.export')}
              </button>
              <button
                type="button"
                className="button"
                disabled={passphrase.length < MIN_PASSPHRASE}
                onClick={() =>
                  void run(async () => {
                    const restored = await bridge.restoreKeyBackup(passphrase);
                    if (!restored) return null;
                    setIdentity(restored);
                    return t('identity.restored', { fingerprint: restored.fingerprint });
                  })
                }
              >
                {t('identity.restore')}
              </button>
            </div>
            {message && (
              <p
                className={message.kind === 'ok' ? 'ok' : 'field-error'}
                role={message.kind === 'ok' ? 'status' : 'alert'}
              >
                {message.text}
              </p>
            )}
          </>
        ) : (
          <p className="muted">{t('identity.unavailable')}</p>
        )}
      </div>
    </section>
  );
}
