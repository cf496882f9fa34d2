import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { callManifest, declarationsManifest, retentionHasPassed } from '@core/calls/manifest';
import { parseCallDescription, type CallDescription } from '@core/calls/call-description';
import type { MappedApplication } from '@core/calls/applications';

const DEMO = join(import.meta.dirname, '..', '..', '..', 'resources', 'demo');
let description: CallDescription;
beforeAll(async () => {
  const parsed = await parseCallDescription(readFileSync(join(DEMO, 'call.json'), 'utf8'), 'call.json');
  if (!parsed.ok) throw new Error(parsed.error.code);
  description = parsed.value;
});

const application = (id: string, extra: Partial<MappedApplication> = {}): MappedApplication => ({
  id,
  name: id.toUpperCase(),
  attachmentPaths: [],
  ...extra,
});
const first = { sequence: 1, previousManifestSha256: null };
const ISSUED = '2026-12-01T10:00:00Z';

describe('the manifest a description makes', () => {
  it('labels the facts only when there are any, and orders them only when there are two or more', () => {
    const withFacts = (fields: CallDescription['columns']['fields']) =>
      callManifest(
        { ...description, columns: { ...description.columns, fields } },
        { applications: [application('a')] },
        new Map(),
        first,
        ISSUED,
      );
    const none = withFacts({});
    expect(none).not.toHaveProperty('fieldLabels');
    expect(none).not.toHaveProperty('fieldOrder');
    const one = withFacts({ region: 'Région' });
    expect(one.fieldLabels).toEqual({ region: 'Région' });
    expect(one).not.toHaveProperty('fieldOrder');
    const two = withFacts({ region: 'Région', staff: { column: 'Effectif', type: 'integer', label: 'Team size' } });
    expect(two.fieldOrder).toEqual(['region', 'staff']);
    expect(two.fieldLabels).toEqual({ region: 'Région', staff: 'Team size' });
  });

  it('makes version 0 of names and summaries, without the conflicts, assignments or facts', () => {
    const zero = declarationsManifest(
      { ...description, assignments: [{ jurorId: 'karim-benali', applicationIds: ['a'] }] },
      {
        applications: [
          application('a', { summary: 'A summary', fields: { region: 'Bretagne' }, attachmentPaths: ['files/a.pdf'] }),
          application('b', { answers: [{ question: 'Why?', answer: 'Because.' }] }),
        ],
      },
      ISSUED,
    );
    expect(zero).toMatchObject({ sequence: 0, previousManifestSha256: null, issuedAt: ISSUED });
    expect(zero.applications).toEqual([
      { id: 'a', name: 'A', summary: 'A summary' },
      { id: 'b', name: 'B' },
    ]);
    for (const key of ['conflicts', 'assignments', 'fieldLabels', 'fieldOrder', 'columns'])
      expect(zero, key).not.toHaveProperty(key);
  });
});

describe('a retention date past', () => {
  it('is a whole day over, or an instant gone by, at the moment the bundle is issued', () => {
    expect(retentionHasPassed('2026-11-30', ISSUED)).toBe(true);
    expect(retentionHasPassed('2026-12-01', ISSUED)).toBe(false);
    expect(retentionHasPassed('2026-12-01T09:59:59Z', ISSUED)).toBe(true);
    expect(retentionHasPassed('2026-12-01T10:00:00Z', ISSUED)).toBe(false);
    expect(retentionHasPassed('2026-12-01T10:00:01Z', ISSUED)).toBe(false);
    // A day written with a time after it is an instant, not a whole day.
    expect(retentionHasPassed('2026-12-01T00:00:00Z', ISSUED)).toBe(true);
    expect(retentionHasPassed('x2026-12-02', ISSUED)).toBe(false);
  });
});
