import { Component, useEffect, useState, type ErrorInfo, type ReactNode } from 'react';
import { describeFailure, JurydeskError, type Language } from '@core/errors';
import { useI18n } from '@renderer/i18n';
import { PageHeading } from '@renderer/components/PageHeading';

type Translate = ReturnType<typeof useI18n>['t'];

/**
 * The sentence a user reads for a failure, in their language: core's and the host's own (the desktop's cross as core's), the storage's with what to
 * do (Dexie and IndexedDB name their errors the same way), anything else said plainly.
 */
export function failureText(error: unknown, language: Language, t: Translate): string {
  if (error instanceof JurydeskError) return describeFailure({ code: error.code, details: error.details }, language);
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return t('failure.quota');
  if (name === 'DatabaseClosedError' || name === 'OpenFailedError' || name === 'InvalidStateError')
    return t('failure.blocked');
  return t('failure.unknown');
}

interface BoundaryProps {
  /** Changes when the page changes: a page that failed gets a fresh start on the next one. */
  resetKey: string;
  fallback: (error: unknown, retry: () => void) => ReactNode;
  children: ReactNode;
}

/** A page that throws while drawing shows why and a way back, instead of a blank window. */
export class PageBoundary extends Component<BoundaryProps, { error: unknown; resetKey: string }> {
  override state = { error: null as unknown, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: { error: unknown; resetKey: string }) {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.warn('A page failed to draw', error, info.componentStack);
  }

  override render() {
    return this.state.error === null
      ? this.props.children
      : this.props.fallback(this.state.error, () => this.setState({ error: null }));
  }
}

/** What the page shows in place of a page that failed: what happened, that saved work is safe, and the ways on. */
export function PageFailure({ error, onRetry, onHome }: { error: unknown; onRetry: () => void; onHome: () => void }) {
  const { t, language } = useI18n();
  return (
    <section className="card failure" role="alert" aria-labelledby="failure-title">
      <PageHeading id="failure-title" title={t('failure.pageTitle')} />
      <p>{failureText(error, language, t)}</p>
      <p className="muted">{t('failure.safe')}</p>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={onRetry}>
          {t('failure.retry')}
        </button>
        <button type="button" className="button" onClick={onHome}>
          {t('failure.home')}
        </button>
      </div>
    </section>
  );
}

/**
 * Actions started and not awaited (a save, a signature, an export) that fail anywhere end here: each is shown once,
 * in the user's language, until dismissed. Nothing fails without a word.
 */
export function UnhandledFailures() {
  const { t, language } = useI18n();
  const [failures, setFailures] = useState<string[]>([]);
  useEffect(() => {
    const show = (error: unknown) =>
      setFailures((previous) => {
        const text = failureText(error, language, t);
        return previous.includes(text) ? previous : [...previous, text];
      });
    // Shown to the user, and still reported to the console as the browser does: a developer sees it too.
    const onRejection = (event: PromiseRejectionEvent) => show(event.reason);
    const onError = (event: ErrorEvent) => show(event.error);
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
    return () => {
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
    };
  }, [language, t]);
  if (failures.length === 0) return null;
  return (
    <div className="card failure failure--banner" role="alert">
      <h2>{t('failure.actionTitle')}</h2>
      <ul>
        {failures.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      <p className="muted">{t('failure.safe')}</p>
      <button type="button" className="button" onClick={() => setFailures([])}>
        {t('failure.dismiss')}
      </button>
    </div>
  );
}
