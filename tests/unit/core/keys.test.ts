import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JurydeskError } from '@core/errors';
import { concatBytes, fromBase64, toBase64 } from '@core/crypto/bytes';
import {
  armourPrivateKey,
  fingerprint,
  formatPrivateKey,
  formatPublicKey,
  generateKeyPair,
  keyPairFromSeed,
  parsePrivateKey,
  parsePublicKey,
  privateKeyFields,
  publicKeyBlob,
  publicKeyFromBlob,
  type KeyPair,
} from '@core/crypto/keys';
import { encodeString, encodeUint32 } from '@core/crypto/sshwire';
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

describe('a public key line, part by part', () => {
  const refusal = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return { code: (error as JurydeskError).code, details: (error as JurydeskError).details };
    }
    return undefined;
  };
  const line = async () => formatPublicKey((await keyPairFromSeed(new Uint8Array(32).fill(3))).publicKey);

  it('keeps a comment with spaces, and reads a line with tabs and spaces around its parts', async () => {
    const [type, base64] = (await line()).split(' ');
    expect(parsePublicKey(`  ${type}\t \t${base64}   juror Ana  (2026)  `).comment).toBe('juror Ana  (2026)');
    expect(parsePublicKey(`${type} ${base64}`).comment).toBe('');
    expect(publicKeyFromBlob(fromBase64(base64!)).comment).toBe('');
    expect((await keyPairFromSeed(new Uint8Array(32))).publicKey.comment).toBe('');
    expect((await generateKeyPair()).publicKey.comment).toBe('');
  });

  it('names what is wrong: the shape, the type, the base64, the bytes', async () => {
    const [, base64] = (await line()).split(' ');
    const blob = fromBase64(base64!);
    const b64 = (bytes: Uint8Array) => toBase64(bytes);
    expect(refusal(() => parsePublicKey('ssh-ed25519'))).toEqual({
      code: 'key.malformed',
      details: { detail: 'expected “ssh-ed25519 AAAA… comment”' },
    });
    expect(refusal(() => parsePublicKey(`ssh-rsa ${base64}`))).toEqual({
      code: 'key.unsupported',
      details: { type: 'ssh-rsa' },
    });
    expect(refusal(() => parsePublicKey('ssh-ed25519 AAAAA'))).toEqual({
      code: 'key.malformed',
      details: { detail: 'invalid base64' },
    });
    expect(refusal(() => parsePublicKey(`ssh-ed25519 ${b64(blob.subarray(0, 30))}`))).toEqual({
      code: 'key.malformed',
      details: { detail: 'truncated key' },
    });
    const rsaInside = concatBytes(encodeString('ssh-rsa'), encodeString(new Uint8Array(32)));
    expect(refusal(() => parsePublicKey(`ssh-ed25519 ${b64(rsaInside)}`))).toEqual({
      code: 'key.unsupported',
      details: { type: 'ssh-rsa' },
    });
    const short = concatBytes(encodeString('ssh-ed25519'), encodeString(new Uint8Array(31)));
    expect(refusal(() => parsePublicKey(`ssh-ed25519 ${b64(short)}`))).toEqual({
      code: 'key.malformed',
      details: { detail: 'an Ed25519 key has 32 bytes' },
    });
    await expect(keyPairFromSeed(new Uint8Array(31))).rejects.toMatchObject({
      code: 'key.malformed',
      details: { detail: 'an Ed25519 seed has 32 bytes' },
    });
  });
});

describe('an unencrypted private key file, field by field', () => {
  interface Fields {
    cipher?: string;
    kdf?: string;
    keyCount?: number;
    checkInts?: [number, number];
    type?: string;
    innerPublic?: Uint8Array;
    seedAndPublic?: Uint8Array;
  }
  const file = (pair: KeyPair, fields: Fields = {}) =>
    armourPrivateKey(
      encodeString(fields.cipher ?? 'none'),
      encodeString(fields.kdf ?? 'none'),
      encodeString(''),
      encodeUint32(fields.keyCount ?? 1),
      encodeString(publicKeyBlob(pair.publicKey)),
      encodeString(
        concatBytes(
          encodeUint32(fields.checkInts?.[0] ?? 9),
          encodeUint32(fields.checkInts?.[1] ?? 9),
          encodeString(fields.type ?? 'ssh-ed25519'),
          encodeString(fields.innerPublic ?? pair.publicKey.raw),
          encodeString(fields.seedAndPublic ?? concatBytes(pair.seed, pair.publicKey.raw)),
          encodeString(pair.publicKey.comment),
        ),
      ),
    );
  const malformed = (detail: string) => ({ code: 'key.malformed', details: { detail } });

  it('is what formatPrivateKey writes: no cipher, no derivation, empty options, armour and a final newline', async () => {
    const pair = await generateKeyPair('me');
    const text = formatPrivateKey(pair);
    expect(text.endsWith('\n-----END OPENSSH PRIVATE KEY-----\n')).toBe(true);
    const fields = privateKeyFields(text);
    expect([fields.text(), fields.text(), fields.string().length]).toEqual(['none', 'none', 0]);
    expect((await parsePrivateKey(file(pair))).seed).toEqual(pair.seed);
  });

  it('says a key is encrypted when either its cipher or its derivation is not none', async () => {
    const pair = await generateKeyPair();
    for (const fields of [{ kdf: 'bcrypt' }, { cipher: 'aes256-ctr' }])
      await expect(parsePrivateKey(file(pair, fields))).rejects.toMatchObject({ code: 'key.encrypted' });
  });

  it('names each inconsistency inside the file', async () => {
    const pair = await generateKeyPair();
    const other = await generateKeyPair();
    await expect(parsePrivateKey(file(pair, { keyCount: 2 }))).rejects.toMatchObject(
      malformed('expected exactly one key'),
    );
    await expect(parsePrivateKey(file(pair, { checkInts: [1, 2] }))).rejects.toMatchObject(
      malformed('check integers differ'),
    );
    await expect(parsePrivateKey(file(pair, { type: 'ssh-rsa' }))).rejects.toMatchObject({
      code: 'key.unsupported',
      details: { type: 'ssh-rsa' },
    });
    await expect(parsePrivateKey(file(pair, { innerPublic: other.publicKey.raw }))).rejects.toMatchObject(
      malformed('inconsistent key'),
    );
    await expect(parsePrivateKey(file(pair, { seedAndPublic: pair.seed }))).rejects.toMatchObject(
      malformed('inconsistent key'),
    );
    await expect(
      parsePrivateKey(file(pair, { seedAndPublic: concatBytes(other.seed, pair.publicKey.raw) })),
    ).rejects.toMatchObject(malformed('private and public halves differ'));
  });
});
