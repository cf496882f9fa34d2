import { contextBridge, ipcRenderer } from 'electron';
import { IPC, ipcReplySchema, type Channel, type ChannelArgs, type ChannelResult, type DesktopApi, type IpcReply } from '../core/ipc';

/** One named function per channel; the renderer never sees ipcRenderer itself. */
async function invoke<C extends Channel>(channel: C, ...args: ChannelArgs<C>): Promise<IpcReply<ChannelResult<C>>> {
  const reply = await ipcRenderer.invoke(channel, ...args);
  return ipcReplySchema(IPC[channel].result).parse(reply) as IpcReply<ChannelResult<C>>;
}

const bridge: DesktopApi = {
  getAppInfo: () => invoke('app:get-info'),
};

contextBridge.exposeInMainWorld('jurydesk', bridge);
