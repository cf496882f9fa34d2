import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileSaves, writeFileAtomically } from '../../../src/main/files';
import { temporaryDirectory } from '../../support/ssh-keygen';

describe('files main writes', () => {
  it('a save in pieces is in place only once ended; cancelled, nothing of it is left and the old file stays', async () => {
    const folder = temporaryDirectory();
    const target = join(folder, 'final.jurydelib');
    writeFileSync(target, 'revision 1');
    const saves = new FileSaves();
    const kept = await saves.begin(target);
    await saves.append(kept, new TextEncoder().encode('revision '));
    expect(readFileSync(target, 'utf8')).toBe('revision 1');
    await saves.append(kept, new TextEncoder().encode('2'));
    await saves.finish(kept);
    expect(readFileSync(target, 'utf8')).toBe('revision 2');

    const dropped = await saves.begin(target);
    await saves.append(dropped, new TextEncoder().encode('half of revision 3'));
    await saves.cancel(dropped);
    expect(readFileSync(target, 'utf8')).toBe('revision 2');
    expect(readdirSync(folder)).toEqual(['final.jurydelib']);
    // A save that is over, or was never begun, takes no more pieces.
    await expect(saves.append(dropped, new Uint8Array(1))).rejects.toMatchObject({ code: 'save.failed' });
    await expect(saves.finish(kept)).rejects.toMatchObject({ code: 'save.failed' });
  });

  it('two saves to one place write apart, and the last to end is the file', async () => {
    const folder = temporaryDirectory();
    const target = join(folder, 'export.csv');
    const saves = new FileSaves();
    const [first, second] = [await saves.begin(target), await saves.begin(target)];
    await saves.append(first, new TextEncoder().encode('first'));
    await saves.append(second, new TextEncoder().encode('second'));
    await saves.finish(second);
    await saves.finish(first);
    expect(readFileSync(target, 'utf8')).toBe('first');
    expect(readdirSync(folder)).toEqual(['export.csv']);
  });

  it('a file written whole keeps the mode asked for; a folder that does not exist is said plainly', async () => {
    const folder = temporaryDirectory();
    await writeFileAtomically(join(folder, 'backup'), 'key', 0o600);
    expect(readFileSync(join(folder, 'backup'), 'utf8')).toBe('key');
    await expect(writeFileAtomically(join(folder, 'missing', 'backup'), 'key')).rejects.toMatchObject({
      code: 'save.failed',
    });
  });
});
