/**
 * One desktop save, in a process of its own so that its peak memory is its own: `handlers` streams BYTES to a file
 * through main's real save channels in 8 MiB pieces, each a new array as Electron's IPC delivers it; `raw` writes
 * the same pieces with a plain file handle, the floor for any Node process. Prints { ms, maxRssMb } as JSON.
 * Usage: tsx desktop-save.ts handlers|raw BYTES TARGET
 */
import { open, rm } from 'node:fs/promises';
import { SAVE_CHUNK_BYTES } from '@core/ipc';
import { FileSaves } from '../../src/main/files';
import { createHandlers, type Host } from '../../src/main/handlers';

const [mode, bytesText, target] = process.argv.slice(2);
const total = Number(bytesText);
const pieces = function* () {
  for (let offset = 0; offset < total; offset += SAVE_CHUNK_BYTES)
    yield new Uint8Array(Math.min(SAVE_CHUNK_BYTES, total - offset)).fill(offset % 251);
};

const start = performance.now();
if (mode === 'raw') {
  const handle = await open(target!, 'w');
  for (const piece of pieces()) await handle.writeFile(piece);
  await handle.sync();
  await handle.close();
} else {
  const handlers = createHandlers({ saves: new FileSaves(), chooseSavePath: async () => target! } as unknown as Host);
  const begun = await handlers['file:save-begin']('call.jurybundle');
  for (const piece of pieces()) await handlers['file:save-chunk'](begun!.saveId, piece);
  await handlers['file:save-end'](begun!.saveId);
}
const ms = performance.now() - start;
await rm(target!, { force: true });
process.stdout.write(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
