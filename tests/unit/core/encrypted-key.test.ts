import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { concatBytes } from '@core/crypto/bytes';
import {
  bcryptPbkdf,
  DEFAULT_ROUNDS,
  formatEncryptedPrivateKey,
  MAX_KDF_ROUNDS,
  parseAnyPrivateKey,
  type PassphraseKdf,
} from '@core/crypto/encrypted-key';
import {
  armourPrivateKey,
  formatPrivateKey,
  formatPublicKey,
  generateKeyPair,
  publicKeyBlob,
  type KeyPair,
} from '@core/crypto/keys';
import { encodeString, encodeUint32 } from '@core/crypto/sshwire';
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

  it('accepts what ssh-keygen writes by default and with -a 100', async () => {
    for (const rounds of [16, 100]) {
      const pair = await parseAnyPrivateKey(keyWithRounds(rounds), PASSPHRASE);
      expect(formatPublicKey(pair.publicKey)).toMatch(/^ssh-ed25519 /);
    }
  });
});

describe('a passphrase-protected key file read field by field', () => {
  // A stand-in derivation: each case below is about one field of the file, not about bcrypt's cost.
  const DERIVED = Uint8Array.from({ length: 48 }, (_, index) => index + 1);
  const fixedKdf: PassphraseKdf = async () => DERIVED;

  async function aesCtr(data: Uint8Array): Promise<Uint8Array> {
    const key = await crypto.subtle.importKey('raw', DERIVED.slice(0, 32), { name: 'AES-CTR' }, false, ['encrypt']);
    const counter = DERIVED.slice(32);
    return new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-CTR', counter, length: 128 }, key, data.slice()));
  }

  interface Fields {
    cipher?: string;
    kdfName?: string;
    rounds?: number;
    keyCount?: number;
    checkInts?: [number, number];
    type?: string;
    publicHalf?: KeyPair;
  }
  async function keyFile(pair: KeyPair, fields: Fields = {}): Promise<string> {
    const { cipher = 'aes256-ctr', kdfName = 'bcrypt', rounds = 16, keyCount = 1, checkInts = [7, 7] } = fields;
    const secret = concatBytes(
      encodeUint32(checkInts[0]),
      encodeUint32(checkInts[1]),
      encodeString(fields.type ?? 'ssh-ed25519'),
      encodeString(pair.publicKey.raw),
      encodeString(concatBytes(pair.seed, pair.publicKey.raw)),
      encodeString(pair.publicKey.comment),
    );
    return armourPrivateKey(
      encodeString(cipher),
      encodeString(kdfName),
      encodeString(concatBytes(encodeString(new Uint8Array(16)), encodeUint32(rounds))),
      encodeUint32(keyCount),
      encodeString(publicKeyBlob((fields.publicHalf ?? pair).publicKey)),
      encodeString(await aesCtr(secret)),
    );
  }
  const read = (text: string, kdf = fixedKdf) => parseAnyPrivateKey(text, 'any passphrase', kdf);
  const malformed = (detail: string) => ({ code: 'key.malformed', details: { detail } });

  it('gives back the key and its comment', async () => {
    const pair = await generateKeyPair('chair@jury');
    const read_ = await read(await keyFile(pair));
    expect(formatPublicKey(read_.publicKey)).toBe(formatPublicKey(pair.publicKey));
    expect(read_.seed).toEqual(pair.seed);
  });

  it('hands the derivation the passphrase’s bytes, the file’s salt and rounds, and asks for a key and a counter', async () => {
    const calls: { password: string; salt: number[]; rounds: number; length: number }[] = [];
    const recording: PassphraseKdf = async (password, salt, rounds, length) => {
      calls.push({ password: new TextDecoder().decode(password), salt: [...salt], rounds, length });
      return DERIVED;
    };
    const pair = await generateKeyPair('backup');
    const text = await formatEncryptedPrivateKey(pair, 'clé à 16 tours', { kdf: recording });
    expect(formatPublicKey((await parseAnyPrivateKey(text, 'clé à 16 tours', recording)).publicKey)).toBe(
      formatPublicKey(pair.publicKey),
    );
    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatchObject({ password: 'clé à 16 tours', rounds: DEFAULT_ROUNDS, length: 48 });
    expect(calls[0]!.salt).toHaveLength(16);
    expect(calls[1]).toEqual(calls[0]);
    await formatEncryptedPrivateKey(pair, 'x', { rounds: 100, kdf: recording });
    expect(calls[2]?.rounds).toBe(100);
  });

  it('is written in lines of 70 between the armour, as ssh-keygen writes it', async () => {
    const text = await formatEncryptedPrivateKey(await generateKeyPair(), 'p', { kdf: fixedKdf });
    const lines = text.split('\n');
    expect(lines[0]).toBe('-----BEGIN OPENSSH PRIVATE KEY-----');
    expect(lines.at(-2)).toBe('-----END OPENSSH PRIVATE KEY-----');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(1, -3).every((line) => line.length === 70)).toBe(true);
  });

  it('accepts 1 to 1,024 rounds and refuses others before a single round is run, with the limit', async () => {
    const pair = await generateKeyPair();
    for (const rounds of [1, MAX_KDF_ROUNDS]) await expect(read(await keyFile(pair, { rounds }))).resolves.toBeTruthy();
    let derived = false;
    const watching: PassphraseKdf = async () => ((derived = true), DERIVED);
    for (const rounds of [0, MAX_KDF_ROUNDS + 1, 2 ** 32 - 1])
      await expect(read(await keyFile(pair, { rounds }), watching)).rejects.toMatchObject({
        code: 'key.kdf-rounds',
        details: { rounds, limit: MAX_KDF_ROUNDS },
      });
    expect(derived).toBe(false);
  });

  it('names an unknown cipher or derivation together', async () => {
    const pair = await generateKeyPair();
    await expect(read(await keyFile(pair, { cipher: 'aes128-ctr' }))).rejects.toMatchObject({
      code: 'key.unsupported',
      details: { type: 'aes128-ctr/bcrypt' },
    });
    await expect(read(await keyFile(pair, { kdfName: 'scrypt' }))).rejects.toMatchObject({
      code: 'key.unsupported',
      details: { type: 'aes256-ctr/scrypt' },
    });
  });

  it('reads an unencrypted key even when a passphrase was typed', async () => {
    const pair = await generateKeyPair('plain');
    expect((await read(formatPrivateKey(pair))).seed).toEqual(pair.seed);
  });

  it('refuses a file holding more or fewer than one key', async () => {
    const pair = await generateKeyPair();
    for (const keyCount of [0, 2])
      await expect(read(await keyFile(pair, { keyCount }))).rejects.toMatchObject(
        malformed('expected exactly one key'),
      );
  });

  it('says so when the derivation fails or gives the wrong length', async () => {
    const pair = await generateKeyPair();
    for (const kdf of [async () => null, async () => DERIVED.slice(0, 47)] satisfies PassphraseKdf[])
      await expect(read(await keyFile(pair), kdf)).rejects.toMatchObject(malformed('bcrypt_pbkdf failed'));
  });

  it('tells a wrong passphrase by the check integers, a foreign key by its type, a swapped half by comparing', async () => {
    const pair = await generateKeyPair();
    await expect(read(await keyFile(pair, { checkInts: [7, 8] }))).rejects.toMatchObject({
      code: 'key.wrong-passphrase',
    });
    await expect(read(await keyFile(pair, { type: 'ssh-rsa' }))).rejects.toMatchObject(malformed('not an Ed25519 key'));
    await expect(read(await keyFile(pair, { publicHalf: await generateKeyPair() }))).rejects.toMatchObject(
      malformed('private and public halves differ'),
    );
  });

  it('refuses text that is not a key file, in words', async () => {
    const notAKey = malformed('not an OpenSSH private key (BEGIN OPENSSH PRIVATE KEY)');
    const file = await keyFile(await generateKeyPair());
    const [begin, end] = ['-----BEGIN OPENSSH PRIVATE KEY-----', '-----END OPENSSH PRIVATE KEY-----'];
    await expect(read('ssh-ed25519 AAAA… this is a public key')).rejects.toMatchObject(notAKey);
    await expect(read(file.replace(end, ''))).rejects.toMatchObject(notAKey);
    await expect(read(`${end}\n${file.replace(end, '')}`)).rejects.toMatchObject(notAKey);
    await expect(read(`${begin}\nnot base64 at all!\n${end}`)).rejects.toMatchObject(malformed('invalid base64'));
    await expect(read(`${begin}\n${btoa('openssh-key-v2\0')}\n${end}`)).rejects.toMatchObject(malformed('bad magic'));
    await expect(read(`${begin}\n${btoa('openssh-key-v1\0\0\0\0\x0aaes2')}\n${end}`)).rejects.toMatchObject({
      code: 'key.malformed',
    });
  });
});

describe('bcrypt_pbkdf on the calling thread', () => {
  it('gives OpenBSD’s test vector and refuses zero rounds', () => {
    const output = bcryptPbkdf(new TextEncoder().encode('password'), new TextEncoder().encode('salt'), 4, 32);
    expect(Buffer.from(output!).toString('hex')).toBe(
      '5bbf0cc293587f1c3635555c27796598d47e579071bf427e9d8fbe842aba34d9',
    );
    expect(bcryptPbkdf(new Uint8Array(1), new Uint8Array(1), 0, 32)).toBeNull();
  });
});
