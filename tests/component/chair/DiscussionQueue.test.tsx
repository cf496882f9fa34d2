import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BundleManifest } from '@core/documents/formats/bundle';
import type { ComputedResult } from '@core/jury/aggregate';
import { Queue } from '@renderer/features/chair/DiscussionQueue';
import { I18nProvider } from '@renderer/i18n';
import { computedResult } from '../../support/fixtures';
import { layOutVirtualWindow } from '../support/layout';

const COUNT = 4000;
const manifest = { criteria: [] } as unknown as BundleManifest;
const names = new Map(Array.from({ length: COUNT }, (_, index) => [`app-${index}`, `Application ${index + 1}`]));

function result(index: number): ComputedResult {
  const flagged = index < 3;
  return computedResult(`app-${index}`, {
    rank: index + 1,
    flags: flagged ? ['near-cutoff'] : [],
    reasons: flagged ? [{ flag: 'near-cutoff', rank: index + 1, places: 2, distance: Math.abs(index - 1) }] : [],
  });
}

beforeAll(() => {
  layOutVirtualWindow('queue__scroll', 600, 34, (element) => element.parentElement?.tagName === 'OL');
  HTMLElement.prototype.scrollTo = () => undefined;
});
afterEach(cleanup);

describe('the discussion queue at a national call’s size', () => {
  it('draws the entries in view, not four thousand buttons, and marks where the flagged ones end', () => {
    render(
      <I18nProvider initial="en">
        <Queue
          manifest={manifest}
          order={Array.from({ length: COUNT }, (_, index) => result(index))}
          flaggedCount={3}
          names={names}
          selectedIndex={0}
          onSelect={() => undefined}
        />
      </I18nProvider>,
    );
    const buttons = screen.getAllByRole('button');
    expect(buttons.length).toBeGreaterThan(5);
    expect(buttons.length).toBeLessThan(60);
    expect(buttons[0]!.getAttribute('aria-current')).toBe('true');
    expect(screen.getByText('Then, by rank').closest('li')!.textContent).toContain('Application 4');
  });
});
