import { randomUUID } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { JurydeskError } from '@core/errors';

/** The errno codes a user can act on when writing: a full disk, a folder they may not write in. */
export function writeFailure(error: unknown): JurydeskError {
  if (error instanceof JurydeskError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return new JurydeskError('save.disk-full');
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new JurydeskError('save.denied');
  return new JurydeskError('save.failed');
}

/**
 * A file written beside its final name and renamed into place once flushed to disk (docs/DESIGN.md §6, "Files
 * main writes"): a crash or a full disk leaves the previous file, or none, under the final name, never half of the
 * new one. The temporary name is unique, so two saves to one place never write into each other.
 */
export class AtomicFile {
  private constructor(
    private readonly path: string,
    private readonly temporary: string,
    private readonly handle: FileHandle,
  ) {}

  static async create(path: string, mode = 0o644): Promise<AtomicFile> {
    const temporary = `${path}.${randomUUID()}.partial`;
    try {
      return new AtomicFile(path, temporary, await open(temporary, 'wx', mode));
    } catch (error) {
      throw writeFailure(error);
    }
  }

  async write(bytes: Uint8Array | string): Promise<void> {
    try {
      await this.handle.writeFile(bytes);
    } catch (error) {
      await this.abandon();
      throw writeFailure(error);
    }
  }

  /** Flushed, closed and renamed over the final name. */
  async commit(): Promise<void> {
    try {
      await this.handle.sync();
      await this.handle.close();
      await rename(this.temporary, this.path);
    } catch (error) {
      await this.abandon();
      throw writeFailure(error);
    }
  }

  /** Nothing of this save is left behind; the final name keeps what it had. */
  async abandon(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await rm(this.temporary, { force: true });
  }
}

export async function writeFileAtomically(path: string, data: Uint8Array | string, mode?: number): Promise<void> {
  const file = await AtomicFile.create(path, mode);
  await file.write(data);
  await file.commit();
}

/**
 * Saves streamed from the window in pieces, each written to disk as it arrives: a bundle of gigabytes is never
 * copied whole into main's memory or across IPC. A save is named by an unguessable id, given once the user chose
 * where to save.
 */
export class FileSaves {
  private readonly open = new Map<string, AtomicFile>();

  async begin(path: string): Promise<string> {
    const id = randomUUID();
    this.open.set(id, await AtomicFile.create(path));
    return id;
  }

  async append(id: string, bytes: Uint8Array): Promise<void> {
    const file = this.take(id, false);
    try {
      await file.write(bytes);
    } catch (error) {
      this.open.delete(id);
      throw error;
    }
  }

  async finish(id: string): Promise<void> {
    await this.take(id, true).commit();
  }

  async cancel(id: string): Promise<void> {
    await this.open.get(id)?.abandon();
    this.open.delete(id);
  }

  private take(id: string, remove: boolean): AtomicFile {
    const file = this.open.get(id);
    if (!file) throw new JurydeskError('save.failed');
    if (remove) this.open.delete(id);
    return file;
  }
}
