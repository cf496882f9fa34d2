import * as z from 'zod';
import { isErrorCode, type ErrorCode } from './errors';

/**
 * The one contract between the renderer and the main process: each channel's argument and result
 * schemas. Main validates every message against it (and its sender frame); the preload exposes one
 * function per channel. Results cross as values (`{ ok, value }` / `{ ok, error }`), never as throws.
 */
export const identitySchema = z.object({
  name: z.string().min(1),
  publicKey: z.string(),
  fingerprint: z.string(),
  createdAt: z.string(),
  /** `os`: sealed by the system's key store; `plain`: only file permissions protect it (Linux without a keyring). */
  protection: z.enum(['os', 'plain', 'browser']),
});

export type Identity = z.infer<typeof identitySchema>;

const fileKindSchema = z.enum(['bundle', 'scores', 'deliberation', 'declaration']);
const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes');
const passphraseSchema = z.string().min(12).max(1024);
/** The largest piece of a saved file one message carries: main holds at most this much of a save at once. */
export const SAVE_CHUNK_BYTES = 8 * 1024 * 1024;
const chunkSchema = bytesSchema.refine((bytes) => bytes.length <= SAVE_CHUNK_BYTES, 'a piece of at most 8 MiB');
const saveIdSchema = z.uuid();

/** The address of a call's projector view inside the app. */
export const PROJECTOR_HASH = /^#\/call\/[A-Za-z0-9%._~-]{1,300}\/projector$/;

export const IPC = {
  'app:get-info': {
    args: z.tuple([]),
    result: z.object({ version: z.string(), locale: z.string(), platform: z.string() }),
  },
  'identity:get': { args: z.tuple([]), result: identitySchema.nullable() },
  'identity:create': { args: z.tuple([z.string().trim().min(1).max(200)]), result: identitySchema },
  /** Main signs documents of the signed kinds only, in their namespace: the renderer never sees the private key. */
  'identity:sign': { args: z.tuple([fileKindSchema.exclude(['bundle']), bytesSchema]), result: z.string() },
  'identity:export-backup': { args: z.tuple([passphraseSchema]), result: z.object({ saved: z.boolean() }) },
  /** A backup made elsewhere may have no passphrase, or a short one: whatever opens it is accepted. */
  'identity:restore-backup': { args: z.tuple([z.string().max(1024)]), result: identitySchema.nullable() },
  /** Returning the laptop: both keys main keeps, the juror's and staff's, deleted. */
  'keys:erase': { args: z.tuple([]), result: z.object({ erased: z.boolean() }) },
  /** Staff's key, kept apart from the juror's: it signs bundles, and nothing else. */
  'staff:get': { args: z.tuple([]), result: identitySchema.nullable() },
  'staff:create': { args: z.tuple([z.string().trim().min(1).max(200)]), result: identitySchema },
  /** Main asks for the key file itself: the private key never passes through the page. Null when cancelled. */
  'staff:import': { args: z.tuple([z.string().max(1024)]), result: identitySchema.nullable() },
  'staff:sign': { args: z.tuple([bytesSchema]), result: z.string() },
  /** Without a backup, losing this computer means no later version of a call can ever be signed. */
  'staff:export-backup': { args: z.tuple([passphraseSchema]), result: z.object({ saved: z.boolean() }) },
  /**
   * A save streamed in pieces (a bundle may be gigabytes): `begin` asks the user where (null when cancelled), each
   * piece is written as it arrives, `end` puts the whole file in place; `cancel` leaves nothing behind.
   */
  'file:save-begin': {
    args: z.tuple([z.string().min(1).max(255)]),
    result: z.object({ saveId: saveIdSchema }).nullable(),
  },
  'file:save-chunk': { args: z.tuple([saveIdSchema, chunkSchema]), result: z.object({ written: z.number() }) },
  'file:save-end': { args: z.tuple([saveIdSchema]), result: z.object({ saved: z.literal(true) }) },
  'file:save-cancel': { args: z.tuple([saveIdSchema]), result: z.object({ cancelled: z.literal(true) }) },
  /** The page as printed (A4, print styles), saved as a PDF where the user chooses. */
  'report:save-pdf': {
    args: z.tuple([z.string().min(1).max(255)]),
    result: z.object({ saved: z.boolean() }),
  },
  /** The chair's projector view, in a second window of the app: only that page of the app, nothing else. */
  'window:open-projector': {
    args: z.tuple([z.string().regex(PROJECTOR_HASH)]),
    result: z.object({ opened: z.boolean() }),
  },
} as const;

export type Channel = keyof typeof IPC;
export type ChannelArgs<C extends Channel> = z.infer<(typeof IPC)[C]['args']>;
export type ChannelResult<C extends Channel> = z.infer<(typeof IPC)[C]['result']>;

/**
 * A failure crosses as core's failures do, a code of the catalogue and the facts its sentence names, so that each
 * side says it in the user's language with those facts; never a stack or a message already written in English.
 */
export const ipcErrorSchema = z.strictObject({
  code: z.custom<ErrorCode>((value) => typeof value === 'string' && isErrorCode(value), 'a code of the catalogue'),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.record(z.string(), z.string())])),
});
export type IpcError = z.infer<typeof ipcErrorSchema>;

export type IpcReply<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function ipcReplySchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: ipcErrorSchema }),
  ]);
}

/** Messages main sends to the window: menu commands, and files the system asked us to open. */
export const EVENTS = {
  'menu:command': z.enum(['open-bundle', 'calls', 'check-file', 'identity']),
  'file:opened': z.object({ url: z.string(), name: z.string() }),
} as const;

export type EventName = keyof typeof EVENTS;
export type EventPayload<E extends EventName> = z.infer<(typeof EVENTS)[E]>;

/** The standard, secure scheme the renderer is served from. IndexedDB belongs to this origin: never change it. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'jurydesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** Marks the page's hidden file input on which the main process sets files the system opened. */
export const OPENED_FILE_ATTRIBUTE = 'data-opened-file';

type Invoke<C extends Channel> = (...args: ChannelArgs<C>) => Promise<IpcReply<ChannelResult<C>>>;

/** What the preload exposes as `window.jurydesk`: one function per channel, one subscription per event. */
export interface DesktopApi {
  getAppInfo: Invoke<'app:get-info'>;
  getIdentity: Invoke<'identity:get'>;
  createIdentity: Invoke<'identity:create'>;
  sign: Invoke<'identity:sign'>;
  exportKeyBackup: Invoke<'identity:export-backup'>;
  restoreKeyBackup: Invoke<'identity:restore-backup'>;
  eraseKeys: Invoke<'keys:erase'>;
  getStaffKey: Invoke<'staff:get'>;
  createStaffKey: Invoke<'staff:create'>;
  importStaffKey: Invoke<'staff:import'>;
  signBundle: Invoke<'staff:sign'>;
  exportStaffKeyBackup: Invoke<'staff:export-backup'>;
  saveBegin: Invoke<'file:save-begin'>;
  saveChunk: Invoke<'file:save-chunk'>;
  saveEnd: Invoke<'file:save-end'>;
  saveCancel: Invoke<'file:save-cancel'>;
  openProjector: Invoke<'window:open-projector'>;
  saveReportPdf: Invoke<'report:save-pdf'>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
