import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { utf8 } from '@core/crypto/bytes';
import { verifyMessage } from '@core/crypto/sshsig';
import { fingerprint } from '@core/crypto/keys';
import { bcryptPbkdf } from '@core/crypto';
import { IdentityStore, type SecretStore } from '../../../src/main/identity';
import { createAppProtocolHandler } from '../../../src/main/protocol';
import { jurydeskFilesIn, OpenedFiles } from '../../../src/main/opened-files';
import { menuTemplate } from '../../../src/main/menu';
import { temporaryDirectory } from '../../support/ssh-keygen';

vi.mock('electron', () => ({}));

/** Stands in for safeStorage: reversible, but visibly not the plain text. */
function fakeSecrets(secure = true): SecretStore {
  return {
    isSecure: async () => secure,
    seal: async (text) => utf8(`sealed:${[...text].reverse().join('')}`),
    unseal: async (sealed) => [...new TextDecoder().decode(sealed).replace(/^sealed:/, '')].reverse().join(''),
  };
}

describe('the juror’s key in the main process', () => {
  it('is made once, kept sealed in a file only its owner reads, and signs in the right namespace', async () => {
    const path = join(temporaryDirectory(), 'identity.json');
    const store = new IdentityStore(path, fakeSecrets());
    expect(await store.get()).toBeNull();
    const identity = await store.create('Karim Benali');
    expect(await store.create('Someone else')).toEqual(identity);
    expect(identity).toMatchObject({
      name: 'Karim Benali',
      protection: 'os',
      fingerprint: expect.stringMatching(/^SHA256:/),
    });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toContain('"sealedSeed"');

    const document = utf8('{"format":"jurydesk.scores"}');
    const signer = await verifyMessage(await store.sign('scores', document), 'jurydesk-scores-v1', document);
    expect(await fingerprint(signer)).toBe(identity.fingerprint);
    // A declaration of interests in a namespace of its own: a score file's signature never passes for one.
    const declaration = utf8('{"format":"jurydesk.declaration"}');
    const declared = await store.sign('declaration', declaration);
    expect(await fingerprint(await verifyMessage(declared, 'jurydesk-declaration-v1', declaration))).toBe(
      identity.fingerprint,
    );
    await expect(verifyMessage(declared, 'jurydesk-scores-v1', declaration)).rejects.toMatchObject({
      code: 'signature.wrong-namespace',
    });
  });

  it('is gone for good once erased, a half-written one too: signing then fails and a new key can be made', async () => {
    const path = join(temporaryDirectory(), 'identity.json');
    const store = new IdentityStore(path, fakeSecrets());
    const before = await store.create('Karim Benali');
    writeFileSync(`${path}.0b7c2e4a.partial`, 'half');
    await store.erase();
    expect(existsSync(path)).toBe(false);
    expect(existsSync(`${path}.0b7c2e4a.partial`)).toBe(false);
    expect(await store.get()).toBeNull();
    await expect(store.sign('scores', utf8('{}'))).rejects.toMatchObject({ code: 'identity.missing' });
    await store.erase();
    expect((await store.create('Karim Benali')).publicKey).not.toBe(before.publicKey);
  });

  it('says when only file permissions protect the key (Linux without a keyring)', async () => {
    const store = new IdentityStore(join(temporaryDirectory(), 'identity.json'), fakeSecrets(false));
    expect((await store.create('Ana')).protection).toBe('plain');
  });

  it('exports a backup that ssh-keygen opens with the passphrase, and restores it elsewhere', async () => {
    const original = new IdentityStore(join(temporaryDirectory(), 'identity.json'), fakeSecrets());
    const identity = await original.create('Ana');
    const backup = await original.exportBackup('a long enough passphrase');
    const backupPath = join(temporaryDirectory(), 'backup');
    writeFileSync(backupPath, backup, { mode: 0o600 });
    expect(execFileSync('ssh-keygen', ['-y', '-P', 'a long enough passphrase', '-f', backupPath]).toString()).toContain(
      identity.publicKey.split(' ')[1],
    );

    const elsewhere = new IdentityStore(join(temporaryDirectory(), 'identity.json'), fakeSecrets());
    await expect(elsewhere.importKey(backup, 'not the passphrase!')).rejects.toMatchObject({
      code: 'key.wrong-passphrase',
    });
    expect(await elsewhere.get()).toBeNull();
    expect((await elsewhere.importKey(backup, 'a long enough passphrase')).fingerprint).toBe(identity.fingerprint);
  });
});

