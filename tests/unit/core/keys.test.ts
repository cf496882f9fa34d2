import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JurydeskError } from '@core/errors';
import {
  fingerprint,
  formatPrivateKey,
  formatPublicKey,
  generateKeyPair,
  parsePrivateKey,
  parsePublicKey,
} from '@core/crypto/keys';
import { sshFingerprint, sshKeygenGenerate, temporaryDirectory } from '../../support/ssh-keygen';

describe('Ed25519 keys in OpenSSH formats', () => {
  it('gives the same fingerprint as ssh-keygen -l, for our keys and for ssh-keygen’s', async () => {
    const directory = temporaryDirectory();
    const ours = await generateKeyPair('ours@jurydesk');
    writeFileSync(join(directory, 'ours.pub'), `${formatPublicKey(ours.publicKey)}\n`);
    expect(await fingerprint(ours.publicKey)).toBe(sshFingerprint(join(directory, 'ours.pub')));

    sshKeygenGenerate(join(directory, 'theirs'), 'theirs@ssh');
    const theirs = parsePublicKey(readFileSync(join(directory, 'theirs.pub'), 'utf8'));
    expect(await fingerprint(theirs)).toBe(sshFingerprint(join(directory, 'theirs.pub')));
  });

  it('reads an unencrypted private key made by ssh-keygen -t ed25519 -N ""', async () => {
    const directory = temporaryDirectory();
    sshKeygenGenerate(join(directory, 'id'), 'staff@example');
    const pair = await parsePrivateKey(readFileSync(join(directory, 'id'), 'utf8'));
    expect(formatPublicKey(pair.publicKey)).toBe(readFileSync(join(directory, 'id.pub'), 'utf8').trim());
    expect(pair.publicKey.comment).toBe('staff@example');
  });

  it('writes a private key that ssh-keygen reads back (ssh-keygen -y derives the same public key)', async () => {
    const { execFileSync } = await import('node:child_process');
    const directory = temporaryDirectory();
    const pair = await generateKeyPair('written@jurydesk');
    writeFileSync(join(directory, 'id'), formatPrivateKey(pair, 0x1234), { mode: 0o600 });
    const derived = execFileSync('ssh-keygen', ['-y', '-f', join(directory, 'id')])
      .toString()
      .trim();
    expect(derived.split(' ').slice(0, 2).join(' ')).toBe(
      formatPublicKey(pair.publicKey).split(' ').slice(0, 2).join(' '),
    );
    expect(formatPrivateKey(await parsePrivateKey(formatPrivateKey(pair)))).toBe(formatPrivateKey(pair));
  });

  it('says clearly when a private key is passphrase-protected or not Ed25519', async () => {
    const { execFileSync } = await import('node:child_process');
    const directory = temporaryDirectory();
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', 'secret phrase', '-f', join(directory, 'locked')]);
    await expect(parsePrivateKey(readFileSync(join(directory, 'locked'), 'utf8'))).rejects.toMatchObject({
      code: 'key.encrypted',
    });
    execFileSync('ssh-keygen', ['-q', '-t', 'ecdsa', '-N', '', '-f', join(directory, 'ecdsa')]);
    await expect(parsePrivateKey(readFileSync(join(directory, 'ecdsa'), 'utf8'))).rejects.toMatchObject({
      code: 'key.unsupported',
    });
    expect(() => parsePublicKey(readFileSync(join(directory, 'ecdsa.pub'), 'utf8'))).toThrow(JurydeskError);
    await expect(parsePrivateKey('not a key')).rejects.toMatchObject({ code: 'key.malformed' });
  });

  it('refuses a public key line whose bytes are truncated or mislabelled', () => {
    const line = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILgOhB8sp8e0OOKrnbRBu0euHa8ASk8YeohhA1OjYKNq c2';
    expect(parsePublicKey(line).comment).toBe('c2');
    expect(() => parsePublicKey(line.replace('AAAAILgOh', 'AAAAIL'))).toThrow(JurydeskError);
    expect(() => parsePublicKey(line.replace('ssh-ed25519', 'ssh-rsa'))).toThrow(/Ed25519/);
  });
});
