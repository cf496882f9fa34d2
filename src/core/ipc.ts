import { z } from 'zod';

/**
 * The one contract between the renderer and the main process: each channel's argument and result
 * schemas. Main validates every message against it (and its sender frame); the preload exposes one
 * function per channel. Results cross as values (`{ ok, value }` / `{ ok, error }`), never as throws.
 */
export const IPC = {
  'app:get-info': {
    args: z.tuple([]),
    result: z.object({ version: z.string(), locale: z.string(), platform: z.string() }),
  },
} as const;

export type Channel = keyof typeof IPC;
export type ChannelArgs<C extends Channel> = z.infer<(typeof IPC)[C]['args']>;
export type ChannelResult<C extends Channel> = z.infer<(typeof IPC)[C]['result']>;

export const ipcErrorSchema = z.object({ code: z.string(), message: z.string() });
export type IpcError = z.infer<typeof ipcErrorSchema>;

export type IpcReply<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function ipcReplySchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: ipcErrorSchema }),
  ]);
}

/** The standard, secure scheme the renderer is served from. IndexedDB belongs to this origin: never change it. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'jurydesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** What the preload exposes as `window.jurydesk`: one function per channel. */
export interface DesktopApi {
  getAppInfo(): Promise<IpcReply<ChannelResult<'app:get-info'>>>;
}
