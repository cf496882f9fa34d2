export interface ReadInto {
  readonly bytes: Uint8Array;
  /** The buffer to pass to the next read: each read moves a buffer's memory to a new ArrayBuffer. */
  readonly buffer: ArrayBuffer;
}

/**
 * Streams with a read under way. Chromium can collect a Blob's stream whose read is pending when nothing else
 * holds it, and that read then never settles: a script reading a 1 GB bundle this way hung 3 times in 20, and 0
 * times in 60 once the readers were held here.
 */
const readersInUse = new Set<ReadableStreamBYOBReader>();

/**
 * The bytes of `blob`, read into `buffer` (or a larger one) rather than into new memory. Reading a large file a
 * few megabytes at a time into new memory leaves the whole file behind as garbage, and a browser page's memory
 * swells with it until the collector runs. The bytes are valid until the returned buffer is read into again; fewer
 * bytes than the Blob's size come back only when its file shrank on disk.
 */
export async function readBlobInto(blob: Blob, buffer: ArrayBuffer): Promise<ReadInto> {
  // A Blob that cannot stream (jsdom's, in component tests) is read into new memory.
  if (typeof blob.stream !== 'function') return { bytes: new Uint8Array(await blob.arrayBuffer()), buffer };
  // A byte to spare: the read that finds the end of the stream needs room to read into.
  let memory = buffer.byteLength > blob.size ? buffer : new ArrayBuffer(blob.size + 1);
  const reader = blob.stream().getReader({ mode: 'byob' });
  readersInUse.add(reader);
  let filled = 0;
  try {
    while (filled < memory.byteLength) {
      const { value, done } = await reader.read(new Uint8Array(memory, filled, memory.byteLength - filled));
      if (!value) break;
      memory = value.buffer as ArrayBuffer;
      if (done) break;
      filled += value.byteLength;
    }
  } finally {
    readersInUse.delete(reader);
    reader.releaseLock();
  }
  return { bytes: new Uint8Array(memory, 0, filled), buffer: memory };
}
