import { Modal } from '@renderer/components/Modal';
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { type Progress, type VerifiedBundle, labelText } from '@core/documents';
import { describeFailure, type Failure } from '@core/errors';
import { useServices } from '@renderer/app/context';
import { failureText } from '@renderer/app/failures';
import { useI18n } from '@renderer/i18n';
import { importBundle, storeBundle, type ImportResult } from './import-bundle';

type OpenerState =
  | { step: 'idle' }
  | { step: 'checking'; name: string; progress: Progress }
  | { step: 'confirm'; name: string; bundle: VerifiedBundle; previousFingerprint?: string }
  | { step: 'refused'; name: string; failure: Failure }
  /** The bundle was fine but could not be stored (a full disk, the storage held by another window). */
  | { step: 'failed'; name: string; error: unknown }
  | { step: 'imported'; result: Extract<ImportResult, { kind: 'imported' }> };

interface Opener {
  state: OpenerState;
  /** `publicKey` stands in for the identity when it was created in the same gesture (the demo on first launch). */
  open: (file: File, options?: { demo?: boolean; publicKey?: string }) => Promise<string | null>;
  chooseFile: () => void;
  dismiss: () => void;
}

const OpenerContext = createContext<Opener | null>(null);

export function useBundleOpener(): Opener {
  const opener = useContext(OpenerContext);
  if (!opener) throw new Error('useBundleOpener outside BundleOpenerProvider');
  return opener;
}

/**
 * Opening a bundle, from any entry point (button, drop, menu, the system): verify with progress, confirm
 * the issuer of a new call, store, and say what happened. `onOpened` receives the call that is ready.
 */
export function BundleOpenerProvider({
  children,
  onOpened,
}: {
  children: ReactNode;
  onOpened: (callId: string) => void;
}) {
  const { db, identity } = useServices();
  const { t, language } = useI18n();
  const [state, setState] = useState<OpenerState>({ step: 'idle' });
  const input = useRef<HTMLInputElement>(null);

  const finish = useCallback(
    (result: ImportResult, name: string) => {
      if (result.kind === 'refused') setState({ step: 'refused', name, failure: result.failure });
      else if (result.kind === 'needs-confirmation') setState({ step: 'confirm', name, bundle: result.bundle });
      else if (result.kind === 'needs-handover-confirmation')
        setState({ step: 'confirm', name, bundle: result.bundle, previousFingerprint: result.previousFingerprint });
      else {
        setState({ step: 'imported', result });
        onOpened(result.call.id);
        return result.call.id;
      }
      return null;
    },
    [onOpened],
  );

  const open = useCallback(
    async (file: File, options: { demo?: boolean; publicKey?: string } = {}) => {
      setState({ step: 'checking', name: file.name, progress: { done: 0, total: file.size } });
      try {
        const result = await importBundle(db, file, {
          fileName: file.name,
          publicKey: options.publicKey ?? identity?.publicKey ?? null,
          onProgress: (progress) => setState({ step: 'checking', name: file.name, progress }),
          ...(options.demo ? { demo: true } : {}),
        });
        return finish(result, file.name);
      } catch (error) {
        setState({ step: 'failed', name: file.name, error });
        return null;
      }
    },
    [db, identity, finish],
  );

  const confirm = async () => {
    if (state.step !== 'confirm') return;
    const { name, bundle, previousFingerprint } = state;
    try {
      const handedOver = previousFingerprint !== undefined;
      finish(
        await storeBundle(db, bundle, { fileName: name, publicKey: identity?.publicKey ?? null, handedOver }),
        name,
      );
    } catch (error) {
      setState({ step: 'failed', name, error });
    }
  };

  const dismiss = useCallback(() => setState({ step: 'idle' }), []);
  const value: Opener = {
    state,
    open,
    chooseFile: () => input.current?.click(),
    dismiss,
  };

  return (
    <OpenerContext.Provider value={value}>
      {children}
      {/* Hidden, outside the page's landmarks: the menu's command and the page's own buttons open it. */}
      <input
        ref={input}
        type="file"
        hidden
        aria-label={t('calls.open')}
        accept=".jurybundle"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void open(file);
        }}
      />
      <Modal
        open={state.step === 'confirm'}
        onClose={() => setState({ step: 'idle' })}
        title={t(
          state.step === 'confirm' && state.previousFingerprint ? 'import.handoverTitle' : 'import.confirmTitle',
        )}
        description={
          state.step === 'confirm' &&
          (state.previousFingerprint
            ? t('import.handoverBody', {
                call: labelText(state.bundle.manifest.call.title, language),
                issuer: state.bundle.manifest.issuer.name,
                sequence: state.bundle.manifest.sequence,
                previous: state.previousFingerprint,
              })
            : t('import.confirmBody', {
                call: labelText(state.bundle.manifest.call.title, language),
                issuer: state.bundle.manifest.issuer.name,
              }))
        }
      >
        {state.step === 'confirm' && (
          <>
            {state.bundle.manifest.handover?.reason && state.previousFingerprint && (
              <p>{t('import.handoverReason', { reason: state.bundle.manifest.handover.reason })}</p>
            )}
            <p className="fingerprint">
              <code>{state.bundle.signer.fingerprint}</code>
            </p>
            <p className="muted">{t('import.confirmCheck')}</p>
            <div className="dialog-actions">
              <button type="button" className="button" onClick={() => setState({ step: 'idle' })}>
                {t('action.cancel')}
              </button>
              <button type="button" className="button button--primary" onClick={() => void confirm()}>
                {t('import.confirmTrust')}
              </button>
            </div>
          </>
        )}
      </Modal>
    </OpenerContext.Provider>
  );
}

