// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Criterion } from '@core/documents/formats/bundle';
import { JurydeskDatabase } from '@renderer/db/database';
import { applyChange, blankEvaluation, saveChange } from '@renderer/features/scoring/evaluations';
import { scoreFileContent } from '@renderer/features/scoring/export-scores';
import { sampleKeys, sampleManifest } from '../../support/fixtures';

const criteria: Criterion[] = [
  { id: 'a', label: 'A', weight: 1, scale: { min: 1, max: 5, step: 1 } },
  { id: 'b', label: 'B', weight: 1, scale: { min: 1, max: 5, step: 1 } },
];
const key = { callId: 'c', jurorId: 'j', applicationId: 'x' };
const now = '2026-11-20T10:00:00.000Z';

describe('an evaluation', () => {
  it('becomes complete when every counted criterion is scored, and draft again when one is cleared', () => {
    const half = applyChange(blankEvaluation(key), { scores: { a: 3 } }, criteria, now);
    expect(half.status).toBe('draft');
    const full = applyChange(half, { scores: { b: 4 } }, criteria, now);
    expect(full).toMatchObject({ status: 'complete', scores: { a: 3, b: 4 }, updatedAt: now });
    expect(applyChange(full, { scores: { b: null } }, criteria, now).status).toBe('draft');
  });

  it('loses its scores when recused, and keeps its comments', () => {
    const scored = applyChange(blankEvaluation(key), { scores: { a: 3, b: 4 }, comment: 'Bien.' }, criteria, now);
    const recused = applyChange(scored, { recused: true, recusalReason: 'Ancien employeur' }, criteria, now);
    expect(recused).toMatchObject({
      status: 'recused',
      scores: {},
      comment: 'Bien.',
      recusalReason: 'Ancien employeur',
    });
    expect(applyChange(recused, { recused: false }, criteria, now)).toMatchObject({ status: 'draft' });
    expect(applyChange(recused, { recused: false }, criteria, now).recusalReason).toBeUndefined();
  });

  it('is saved with a journal entry for each change, in one transaction', async () => {
    const db = new JurydeskDatabase('evaluations-test');
    await saveChange(db, key, { scores: { a: 2 } }, criteria);
    await saveChange(db, key, { comments: { a: 'Fragile.' } }, criteria);
    expect(await db.evaluations.get(['c', 'j', 'x'])).toMatchObject({
      scores: { a: 2 },
      comments: { a: 'Fragile.' },
      status: 'draft',
    });
    expect((await db.journal.toArray()).map((entry) => entry.change)).toEqual([
      { scores: { a: 2 } },
      { comments: { a: 'Fragile.' } },
    ]);
    await db.delete();
  });
});

describe('the score file’s content', () => {
  it('lists evaluations in bundle order, every criterion scored or null, empty comments left out', async () => {
    const manifest = {
      ...(await sampleManifest(await sampleKeys())),
      issuer: { name: 'Staff', publicKey: 'ssh-ed25519 AAAA' },
    };
    const evaluation = (applicationId: string, status: 'draft' | 'complete', scores: Record<string, number>) => ({
      callId: 'call-test',
      jurorId: 'bruno',
      applicationId,
      status,
      scores,
      comments: { impact: '', team: 'Solide' },
      updatedAt: now,
    });
    const content = scoreFileContent(
      {
        callId: 'call-test',
        jurorId: 'bruno',
        manifest,
        manifestSha256: 'a'.repeat(64),
        publicKey: 'ssh-ed25519 AAAA',
      },
      [evaluation('beta', 'draft', { impact: 3 }), evaluation('alpha', 'complete', { impact: 8, team: 4 })],
      3,
      now,
    );
    expect(content).toMatchObject({
      revision: 3,
      juror: { id: 'bruno', name: 'Bruno' },
      bundle: { sequence: 1, manifestSha256: 'a'.repeat(64) },
    });
    expect(content.evaluations.map((entry) => [entry.applicationId, entry.scores, entry.comments])).toEqual([
      ['alpha', { impact: 8, team: 4, note: null }, { team: 'Solide' }],
      ['beta', { impact: 3, team: null, note: null }, { team: 'Solide' }],
    ]);
  });
});
