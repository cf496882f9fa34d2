import { describe, expect, it } from 'vitest';
import { timestampSchema, TIMESTAMP_PATTERN } from '@core/documents/formats/common';
import {
  evaluationSchema,
  isValidEvaluation,
  scoreFileDocument,
  scoreFileSchema,
} from '@core/documents/formats/scores';

const valid = {
  applicationId: 'alpha',
  status: 'complete',
  scores: { impact: 4, team: null },
  comments: { impact: 'Solide' },
  comment: 'Bien',
  recommendation: 'selected',
  recusalReason: 'none',
  updatedAt: '2026-11-25T10:00:00+01:00',
  extra: { kept: true },
};

/** For each field, values the schema accepts and values it refuses; the predicate must never be looser. */
const variants: Record<string, unknown[]> = {
  applicationId: ['a', 'x'.repeat(200), '', 'x'.repeat(201), 7, null, undefined, ['a']],
  status: ['draft', 'complete', 'recused', 'done', '', null, undefined],
  scores: [
    {},
    { a: 1.5 },
    { a: null },
    { '': 1 },
    { ['k'.repeat(201)]: 1 },
    { a: '1' },
    { a: Number.NaN },
    { a: Infinity },
    [],
    null,
    undefined,
    'x',
  ],
  comments: [undefined, {}, { a: 'x' }, { a: 1 }, { '': 'x' }, [], null],
  comment: [undefined, '', 'x', 1, null],
  recommendation: [undefined, 'selected', '', 1, null],
  recusalReason: [undefined, '', 'x', false],
  updatedAt: [
    '2026-11-25T10:00:00Z',
    '2026-11-25T10:00:00.123456Z',
    '2024-02-29T00:00:00Z',
    '2025-02-29T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-11-25',
    '2026-11-25T10:00:00',
    '2026-11-25T25:00:00Z',
    '',
    0,
    undefined,
  ],
};

describe('the quick check of evaluations', () => {
  it('accepts exactly what the schema accepts, field by field', () => {
    let accepted = 0;
    for (const [field, values] of Object.entries(variants)) {
      for (const value of values) {
        const sample = { ...valid, [field]: value };
        if (value === undefined) delete (sample as Record<string, unknown>)[field];
        const bySchema = evaluationSchema.safeParse(sample).success;
        expect(isValidEvaluation(sample), `${field} = ${JSON.stringify(value)}`).toBe(bySchema);
        if (bySchema) accepted++;
      }
    }
    expect(accepted).toBeGreaterThan(15);
    for (const notAnObject of [null, 'x', 1, [valid]]) expect(isValidEvaluation(notAnObject)).toBe(false);
  });

  it('checks timestamps with the very pattern of the schema', () => {
    for (const sample of variants.updatedAt!.filter((value): value is string => typeof value === 'string')) {
      expect(TIMESTAMP_PATTERN.test(sample), sample).toBe(timestampSchema.safeParse(sample).success);
    }
  });

  it('leaves the message to the schema when an evaluation is wrong, naming where', () => {
    const document = {
      format: 'jurydesk.scores',
      formatVersion: 1,
      call: { id: 'c' },
      bundle: { sequence: 1, manifestSha256: 'a'.repeat(64) },
      juror: { id: 'j', name: 'J', publicKey: 'ssh-ed25519 AAAA' },
      revision: 1,
      exportedAt: '2026-11-25T10:00:00Z',
      evaluations: [valid, { ...valid, scores: { impact: 'four' } }],
    };
    const quick = scoreFileDocument.safeParse(document);
    const full = scoreFileSchema.safeParse(document);
    expect(quick.success).toBe(false);
    expect(quick.error?.issues[0]?.path).toEqual(['evaluations', 1, 'scores', 'impact']);
    expect(quick.error?.issues).toEqual(full.error?.issues);
    const fine = scoreFileDocument.safeParse({ ...document, evaluations: [valid] });
    expect(fine.success && fine.data.evaluations[0]).toEqual(valid);
  });
});
