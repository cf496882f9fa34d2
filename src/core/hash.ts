import { createSHA256 } from 'hash-wasm';
import { asBufferSource, toHex } from './bytes';
import { readBlobInto } from './read-into';

/** Above this size a Blob is hashed in chunks so that a large attachment never sits whole in memory. */
const WHOLE_BLOB_HASH_LIMIT = 16 * 1024 * 1024;
const CHUNK_SIZE = 4 * 1024 * 1024;

export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', asBufferSource(bytes)));
}

export async function sha512(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-512', asBufferSource(bytes)));
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(await sha256(bytes));
}

/** Lowercase hex SHA-256 of a Blob; `onBytes` reports progress for large Blobs. */
export async function sha256HexOfBlob(blob: Blob, onBytes?: (bytesDone: number) => void): Promise<string> {
  if (blob.size <= WHOLE_BLOB_HASH_LIMIT) {
    const digest = await sha256Hex(new Uint8Array(await blob.arrayBuffer()));
    onBytes?.(blob.size);
    return digest;
  }
  const hasher = await createSHA256();
  hasher.init();
  let buffer = new ArrayBuffer(CHUNK_SIZE + 1);
  for (let offset = 0; offset < blob.size; offset += CHUNK_SIZE) {
    const read = await readBlobInto(blob.slice(offset, offset + CHUNK_SIZE), buffer);
    buffer = read.buffer;
    // Copied into the hasher's own memory before the buffer is read into again.
    hasher.update(read.bytes);
    onBytes?.(Math.min(blob.size, offset + CHUNK_SIZE));
  }
  return hasher.digest('hex');
}
