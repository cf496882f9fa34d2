import { bytesEqual, concatBytes, fromBase64, toBase64, utf8 } from './bytes';
import { JurydeskError } from '../errors';
import { sha512 } from './hash';
import { ED25519_KEY_TYPE, publicKeyBlob, publicKeyFromBlob, verifyEd25519, type PublicKey, type Signer } from './keys';
import { encodeString, encodeUint32, WireReader } from './sshwire';

/** OpenSSH PROTOCOL.sshsig, the format of `ssh-keygen -Y sign`. */
const MAGIC = utf8('SSHSIG');
const VERSION = 1;
const HASH_ALGORITHM = 'sha512';
const ARMOR_BEGIN = '-----BEGIN SSH SIGNATURE-----';
const ARMOR_END = '-----END SSH SIGNATURE-----';

export const NAMESPACES = {
  bundle: 'jurydesk-bundle-v1',
  scores: 'jurydesk-scores-v1',
  deliberation: 'jurydesk-deliberation-v1',
  declaration: 'jurydesk-declaration-v1',
} as const;

export type Namespace = (typeof NAMESPACES)[keyof typeof NAMESPACES];

/** What is actually signed: the namespace and hash travel inside, so a signature cannot be replayed elsewhere. */
async function signedData(namespace: string, message: Uint8Array): Promise<Uint8Array> {
  return concatBytes(
    MAGIC,
    encodeString(namespace),
    encodeString(''),
    encodeString(HASH_ALGORITHM),
    encodeString(await sha512(message)),
  );
}

export async function signMessage(signer: Signer, namespace: Namespace, message: Uint8Array): Promise<string> {
  const signature = await signer.sign(await signedData(namespace, message));
  const blob = concatBytes(
    MAGIC,
    encodeUint32(VERSION),
    encodeString(publicKeyBlob(signer.publicKey)),
    encodeString(namespace),
    encodeString(''),
    encodeString(HASH_ALGORITHM),
    encodeString(concatBytes(encodeString(ED25519_KEY_TYPE), encodeString(signature))),
  );
  const lines = toBase64(blob).match(/.{1,70}/g) ?? [];
  return `${ARMOR_BEGIN}\n${lines.join('\n')}\n${ARMOR_END}\n`;
}

interface ParsedSignature {
  publicKey: PublicKey;
  namespace: string;
  hashAlgorithm: string;
  signature: Uint8Array;
}

function parseArmored(armored: string, path: string): ParsedSignature {
  const malformed = (detail: string) => new JurydeskError('signature.malformed', { path, detail });
  const text = armored.trim();
  if (!text.startsWith(ARMOR_BEGIN) || !text.endsWith(ARMOR_END)) throw malformed('missing BEGIN/END SSH SIGNATURE');
  let blob: Uint8Array;
  try {
    blob = fromBase64(text.slice(ARMOR_BEGIN.length, text.length - ARMOR_END.length).replace(/\s+/g, ''));
  } catch {
    throw malformed('invalid base64');
  }
  try {
    const reader = new WireReader(blob);
    if (!bytesEqual(reader.raw(MAGIC.length), MAGIC)) throw malformed('missing SSHSIG preamble');
    const version = reader.uint32();
    if (version !== VERSION) throw malformed(`unknown version ${version}`);
    const keyBlob = reader.string();
    const keyType = new WireReader(keyBlob).text();
    if (keyType !== ED25519_KEY_TYPE) throw new JurydeskError('signature.unsupported', { algorithm: keyType });
    const publicKey = publicKeyFromBlob(keyBlob);
    const namespace = reader.text();
    reader.string();
    const hashAlgorithm = reader.text();
    const signatureBlob = new WireReader(reader.string());
    reader.expectEnd();
    const signatureType = signatureBlob.text();
    if (signatureType !== ED25519_KEY_TYPE) {
      throw new JurydeskError('signature.unsupported', { algorithm: signatureType });
    }
    const signature = signatureBlob.string();
    signatureBlob.expectEnd();
    if (signature.length !== 64) throw malformed('an Ed25519 signature has 64 bytes');
    return { publicKey, namespace, hashAlgorithm, signature };
  } catch (error) {
    if (error instanceof JurydeskError) throw error;
    throw malformed(error instanceof Error ? error.message : 'unreadable');
  }
}

/**
 * Checks an armored SSH signature over the exact message bytes and returns the key that made it.
 * `path` only names the signature in error messages.
 */
export async function verifyMessage(
  armored: string,
  namespace: Namespace,
  message: Uint8Array,
  path = 'signature',
): Promise<PublicKey> {
  const parsed = parseArmored(armored, path);
  if (parsed.namespace !== namespace) {
    throw new JurydeskError('signature.wrong-namespace', { actual: parsed.namespace, expected: namespace });
  }
  if (parsed.hashAlgorithm !== HASH_ALGORITHM) {
    throw new JurydeskError('signature.unsupported', { algorithm: parsed.hashAlgorithm });
  }
  const valid = await verifyEd25519(parsed.publicKey, parsed.signature, await signedData(namespace, message));
  if (!valid) throw new JurydeskError('signature.invalid');
  return parsed.publicKey;
}
