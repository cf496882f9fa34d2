import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { JurydeskError } from '@core/errors';
import { IPC, ipcErrorSchema, type Channel, type ChannelArgs, type ChannelResult, type IpcReply } from '@core/ipc';
import { isAppUrl } from './security';

export type IpcHandlers = { [C in Channel]: (...args: ChannelArgs<C>) => Promise<ChannelResult<C>> };

/** Only the app's own top-level page may call main: not an iframe, not a page that was navigated elsewhere. */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame === event.sender.mainFrame && isAppUrl(frame.url);
}

export async function handleIpc<C extends Channel>(
  channel: C,
  handler: IpcHandlers[C],
  event: IpcMainInvokeEvent,
  args: unknown[],
): Promise<IpcReply<ChannelResult<C>>> {
  if (!isTrustedSender(event)) return { ok: false, error: { code: 'ipc.untrusted-sender', details: {} } };
  const parsed = IPC[channel].args.safeParse(args);
  if (!parsed.success) return { ok: false, error: { code: 'ipc.invalid-arguments', details: {} } };
  try {
    const value = await (handler as (...values: unknown[]) => Promise<unknown>)(...(parsed.data as unknown[]));
    return { ok: true, value: IPC[channel].result.parse(value) as ChannelResult<C> };
  } catch (error) {
    // Core's and the host's own failures keep their facts; details that would not pass the contract are a defect.
    const failure =
      error instanceof JurydeskError ? ipcErrorSchema.safeParse({ code: error.code, details: error.details }) : null;
    if (failure?.success) return { ok: false, error: failure.data };
    console.error(`IPC ${channel} failed`, error);
    return { ok: false, error: { code: 'ipc.failed', details: {} } };
  }
}

export function registerIpcHandlers(ipcMain: IpcMain, handlers: IpcHandlers): void {
  for (const channel of Object.keys(IPC) as Channel[]) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => handleIpc(channel, handlers[channel], event, args));
  }
}
