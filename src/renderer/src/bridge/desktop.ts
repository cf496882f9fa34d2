import type { DesktopApi, IpcReply } from '../../../core/ipc';
import { BridgeError, type Bridge } from './types';

declare global {
  interface Window {
    jurydesk?: DesktopApi;
  }
}

async function value<T>(reply: Promise<IpcReply<T>>): Promise<T> {
  const settled = await reply;
  if (!settled.ok) throw new BridgeError(settled.error.code, settled.error.message);
  return settled.value;
}

export function desktopBridge(api: DesktopApi): Bridge {
  return {
    kind: 'desktop',
    canBackUpKey: true,
    getAppInfo: () => value(api.getAppInfo()),
    getIdentity: () => value(api.getIdentity()),
    createIdentity: (name) => value(api.createIdentity(name)),
    sign: (kind, document) => value(api.sign(kind, document)),
    exportKeyBackup: async (passphrase) => (await value(api.exportKeyBackup(passphrase))).saved,
    restoreKeyBackup: (passphrase) => value(api.restoreKeyBackup(passphrase)),
    saveFile: async (name, data) => (await value(api.saveFile(name, new Uint8Array(await data.arrayBuffer())))).saved,
    onMenuCommand: (listener) => api.on('menu:command', listener),
    onFileOpened: (listener) =>
      api.on('file:opened', ({ url, name }) => {
        void fetch(url)
          .then((response) => response.blob())
          .then((blob) => listener(new File([blob], name)));
      }),
  };
}
