import { readdir, readFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import * as z from 'zod';
import {
  fromBase64,
  toBase64,
  formatEncryptedPrivateKey,
  parseAnyPrivateKey,
  fingerprint,
  formatPublicKey,
  generateKeyPair,
  keyPairFromSeed,
  parsePublicKey,
  type KeyPair,
  signMessage,
} from '@core/crypto';
import { KINDS, type FileKind } from '@core/container';
import { JurydeskError, term } from '@core/errors';
import type { Identity } from '@core/ipc';
import { writeFileAtomically } from './files';
import { bcryptInWorker } from './kdf';

/** The system's secret store (Electron's safeStorage), behind an interface so that tests can stand in for it. */
export interface SecretStore {
  /** False on Linux when only the plain-text backend exists: the seed is then protected by file permissions alone. */
  isSecure(): Promise<boolean>;
  seal(text: string): Promise<Uint8Array>;
  unseal(sealed: Uint8Array): Promise<string>;
}

const storedIdentitySchema = z.object({
  version: z.literal(1),
  name: z.string().min(1),
  publicKey: z.string(),
  createdAt: z.string(),
  protection: z.enum(['os', 'plain']),
  sealedSeed: z.string(),
});

type StoredIdentity = z.infer<typeof storedIdentitySchema>;

/**
 * A signing key kept by the main process only — the juror's, or staff's — generated or imported here, sealed with
 * the system's secret store, unsealed just long enough to sign. The renderer gets signatures, never the key. Each
 * key signs only its own kinds of file: a juror's key cannot sign a bundle, staff's key cannot sign a score file.
 */
export class IdentityStore {
  constructor(
    private readonly path: string,
    private readonly secrets: SecretStore,
    private readonly kinds: readonly FileKind[] = ['scores', 'deliberation', 'declaration'],
  ) {}

  /**
   * The stored key, or null when there is none. A key that exists but cannot be read (a lock, a permission, a
   * damaged file) is a failure, never "none": making a new key over it would cost the juror the right to export.
   */
  private async read(): Promise<StoredIdentity | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return null;
      if (code === 'EACCES' || code === 'EPERM') throw new JurydeskError('identity.denied');
      throw new JurydeskError('identity.locked');
    }
    try {
      return storedIdentitySchema.parse(JSON.parse(text));
    } catch {
      throw new JurydeskError('identity.damaged');
    }
  }

  private async describe(stored: StoredIdentity): Promise<Identity> {
    return {
      name: stored.name,
      publicKey: stored.publicKey,
      fingerprint: await fingerprint(parsePublicKey(stored.publicKey)),
      createdAt: stored.createdAt,
      protection: stored.protection,
    };
  }

  private async write(name: string, pair: KeyPair): Promise<Identity> {
    const stored: StoredIdentity = {
      version: 1,
      name,
      publicKey: formatPublicKey(pair.publicKey),
      createdAt: new Date().toISOString(),
      protection: (await this.secrets.isSecure()) ? 'os' : 'plain',
      sealedSeed: toBase64(await this.secrets.seal(toBase64(pair.seed))),
    };
    await writeFileAtomically(this.path, JSON.stringify(stored), 0o600);
    return this.describe(stored);
  }

  private async keyPair(): Promise<KeyPair> {
    const stored = await this.read();
    if (!stored) throw new JurydeskError('identity.missing');
    let seed: Uint8Array;
    try {
      seed = fromBase64(await this.secrets.unseal(fromBase64(stored.sealedSeed)));
    } catch {
      throw new JurydeskError('identity.sealed-elsewhere');
    }
    if (seed.length !== 32) throw new JurydeskError('identity.sealed-elsewhere');
    return keyPairFromSeed(seed, stored.name);
  }

  async get(): Promise<Identity | null> {
    const stored = await this.read();
    return stored ? this.describe(stored) : null;
  }

  async create(name: string): Promise<Identity> {
    const existing = await this.get();
    if (existing) return existing;
    return this.write(name, await generateKeyPair(name));
  }

  async sign(kind: FileKind, document: Uint8Array): Promise<string> {
    if (!this.kinds.includes(kind)) throw new JurydeskError('identity.wrong-kind', { kind: term(kind) });
    return signMessage(await this.keyPair(), KINDS[kind].namespace, document);
  }

  /** The key gone from this computer, for good (a half-written one too): signing then needs a new or restored key. */
  async erase(): Promise<void> {
    await rm(this.path, { force: true });
    const folder = dirname(this.path);
    const partial = `${basename(this.path)}.`;
    const names = await readdir(folder).catch(() => []);
    for (const name of names)
      if (name.startsWith(partial) && name.endsWith('.partial')) await rm(join(folder, name), { force: true });
  }

  /** An OpenSSH private key protected by the passphrase: `ssh-keygen -y -f BACKUP` opens it too. */
  async exportBackup(passphrase: string): Promise<string> {
    return formatEncryptedPrivateKey(await this.keyPair(), passphrase, { kdf: bcryptInWorker });
  }

  /** An OpenSSH private key made elsewhere (`ssh-keygen -t ed25519`, a backup), protected by a passphrase or not. */
  async importKey(text: string, passphrase?: string): Promise<Identity> {
    const pair = await parseAnyPrivateKey(text, passphrase || undefined, bcryptInWorker);
    // Restoring a backup is what a damaged key file calls for; a locked or forbidden one is left alone.
    const current = await this.read().catch((error: unknown) => {
      if (error instanceof JurydeskError && error.code === 'identity.damaged') return null;
      throw error;
    });
    return this.write(current?.name ?? (pair.publicKey.comment || 'Jurydesk'), pair);
  }
}

/** Electron's safeStorage, async API (the sync one is deprecated). */
export function electronSecretStore(safeStorage: Electron.SafeStorage): SecretStore {
  return {
    isSecure: async () =>
      (await safeStorage.isAsyncEncryptionAvailable()) &&
      (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
    seal: async (text) => new Uint8Array(await safeStorage.encryptStringAsync(text)),
    unseal: async (sealed) => {
      const { result } = await safeStorage.decryptStringAsync(Buffer.from(sealed));
      return result;
    },
  };
}
