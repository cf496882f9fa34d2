export { concatBytes, fromBase64, fromUtf8, toBase64, utf8 } from './bytes';
export { bcryptPbkdf, formatEncryptedPrivateKey, parseAnyPrivateKey, type PassphraseKdf } from './encrypted-key';
export { sha256Hex } from './hash';
export {
  fingerprint,
  formatPrivateKey,
  formatPublicKey,
  generateKeyPair,
  keyPairFromSeed,
  signingKeyFromSeed,
  parsePublicKey,
  samePublicKey,
} from './keys';
export type { KeyPair, PublicKey, Signer } from './keys';
export { NAMESPACES, signMessage, verifyMessage } from './sshsig';
export type { Namespace } from './sshsig';
