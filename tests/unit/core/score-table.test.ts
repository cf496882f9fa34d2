import { describe, expect, it } from 'vitest';
import type { BundleManifest } from '@core/documents';
import type { Evaluation } from '@core/documents/formats/scores';
import { scoresByJurorTable, toCsv } from '@core/jury';
import { parsedScoreFile, sampleKeys, sampleManifest } from '../../support/fixtures';

const AT = '2026-11-02T10:00:00Z';
const evaluation = (applicationId: string, fields: Partial<Evaluation>): Evaluation => ({
  applicationId,
  status: 'complete',
  scores: {},
  updatedAt: AT,
  ...fields,
});

async function manifestWith(overrides: Partial<BundleManifest> = {}) {
  return (await sampleManifest(await sampleKeys(), { conflicts: [], ...overrides })) as BundleManifest;
}

describe('every juror’s scores, one row each, for the record', () => {
  it('gives each evaluation its total, scores, recommendation and the jury’s own comments, marked as such', async () => {
    const manifest = await manifestWith();
    const ana = parsedScoreFile('ana', [
      evaluation('alpha', {
        scores: { impact: 10, team: 5, note: 1 },
        comments: { impact: ' Very strong reach. ' },
        comment: 'Solid; ask about the budget.',
        recommendation: 'in',
      }),
      evaluation('beta', { status: 'draft', scores: { impact: 4 } }),
    ]);
    const bruno = parsedScoreFile('bruno', [
      evaluation('beta', { status: 'recused', scores: {}, recusalReason: 'Former employer.' }),
    ]);
    const table = scoresByJurorTable(manifest, [bruno, ana], 'en');
    expect(table.headers).toEqual([
      'Application id',
      'Application',
      'Juror',
      'Status',
      'Total',
      'Recommendation',
      'Impact',
      'Team',
      'Remark',
      'Comments for the jury only',
    ]);
    expect(table.rows).toEqual([
      [
        'alpha',
        'Alpha',
        'Ana',
        'complete',
        100,
        'Selected',
        10,
        5,
        1,
        'Impact: Very strong reach.\nSolid; ask about the budget.',
      ],
      ['alpha', 'Alpha', 'Bruno', 'not scored', null, null, null, null, null, null],
      ['beta', 'Beta', 'Ana', 'draft', null, null, 4, null, null, null],
      ['beta', 'Beta', 'Bruno', 'recused', null, null, null, null, null, 'Former employer.'],
      ['gamma', 'Gamma', 'Ana', 'not scored', null, null, null, null, null, null],
      ['gamma', 'Gamma', 'Bruno', 'not scored', null, null, null, null, null, null],
    ]);
  });

  it('leaves out what a juror was not asked to score, and speaks the reader’s language', async () => {
    const manifest = await manifestWith({
      assignments: [
        { jurorId: 'ana', applicationIds: ['beta'] },
        { jurorId: 'bruno', applicationIds: ['alpha', 'beta'] },
      ],
      conflicts: [{ jurorId: 'bruno', applicationId: 'alpha' }],
    });
    const ana = parsedScoreFile('ana', [evaluation('beta', { scores: { impact: 5, team: 3 } })]);
    const bruno = parsedScoreFile('bruno', [evaluation('beta', { scores: { impact: 0, team: 1 } })]);
    const table = scoresByJurorTable(manifest, [ana, bruno], 'fr');
    expect(table.headers.slice(0, 6)).toEqual([
      'Identifiant',
      'Candidature',
      'Juré',
      'État',
      'Total',
      'Recommandation',
    ]);
    expect(table.headers.at(-1)).toBe('Commentaires réservés au jury');
    expect(table.rows.map((row) => row.slice(0, 5))).toEqual([
      ['beta', 'Beta', 'Ana', 'complète', 50],
      ['beta', 'Beta', 'Bruno', 'complète', 0],
    ]);
    // The chair, with no score file, has no rows; a comment that looks like a formula is neutralized on export.
    const formula = parsedScoreFile('ana', [evaluation('beta', { scores: { impact: 5, team: 3 }, comment: '=1+1' })]);
    expect(toCsv(scoresByJurorTable(manifest, [formula], 'en'), 'rfc4180')).toContain(",'=1+1\r\n");
  });
});
