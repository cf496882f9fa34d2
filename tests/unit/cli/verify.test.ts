import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPrivateKey, formatPublicKey } from '@core/crypto/keys';
import { cli } from '../../support/cli';
import { documentedScript } from '../../support/docs';
import {
  handmadeContainer,
  sampleBundle,
  mergedDeliberation,
  sampleKeys,
  sampleScoreFile,
  sampleScores,
} from '../../support/fixtures';
import { sshSign, temporaryDirectory } from '../../support/ssh-keygen';

const DEMO = join(import.meta.dirname, '..', '..', '..', 'resources', 'demo');

async function writeBlob(directory: string, name: string, blob: Blob): Promise<string> {
  const path = join(directory, name);
  writeFileSync(path, new Uint8Array(await blob.arrayBuffer()));
  return path;
}

describe('jurydesk verify', () => {
  it('says what each kind of file is, who signed it and what it holds', async () => {
    const directory = temporaryDirectory();
    const keys = await sampleKeys();
    const bundle = await sampleBundle(keys);
    const bundlePath = await writeBlob(directory, 'call.jurybundle', bundle.blob);
    const anaScores = (await sampleScoreFile(bundle, keys.ana, { id: 'ana', name: 'Ana' })).blob;
    const scoresPath = await writeBlob(directory, 'ana.juryscores', anaScores);
    const deliberationPath = await writeBlob(
      directory,
      'final.jurydelib',
      (await mergedDeliberation(bundle, keys.chair, [anaScores])).blob,
    );

    const bundleRun = await cli(['verify', bundlePath]);
    expect(bundleRun.code).toBe(0);
    expect(bundleRun.stdout).toMatch(
      /^Valid call bundle: .*call\.jurybundle\nsigned by {3}Test staff \(issuer\), SHA256:/,
    );
    expect(bundleRun.stdout).toContain('3 applications, 3 criteria, 3 jurors, 3 outcomes, 2 attachments');

    const scoresRun = await cli(['verify', scoresPath, '--bundle', bundlePath]);
    expect(scoresRun.code).toBe(0);
    expect(scoresRun.stdout).toContain('Valid score file');
    expect(scoresRun.stdout).toContain('signed by   Ana (juror ana)');
    expect(scoresRun.stdout).toContain('2 evaluations: 1 complete, 1 draft');
    expect(scoresRun.stdout).toContain('bundle      matches');

    const deliberationRun = await cli(['verify', deliberationPath, '--bundle', bundlePath]);
    expect(deliberationRun.code).toBe(0);
    expect(deliberationRun.stdout).toContain('Valid deliberation');
    expect(deliberationRun.stdout).toContain('2 decisions: 1 “Selected” (in), 1 “Waitlist” (wait)');
  });

  it('says it in French, with French numbers, when the system is French', async () => {
    const bundle = await cli(['verify', join(DEMO, 'demo.jurybundle')], 'fr');
    expect(bundle.stdout).toMatch(/^Dossier d’appel valide\u202f: /);
    expect(bundle.stdout).toContain(
      'appel       Cap Inclusion — Appel 2027 (démonstration) (cap-inclusion-2027-demo), version 1',
    );
    expect(bundle.stdout).toMatch(
      /contient {4}12 candidatures, 4 critères, 5 jurés, 4 issues, 12 pièces jointes \(\d+\u202f\d{3} octets/,
    );
    const scores = await cli(
      ['verify', join(DEMO, 'scores', 'nadia-haddad.juryscores'), '--bundle', join(DEMO, 'demo.jurybundle')],
      'fr',
    );
    expect(scores.stdout).toContain('contient    12 évaluations\u202f: 11 complètes, 1 avec déport');
    expect(scores.stdout).toContain('signé par   Nadia Haddad (juré nadia-haddad)');
    for (const word of ['Valid', 'signed', 'holds', 'evaluations', 'matches'])
      expect(scores.stdout, word).not.toContain(word);
  });

  it('exits 1 with one sentence for a file checked against the wrong bundle', async () => {
    const directory = temporaryDirectory();
    const keys = await sampleKeys();
    const bundle = await sampleBundle(keys);
    const other = await sampleBundle(keys, { sequence: 2 });
    const scoresPath = await writeBlob(
      directory,
      'ana.juryscores',
      (await sampleScoreFile(bundle, keys.ana, { id: 'ana', name: 'Ana' })).blob,
    );
    const otherPath = await writeBlob(directory, 'other.jurybundle', other.blob);
    const run = await cli(['verify', scoresPath, '--bundle', otherPath]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(
      `made for bundle ${bundle.manifestSha256.slice(0, 12)}, but the bundle loaded is ${other.manifestSha256.slice(0, 12)}`,
    );
  });

  it('names the principal from allowed_signers, and refuses a signer that is not in it', async () => {
    const directory = temporaryDirectory();
    const keys = await sampleKeys();
    const bundlePath = await writeBlob(directory, 'call.jurybundle', (await sampleBundle(keys)).blob);
    writeFileSync(
      join(directory, 'allowed'),
      `# staff\nstaff@example namespaces="jurydesk-bundle-v1" ${formatPublicKey(keys.staff.publicKey)}\n`,
    );
    writeFileSync(
      join(directory, 'scores-only'),
      `staff@example namespaces="jurydesk-scores-v1" ${formatPublicKey(keys.staff.publicKey)}\n`,
    );
    const allowed = await cli(['verify', bundlePath, '--allowed-signers', join(directory, 'allowed')]);
    expect(allowed.stdout).toContain('principal staff@example');
    const refused = await cli(['verify', bundlePath, '--allowed-signers', join(directory, 'scores-only')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^Error: The file was signed by key SHA256:\S+, which is not among the allowed signers\./,
    );
  });

  it('says plainly when the file is missing or not a Jurydesk file, never with a stack trace', async () => {
    const directory = temporaryDirectory();
    writeFileSync(join(directory, 'notes.txt'), 'hello');
    expect((await cli(['verify', join(directory, 'nope.jurybundle')])).stderr).toMatch(
      /^Error: Cannot read “.*nope\.jurybundle”: check the path\.\n$/,
    );
    const run = await cli(['verify', join(directory, 'notes.txt')], 'fr');
    expect(run.stderr).toMatch(/^Erreur\u202f: Ce n’est pas un fichier Jurydesk/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('works as documented through npm run cli', () => {
    const result = spawnSync('npm', ['run', '--silent', 'cli', '--', 'verify', join(DEMO, 'demo.jurybundle')], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Valid call bundle');
  });
});

describe('bundles and stock tools', () => {
  it('a bundle built by `bundle` passes the README’s unzip + ssh-keygen + sha256sum check', () => {
    const directory = temporaryDirectory();
    copyFileSync(join(DEMO, 'demo.jurybundle'), join(directory, 'call.jurybundle'));
    copyFileSync(join(DEMO, 'allowed_signers'), join(directory, 'allowed_signers'));
    const output = execFileSync('bash', ['-euo', 'pipefail', '-c', documentedScript('README.md', 'stock-tools')], {
      cwd: directory,
    }).toString();
    expect(output).toContain('Good "jurydesk-bundle-v1" signature for cap-inclusion-staff');
    expect(output.match(/: OK$/gm)).toHaveLength(12);
  });

  it('the stock-tools check fails when an attachment was swapped', () => {
    const directory = temporaryDirectory();
    copyFileSync(join(DEMO, 'demo.jurybundle'), join(directory, 'call.jurybundle'));
    copyFileSync(join(DEMO, 'allowed_signers'), join(directory, 'allowed_signers'));
    const script = documentedScript('README.md', 'stock-tools').replace(
      'ssh-keygen',
      'cp call/files/C2027-002/C2027-002-dossier.pdf call/files/C2027-001/C2027-001-dossier.pdf\nssh-keygen',
    );
    const result = spawnSync('bash', ['-euo', 'pipefail', '-c', script], { cwd: directory, encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stdout).toContain('C2027-001-dossier.pdf: FAILED');
  });

  it('a bundle made by hand per docs/FORMATS.md with zip and ssh-keygen verifies', async () => {
    const directory = temporaryDirectory();
    copyFileSync(join(DEMO, 'files', 'C2027-001-dossier.pdf'), join(directory, 'pitch.pdf'));
    execFileSync('bash', ['-euo', 'pipefail', '-c', documentedScript('docs/FORMATS.md', 'handmade-bundle')], {
      cwd: directory,
    });
    const run = await cli(['verify', join(directory, 'prix-2027.jurybundle')]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('1 application, 1 criterion, 1 juror, 2 outcomes, 1 attachment');
    expect(readFileSync(join(directory, 'call', 'manifest.json.sig'), 'utf8')).toContain('BEGIN SSH SIGNATURE');
  });
});

describe('score files and deliberations with stock tools', () => {
  it.each(['scores', 'deliberation'] as const)(
    'a %s file we sign passes ssh-keygen -Y verify after unzip, and one signed by ssh-keygen passes ours',
    async (kind) => {
      const directory = temporaryDirectory();
      const keys = await sampleKeys();
      const bundle = await sampleBundle(keys);
      const bundlePath = await writeBlob(directory, 'call.jurybundle', bundle.blob);
      const signer = kind === 'scores' ? keys.ana : keys.chair;
      const principal = kind === 'scores' ? 'ana' : 'chair';
      const document = `${kind === 'scores' ? 'scores' : 'deliberation'}.json`;
      const namespace = `jurydesk-${kind}-v1`;
      writeFileSync(join(directory, 'allowed_signers'), `${principal} ${formatPublicKey(signer.publicKey)}\n`);

      const anaScores = (await sampleScoreFile(bundle, keys.ana, { id: 'ana', name: 'Ana' })).blob;
      const merged = await mergedDeliberation(bundle, keys.chair, [anaScores]);
      const ours = kind === 'scores' ? anaScores : merged.blob;
      const oursPath = await writeBlob(directory, `ours.${kind}`, ours);
      const output = execFileSync(
        'bash',
        [
          '-euo',
          'pipefail',
          '-c',
          `unzip -q ${oursPath} -d d && ssh-keygen -Y verify -f allowed_signers -I ${principal} -n ${namespace} -s d/${document}.sig < d/${document}`,
        ],
        { cwd: directory },
      ).toString();
      expect(output).toContain(`Good "${namespace}" signature for ${principal}`);

      const content =
        kind === 'scores'
          ? {
              format: 'jurydesk.scores',
              formatVersion: 1,
              ...sampleScores(bundle, { id: 'ana', name: 'Ana' }),
              juror: { id: 'ana', name: 'Ana', publicKey: formatPublicKey(signer.publicKey) },
            }
          : merged.deliberation;
      const bytes = new TextEncoder().encode(`${JSON.stringify(content, null, 2)}\n`);
      writeFileSync(join(directory, 'key'), formatPrivateKey(signer), { mode: 0o600 });
      const theirs = await handmadeContainer({
        kind,
        document: bytes,
        signer,
        signature: sshSign(join(directory, 'key'), namespace, bytes),
        // The score files a deliberation carries, stored under their hash as docs/FORMATS.md §6 says.
        extra:
          kind === 'scores'
            ? []
            : [
                {
                  name: `inputs/${merged.accepted[0]!.sha256}.juryscores`,
                  data: new Uint8Array(await anaScores.arrayBuffer()),
                },
              ],
      });
      const theirsPath = await writeBlob(directory, `theirs.${kind}`, theirs);
      const run = await cli(['verify', theirsPath, '--bundle', bundlePath]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    },
  );
});

describe('jurydesk verify on a file larger than Node.js reads whole', () => {
  it('refuses it in one sentence instead of reading a wrapped size', async () => {
    const path = join(temporaryDirectory(), 'huge.jurybundle');
    // Sparse: five gibibytes on paper, nothing on disk.
    writeFileSync(path, '');
    truncateSync(path, 5 * 1024 ** 3);
    const run = await cli(['verify', path]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `Error: “${path}” holds 5368709120 bytes, and Node.js ${process.versions.node} reads a file as a whole only up to 4 GiB: the command line cannot check it. Open it in the Jurydesk app, which reads it whole.\n`,
    );
  });
});
