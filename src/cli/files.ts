import { createWriteStream, openAsBlob } from 'node:fs';
import { lstat, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { CliError } from './cli-error';

/** A file-backed Blob: reading a slice reads only that part of the file. */
export async function readFileBlob(path: string): Promise<Blob> {
  let blob: Blob;
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a file');
    size = info.size;
    blob = await openAsBlob(path);
  } catch {
    throw CliError.of('cannotRead', { path: path });
  }
  // Node 20 gives a file over 4 GiB a size modulo 2³² (and aborts on a slice beyond): refused, never misread.
  if (blob.size !== size) throw CliError.of('beyondNodeBlob', { path, size, node: process.versions.node });
  return blob;
}

/**
 * Where `--out` may write: a file in a folder that exists, never a folder, a device or a link (replacing a link would
 * follow it out), and never a file already there unless the user said `--force`: a signed file lost to a typo cannot
 * be made again with the same date. Checked before any work, and again when writing.
 */
export async function checkOutPath(path: string, force: boolean): Promise<void> {
  const folder = await stat(dirname(resolve(path))).catch(() => null);
  if (!folder?.isDirectory()) throw CliError.of('outFolderMissing', { path });
  const existing = await lstat(path).catch(() => null);
  if (!existing) return;
  if (!existing.isFile()) throw CliError.of('outNotAFile', { path });
  if (!force) throw CliError.of('outExists', { path });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: a process of another user holds that number, and may be writing.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A run that was killed could not clean up after itself: the next write to the same place removes what it left,
 * recognisable by the number of a process that no longer runs. A partial file of a run still going is left alone.
 */
async function removeAbandonedPartials(path: string): Promise<void> {
  const prefix = `${basename(path)}.`;
  const names = await readdir(dirname(resolve(path))).catch(() => []);
  for (const name of names) {
    const pid = name.startsWith(prefix) ? /^(\d+)\.partial$/.exec(name.slice(prefix.length))?.[1] : undefined;
    if (pid !== undefined && Number(pid) !== process.pid && !isRunning(Number(pid)))
      await unlink(join(dirname(resolve(path)), name)).catch(() => undefined);
  }
}

/**
 * Writes next to the target, then renames, so a failure never leaves half a file, or any partial file, behind; what
 * a killed run left there goes too.
 */
export async function writeBlobFile(path: string, blob: Blob, { force = false, mode = 0o644 } = {}): Promise<void> {
  await checkOutPath(path, force);
  await removeAbandonedPartials(path);
  const temporary = `${path}.${process.pid}.partial`;
  try {
    await pipeline(
      Readable.fromWeb(blob.stream() as NodeReadableStream),
      createWriteStream(temporary, { mode, flags: 'wx' }),
    );
    await rename(temporary, path);
  } catch {
    await unlink(temporary).catch(() => undefined);
    throw CliError.of('cannotWrite', { path });
  }
}

/** Refuses to replace an existing file: losing a private key cannot be undone. */
export async function writeNewFile(path: string, content: string, mode: number): Promise<void> {
  let handle;
  try {
    handle = await open(path, 'wx', mode);
  } catch {
    throw CliError.of('cannotCreate', { path });
  }
  try {
    await handle.writeFile(content);
    await handle.chmod(mode);
  } finally {
    await handle.close();
  }
}
