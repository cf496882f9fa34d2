import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../support/cli';
import { sshFingerprint, temporaryDirectory } from '../../support/ssh-keygen';

describe('jurydesk keygen', () => {
  it('writes a private key only its owner can read, and a public key ssh-keygen reads', async () => {
    const out = join(temporaryDirectory(), 'staff');
    const run = await cli(['keygen', '--out', out, '--comment', 'Cap Inclusion staff']);
    expect(run.code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(run.stdout).toContain(sshFingerprint(`${out}.pub`));
    expect(sshFingerprint(out)).toBe(sshFingerprint(`${out}.pub`));
  });

  it('says where each half went and the fingerprint, in French under a French LANG', async () => {
    const out = join(temporaryDirectory(), 'equipe');
    const run = await cli(['keygen', '--out', out], 'fr');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        `Clé privée\u202f: ${out} (à garder secrète\u202f; vous seul pouvez la lire, mode 0600)`,
        `Clé publique\u202f: ${out}.pub`,
        `Empreinte\u202f: ${sshFingerprint(`${out}.pub`)}\n`,
      ].join('\n'),
    );
  });

  it('never overwrites an existing key', async () => {
    const out = join(temporaryDirectory(), 'staff');
    await cli(['keygen', '--out', out]);
    const again = await cli(['keygen', '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^Error: .*already exists/);
  });

  it('says which option is missing', async () => {
    const run = await cli(['keygen']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('Error: The option --out is required (see jurydesk keygen --help).\n');
  });
});
