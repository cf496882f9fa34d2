import { fingerprint, formatPublicKey, parsePublicKey, signMessage } from '@core/crypto';
import { KINDS } from '@core/container';
import type { JurydeskDatabase } from '@renderer/db/database';
import type { IdentityRecord } from '@renderer/db/schema';
import { BridgeError, type Bridge, type Identity } from './types';

function describe(record: IdentityRecord): Identity {
  return {
    name: record.name,
    publicKey: record.publicKey,
    fingerprint: record.fingerprint,
    createdAt: record.createdAt,
    protection: 'browser',
  };
}

/**
 * The same interface in a plain browser (`npm run web`, and the end-to-end tests): the key is a
 * non-extractable WebCrypto key kept in IndexedDB, files are chosen with an input and saved as downloads.
 */
export function browserBridge(db: JurydeskDatabase): Bridge {
  return {
    kind: 'browser',
    canBackUpKey: false,
    async getAppInfo() {
      return { version: 'web', locale: navigator.language, platform: 'web' };
    },
    async getIdentity() {
      const record = await db.identity.get('me');
      return record ? describe(record) : null;
    },
    async createIdentity(name) {
      const existing = await db.identity.get('me');
      if (existing) return describe(existing);
      const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify'])) as CryptoKeyPair;
      const publicKey = { raw: new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)), comment: name };
      const record: IdentityRecord = {
        id: 'me',
        name,
        publicKey: formatPublicKey(publicKey),
        fingerprint: await fingerprint(publicKey),
        createdAt: new Date().toISOString(),
        privateKey: pair.privateKey,
      };
      await db.identity.put(record);
      return describe(record);
    },
    async sign(kind, document) {
      const record = await db.identity.get('me');
      if (!record?.privateKey) throw new BridgeError('identity.missing', 'No key on this browser yet.');
      const privateKey = record.privateKey;
      const signer = {
        publicKey: parsePublicKey(record.publicKey),
        sign: async (message: Uint8Array) =>
          new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, privateKey, message as Uint8Array<ArrayBuffer>)),
      };
      return signMessage(signer, KINDS[kind].namespace, document);
    },
    async exportKeyBackup() {
      throw new BridgeError('identity.backup-unavailable', 'Key backups are a desktop feature.');
    },
    async restoreKeyBackup() {
      throw new BridgeError('identity.backup-unavailable', 'Key backups are a desktop feature.');
    },
    async saveFile(name, data) {
      const url = URL.createObjectURL(data);
      const link = Object.assign(document.createElement('a'), { href: url, download: name });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return true;
    },
    onMenuCommand: () => () => undefined,
    onFileOpened: () => () => undefined,
  };
}
