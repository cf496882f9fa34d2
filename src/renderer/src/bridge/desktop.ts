import { OPENED_FILE_ATTRIBUTE, SAVE_CHUNK_BYTES, type DesktopApi, type IpcReply } from '@core/ipc';
import { JurydeskError } from '@core/errors';
import type { Bridge } from './types';

declare global {
  interface Window {
    jurydesk?: DesktopApi;
  }
}

async function value<T>(reply: Promise<IpcReply<T>>): Promise<T> {
  const settled = await reply;
  if (!settled.ok) throw new JurydeskError(settled.error.code, settled.error.details);
  return settled.value;
}

/**
 * The hidden input on which the main process sets files the system opened (src/main/hand-file.ts): the page then
 * gets a File read from disk, as from a file chooser, and a bundle of a gigabyte is never copied into memory.
 */
function openedFileInput(): HTMLInputElement {
  const existing = document.querySelector<HTMLInputElement>(`input[${OPENED_FILE_ATTRIBUTE}]`);
  if (existing) return existing;
  const input = document.createElement('input');
  input.type = 'file';
  input.hidden = true;
  input.tabIndex = -1;
  input.setAttribute(OPENED_FILE_ATTRIBUTE, '');
  input.setAttribute('aria-hidden', 'true');
  document.body.append(input);
  return input;
}

/**
 * Sends a file to main piece by piece, each read from the Blob only when sent: the window never holds a gigabyte
 * bundle as one array, and main writes each piece as it comes. A failure leaves nothing behind under the name.
 */
async function saveInPieces(api: DesktopApi, name: string, data: Blob): Promise<boolean> {
  const begun = await value(api.saveBegin(name));
  if (!begun) return false;
  try {
    for (let offset = 0; offset < data.size; offset += SAVE_CHUNK_BYTES) {
      const piece = new Uint8Array(await data.slice(offset, offset + SAVE_CHUNK_BYTES).arrayBuffer());
      await value(api.saveChunk(begun.saveId, piece));
    }
    await value(api.saveEnd(begun.saveId));
    return true;
  } catch (error) {
    await api.saveCancel(begun.saveId);
    throw error;
  }
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
    eraseKeys: async () => {
      await value(api.eraseKeys());
    },
    keyFilesChosenBy: 'host',
    getStaffKey: () => value(api.getStaffKey()),
    createStaffKey: (name) => value(api.createStaffKey(name)),
    importStaffKey: (passphrase) => value(api.importStaffKey(passphrase)),
    signBundle: (document) => value(api.signBundle(document)),
    canBackUpStaffKey: true,
    exportStaffKeyBackup: async (passphrase) => (await value(api.exportStaffKeyBackup(passphrase))).saved,
    saveFile: (name, data) => saveInPieces(api, name, data),
    saveReportPdf: async (name) => (await value(api.saveReportPdf(name))).saved,
    openProjector: async (hash) => {
      await value(api.openProjector(hash));
    },
    onMenuCommand: (listener) => api.on('menu:command', listener),
    onFileOpened: (listener) => {
      const input = openedFileInput();
      const onChange = () => {
        const file = input.files?.[0];
        input.value = '';
        if (file) listener(file);
      };
      input.addEventListener('change', onChange);
      // Only when the main process could not set the file on the input (DevTools attached): a copy, fetched whole.
      const stopListening = api.on('file:opened', ({ url, name }) => {
        void fetch(url)
          .then((response) => response.blob())
          .then((blob) => listener(new File([blob], name)));
      });
      return () => {
        input.removeEventListener('change', onChange);
        stopListening();
      };
    },
  };
}
