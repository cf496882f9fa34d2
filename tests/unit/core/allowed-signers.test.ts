import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPublicKey } from '@core/crypto/keys';
import { NAMESPACES } from '@core/crypto/sshsig';
import { keysAllowedFor, matchesPrincipal, parseAllowedSigners, principalsFor } from '@core/documents/allowed-signers';
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

describe('an allowed_signers file, line by line', () => {
  const keyOf = async (name: string) => formatPublicKey((await testKey(name)).publicKey);

  it('skips comments and blank lines, reads Windows line ends, and splits principals on commas', async () => {
    const key = await keyOf('chair');
    const signers = parseAllowedSigners(`# the jury\r\n\r\n   \r\n  claire@jury.fr,chair@jury.fr ${key}  \r\n`);
    expect(signers).toHaveLength(1);
    expect(signers[0]).toMatchObject({ principals: ['claire@jury.fr', 'chair@jury.fr'], namespaces: null });
    expect(formatPublicKey(signers[0]!.publicKey)).toBe(key);
  });

  it('passes over other kinds of key in a shared file, and names the line that has no key at all', async () => {
    const key = await keyOf('chair');
    const shared = [
      'git-user ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ',
      'badge ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTY',
      'token sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29t',
      `claire ${key}`,
    ];
    expect(parseAllowedSigners(shared.join('\n')).map((signer) => signer.principals)).toEqual([['claire']]);
    expect(() => parseAllowedSigners(`${shared.join('\n')}\nsomeone namespaces="file"\n`)).toThrow(
      expect.objectContaining({ code: 'key.malformed', details: { detail: 'allowed signers line 5 has no key' } }),
    );
  });

  it('reads the namespaces option in any letter case, trims each namespace, and keeps a quoted space inside', async () => {
    const key = await keyOf('chair');
    expect(parseAllowedSigners(`claire NAMESPACES="file, git" ${key}`)[0]!.namespaces).toEqual(['file', 'git']);
    expect(parseAllowedSigners(`claire namespaces="a b" ${key}`)[0]!.namespaces).toEqual(['a b']);
    const nowhere = parseAllowedSigners(`claire namespaces="" ${key}`);
    expect(nowhere[0]!.namespaces).toEqual(['']);
    expect(keysAllowedFor(nowhere, 'claire', NAMESPACES.deliberation)).toEqual([]);
  });

  it('gives the principals a key may sign as, in one namespace', async () => {
    const [chair, juror] = [await testKey('chair'), await testKey('juror')];
    const signers = parseAllowedSigners(
      [
        `claire namespaces="${NAMESPACES.deliberation}" ${formatPublicKey(chair.publicKey)}`,
        `chair@jury ${formatPublicKey(chair.publicKey)}`,
        `jules namespaces="${NAMESPACES.scores}" ${formatPublicKey(juror.publicKey)}`,
      ].join('\n'),
    );
    expect(principalsFor(signers, chair.publicKey, NAMESPACES.deliberation)).toEqual(['claire', 'chair@jury']);
    expect(principalsFor(signers, chair.publicKey, NAMESPACES.scores)).toEqual(['chair@jury']);
    expect(principalsFor(signers, juror.publicKey, NAMESPACES.deliberation)).toEqual([]);
    expect(keysAllowedFor(signers, 'jules', NAMESPACES.scores)).toHaveLength(1);
    expect(keysAllowedFor(signers, 'jules', NAMESPACES.deliberation)).toHaveLength(0);
  });
});

describe('principal patterns, as OpenSSH matches them', () => {
  it('reads * as any run and ? as any one character, and nothing else as special', () => {
    expect(matchesPrincipal('ana@jury.fr', ['*@jury.fr'])).toBe(true);
    expect(matchesPrincipal('@jury.fr', ['*@jury.fr'])).toBe(true);
    expect(matchesPrincipal('ana@jury.fr.evil', ['*@jury.fr'])).toBe(false);
    expect(matchesPrincipal('ana@juryXfr', ['*@jury.fr'])).toBe(false);
    expect(matchesPrincipal('ana', ['?na'])).toBe(true);
    expect(matchesPrincipal('na', ['?na'])).toBe(false);
    expect(matchesPrincipal('a+b(c)[d]{e}|f^g$h\\i', ['a+b(c)[d]{e}|f^g$h\\i'])).toBe(true);
    expect(matchesPrincipal('aab', ['a+b'])).toBe(false);
    expect(matchesPrincipal('line\nbreak', ['line*'])).toBe(true);
  });

  it('matches when any pattern does and no negated one does, whatever the order', () => {
    expect(matchesPrincipal('ana', ['bob', 'ana'])).toBe(true);
    expect(matchesPrincipal('ana', ['bob'])).toBe(false);
    expect(matchesPrincipal('mallory', ['*', '!mallory'])).toBe(false);
    expect(matchesPrincipal('mallory', ['!mallory', '*'])).toBe(false);
    expect(matchesPrincipal('ana', ['!mallory', '*'])).toBe(true);
    expect(matchesPrincipal('ana', ['!mallory'])).toBe(false);
    expect(matchesPrincipal('ana', [])).toBe(false);
  });
});
