import {
  fingerprint,
  formatEncryptedPrivateKey,
  formatPublicKey,
  generateKeyPair,
  parseAnyPrivateKey,
  parsePublicKey,
  signingKeyFromSeed,
  signMessage,
  type KeyPair,
  type Namespace,
  type PublicKey,
} from '@core/crypto';
import { safeSegment } from '@core/calls';
import { KINDS } from '@core/container';
import { JurydeskError } from '@core/errors';
import type { JurydeskDatabase } from '@renderer/db/database';
import type { IdentityRecord } from '@renderer/db/schema';
import type { Bridge, Identity } from './types';
import { bcryptInWebWorker } from './kdf';

function describe(record: IdentityRecord): Identity {
  return {
    name: record.name,
    publicKey: record.publicKey,
    fingerprint: record.fingerprint,
    createdAt: record.createdAt,
    protection: 'browser',
  };
}

type KeyId = IdentityRecord['id'];

async function storePair(db: JurydeskDatabase, id: KeyId, name: string, pair: KeyPair): Promise<Identity> {
  return store(db, id, name, pair.publicKey, await signingKeyFromSeed(pair.seed, false));
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
  if (!record?.privateKey) throw new JurydeskError('identity.missing');
  const privateKey = record.privateKey;
  const signer = {
    publicKey: parsePublicKey(record.publicKey),
    sign: async (message: Uint8Array) =>
      new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, privateKey, message as Uint8Array<ArrayBuffer>)),
  };
  return signMessage(signer, namespace, document);
}

async function download(name: string, data: Blob): Promise<boolean> {
  const url = URL.createObjectURL(data);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}

/**
 * The same interface in a plain browser (`npm run web`, and the end-to-end tests): the keys are non-extractable
 * WebCrypto keys kept in IndexedDB, files are chosen with an input and saved as downloads.
 */
export function browserBridge(db: JurydeskDatabase): Bridge {
  /**
   * The juror's key as made or restored in this session. Stored, the key is non-extractable, so a browser can write
   * a backup only while the key it came from is still in memory: in the session that made or restored it.
   */
  let sessionKey: KeyPair | null = null;
  /** Staff's key in the same way: writable as a backup only in the session that made or imported it. */
  let staffSessionKey: KeyPair | null = null;
  const backUp = async (pair: KeyPair | null, id: KeyId, suffix: string, passphrase: string) => {
    const record = await db.identity.get(id);
    if (!pair || !record || record.publicKey !== formatPublicKey(pair.publicKey))
      throw new JurydeskError('identity.backup-unavailable');
    const backup = await formatEncryptedPrivateKey(pair, passphrase, { kdf: bcryptInWebWorker });
    // Not text/plain, which a browser would save with “.txt” added: the file is named as ssh-keygen names keys.
    return download(`${safeSegment(record.name)}-${suffix}`, new Blob([backup], { type: 'application/octet-stream' }));
  };
  return {
    kind: 'browser',
    get canBackUpKey() {
      return sessionKey !== null;
    },
    get canBackUpStaffKey() {
      return staffSessionKey !== null;
    },
    keyFilesChosenBy: 'page',
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
      sessionKey = await generateKeyPair(name);
      return storePair(db, 'me', name, sessionKey);
    },
    sign: (kind, document) => signWith(db, 'me', KINDS[kind].namespace, document),
    async getStaffKey() {
      const record = await db.identity.get('staff');
      return record ? describe(record) : null;
    },
    async createStaffKey(name) {
      const existing = await db.identity.get('staff');
      if (existing) return describe(existing);
      staffSessionKey = await generateKeyPair(name);
      return storePair(db, 'staff', name, staffSessionKey);
    },
    async importStaffKey(passphrase, file) {
      if (!file) return null;
      const pair = await parseAnyPrivateKey(await file.text(), passphrase || undefined, bcryptInWebWorker);
      const current = await db.identity.get('staff');
      staffSessionKey = pair;
      // Imported as non-extractable: from here on the page can sign with it, not read it.
      return storePair(db, 'staff', current?.name ?? (pair.publicKey.comment || file.name), pair);
    },
    signBundle: (document) => signWith(db, 'staff', KINDS.bundle.namespace, document),
    exportStaffKeyBackup: (passphrase) => backUp(staffSessionKey, 'staff', 'jurydesk-staff-key-backup', passphrase),
    exportKeyBackup: (passphrase) => backUp(sessionKey, 'me', 'jurydesk-key-backup', passphrase),
    async eraseKeys() {
      sessionKey = null;
      staffSessionKey = null;
      await db.identity.clear();
    },
    async restoreKeyBackup(passphrase, file) {
      if (!file) return null;
      const pair = await parseAnyPrivateKey(await file.text(), passphrase || undefined, bcryptInWebWorker);
      const current = await db.identity.get('me');
      const restored = await storePair(db, 'me', current?.name ?? (pair.publicKey.comment || 'Jurydesk'), pair);
      sessionKey = pair;
      return restored;
    },
    saveFile: download,
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
