/**
 * A desktop save as main runs it, in a process of its own so that a test can kill it anywhere: the real handlers
 * of the save channels write PIECES pieces of the given byte to TARGET, saying "piece N" after each and "ending"
 * before the file is put in place. Usage: tsx save-child.ts TARGET PIECES BYTE
 */
import { FileSaves } from '../../src/main/files';
import { createHandlers, type Host } from '../../src/main/handlers';

const [target, pieces, byte] = process.argv.slice(2);
const handlers = createHandlers({
  saves: new FileSaves(),
  chooseSavePath: async () => target!,
} as unknown as Host);
const piece = new Uint8Array(256 * 1024).fill(Number(byte));
const begun = await handlers['file:save-begin']('deliberation.jurydelib');
for (let index = 1; index <= Number(pieces); index++) {
  await handlers['file:save-chunk'](begun!.saveId, piece);
  process.stdout.write(`piece ${index}\n`);
}
process.stdout.write('ending\n');
await handlers['file:save-end'](begun!.saveId);
process.stdout.write('saved\n');
