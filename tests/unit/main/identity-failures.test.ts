import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type * as FileSystem from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { utf8 } from '@core/crypto/bytes';
import { formatEncryptedPrivateKey, generateKeyPair } from '@core/crypto';
import { describeFailure, JurydeskError } from '@core/errors';
import { IdentityStore, type SecretStore } from '../../../src/main/identity';
import { temporaryDirectory } from '../../support/ssh-keygen';

vi.mock('electron', () => ({}));

/** The host failures a test asks for, by the file system call that meets them. */
const host = vi.hoisted(() => ({ read: null as string | null, write: null as string | null }));

const failing = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FileSystem>();
  return {
    ...real,
    readFile: (async (...args: Parameters<typeof real.readFile>) => {
      if (host.read) throw failing(host.read);
      return real.readFile(...args);
    }) as typeof real.readFile,
    // A disk that fills up while the key is being written: the file opens, the bytes do not fit.
    open: (async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      if (!host.write) return handle;
      const code = host.write;
      return new Proxy(handle, {
        get: (target, property) => {
          if (property === 'writeFile') return async () => Promise.reject(failing(code));
          const value: unknown = Reflect.get(target, property);
          return typeof value === 'function' ? (value as (...values: unknown[]) => unknown).bind(target) : value;
        },
      }) as FileHandle;
    }) as typeof real.open,
  };
});

function fakeSecrets(): SecretStore {
  return {
    isSecure: async () => true,
    seal: async (text) => utf8(`sealed:${text}`),
    unseal: async (sealed) => new TextDecoder().decode(sealed).replace(/^sealed:/, ''),
  };
}

/** Every sentence a failure gets is whole in both languages: no placeholder left, and French of its own. */
function expectSaidInBothLanguages(error: unknown, code: string) {
  expect(error).toBeInstanceOf(JurydeskError);
  const failure = error as JurydeskError;
  expect(failure.code).toBe(code);
  const english = describeFailure(failure, 'en');
  const french = describeFailure(failure, 'fr');
  for (const sentence of [english, french]) expect(sentence).not.toMatch(/[{}]/);
  expect(french).not.toBe(english);
}

async function failureOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('a key that exists but cannot be read is never replaced', () => {
  let directory: string;
  let path: string;
  let original: string;

  beforeEach(async () => {
    host.read = null;
    host.write = null;
    directory = temporaryDirectory();
    path = join(directory, 'identity.json');
    await new IdentityStore(path, fakeSecrets()).create('Karim Benali');
    original = readFileSync(path, 'utf8');
  });

  for (const [errno, code] of [
    ['EBUSY', 'identity.locked'],
    ['EAGAIN', 'identity.locked'],
    ['EACCES', 'identity.denied'],
    ['EPERM', 'identity.denied'],
    ['EIO', 'identity.locked'],
  ] as const) {
    it(`${errno} reading it: the key is shown as unreadable (${code}), and making a key keeps it`, async () => {
      const store = new IdentityStore(path, fakeSecrets());
      host.read = errno;
      expectSaidInBothLanguages(await failureOf(() => store.get()), code);
      expectSaidInBothLanguages(await failureOf(() => store.create('Someone else')), code);
      expectSaidInBothLanguages(await failureOf(() => store.sign('scores', utf8('{}'))), code);
      const backup = await formatEncryptedPrivateKey(await generateKeyPair('other'), 'a passphrase of length');
      expectSaidInBothLanguages(await failureOf(() => store.importKey(backup, 'a passphrase of length')), code);
      host.read = null;
      expect(readFileSync(path, 'utf8')).toBe(original);
    });
  }

  it('a damaged file: making a key keeps it; restoring the backup is what replaces it', async () => {
    writeFileSync(path, '{"version":1,"name":');
    const store = new IdentityStore(path, fakeSecrets());
    expectSaidInBothLanguages(await failureOf(() => store.get()), 'identity.damaged');
    expectSaidInBothLanguages(await failureOf(() => store.create('Someone else')), 'identity.damaged');
    expect(readFileSync(path, 'utf8')).toBe('{"version":1,"name":');
    const backup = await generateKeyPair('Karim Benali');
    const restored = await store.importKey(
      await formatEncryptedPrivateKey(backup, 'a passphrase of length'),
      'a passphrase of length',
    );
    expect(restored.name).toBe('Karim Benali');
  });

  it('a key store that does not open the sealed key says so, and signs nothing', async () => {
    const store = new IdentityStore(path, {
      ...fakeSecrets(),
      unseal: async () => Promise.reject(new Error('the keyring refused')),
    });
    expectSaidInBothLanguages(await failureOf(() => store.sign('scores', utf8('{}'))), 'identity.sealed-elsewhere');
    expect(readFileSync(path, 'utf8')).toBe(original);
  });

  for (const [errno, code] of [
    ['ENOSPC', 'save.disk-full'],
    ['EDQUOT', 'save.disk-full'],
    ['EROFS', 'save.denied'],
    ['EIO', 'save.failed'],
  ] as const) {
    it(`${errno} writing a restored key: the previous key stays whole, and nothing half-written is left`, async () => {
      const store = new IdentityStore(path, fakeSecrets());
      host.write = errno;
      const backup = await formatEncryptedPrivateKey(await generateKeyPair('other'), 'a passphrase of length');
      expectSaidInBothLanguages(await failureOf(() => store.importKey(backup, 'a passphrase of length')), code);
      host.write = null;
      expect(readFileSync(path, 'utf8')).toBe(original);
      expect(readdirSync(directory)).toEqual(['identity.json']);
    });
  }

  it('a full disk when the first key is made: no key file at all, and the next try makes one', async () => {
    const fresh = join(temporaryDirectory(), 'identity.json');
    const store = new IdentityStore(fresh, fakeSecrets());
    host.write = 'ENOSPC';
    expectSaidInBothLanguages(await failureOf(() => store.create('Karim Benali')), 'save.disk-full');
    expect(existsSync(fresh)).toBe(false);
    host.write = null;
    expect(await store.create('Karim Benali')).toMatchObject({ name: 'Karim Benali' });
  });
});
