import type { FileKind } from '@core/container';
import type { ChannelResult, EventPayload, Identity } from '@core/ipc';

export type AppInfo = ChannelResult<'app:get-info'>;
export type MenuCommand = EventPayload<'menu:command'>;
export type { Identity };

/**
 * What the interface may ask of its host. Two implementations behind this one type (docs/DESIGN.md §6): the desktop
 * app, through the preload and the main process, and a plain browser, with browser means.
 */
export interface Bridge {
  readonly kind: 'desktop' | 'browser';
  /**
   * Whether the key can be written as a passphrase-protected backup: always on the desktop; in a browser, where the
   * stored key is non-extractable, only in the session that made or restored it.
   */
  readonly canBackUpKey: boolean;
  getAppInfo(): Promise<AppInfo>;
  getIdentity(): Promise<Identity | null>;
  createIdentity(name: string): Promise<Identity>;
  /** An armored SSH signature of the document in its kind's namespace. */
  sign(kind: Exclude<FileKind, 'bundle'>, document: Uint8Array): Promise<string>;
  exportKeyBackup(passphrase: string): Promise<boolean>;
  /** Replaces the juror's key with a backup's; `file` only where the page chooses key files (`keyFilesChosenBy`). */
  restoreKeyBackup(passphrase: string, file: File | null): Promise<Identity | null>;
  /** Deletes the keys the host keeps outside the database (the desktop's); a browser keeps them in the database. */
  eraseKeys(): Promise<void>;
  /**
   * Staff's own key, apart from the juror's: it signs bundles only. On the desktop, main keeps it and asks for a key
   * file itself (`keyFilesChosenBy: 'host'`); in a browser, the page gives the file (`'page'`).
   */
  readonly keyFilesChosenBy: 'host' | 'page';
  getStaffKey(): Promise<Identity | null>;
  createStaffKey(name: string): Promise<Identity>;
  /** Null when the user cancelled the host's dialog. */
  importStaffKey(passphrase: string, file: File | null): Promise<Identity | null>;
  signBundle(document: Uint8Array): Promise<string>;
  /** As for the juror's key: always on the desktop, in a browser only in the session that made or imported it. */
  readonly canBackUpStaffKey: boolean;
  exportStaffKeyBackup(passphrase: string): Promise<boolean>;
  /** A save dialog on the desktop, a download in a browser; false when the user cancelled. */
  saveFile(name: string, data: Blob): Promise<boolean>;
  /** Opens (or brings forward) the window the room sees, at the given address of the app. */
  openProjector(hash: string): Promise<void>;
  /** Saves the page as printed, as a PDF; false where the platform prints instead (the browser), or when cancelled. */
  saveReportPdf(name: string): Promise<boolean>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Files the system asked the app to open (double-click, “Open with”). */
  onFileOpened(listener: (file: File) => void): () => void;
}
