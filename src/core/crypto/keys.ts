import { asBufferSource, bytesEqual, concatBytes, fromBase64, fromBase64Url, toBase64, utf8 } from './bytes';
import { JurydeskError } from '../errors';
import { sha256 } from './hash';
import { encodeString, encodeUint32, WireReader } from './sshwire';

export const ED25519_KEY_TYPE = 'ssh-ed25519';

/** An Ed25519 public key: its 32 raw bytes and an optional comment, as in an OpenSSH public-key line. */
export interface PublicKey {
  readonly raw: Uint8Array;
  readonly comment: string;
}

/** Whatever can sign: a key held in memory, in the main process, or a non-extractable browser key. */
export interface Signer {
  readonly publicKey: PublicKey;
  sign(message: Uint8Array): Promise<Uint8Array>;
}

/** The SSH wire form of a public key (the blob inside an OpenSSH line and inside signatures). */
export function publicKeyBlob(key: PublicKey): Uint8Array {
  return concatBytes(encodeString(ED25519_KEY_TYPE), encodeString(key.raw));
}

export function publicKeyFromBlob(blob: Uint8Array, comment = ''): PublicKey {
  const reader = new WireReader(blob);
  const type = reader.text();
  if (type !== ED25519_KEY_TYPE) throw new JurydeskError('key.unsupported', { type });
  const raw = reader.string();
  reader.expectEnd();
  if (raw.length !== 32) throw new JurydeskError('key.malformed', { detail: 'an Ed25519 key has 32 bytes' });
  return { raw, comment };
}

export function formatPublicKey(key: PublicKey): string {
  const line = `${ED25519_KEY_TYPE} ${toBase64(publicKeyBlob(key))}`;
  return key.comment ? `${line} ${key.comment}` : line;
}

export function parsePublicKey(line: string): PublicKey {
  const match = /^\s*(\S+)\s+([A-Za-z0-9+/]+={0,2})(?:\s+(.*?))?\s*$/.exec(line);
  if (!match) throw new JurydeskError('key.malformed', { detail: 'expected “ssh-ed25519 AAAA… comment”' });
  const [, type = '', base64 = '', comment = ''] = match;
  if (type !== ED25519_KEY_TYPE) throw new JurydeskError('key.unsupported', { type });
  let blob: Uint8Array;
  try {
    blob = fromBase64(base64);
  } catch {
    throw new JurydeskError('key.malformed', { detail: 'invalid base64' });
  }
  try {
    return publicKeyFromBlob(blob, comment);
  } catch (error) {
    if (error instanceof JurydeskError) throw error;
    throw new JurydeskError('key.malformed', { detail: 'truncated key' });
  }
}

export function samePublicKey(a: PublicKey, b: PublicKey): boolean {
  return bytesEqual(a.raw, b.raw);
}

/** `SHA256:…` exactly as `ssh-keygen -l` prints it: unpadded base64 of the SHA-256 of the key blob. */
export async function fingerprint(key: PublicKey): Promise<string> {
  return `SHA256:${toBase64(await sha256(publicKeyBlob(key)), { pad: false })}`;
}

export async function verifyEd25519(key: PublicKey, signature: Uint8Array, message: Uint8Array): Promise<boolean> {
  const cryptoKey = await crypto.subtle.importKey('raw', asBufferSource(key.raw), { name: 'Ed25519' }, false, [
    'verify',
  ]);
  return crypto.subtle.verify({ name: 'Ed25519' }, cryptoKey, asBufferSource(signature), asBufferSource(message));
}

/** A key pair whose 32-byte seed is in memory: what the CLI and the main process hold. */
export interface KeyPair extends Signer {
  readonly seed: Uint8Array;
}

/**
 * A WebCrypto signing key from an Ed25519 seed. A browser keeps an imported key non-extractable: the page can sign
 * with it, and no script can read it back.
 */
export async function signingKeyFromSeed(
  seed: Uint8Array,
  extractable: boolean,
): Promise<Awaited<ReturnType<typeof crypto.subtle.importKey>>> {
  if (seed.length !== 32) throw new JurydeskError('key.malformed', { detail: 'an Ed25519 seed has 32 bytes' });
  const pkcs8 = concatBytes(PKCS8_ED25519_PREFIX, seed);
  return crypto.subtle.importKey('pkcs8', asBufferSource(pkcs8), { name: 'Ed25519' }, extractable, ['sign']);
}

export async function keyPairFromSeed(seed: Uint8Array, comment = ''): Promise<KeyPair> {
  const privateKey = await signingKeyFromSeed(seed, true);
  const jwk = await crypto.subtle.exportKey('jwk', privateKey);
  const publicKey: PublicKey = { raw: fromBase64Url(jwk.x ?? ''), comment };
  return {
    seed,
    publicKey,
    sign: async (message) =>
      new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, privateKey, asBufferSource(message))),
  };
}

