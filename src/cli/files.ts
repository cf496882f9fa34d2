import { createWriteStream, openAsBlob } from 'node:fs';
import { open, rename, stat, unlink } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { CliError } from './cli-error';

/** A file-backed Blob: reading a slice reads only that part of the file. */
export async function readFileBlob(path: string): Promise<Blob> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a file');
    return await openAsBlob(path);
  } catch {
    throw CliError.of('cannotRead', { path: path });
  }
}

/** Writes next to the target, then renames, so a failure never leaves half a file under the final name. */
export async function writeBlobFile(path: string, blob: Blob, mode = 0o644): Promise<void> {
  const temporary = `${path}.${process.pid}.partial`;
  try {
    await pipeline(Readable.fromWeb(blob.stream() as NodeReadableStream), createWriteStream(temporary, { mode }));
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
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
