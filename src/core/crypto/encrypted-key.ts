import { pbkdf } from 'bcrypt-pbkdf';
import { asBufferSource, bytesEqual, concatBytes, utf8 } from './bytes';
import { JurydeskError } from '../errors';
import {
  armourPrivateKey,
  ED25519_KEY_TYPE,
  keyPairFromSeed,
  parsePrivateKey,
  privateKeyFields,
  privateKeySection,
  publicKeyBlob,
  publicKeyFromBlob,
  type KeyPair,
} from './keys';
import { encodeString, encodeUint32, WireReader } from './sshwire';

/**
 * Passphrase-protected OpenSSH private keys (PROTOCOL.key: aes256-ctr, bcrypt KDF), the format of
 * `ssh-keygen -t ed25519 -N PASSPHRASE`. Kept apart from keys.ts because bcrypt-pbkdf is only needed
 * where keys are backed up or read from disk (main process, CLI), never in the renderer.
 */
const CIPHER = 'aes256-ctr';
const KDF = 'bcrypt';
const KEY_LENGTH = 32;
const IV_LENGTH = 16;
const BLOCK = 16;
/** OpenSSH's default since 7.8; each round doubles the cost of guessing the passphrase. */
export const DEFAULT_ROUNDS = 16;

/**
 * bcrypt_pbkdf: `length` bytes from a passphrase. Deliberately slow (a quarter of a second at 16 rounds, seconds at
 * a thousand), so an app with a window runs it on a thread of its own and hands it in; a command line may wait.
 */
export type PassphraseKdf = (
  password: Uint8Array,
  salt: Uint8Array,
  rounds: number,
  length: number,
) => Promise<Uint8Array | null>;

/** The derivation on the calling thread; null when bcrypt_pbkdf refuses its inputs. */
export function bcryptPbkdf(password: Uint8Array, salt: Uint8Array, rounds: number, length: number): Uint8Array | null {
  const output = new Uint8Array(length);
  return pbkdf(password, password.length, salt, salt.length, output, length, rounds) === 0 ? output : null;
}

const onThisThread: PassphraseKdf = async (password, salt, rounds, length) =>
  bcryptPbkdf(password, salt, rounds, length);

async function deriveKey(
  kdf: PassphraseKdf,
  passphrase: string,
  salt: Uint8Array,
  rounds: number,
): Promise<{ key: Uint8Array; iv: Uint8Array }> {
  const output = await kdf(utf8(passphrase), salt, rounds, KEY_LENGTH + IV_LENGTH);
  if (output?.length !== KEY_LENGTH + IV_LENGTH)
    throw new JurydeskError('key.malformed', { detail: 'bcrypt_pbkdf failed' });
  return { key: output.subarray(0, KEY_LENGTH), iv: output.subarray(KEY_LENGTH) };
}

async function aesCtr(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  const cryptoKey = await crypto.subtle.importKey('raw', asBufferSource(key), { name: 'AES-CTR' }, false, ['encrypt']);
  return new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-CTR', counter: asBufferSource(iv), length: 128 },
      cryptoKey,
      asBufferSource(data),
    ),
  );
}

export async function formatEncryptedPrivateKey(
  pair: KeyPair,
  passphrase: string,
  { rounds = DEFAULT_ROUNDS, kdf = onThisThread }: { rounds?: number; kdf?: PassphraseKdf } = {},
): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const checkInt = crypto.getRandomValues(new Uint32Array(1))[0]!;
  const secret = privateKeySection(pair, checkInt, BLOCK);
  const { key, iv } = await deriveKey(kdf, passphrase, salt, rounds);
  return armourPrivateKey(
    encodeString(CIPHER),
    encodeString(KDF),
    encodeString(concatBytes(encodeString(salt), encodeUint32(rounds))),
    encodeUint32(1),
    encodeString(publicKeyBlob(pair.publicKey)),
    encodeString(await aesCtr(key, iv, secret)),
  );
}

/**
 * The most bcrypt rounds a key file may ask for: ssh-keygen uses 16 by default and `-a 100` is the usual advice for
 * a stronger file; 1,024 takes a few seconds here.
 */
export const MAX_KDF_ROUNDS = 1024;

/** Reads an OpenSSH Ed25519 private key, encrypted with `passphrase` or not encrypted at all. */
export async function parseAnyPrivateKey(
  text: string,
  passphrase?: string,
  kdf: PassphraseKdf = onThisThread,
): Promise<KeyPair> {
  const reader = privateKeyFields(text);
  try {
    const cipher = reader.text();
    const kdfName = reader.text();
    if (cipher === 'none') return await parsePrivateKey(text);
    if (cipher !== CIPHER || kdfName !== KDF)
      throw new JurydeskError('key.unsupported', { type: `${cipher}/${kdfName}` });
    if (passphrase === undefined) throw new JurydeskError('key.encrypted');
    const options = new WireReader(reader.string());
    const salt = options.string();
    const rounds = options.uint32();
    // Each round costs the same: a file asking for billions would spin for hours before any passphrase is judged.
    if (rounds < 1 || rounds > MAX_KDF_ROUNDS)
      throw new JurydeskError('key.kdf-rounds', { rounds, limit: MAX_KDF_ROUNDS });
    if (reader.uint32() !== 1) throw new Error('expected exactly one key');
    const publicKey = publicKeyFromBlob(reader.string());
    const { key, iv } = await deriveKey(kdf, passphrase, salt, rounds);
    const secret = new WireReader(await aesCtr(key, iv, reader.string()));
    if (secret.uint32() !== secret.uint32()) throw new JurydeskError('key.wrong-passphrase');
    if (secret.text() !== ED25519_KEY_TYPE) throw new Error('not an Ed25519 key');
    secret.string();
    const seedAndPublic = secret.string();
    const pair = await keyPairFromSeed(seedAndPublic.slice(0, 32), secret.text());
    if (!bytesEqual(pair.publicKey.raw, publicKey.raw)) throw new Error('private and public halves differ');
    return pair;
  } catch (error) {
    if (error instanceof JurydeskError) throw error;
    throw new JurydeskError('key.malformed', { detail: error instanceof Error ? error.message : 'unreadable' });
  }
}
