import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { computeResults, type ComputedResult, type Method } from '@core/jury/aggregate';
import type { BundleManifest } from '@core/documents/formats/bundle';
import type { ScoreFile } from '@core/documents/formats/scores';
import { RankingCard } from '@renderer/features/chair/RankingCard';
import { I18nProvider } from '@renderer/i18n';
import { parsedScoreFile, sampleKeys, sampleManifest } from '../../support/fixtures';
import { layOutVirtualWindow } from '../support/layout';

const MEAN: Method = { aggregate: 'mean', normalization: 'none' };
let manifest: BundleManifest;
let results: ComputedResult[];

function scoreFile(jurorId: string, impacts: Record<string, number>): ScoreFile {
  return parsedScoreFile(
    jurorId,
    Object.entries(impacts).map(([applicationId, impact]) => ({
      applicationId,
      status: 'complete',
      scores: { impact, team: 3, note: 0 },
      updatedAt: '2026-11-03T17:00:00Z',
    })),
  );
}

beforeAll(async () => {
  layOutVirtualWindow('ranking-scroll', 600, 41, (element) => element.tagName === 'TR');
  const applications = [
    { id: 'alpha', name: 'Alpha' },
    { id: 'beta', name: 'Beta' },
    { id: 'gamma', name: 'Gamma' },
    { id: 'delta', name: 'Delta Lab' },
  ];
  manifest = (await sampleManifest(await sampleKeys(), { applications, conflicts: [] })) as BundleManifest;
  const impacts = { alpha: 8, beta: 5, gamma: 9.5, delta: 2 };
  results = computeResults(manifest, [scoreFile('ana', impacts), scoreFile('bruno', impacts)], { method: MEAN });
});

afterEach(cleanup);

function renderCard(
  handlers: {
    onMethod?: (method: Method) => void;
    onTicked?: (ticked: string[]) => void;
    onFocus?: (id: string) => void;
  } = {},
  shown: Partial<Pick<Parameters<typeof RankingCard>[0], 'method' | 'recommendation' | 'uncertainty' | 'places'>> = {},
) {
  const names = new Map(manifest.applications.map((application) => [application.id, application.name]));
  render(
    <I18nProvider initial="en">
      <RankingCard
        manifest={manifest}
        results={results}
        names={names}
        method={shown.method ?? MEAN}
        onMethod={handlers.onMethod ?? (() => undefined)}
        recommendation={shown.recommendation ?? { chosen: false, parts: [], jurorLabel: (id) => id }}
        uncertainty={shown.uncertainty ?? { status: 'none' }}
        places={shown.places ?? null}
        ticked={[]}
        onTicked={handlers.onTicked ?? (() => undefined)}
        focusedId={undefined}
        onFocus={handlers.onFocus ?? (() => undefined)}
      />
    </I18nProvider>,
  );
}

function shownNames(): string[] {
  return [...document.querySelectorAll('tr[data-application]')].map(
    (row) => within(row as HTMLElement).getAllByRole('button')[0]!.textContent!,
  );
}

