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
          uncertainty={null}
          places={2}
        />
      </I18nProvider>,
    );
    const buttons = screen.getAllByRole('button');
    expect(buttons.length).toBeGreaterThan(5);
    expect(buttons.length).toBeLessThan(60);
    expect(buttons[0]!.getAttribute('aria-current')).toBe('true');
    expect(screen.getByText('Then, by rank').closest('li')!.textContent).toContain('Application 4');
  });

  it('marks the applications too close to call once the rank intervals are drawn, with the reason on hover', () => {
    const byApplication = new Map([
      ['app-0', { interval: { low: 1, high: 1 }, selectedProbability: 1 }],
      ['app-1', { interval: { low: 2, high: 3 }, selectedProbability: 0.55 }],
      ['app-2', { interval: { low: 2, high: 4 }, selectedProbability: 0.3 }],
    ]);
    render(
      <I18nProvider initial="en">
        <Queue
          manifest={manifest}
          order={Array.from({ length: 5 }, (_, index) => result(index))}
          flaggedCount={3}
          names={names}
          selectedIndex={0}
          onSelect={() => undefined}
          uncertainty={{ settings: { resamples: 1000, seed: 1 }, byApplication }}
          places={2}
        />
      </I18nProvider>,
    );
    const entry = (name: string) => screen.getByRole('button', { name: new RegExp(`^\\d+ ${name}\\b`) });
    expect(entry('Application 1').textContent).toBe('1 Application 1 · near the cut-off');
    expect(entry('Application 2').textContent).toBe('2 Application 2 · near the cut-off, too close to call');
    expect(entry('Application 2').title).toContain(
      'Chance of a place: 55%, rank 2–3 in 90% of resamples: the scores do not tell it apart',
    );
    expect(entry('Application 3').textContent).toBe('3 Application 3 · near the cut-off, too close to call');
  });
});
