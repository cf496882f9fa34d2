import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC } from '@core/ipc';

const electron = vi.hoisted(() => {
  class FakeWindow {
    static getAllWindows(): FakeWindow[] {
      return windows;
    }
    loadURL = vi.fn(async () => undefined);
    once = vi.fn();
    on = vi.fn();
    focus = vi.fn();
    setMenuBarVisibility = vi.fn();
    isDestroyed = () => false;
    webContents = {
      printToPDF: vi.fn(async () => new Uint8Array([0x25, 0x50, 0x44, 0x46])),
      on: vi.fn(),
      send: vi.fn(),
      // The page's hidden input for opened files: found once the page has loaded it.
      debugger: {
        isAttached: () => false,
        attach: vi.fn(),
        detach: vi.fn(),
        sendCommand: vi.fn(async (method: string) =>
          method === 'DOM.getDocument'
            ? { root: { nodeId: 1 } }
            : method === 'DOM.querySelector'
              ? { nodeId: inputNode.current }
              : {},
        ),
      },
    };
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
    }
  }
  const windows: FakeWindow[] = [];
  const inputNode = { current: 7 };
  let readyResolve: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (readyResolve = resolve));
  return {
    windows,
    inputNode,
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
      getPath: () => '/tmp/jurydesk-test-user-data',
    },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
    safeStorage: {},
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), on: vi.fn() },
    },
    ipcMain: { handle: vi.fn() },
    BrowserWindow: FakeWindow,
  };
});

vi.mock('electron', () => electron);

describe('the main process', () => {
  beforeEach(async () => {
    await import('../../../src/main');
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
    const channels = electron.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels.sort()).toEqual(Object.keys(IPC).sort());
  });

  it('opens one hardened window on app://jurydesk/index.html', () => {
    expect(electron.windows).toHaveLength(1);
    const [window] = electron.windows;
    expect(window!.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(window!.loadURL).toHaveBeenCalledWith('app://jurydesk/index.html');
  });

  /** The handler main registered for a channel, called as the preload would, from the app's own page. */
  async function call(channel: string, ...args: unknown[]) {
    const handler = electron.ipcMain.handle.mock.calls.find(([name]) => name === channel)![1] as (
      event: unknown,
      ...values: unknown[]
    ) => Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
    const frame = { url: 'app://jurydesk/index.html' };
    return handler({ senderFrame: frame, sender: { mainFrame: frame } }, ...args);
  }

  it('opens the projector view in a second hardened window, once, and only at a projector address', async () => {
    expect(await call('window:open-projector', 'https://example.org/')).toMatchObject({
      ok: false,
      error: { code: 'ipc.invalid-arguments' },
    });
    expect(electron.windows).toHaveLength(1);
    expect(await call('window:open-projector', '#/call/demo/projector')).toEqual({ ok: true, value: { opened: true } });
    expect(electron.windows).toHaveLength(2);
    const projector = electron.windows[1]!;
    expect(projector.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(projector.loadURL).toHaveBeenCalledWith('app://jurydesk/index.html#/call/demo/projector');
    await call('window:open-projector', '#/call/other/projector');
    expect(electron.windows).toHaveLength(2);
    expect(projector.loadURL).toHaveBeenLastCalledWith('app://jurydesk/index.html#/call/other/projector');
  });

  it('saves the report as an A4 PDF where the chair chooses, and nothing when the dialog is cancelled', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    expect(await call('report:save-pdf', 'demo-deliberation-report.pdf')).toEqual({
      ok: true,
      value: { saved: false },
    });
    const [window] = electron.windows;
    expect(window!.webContents.printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true });
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const target = join(mkdtempSync(join(tmpdir(), 'jurydesk-pdf-')), 'report.pdf');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    expect(await call('report:save-pdf', 'demo-deliberation-report.pdf')).toEqual({ ok: true, value: { saved: true } });
    expect(readFileSync(target).subarray(0, 4).toString()).toBe('%PDF');
  });

  it('hardens every web contents that gets created', () => {
    expect(electron.app.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
  });

  it('installs a French menu on a French system, with keyboard accelerators', () => {
    const [template] = electron.Menu.buildFromTemplate.mock.calls[0] as [
      Array<{ label?: string; submenu?: Array<{ label?: string; accelerator?: string }> }>,
    ];
    const file = template.find((item) => item.label === 'Fichier');
    expect(file?.submenu?.[0]).toMatchObject({ label: 'Ouvrir un dossier d’appel…', accelerator: 'CmdOrCtrl+O' });
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
  });

  it('hands the files the system opens (macOS open-file) to the page as files read from disk, once it can receive them', async () => {
    const openFile = electron.app.on.mock.calls.find(([event]) => event === 'open-file')?.[1] as (
      event: { preventDefault: () => void },
      path: string,
    ) => void;
    const event = { preventDefault: vi.fn() };
    openFile(event, '/home/ana/call.jurybundle');
    expect(event.preventDefault).toHaveBeenCalled();
    const [window] = electron.windows;
    expect(window!.webContents.debugger.sendCommand).not.toHaveBeenCalled();
    const didFinishLoad = window!.webContents.on.mock.calls.find(
      ([name]) => name === 'did-finish-load',
    )?.[1] as () => void;
    didFinishLoad();
    await vi.waitFor(() => expect(window!.focus).toHaveBeenCalled());
    expect(window!.webContents.debugger.sendCommand).toHaveBeenCalledWith('DOM.setFileInputFiles', {
      nodeId: 7,
      files: ['/home/ana/call.jurybundle'],
    });
    expect(window!.webContents.send).not.toHaveBeenCalledWith('file:opened', expect.anything());
  });

  it('streams the file over app:// instead when the page cannot take it that way', async () => {
    electron.inputNode.current = 0;
    const openFile = electron.app.on.mock.calls.find(([event]) => event === 'open-file')?.[1] as (
      event: { preventDefault: () => void },
      path: string,
    ) => void;
    openFile({ preventDefault: vi.fn() }, '/home/ana/other.jurybundle');
    const [window] = electron.windows;
    await vi.waitFor(() =>
      expect(window!.webContents.send).toHaveBeenCalledWith('file:opened', {
        url: expect.stringMatching(/^app:\/\/jurydesk\/opened\/[0-9a-f-]{36}$/),
        name: 'other.jurybundle',
      }),
    );
  });
});