describe('the ranking on the chair’s desk', () => {
  it('ranks the applications, narrows them to a filter and sorts them by name', () => {
    renderCard();
    expect(shownNames()).toEqual(['Gamma', 'Alpha', 'Beta', 'Delta Lab']);

    fireEvent.change(screen.getByLabelText('Filter the ranking'), { target: { value: 'TA' } });
    expect(shownNames()).toEqual(['Beta', 'Delta Lab']);

    fireEvent.change(screen.getByLabelText('Filter the ranking'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Application' }));
    expect(shownNames()).toEqual(['Alpha', 'Beta', 'Delta Lab', 'Gamma']);
    expect(screen.getByRole('button', { name: 'Application' }).closest('th')!.getAttribute('aria-sort')).toBe(
      'ascending',
    );
  });

  it('hands the method, the ticked applications and the focused one to the chair’s page', () => {
    const onMethod = vi.fn();
    const onTicked = vi.fn();
    const onFocus = vi.fn();
    renderCard({ onMethod, onTicked, onFocus });
    fireEvent.change(screen.getByLabelText('Aggregate'), { target: { value: 'median' } });
    expect(onMethod).toHaveBeenCalledWith({ aggregate: 'median', normalization: 'none' });
    fireEvent.click(screen.getByLabelText('Tick Beta'));
    expect(onTicked).toHaveBeenCalledWith(['beta']);
    fireEvent.click(screen.getByRole('button', { name: 'Gamma' }));
    expect(onFocus).toHaveBeenCalledWith('gamma');
    fireEvent.change(screen.getByLabelText('Normalisation'), { target: { value: 'bias-model' } });
    expect(onMethod).toHaveBeenLastCalledWith({ aggregate: 'mean', normalization: 'bias-model' });
  });

  it('says why the method is the one used, and warns of jurors whose scores cannot be compared', () => {
    renderCard(
      {},
      {
        method: { aggregate: 'mean', normalization: 'bias-model' },
        recommendation: {
          chosen: false,
          parts: [
            { applicationIds: ['alpha', 'beta', 'gamma'], jurorIds: ['ana', 'bruno'] },
            { applicationIds: ['delta'], jurorIds: ['chloe'] },
          ],
          jurorLabel: (id) => id.toUpperCase(),
        },
      },
    );
    screen.getByText(/^Recommended for this jury: the jurors scored different applications/);
    expect(screen.getByRole('note').textContent).toBe(
      'The jurors fall into 2 groups that share no application: the calibrated scores compare only within a group.' +
        'Group 1: 3 applications, scored by ANA and BRUNO.Group 2: 1 application, scored by CHLOE.',
    );
    // Calibrated scores do not use the aggregate.
    expect((screen.getByLabelText('Aggregate') as HTMLSelectElement).disabled).toBe(true);
  });

  it('warns of groups that share no application under the mean too, in words for raw figures', () => {
    renderCard(
      {},
      {
        method: { aggregate: 'mean', normalization: 'none' },
        recommendation: {
          chosen: true,
          parts: [
            { applicationIds: ['alpha'], jurorIds: ['ana'] },
            { applicationIds: ['beta'], jurorIds: ['bruno'] },
          ],
          jurorLabel: (id) => id,
        },
      },
    );
    expect(screen.getByRole('note').textContent).toMatch(
      /^The jurors fall into 2 groups that share no application: nothing tells a lenient group from a strong field/,
    );
  });

  it('shows the resamples drawing, then each rank interval, its probability and the applications too close to call', () => {
    renderCard({}, { uncertainty: { status: 'drawing', done: 350, of: 1000 }, places: 2 });
    expect(
      screen.getByRole('progressbar', { name: 'Drawing the rank intervals: 350 of 1,000 resamples…' }),
    ).toBeTruthy();
    cleanup();
    const byApplication = new Map([
      ['gamma', { interval: { low: 1, high: 1 }, selectedProbability: 1 }],
      ['alpha', { interval: { low: 2, high: 3 }, selectedProbability: 0.62 }],
      ['beta', { interval: { low: 2, high: 3 }, selectedProbability: 0.38 }],
      ['delta', { interval: { low: 4, high: 4 }, selectedProbability: 0 }],
    ]);
    renderCard(
      {},
      {
        uncertainty: { status: 'ready', uncertainty: { settings: { resamples: 1000, seed: 1 }, byApplication } },
        places: 2,
      },
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
    const row = (id: string) =>
      [...document.querySelectorAll(`tr[data-application="${id}"] td`)].map((cell) => cell.textContent);
    expect(row('gamma').slice(7, 9)).toEqual(['1', '100%']);
    expect(row('alpha').slice(7, 9)).toEqual(['2–3', '62%']);
    const badge = within(document.querySelector('tr[data-application="alpha"]') as HTMLElement).getByText(
      'too close to call',
    );
    expect(document.getElementById(badge.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Chance of a place: 62%, rank 2–3 in 90% of resamples: the scores do not tell it apart from the applications on the other side of the cut-off (2 places).',
    );
    expect(
      within(document.querySelector('tr[data-application="gamma"]') as HTMLElement).queryByText('too close to call'),
    ).toBeNull();
    expect(screen.getByRole('columnheader', { name: 'Rank (90%)' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Selected' })).toBeTruthy();
  });
});

describe('the flags of doubt the ranking shows', () => {
  it('marks what one juror alone scored, and the applications level across the last place, each saying why', () => {
    const all = results;
    try {
      results = computeResults(manifest, [scoreFile('ana', { alpha: 8, beta: 8, gamma: 9.5, delta: 2 })], {
        method: MEAN,
      });
      renderCard({}, { places: 2 });
      const row = (id: string) => document.querySelector(`tr[data-application="${id}"]`) as HTMLElement;
      const alpha = row('alpha');
      expect(within(alpha).getByText('one evaluation').textContent).toContain(
        'One juror alone scored it: no other view to compare with',
      );
      expect(within(alpha).getByText('tied for the last place').textContent).toContain(
        'Alpha and Beta are level at rank 2 for 1 of the 2 places',
      );
      expect(within(row('gamma')).queryByText('tied for the last place')).toBeNull();
    } finally {
      results = all;
    }
  });
});
