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
) {
  const names = new Map(manifest.applications.map((application) => [application.id, application.name]));
  render(
    <I18nProvider initial="en">
      <RankingCard
        manifest={manifest}
        results={results}
        names={names}
        method={MEAN}
        onMethod={handlers.onMethod ?? (() => undefined)}
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
  });
});