describe('staff’s key in the main process', () => {
  it('signs bundles and nothing else, and the juror’s key never signs a bundle', async () => {
    const staff = new IdentityStore(join(temporaryDirectory(), 'staff-key.json'), fakeSecrets(), ['bundle']);
    const juror = new IdentityStore(join(temporaryDirectory(), 'identity.json'), fakeSecrets());
    const staffIdentity = await staff.create('Équipe Cap Inclusion');
    await juror.create('Ana');
    const manifest = utf8('{"format":"jurydesk.bundle"}');
    const signer = await verifyMessage(await staff.sign('bundle', manifest), 'jurydesk-bundle-v1', manifest);
    expect(await fingerprint(signer)).toBe(staffIdentity.fingerprint);
    await expect(staff.sign('scores', manifest)).rejects.toThrow('This key does not sign a score file');
    await expect(staff.sign('declaration', manifest)).rejects.toThrow(
      'This key does not sign a declaration of interests',
    );
    await expect(juror.sign('bundle', manifest)).rejects.toThrow('This key does not sign a call bundle');
  });

  it('imports a key made by ssh-keygen, with or without a passphrase', async () => {
    const directory = temporaryDirectory();
    for (const passphrase of ['', 'staff passphrase of some length']) {
      const keyPath = join(directory, `key-${passphrase.length}`);
      execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', passphrase, '-C', 'staff@cap', '-f', keyPath]);
      const staff = new IdentityStore(join(directory, `staff-${passphrase.length}.json`), fakeSecrets(), ['bundle']);
      const imported = await staff.importKey(readFileSync(keyPath, 'utf8'), passphrase);
      expect(imported.publicKey.split(' ')[1]).toBe(readFileSync(`${keyPath}.pub`, 'utf8').split(' ')[1]);
      expect(imported.name).toBe('staff@cap');
    }
  });

  it('opens a slow key file on a thread of its own: main keeps answering while bcrypt works', async () => {
    const directory = temporaryDirectory();
    const keyPath = join(directory, 'key-100-rounds');
    const passphrase = 'staff passphrase of some length';
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-a', '100', '-N', passphrase, '-f', keyPath]);
    const staff = new IdentityStore(join(directory, 'staff.json'), fakeSecrets(), ['bundle']);
    const started = performance.now();
    bcryptPbkdf(utf8(passphrase), new Uint8Array(16), 100, 48);
    const onOneThread = performance.now() - started;
    let longestStall = 0;
    let lastTurn = performance.now();
    const ticking = setInterval(() => {
      longestStall = Math.max(longestStall, performance.now() - lastTurn);
      lastTurn = performance.now();
    }, 2);
    try {
      const imported = await staff.importKey(readFileSync(keyPath, 'utf8'), passphrase);
      expect(imported.publicKey.split(' ')[1]).toBe(readFileSync(`${keyPath}.pub`, 'utf8').split(' ')[1]);
    } finally {
      clearInterval(ticking);
    }
    // On main's own thread the loop would stall for the whole derivation; a ratio to it, measured here, not a time.
    expect(longestStall).toBeLessThan(onOneThread / 2);
    await expect(staff.importKey(readFileSync(keyPath, 'utf8'), 'not the passphrase')).rejects.toMatchObject({
      code: 'key.wrong-passphrase',
    });
  });
});

describe('files the system asks the app to open', () => {
  it('are served to the window under an unguessable app:// URL, and nothing else is', async () => {
    const directory = temporaryDirectory();
    const path = join(directory, 'call.jurybundle');
    writeFileSync(path, 'bundle bytes');
    const opened = new OpenedFiles();
    const { url, name } = opened.register(path);
    expect(name).toBe('call.jurybundle');
    const handler = createAppProtocolHandler(directory, (token) => opened.pathOf(token));
    expect(await (await handler(new Request(url))).text()).toBe('bundle bytes');
    expect((await handler(new Request('app://jurydesk/opened/00000000-0000-0000-0000-000000000000'))).status).toBe(404);
  });

  it('are picked out of a command line by their extension', async () => {
    const directory = temporaryDirectory();
    writeFileSync(join(directory, 'a.juryscores'), 'x');
    writeFileSync(join(directory, 'notes.txt'), 'x');
    expect(
      await jurydeskFilesIn([
        '/usr/bin/jurydesk',
        '--flag',
        join(directory, 'a.juryscores'),
        join(directory, 'notes.txt'),
        join(directory, 'missing.jurydelib'),
      ]),
    ).toEqual([join(directory, 'a.juryscores')]);
  });
});

describe('the menu', () => {
  it('sends each command to the window', () => {
    const sent: string[] = [];
    const template = menuTemplate('en', (command) => sent.push(command), false);
    const items = template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []));
    for (const item of items) (item.click as (() => void) | undefined)?.();
    expect(sent).toEqual(['open-bundle', 'check-file', 'calls', 'identity']);
    expect(items.filter((item) => item.click).every((item) => item.accelerator)).toBe(true);
  });
});
