import { readFile } from 'node:fs/promises';
import type { FileSaves } from './files';
import { writeFileAtomically } from './files';
import type { IdentityStore } from './identity';
import type { IpcHandlers } from './ipc';

/**
 * What the handlers need of the desktop around them: the system's dialogs, windows and printing. Electron gives
 * them in index.ts; the wire harness of the tests gives test doubles (docs/DESIGN.md §6), and every other line the
 * handlers run is the product's.
 */
export interface Host {
  appInfo(): { version: string; locale: string; platform: string };
  identity: IdentityStore;
  staffKey: IdentityStore;
  saves: FileSaves;
  /** The system's save dialog: the path the user chose, or null when they cancelled. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
  /** The system's open dialog for one file: its path, or null when cancelled. */
  chooseOpenPath(): Promise<string | null>;
  openProjector(hash: string): { opened: boolean };
  /** The main window's page as printed on A4, or null when there is no window. */
  printToPdf(): Promise<Uint8Array | null>;
}

/** Every channel of the IPC contract, answered by the keys main keeps and the files it writes. */
export function createHandlers(host: Host): IpcHandlers {
  const { identity, staffKey, saves } = host;
  const importKeyFile = async (store: IdentityStore, passphrase: string) => {
    const path = await host.chooseOpenPath();
    return path ? store.importKey(await readFile(path, 'utf8'), passphrase) : null;
  };
  const backUp = async (store: IdentityStore, suggestedName: string, passphrase: string) => {
    const path = await host.chooseSavePath(suggestedName);
    if (!path) return { saved: false };
    await writeFileAtomically(path, await store.exportBackup(passphrase), 0o600);
    return { saved: true };
  };
  return {
    'app:get-info': async () => host.appInfo(),
    'identity:get': () => identity.get(),
    'identity:create': (name) => identity.create(name),
    'identity:sign': (kind, document) => identity.sign(kind, document),
    'identity:export-backup': (passphrase) => backUp(identity, 'jurydesk-key-backup', passphrase),
    'identity:restore-backup': (passphrase) => importKeyFile(identity, passphrase),
    'keys:erase': async () => {
      await Promise.all([identity.erase(), staffKey.erase()]);
      return { erased: true };
    },
    'staff:get': () => staffKey.get(),
    'staff:create': (name) => staffKey.create(name),
    'staff:import': (passphrase) => importKeyFile(staffKey, passphrase),
    'staff:sign': (document) => staffKey.sign('bundle', document),
    'staff:export-backup': (passphrase) => backUp(staffKey, 'jurydesk-staff-key-backup', passphrase),
    'file:save-begin': async (suggestedName) => {
      const path = await host.chooseSavePath(suggestedName);
      return path ? { saveId: await saves.begin(path) } : null;
    },
    'file:save-chunk': async (saveId, bytes) => {
      await saves.append(saveId, bytes);
      return { written: bytes.length };
    },
    'file:save-end': async (saveId) => {
      await saves.finish(saveId);
      return { saved: true };
    },
    'file:save-cancel': async (saveId) => {
      await saves.cancel(saveId);
      return { cancelled: true };
    },
    'window:open-projector': async (hash) => host.openProjector(hash),
    'report:save-pdf': async (suggestedName) => {
      const pdf = await host.printToPdf();
      if (!pdf) return { saved: false };
      const path = await host.chooseSavePath(suggestedName);
      if (!path) return { saved: false };
      await writeFileAtomically(path, pdf);
      return { saved: true };
    },
  };
}
