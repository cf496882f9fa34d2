import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatEncryptedPrivateKey, MAX_KDF_ROUNDS, parseAnyPrivateKey } from '@core/crypto/encrypted-key';
import { formatPrivateKey, formatPublicKey, generateKeyPair } from '@core/crypto/keys';
import { temporaryDirectory } from '../../support/ssh-keygen';

describe('passphrase-protected keys (the key backup)', () => {
  it('are read by ssh-keygen with the same passphrase', async () => {
    const pair = await generateKeyPair('backup@jurydesk');
    const path = join(temporaryDirectory(), 'backup');
    writeFileSync(path, await formatEncryptedPrivateKey(pair, 'correct horse battery staple'), { mode: 0o600 });
    const derived = execFileSync('ssh-keygen', ['-y', '-P', 'correct horse battery staple', '-f', path]).toString();
    expect(derived.split(' ').slice(0, 2)).toEqual(formatPublicKey(pair.publicKey).split(' ').slice(0, 2));
  });

  it('made by ssh-keygen are read by ours', async () => {
    const path = join(temporaryDirectory(), 'theirs');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', 'phrase secrète élevée', '-C', 'theirs', '-f', path]);
    const pair = await parseAnyPrivateKey(readFileSync(path, 'utf8'), 'phrase secrète élevée');
    expect(formatPublicKey(pair.publicKey)).toBe(readFileSync(`${path}.pub`, 'utf8').trim());
  });

  it('refuse a wrong passphrase with its own message, and say when one is needed', async () => {
    const text = await formatEncryptedPrivateKey(await generateKeyPair(), 'the right passphrase', { rounds: 4 });
    await expect(parseAnyPrivateKey(text, 'the wrong passphrase')).rejects.toMatchObject({
      code: 'key.wrong-passphrase',
    });
    await expect(parseAnyPrivateKey(text)).rejects.toMatchObject({ code: 'key.encrypted' });
  });

  it('still read unencrypted keys', async () => {
    const pair = await generateKeyPair('plain');
    expect(formatPublicKey((await parseAnyPrivateKey(formatPrivateKey(pair))).publicKey)).toBe(
      formatPublicKey(pair.publicKey),
    );
  });
});

describe('a key file’s passphrase derivation', () => {
  const PASSPHRASE = 'a passphrase of some length';
  const keyWithRounds = (rounds: number) => {
    const path = join(temporaryDirectory(), 'key');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-a', String(rounds), '-N', PASSPHRASE, '-f', path]);
    return readFileSync(path, 'utf8');
  };

  it('is bounded before any round is run: a file asking for too many is refused at once, with the limit', async () => {
    const file = keyWithRounds(MAX_KDF_ROUNDS + 1);
    await expect(parseAnyPrivateKey(file, PASSPHRASE)).rejects.toMatchObject({
      code: 'key.kdf-rounds',
      details: { rounds: MAX_KDF_ROUNDS + 1, limit: MAX_KDF_ROUNDS },
    });
  });

  it('accepts what ssh-keygen writes by default and with -a 100', async () => {
    for (const rounds of [16, 100]) {
      const pair = await parseAnyPrivateKey(keyWithRounds(rounds), PASSPHRASE);
      expect(formatPublicKey(pair.publicKey)).toMatch(/^ssh-ed25519 /);
    }
  });
});
