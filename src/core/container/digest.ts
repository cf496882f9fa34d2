import { createCRC32, createSHA256 } from 'hash-wasm';
import { crc32 } from './crc32';
import { sha256Hex } from '../crypto';
import { readBlobInto } from './read-into';

/** Above this size a Blob is hashed in chunks so that a large attachment never sits whole in memory. */
const WHOLE_BLOB_HASH_LIMIT = 16 * 1024 * 1024;
const CHUNK_SIZE = 4 * 1024 * 1024;

/** What a stored zip entry is checked against: the SHA-256 a document names, and the CRC-32 the zip gives. */
export interface BlobDigest {
  readonly sha256: string;
  readonly crc32: number;
}

/**
 * The lowercase hex SHA-256 and the CRC-32 of a Blob, in one read; `onBytes` reports progress for large Blobs,
 * which are read in chunks so that a large attachment never sits whole in memory.
 */
export async function digestBlob(blob: Blob, onBytes?: (bytesDone: number) => void): Promise<BlobDigest> {
  if (blob.size <= WHOLE_BLOB_HASH_LIMIT) {
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const digest = { sha256: await sha256Hex(bytes), crc32: crc32(bytes) };
    onBytes?.(blob.size);
    return digest;
  }
  const [sha, crc] = await Promise.all([createSHA256(), createCRC32()]);
  sha.init();
  crc.init();
  let buffer = new ArrayBuffer(CHUNK_SIZE + 1);
  for (let offset = 0; offset < blob.size; offset += CHUNK_SIZE) {
    const read = await readBlobInto(blob.slice(offset, offset + CHUNK_SIZE), buffer);
    buffer = read.buffer;
    // Copied into the hashers' own memory before the buffer is read into again.
    sha.update(read.bytes);
    crc.update(read.bytes);
    onBytes?.(Math.min(blob.size, offset + CHUNK_SIZE));
  }
  return { sha256: sha.digest('hex'), crc32: Number.parseInt(crc.digest('hex'), 16) };
}

/** Lowercase hex SHA-256 of a Blob; `onBytes` reports progress for large Blobs. */
export async function sha256HexOfBlob(blob: Blob, onBytes?: (bytesDone: number) => void): Promise<string> {
  return (await digestBlob(blob, onBytes)).sha256;
}
