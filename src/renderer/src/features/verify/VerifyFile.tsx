import { useCallback, useEffect, useState } from 'react';
import { describeFailure, type Failure } from '@core/errors';
import { type VerifiedDeliberation, type BundleContext, labelText } from '@core/documents';
import { verifyAnyFile, type VerifiedFile } from '@core/verify';
import { FileDropZone } from '@renderer/components/FileDropZone';
import { useI18n } from '@renderer/i18n';
import { DeliberationDetails } from './DeliberationDetails';
import { useVerificationContext } from './stored-bundle';
import { useServices } from '@renderer/app/context';
import { summarize } from './describe';
import { PageHeading } from '@renderer/components/PageHeading';

type State =
  | { step: 'idle' }
  | { step: 'checking'; name: string; done: number; total: number }
  | {
      step: 'valid';
      name: string;
      file: VerifiedFile;
      bundle: BundleContext | null;
      source: File;
      callId: string | null;
    }
  | { step: 'invalid'; name: string; failure: Failure };

/** A deliberation whose signature is sound but whose signer nothing ties to the chair (docs/FORMATS.md §6). */
function unpinned(file: VerifiedFile): file is Extract<VerifiedFile, { kind: 'deliberation' }> {
  return file.kind === 'deliberation' && file.deliberation.pinnedBy === null;
}

/** `initialFile`: a file the system asked the app to open, checked as soon as the page shows. */
export function VerifyFile({ initialFile = null }: { initialFile?: File | null }) {
  const i18n = useI18n();
  const contextFor = useVerificationContext();
  const { db } = useServices();
  const { t, language, formatBytes } = i18n;
  const [state, setState] = useState<State>(() =>
    initialFile ? { step: 'checking', name: initialFile.name, done: 0, total: initialFile.size } : { step: 'idle' },
  );

  const verify = useCallback(
    (file: File) =>
      contextFor(file).then(({ bundle, callId, confirmedChairKeys }) =>
        verifyAnyFile(file, {
          ...(bundle ? { bundle } : {}),
          confirmedChairKeys,
          onProgress: ({ done, total }) => setState({ step: 'checking', name: file.name, done, total }),
        }).then((result) =>
          setState(
            result.ok
              ? { step: 'valid', name: file.name, file: result.value, bundle, source: file, callId }
              : { step: 'invalid', name: file.name, failure: result.error },
          ),
        ),
      ),
    [contextFor],
  );

  /** Kept like a juror key the chair confirms: the same person's later files must use the same key. */
  async function confirmChair(current: Extract<State, { step: 'valid' }>) {
    if (current.file.kind !== 'deliberation' || !current.callId) return;
    const { deliberation, signer } = current.file.deliberation;
    await db.confirmedKeys.put({
      callId: current.callId,
      jurorId: deliberation.chair.id,
      publicKey: deliberation.chair.publicKey,
      fingerprint: signer.fingerprint,
      confirmedAt: new Date().toISOString(),
    });
    await verify(current.source);
  }

  function check(file: File) {
    setState({ step: 'checking', name: file.name, done: 0, total: file.size });
    void verify(file);
  }

  useEffect(() => {
    if (initialFile) void verify(initialFile);
  }, [initialFile, verify]);

  const summary = state.step === 'valid' ? summarize(state.file, i18n) : null;

  return (
    <section className="card" aria-labelledby="verify-title">
      <PageHeading id="verify-title" title={t('verify.title')} />
      <p className="muted">{t('verify.intro')}</p>
      <FileDropZone
        label={t('verify.choose')}
        hint={t('verify.drop')}
        accept=".jurybundle,.juryscores,.jurydelib,.jurydeclaration"
        onFiles={([file]) => file && check(file)}
      />

      <div aria-live="polite">
        {state.step === 'checking' && (
          <div className="status">
            <p>{t('verify.checking', { name: state.name })}</p>
            <progress
              max={Math.max(state.total, 1)}
              value={state.done}
              aria-label={t('verify.checking', { name: state.name })}
            />
            <p className="muted">
              {t('verify.progress', { done: formatBytes(state.done), total: formatBytes(state.total) })}
            </p>
          </div>
        )}
        {state.step === 'valid' && summary && (
          <div className={`result ${unpinned(state.file) ? 'result--unconfirmed' : 'result--valid'}`} role="status">
            <h3>
              <span aria-hidden="true">{unpinned(state.file) ? '⚠ ' : '✓ '}</span>
              {unpinned(state.file)
                ? t('verify.unconfirmedTitle')
                : t('verify.valid', { kind: t(`kind.${summary.kind}`) })}
            </h3>
            <p className="file-name">{state.name}</p>
            {unpinned(state.file) && (
              <ConfirmChair
                verified={state.file.deliberation}
                onConfirm={state.callId ? () => void confirmChair(state) : null}
              />
            )}
            {state.file.kind !== 'bundle' && (
              <p className="muted">
                {state.bundle
                  ? t('verify.againstBundle', {
                      call: labelText(state.bundle.manifest.call.title, language),
                      sequence: state.bundle.manifest.sequence,
                    })
                  : t('verify.noBundle')}
              </p>
            )}
            {state.file.kind === 'deliberation' && state.file.deliberation.pinnedBy && (
              <p className="muted">
                {t(
                  state.file.deliberation.pinnedBy === 'roster'
                    ? 'verify.pinnedByRoster'
                    : 'verify.pinnedByConfirmation',
                )}
              </p>
            )}
            <dl>
              <dt>{t('verify.signedBy')}</dt>
              <dd>{summary.signer}</dd>
              <dt>{t('verify.fingerprint')}</dt>
              <dd>
                <code>{summary.fingerprint}</code>
              </dd>
              <dt>{t('verify.call')}</dt>
              <dd>{summary.call}</dd>
              <dt>{t('verify.holds')}</dt>
              <dd>{summary.holds}</dd>
            </dl>
            {state.file.kind === 'deliberation' && (
              <DeliberationDetails deliberation={state.file.deliberation.deliberation} bundle={state.bundle} />
            )}
          </div>
        )}
        {state.step === 'invalid' && (
          <div className="result result--invalid" role="alert">
            <h3>
              <span aria-hidden="true">✗ </span>
              {t('verify.invalid')}
            </h3>
            <p className="file-name">{state.name}</p>
            <p>{describeFailure(state.failure, language)}</p>
          </div>
        )}
      </div>
    </section>
  );
}

/** What to do with a sound signature from a key nothing ties to the chair: check the fingerprint, then confirm it. */
export function ConfirmChair({
  verified,
  onConfirm,
}: {
  verified: VerifiedDeliberation;
  onConfirm: (() => void) | null;
}) {
  const { t } = useI18n();
  const chair = verified.deliberation.chair.name;
  return (
    <div className="confirm-chair">
      <p>{t('verify.unconfirmed', { chair })}</p>
      <p className="fingerprint-large">
        <code>{verified.signer.fingerprint}</code>
      </p>
      <p className="muted">{t('verify.unconfirmedHow', { chair })}</p>
      {onConfirm && (
        <button type="button" className="button" onClick={onConfirm}>
          {t('verify.confirmChair', { chair })}
        </button>
      )}
    </div>
  );
}
