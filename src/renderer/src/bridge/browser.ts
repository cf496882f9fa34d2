import {
  fingerprint,
  formatPublicKey,
  parseAnyPrivateKey,
  parsePublicKey,
  signingKeyFromSeed,
  signMessage,
  type Namespace,
  type PublicKey,
} from '@core/crypto';
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
type KeyId = IdentityRecord['id'];

/** A new non-extractable key pair, kept under `id`; an existing one is kept. */
async function createKey(db: JurydeskDatabase, id: KeyId, name: string): Promise<Identity> {
  const existing = await db.identity.get(id);
  if (existing) return describe(existing);
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify'])) as CryptoKeyPair;
  const publicKey = { raw: new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)), comment: name };
  return store(db, id, name, publicKey, pair.privateKey);
}

async function store(
  db: JurydeskDatabase,
  id: KeyId,
  name: string,
  publicKey: PublicKey,
  privateKey: CryptoKey,
): Promise<Identity> {
  const record: IdentityRecord = {
    id,
    name,
    publicKey: formatPublicKey(publicKey),
    fingerprint: await fingerprint(publicKey),
    createdAt: new Date().toISOString(),
    privateKey,
  };
  await db.identity.put(record);
  return describe(record);
}

async function signWith(db: JurydeskDatabase, id: KeyId, namespace: Namespace, document: Uint8Array): Promise<string> {
  const record = await db.identity.get(id);
  if (!record?.privateKey) throw new BridgeError('identity.missing', 'No key on this browser yet.');
  const privateKey = record.privateKey;
  const signer = {
    publicKey: parsePublicKey(record.publicKey),
    sign: async (message: Uint8Array) =>
      new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, privateKey, message as Uint8Array<ArrayBuffer>)),
  };
  return signMessage(signer, namespace, document);
}

/**
 * The same interface in a plain browser (`npm run web`, and the end-to-end tests): the keys are non-extractable
 * WebCrypto keys kept in IndexedDB, files are chosen with an input and saved as downloads.
 */
export function browserBridge(db: JurydeskDatabase): Bridge {
  return {
    kind: 'browser',
    canBackUpKey: false,
    keyFilesChosenBy: 'page',
    async getAppInfo() {
      return { version: 'web', locale: navigator.language, platform: 'web' };
    },
    async getIdentity() {
      const record = await db.identity.get('me');
      return record ? describe(record) : null;
    },
    createIdentity: (name) => createKey(db, 'me', name),
    sign: (kind, document) => signWith(db, 'me', KINDS[kind].namespace, document),
    async getStaffKey() {
      const record = await db.identity.get('staff');
      return record ? describe(record) : null;
    },
    createStaffKey: (name) => createKey(db, 'staff', name),
    async importStaffKey(passphrase, file) {
      if (!file) return null;
      const pair = await parseAnyPrivateKey(await file.text(), passphrase || undefined);
      const current = await db.identity.get('staff');
      // Imported as non-extractable: from here on the page can sign with it, not read it.
      return store(
        db,
        'staff',
        current?.name ?? (pair.publicKey.comment || file.name),
        pair.publicKey,
        await signingKeyFromSeed(pair.seed, false),
      );
    },
    signBundle: (document) => signWith(db, 'staff', KINDS.bundle.namespace, document),
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
    // A browser has no way to write a PDF itself: its print dialog offers "Save as PDF".
    async saveReportPdf() {
      window.print();
      return false;
    },
    // A second tab of the same origin: it reads the same database, and the desk talks to it over a BroadcastChannel.
    async openProjector(hash) {
      window.open(hash, 'jurydesk-projector');
    },
    onMenuCommand: () => () => undefined,
    onFileOpened: () => () => undefined,
  };
}