/** RFC 8410 PKCS#8 wrapping of an Ed25519 seed: the fixed DER header before the 32 seed bytes. */
const PKCS8_ED25519_PREFIX = new Uint8Array([
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
]);

export async function generateKeyPair(comment = ''): Promise<KeyPair> {
  return keyPairFromSeed(crypto.getRandomValues(new Uint8Array(32)), comment);
}

const PRIVATE_KEY_BEGIN = '-----BEGIN OPENSSH PRIVATE KEY-----';
const PRIVATE_KEY_END = '-----END OPENSSH PRIVATE KEY-----';
const PRIVATE_KEY_MAGIC = utf8('openssh-key-v1\0');

/**
 * The private section of an OpenSSH key (PROTOCOL.key), padded with 1, 2, 3… to the cipher's block size
 * (8 when not encrypted). The two check integers only detect a wrong passphrase.
 */
export function privateKeySection(pair: KeyPair, checkInt: number, blockSize: number): Uint8Array {
  const secret = concatBytes(
    encodeUint32(checkInt),
    encodeUint32(checkInt),
    encodeString(ED25519_KEY_TYPE),
    encodeString(pair.publicKey.raw),
    encodeString(concatBytes(pair.seed, pair.publicKey.raw)),
    encodeString(pair.publicKey.comment),
  );
  return concatBytes(
    secret,
    new Uint8Array((blockSize - (secret.length % blockSize)) % blockSize).map((_, index) => index + 1),
  );
}

/**
 * The unencrypted OpenSSH private-key format, as `ssh-keygen -t ed25519 -N ''` writes it.
 * `checkInt` is random in OpenSSH; a fixed value keeps output reproducible.
 */
export function formatPrivateKey(pair: KeyPair, checkInt = 0): string {
  return armourPrivateKey(
    encodeString('none'),
    encodeString('none'),
    encodeString(''),
    encodeUint32(1),
    encodeString(publicKeyBlob(pair.publicKey)),
    encodeString(privateKeySection(pair, checkInt, 8)),
  );
}

/** A private-key file around its fields (PROTOCOL.key): the magic, then base64 in lines of 70 as ssh-keygen writes. */
export function armourPrivateKey(...fields: Uint8Array[]): string {
  const lines = toBase64(concatBytes(PRIVATE_KEY_MAGIC, ...fields)).match(/.{1,70}/g) ?? [];
  return `${PRIVATE_KEY_BEGIN}\n${lines.join('\n')}\n${PRIVATE_KEY_END}\n`;
}

const malformedKey = (detail: string) => new JurydeskError('key.malformed', { detail });

/** The fields of a private-key file after its armour and magic, whether the key is encrypted or not. */
export function privateKeyFields(text: string): WireReader {
  const begin = text.indexOf(PRIVATE_KEY_BEGIN);
  const end = text.indexOf(PRIVATE_KEY_END);
  if (begin < 0 || end < begin) throw malformedKey('not an OpenSSH private key (BEGIN OPENSSH PRIVATE KEY)');
  let body: Uint8Array;
  try {
    body = fromBase64(text.slice(begin + PRIVATE_KEY_BEGIN.length, end).replace(/\s+/g, ''));
  } catch {
    throw malformedKey('invalid base64');
  }
  if (!bytesEqual(body.subarray(0, PRIVATE_KEY_MAGIC.length), PRIVATE_KEY_MAGIC)) throw malformedKey('bad magic');
  return new WireReader(body.subarray(PRIVATE_KEY_MAGIC.length));
}

export async function parsePrivateKey(text: string): Promise<KeyPair> {
  const reader = privateKeyFields(text);
  try {
    const cipher = reader.text();
    const kdf = reader.text();
    reader.string();
    if (cipher !== 'none' || kdf !== 'none') throw new JurydeskError('key.encrypted');
    if (reader.uint32() !== 1) throw new Error('expected exactly one key');
    const publicKey = publicKeyFromBlob(reader.string());
    const secret = new WireReader(reader.string());
    if (secret.uint32() !== secret.uint32()) throw new Error('check integers differ');
    const type = secret.text();
    if (type !== ED25519_KEY_TYPE) throw new JurydeskError('key.unsupported', { type });
    const innerPublic = secret.string();
    const seedAndPublic = secret.string();
    const comment = secret.text();
    if (!bytesEqual(innerPublic, publicKey.raw) || seedAndPublic.length !== 64) throw new Error('inconsistent key');
    const pair = await keyPairFromSeed(seedAndPublic.slice(0, 32), comment);
    if (!bytesEqual(pair.publicKey.raw, publicKey.raw)) throw new Error('private and public halves differ');
    return pair;
  } catch (error) {
    if (error instanceof JurydeskError) throw error;
    throw malformedKey(error instanceof Error ? error.message : 'unreadable');
  }
}