/** How long the news of a successful opening stays on screen; a refusal stays until it is closed. */
const IMPORTED_NOTICE_MS = 12_000;

/** What the last opening did: progress, refusal (one sentence), or what changed. */
export function OpenerStatus() {
  const { state, dismiss } = useBundleOpener();
  const { t, language, formatBytes, formatList } = useI18n();
  useEffect(() => {
    if (state.step !== 'imported') return;
    const timer = setTimeout(dismiss, IMPORTED_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [state, dismiss]);
  return (
    <div aria-live="polite">
      {state.step === 'checking' && (
        <div className="status">
          <p>{t('calls.checking', { name: state.name })}</p>
          <progress
            max={Math.max(state.progress.total, 1)}
            value={state.progress.done}
            aria-label={t('calls.checking', { name: state.name })}
          />
          <p className="muted">
            {t('calls.progress', { done: formatBytes(state.progress.done), total: formatBytes(state.progress.total) })}
          </p>
        </div>
      )}
      {state.step === 'refused' && (
        <div className="result result--invalid" role="alert">
          <h3>{t('import.refusedTitle')}</h3>
          <p className="file-name">{state.name}</p>
          <p>{describeFailure(state.failure, language)}</p>
          <button type="button" className="button" onClick={dismiss}>
            {t('action.close')}
          </button>
        </div>
      )}
      {state.step === 'failed' && (
        <div className="result result--invalid" role="alert">
          <h3>{t('import.failedTitle')}</h3>
          <p className="file-name">{state.name}</p>
          <p>{failureText(state.error, language, t)}</p>
          <button type="button" className="button" onClick={dismiss}>
            {t('action.close')}
          </button>
        </div>
      )}
      {state.step === 'imported' && (
        <div className="result result--valid" role="status">
          <p>
            {t('import.done', {
              call: labelText(state.result.call.title, language),
              sequence: state.result.call.sequence,
              count: state.result.applicationCount,
            })}
          </p>
          {state.result.previousSequence !== null && (
            <p>
              {t('import.replaced', { sequence: state.result.call.sequence, previous: state.result.previousSequence })}
            </p>
          )}
          {state.result.removedApplications.length > 0 && (
            <p>{t('import.removed', { names: formatList(state.result.removedApplications) })}</p>
          )}
          <button type="button" className="button" onClick={dismiss}>
            {t('action.close')}
          </button>
        </div>
      )}
    </div>
  );
}
