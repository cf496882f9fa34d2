import { contextBridge, ipcRenderer } from 'electron';
import {
  EVENTS,
  IPC,
  ipcReplySchema,
  type Channel,
  type ChannelArgs,
  type ChannelResult,
  type DesktopApi,
  type IpcReply,
} from '@core/ipc';

/** One named function per channel; the renderer never sees ipcRenderer itself. */
async function invoke<C extends Channel>(channel: C, ...args: ChannelArgs<C>): Promise<IpcReply<ChannelResult<C>>> {
  const reply = await ipcRenderer.invoke(channel, ...args);
  return ipcReplySchema(IPC[channel].result).parse(reply) as IpcReply<ChannelResult<C>>;
}

const bridge: DesktopApi = {
  getAppInfo: () => invoke('app:get-info'),
  getIdentity: () => invoke('identity:get'),
  createIdentity: (name) => invoke('identity:create', name),
  sign: (kind, document) => invoke('identity:sign', kind, document),
  exportKeyBackup: (passphrase) => invoke('identity:export-backup', passphrase),
  restoreKeyBackup: (passphrase) => invoke('identity:restore-backup', passphrase),
  eraseKeys: () => invoke('keys:erase'),
  getStaffKey: () => invoke('staff:get'),
  createStaffKey: (name) => invoke('staff:create', name),
  importStaffKey: (passphrase) => invoke('staff:import', passphrase),
  signBundle: (document) => invoke('staff:sign', document),
  exportStaffKeyBackup: (passphrase) => invoke('staff:export-backup', passphrase),
  saveBegin: (name) => invoke('file:save-begin', name),
  saveChunk: (saveId, bytes) => invoke('file:save-chunk', saveId, bytes),
  saveEnd: (saveId) => invoke('file:save-end', saveId),
  saveCancel: (saveId) => invoke('file:save-cancel', saveId),
  openProjector: (hash) => invoke('window:open-projector', hash),
  saveReportPdf: (name) => invoke('report:save-pdf', name),
  on: (event, listener) => {
    const handler = (_event: Electron.IpcRendererEvent, payload: unknown) => {
      const parsed = EVENTS[event].safeParse(payload);
      if (parsed.success) listener(parsed.data as Parameters<typeof listener>[0]);
    };
    ipcRenderer.on(event, handler);
    return () => ipcRenderer.removeListener(event, handler);
  },
};

contextBridge.exposeInMainWorld('jurydesk', bridge);
