import { describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '@core/ipc';
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
