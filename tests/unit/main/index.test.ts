import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  class FakeWindow {
    static getAllWindows(): FakeWindow[] {
      return windows;
    }
    loadURL = vi.fn(async () => undefined);
    once = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
    }
  }
  const windows: FakeWindow[] = [];
  let readyResolve: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (readyResolve = resolve));
  return {
    windows,
    readyResolve: () => readyResolve(),
    app: {
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => true),
      whenReady: vi.fn(() => ready),
      on: vi.fn(),
      quit: vi.fn(),
      isPackaged: true,
      getVersion: () => '0.1.0',
      getLocale: () => 'fr-FR',
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), on: vi.fn() } },
    ipcMain: { handle: vi.fn() },
    BrowserWindow: FakeWindow,
  };
});

vi.mock('electron', () => electron);

describe('the main process', () => {
  beforeEach(async () => {
    await import('../../../src/main/index');
    electron.readyResolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  it('registers app:// as a standard, secure scheme before the app is ready, and sandboxes every renderer', () => {
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(electron.app.enableSandbox).toHaveBeenCalled();
  });

  it('serves the renderer over app://, denies permissions and handles every IPC channel', () => {
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.ipcMain.handle).toHaveBeenCalledWith('app:get-info', expect.any(Function));
  });

  it('opens one hardened window on app://jurydesk/index.html', () => {
    expect(electron.windows).toHaveLength(1);
    const [window] = electron.windows;
    expect(window!.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(window!.loadURL).toHaveBeenCalledWith('app://jurydesk/index.html');
  });

  it('hardens every web contents that gets created', () => {
    expect(electron.app.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
  });
});
