import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDemo } from '../../../scripts/make-demo';
import { verifyBundle } from '@core/documents/bundle';
import { temporaryDirectory } from '../../support/ssh-keygen';

const DEMO = join(import.meta.dirname, '..', '..', '..', 'resources', 'demo');

function listFiles(root: string, directory = root): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(root, join(directory, entry.name)) : [relative(root, join(directory, entry.name))],
  );
}

describe('the demo call', () => {
  it('the committed bundle verifies and is shaped like the reference scenario', async () => {
    const result = await verifyBundle(new Blob([readFileSync(join(DEMO, 'demo.jurybundle'))]));
    if (!result.ok) throw new Error(result.error.code);
    const { manifest, attachments } = result.value;
    expect(manifest.call.language).toBe('fr');
    expect(manifest.applications).toHaveLength(12);
    expect(attachments).toHaveLength(12);
    expect(attachments.every(({ attachment }) => attachment.mediaType === 'application/pdf')).toBe(true);
    expect(manifest.criteria.map((criterion) => criterion.id)).toEqual([
      'innovation',
      'viabilite',
      'beneficiaires',
      'essaimage',
    ]);
    expect(manifest.criteria.every((criterion) => criterion.levels?.length === 5)).toBe(true);
    expect(manifest.jurors).toHaveLength(5);
    expect(manifest.jurors.filter((juror) => juror.role === 'chair')).toHaveLength(1);
    expect(manifest.outcomes.map((outcome) => [outcome.kind, outcome.capacity])).toEqual([
      ['selected', 4],
      ['selected', 4],
      ['waitlist', undefined],
      ['rejected', undefined],
    ]);
    for (const application of manifest.applications) {
      expect(Object.keys(application.fields ?? {}).sort()).toEqual([
        'beneficiaries',
        'legalForm',
        'region',
        'revenue',
        'teamSize',
        'yearFounded',
      ]);
      expect(application.answers).toHaveLength(3);
    }
  });

  it('is signed with keys that say they are demo keys, wherever they appear', () => {
    expect(readFileSync(join(DEMO, 'keys', 'demo-staff.pub'), 'utf8')).toContain('DEMO KEY, NOT SECRET');
    expect(readFileSync(join(DEMO, 'allowed_signers'), 'utf8')).toMatch(/^# Demo keys only/);
    const call = JSON.parse(readFileSync(join(DEMO, 'call.json'), 'utf8')) as {
      issuer: { name: string };
      call: { title: { fr: string } };
    };
    expect(call.issuer.name).toContain('démonstration');
    expect(call.call.title.fr).toContain('démonstration');
  });

  it('npm run demo regenerates exactly the committed files', async () => {
    const fresh = temporaryDirectory();
    await makeDemo(fresh);
    const committed = listFiles(DEMO).sort();
    expect(listFiles(fresh).sort()).toEqual(committed);
    for (const file of committed) {
      expect(readFileSync(join(fresh, file)).equals(readFileSync(join(DEMO, file))), file).toBe(true);
    }
  });
});
