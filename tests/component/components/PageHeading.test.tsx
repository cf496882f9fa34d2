import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PageHeading, windowTitle } from '@renderer/components/PageHeading';

afterEach(cleanup);

describe('a page’s heading', () => {
  it('names the window: the page, what it belongs to, the app', () => {
    expect(windowTitle('Ranking', 'Cap Inclusion')).toBe('Ranking — Cap Inclusion — Jurydesk');
    expect(windowTitle('Your calls', undefined)).toBe('Your calls — Jurydesk');
    expect(windowTitle('', 'Cap Inclusion')).toBe('Cap Inclusion — Jurydesk');
  });

  it('leaves the first page of a session to be read from the top, and takes focus on every page after it', () => {
    const first = render(<PageHeading id="first" title="Your calls" />);
    expect(document.title).toBe('Your calls — Jurydesk');
    expect(document.activeElement).toBe(document.body);
    first.unmount();

    render(
      <PageHeading id="second" title="Applications" context="Cap Inclusion">
        Cap Inclusion
      </PageHeading>,
    );
    const heading = screen.getByRole('heading', { level: 2, name: 'Cap Inclusion' });
    expect(document.activeElement).toBe(heading);
    expect(heading.tabIndex).toBe(-1);
    expect(document.title).toBe('Applications — Cap Inclusion — Jurydesk');
  });

  it('follows its title while the page stays, without taking focus again', () => {
    const { rerender } = render(<PageHeading id="chair" title="Chair’s desk: Receive" context="Cap Inclusion" />);
    (document.activeElement as HTMLElement).blur();
    rerender(<PageHeading id="chair" title="Chair’s desk: Ranking" context="Cap Inclusion" />);
    expect(document.title).toBe('Chair’s desk: Ranking — Cap Inclusion — Jurydesk');
    expect(document.activeElement).toBe(document.body);
  });
});
