import { describe, expect, it, vi } from 'vitest';
import { describeFailure, type JurydeskError } from '@core/errors';
import { SAVE_CHUNK_BYTES, type DesktopApi } from '@core/ipc';
import { desktopBridge } from '@renderer/bridge/desktop';

function fakeApi(): DesktopApi {
  return { on: vi.fn(() => () => undefined) } as unknown as DesktopApi;
}

/** What Chromium does when the main process sets a path on the input: the input holds the file, then `change`. */
function setFiles(input: HTMLInputElement, files: File[]) {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change'));
}

describe('files the system opens, in the desktop app', () => {
  it('arrive on a hidden file input, which passes each one on once, as the File read from disk', () => {
    const listener = vi.fn();
    const stop = desktopBridge(fakeApi()).onFileOpened(listener);
    const input = document.querySelector<HTMLInputElement>('input[data-opened-file]');
    expect(input).not.toBeNull();
    expect(input!.hidden).toBe(true);
    const file = new File(['PK'], 'call.jurybundle');
    setFiles(input!, [file]);
    expect(listener).toHaveBeenCalledWith(file);
    setFiles(input!, []);
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    setFiles(input!, [file]);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps a single input however many times the app listens', () => {
    const api = fakeApi();
    desktopBridge(api).onFileOpened(() => undefined)();
    desktopBridge(api).onFileOpened(() => undefined)();
    expect(document.querySelectorAll('input[data-opened-file]')).toHaveLength(1);
  });
});

describe('saving a file from the desktop app', () => {
  /** Main's side of the streamed save, as the IPC contract has it, recording what it was sent. */
  function savingApi({ failAt = -1, chosen = true } = {}) {
    const pieces: number[] = [];
    const calls: string[] = [];
    const api = {
      ...fakeApi(),
      saveBegin: vi.fn(async () => ({ ok: true, value: chosen ? { saveId: 'save-1' } : null })),
      saveChunk: vi.fn(async (_id: string, bytes: Uint8Array) => {
        calls.push('chunk');
        if (pieces.length === failAt) return { ok: false, error: { code: 'save.disk-full', details: {} } };
        pieces.push(bytes.length);
        return { ok: true, value: { written: bytes.length } };
      }),
      saveEnd: vi.fn(async () => (calls.push('end'), { ok: true, value: { saved: true } })),
      saveCancel: vi.fn(async () => (calls.push('cancel'), { ok: true, value: { cancelled: true } })),
    } as unknown as DesktopApi;
    return { api, pieces, calls };
  }

  it('sends it in pieces of at most 8 MiB, read one at a time, then puts it in place', async () => {
    const { api, pieces, calls } = savingApi();
    const size = 2 * SAVE_CHUNK_BYTES + 5;
    expect(await desktopBridge(api).saveFile('call.jurybundle', new Blob([new Uint8Array(size)]))).toBe(true);
    expect(pieces).toEqual([SAVE_CHUNK_BYTES, SAVE_CHUNK_BYTES, 5]);
    expect(calls.at(-1)).toBe('end');
  });

  it('writes an empty file whole, and nothing when the user cancels the dialog', async () => {
    const empty = savingApi();
    expect(await desktopBridge(empty.api).saveFile('empty.csv', new Blob([]))).toBe(true);
    expect(empty.calls).toEqual(['end']);
    const cancelled = savingApi({ chosen: false });
    expect(await desktopBridge(cancelled.api).saveFile('x.csv', new Blob(['a']))).toBe(false);
    expect(cancelled.calls).toEqual([]);
  });

  it('a piece main cannot write cancels the save, and the failure says why in the user’s language', async () => {
    const { api, calls } = savingApi({ failAt: 1 });
    const failure = await desktopBridge(api)
      .saveFile('call.jurybundle', new Blob([new Uint8Array(SAVE_CHUNK_BYTES * 3)]))
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'save.disk-full' });
    expect(describeFailure(failure as JurydeskError, 'fr')).toContain('Le disque est plein');
    expect(calls).toEqual(['chunk', 'chunk', 'cancel']);
  });
});
