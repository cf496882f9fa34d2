import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JurydeskError } from '@core/errors';
import { PageBoundary, PageFailure, UnhandledFailures } from '@renderer/app/failures';
import { I18nProvider } from '@renderer/i18n';

afterEach(cleanup);

function reject(reason: unknown) {
  const event = Object.assign(new Event('unhandledrejection'), { reason, promise: Promise.resolve() });
  act(() => {
    window.dispatchEvent(event);
  });
}

describe('an action that fails without anyone awaiting it', () => {
  it('is said in the user’s language, once, with what to do, until dismissed', () => {
    render(
      <I18nProvider initial="fr">
        <UnhandledFailures />
      </I18nProvider>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    reject(quota);
    reject(quota);
    reject(new JurydeskError('file.empty'));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Une action a échoué');
    expect(alert.textContent).toContain('Exportez votre fichier de notes maintenant');
    expect(alert.textContent).toContain('Le fichier est vide.');
    expect(alert.querySelectorAll('li')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says a host error and a closed database plainly', () => {
    render(
      <I18nProvider initial="en">
        <UnhandledFailures />
      </I18nProvider>,
    );
    reject(new JurydeskError('identity.backup-unavailable'));
    reject(Object.assign(new Error('closed'), { name: 'DatabaseClosedError' }));
    reject('a string thrown by someone');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('this browser cannot back it up any more');
    expect(alert.textContent).toContain('Close the other Jurydesk windows or tabs');
    expect(alert.textContent).toContain('Something went wrong that Jurydesk did not expect.');
  });
});

describe('a page that fails to draw', () => {
  const state = { broken: true };
  function Broken() {
    if (state.broken) throw new JurydeskError('file.empty');
    return <p>Drawn</p>;
  }

  it('shows why and the ways on, and draws again on retry or on another page', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const home = vi.fn();
    state.broken = true;
    const page = (key: string) => (
      <I18nProvider initial="en">
        <PageBoundary
          resetKey={key}
          fallback={(error, retry) => <PageFailure error={error} onRetry={retry} onHome={home} />}
        >
          <Broken />
        </PageBoundary>
      </I18nProvider>
    );
    const { rerender } = render(page('#/one'));
    expect(screen.getByRole('alert').textContent).toContain('The file is empty.');
    fireEvent.click(screen.getByRole('button', { name: 'Back to your calls' }));
    expect(home).toHaveBeenCalled();
    state.broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Drawn')).toBeTruthy();
    state.broken = true;
    rerender(page('#/one'));
    expect(screen.getByRole('alert')).toBeTruthy();
    state.broken = false;
    rerender(page('#/two'));
    expect(screen.getByText('Drawn')).toBeTruthy();
    quiet.mockRestore();
  });
});
