import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { BundleManifest } from '@core/documents/formats/bundle';
import { JuryPanel } from '@renderer/features/chair/JuryPanel';
import { I18nProvider } from '@renderer/i18n';
import { sampleKeys, sampleManifest } from '../../support/fixtures';

afterEach(cleanup);

async function panelFor(overrides: Partial<BundleManifest>) {
  const manifest = (await sampleManifest(await sampleKeys(), overrides)) as BundleManifest;
  const names = new Map(manifest.jurors.map((juror) => [juror.id, juror.name]));
  render(
    <I18nProvider initial="en">
      <JuryPanel
        manifest={manifest}
        report={{ accepted: [], ignored: [], refused: [], equivocations: [], unconfirmed: [] }}
        jurorLabel={(jurorId) => names.get(jurorId) ?? jurorId}
        onConfirm={() => undefined}
        projection={false}
        onProjection={() => undefined}
      />
    </I18nProvider>,
  );
  return (name: string) => within(screen.getByRole('row', { name: new RegExp(`^${name}`) }));
}

describe('who the chair still waits for', () => {
  it('a roster member the assignments leave out has nothing to score: never “Missing”, and nothing counted as theirs', async () => {
    const row = await panelFor({
      applications: [
        { id: 'a1', name: 'Alpha' },
        { id: 'a2', name: 'Beta' },
      ] as BundleManifest['applications'],
      conflicts: [],
      assignments: [
        { jurorId: 'ana', applicationIds: ['a1', 'a2'] },
        { jurorId: 'bruno', applicationIds: ['a2'] },
      ],
    });
    expect(row('Chloé Chair').getByText('Nothing to score')).toBeTruthy();
    expect(row('Chloé Chair').queryByText('Missing')).toBeNull();
    // Two applications not assigned to the chair, one to Bruno.
    expect(
      row('Chloé Chair')
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toContain('2');
    expect(row('Bruno').getByText('Missing')).toBeTruthy();
    expect(row('Ana').getByText('Missing')).toBeTruthy();
  });

  it('without assignments, everyone scores everything and a juror without a file is missing', async () => {
    const row = await panelFor({ conflicts: [] });
    expect(row('Chloé Chair').getByText('Missing')).toBeTruthy();
  });
});
