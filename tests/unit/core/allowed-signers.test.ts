import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPublicKey } from '@core/crypto/keys';
import { NAMESPACES } from '@core/crypto/sshsig';
import { keysAllowedFor, parseAllowedSigners } from '@core/documents/allowed-signers';
import { describeFailure, type JurydeskError } from '@core/errors';
import { testKey } from '../../support/keys';
import { temporaryDirectory } from '../../support/ssh-keygen';

describe('an allowed_signers file, read as ssh-keygen reads it', () => {
  it('takes a namespaces list with commas as one option: the key is allowed in those namespaces only', async () => {
    const key = formatPublicKey((await testKey('chair')).publicKey);
    const signers = parseAllowedSigners(`claire namespaces="git,jurydesk-deliberation-v1" ${key}\n`);
    expect(signers[0]!.namespaces).toEqual(['git', 'jurydesk-deliberation-v1']);
    expect(keysAllowedFor(signers, 'claire', NAMESPACES.deliberation)).toHaveLength(1);
    expect(keysAllowedFor(signers, 'claire', NAMESPACES.scores)).toHaveLength(0);
  });

  it('refuses, with the line and the option, what changes whom ssh-keygen trusts and Jurydesk would not apply', async () => {
    const key = formatPublicKey((await testKey('chair')).publicKey);
    for (const [options, option] of [
      ['valid-before="20261201"', 'valid-before'],
      ['valid-after="20991201",namespaces="jurydesk-deliberation-v1"', 'valid-after'],
      ['cert-authority', 'cert-authority'],
    ] as const) {
      let failure: JurydeskError | undefined;
      try {
        parseAllowedSigners(`# chair\nclaire ${options} ${key}\n`);
      } catch (error) {
        failure = error as JurydeskError;
      }
      expect(failure, options).toMatchObject({ code: 'signers.option-unsupported', details: { line: 2, option } });
      expect(describeFailure(failure!, 'fr')).toContain(`«\u202f${option}\u202f»`);
    }
  });

  it('an expired key: ssh-keygen refuses it, and so does Jurydesk, rather than trusting it', async () => {
    const directory = temporaryDirectory();
    const keyPath = join(directory, 'key');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', keyPath]);
    writeFileSync(join(directory, 'message'), 'x');
    execFileSync('ssh-keygen', ['-q', '-Y', 'sign', '-f', keyPath, '-n', 'file', join(directory, 'message')]);
    const publicKey = execFileSync('cat', [`${keyPath}.pub`])
      .toString()
      .trim();
    const line = `someone valid-before="20200101" ${publicKey}\n`;
    writeFileSync(join(directory, 'allowed'), line);
    expect(() =>
      execFileSync(
        'ssh-keygen',
        [
          '-Y',
          'verify',
          '-f',
          join(directory, 'allowed'),
          '-I',
          'someone',
          '-n',
          'file',
          '-s',
          join(directory, 'message.sig'),
        ],
        {
          input: 'x',
          stdio: ['pipe', 'pipe', 'pipe'],
        },
      ),
    ).toThrow();
    expect(() => parseAllowedSigners(line)).toThrow(/valid-before/);
  });
});
