import { catalogue } from '@core/catalogue';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session } from 'electron';
import { APP_ORIGIN, APP_SCHEME, EVENTS, type EventName, type EventPayload } from '@core/ipc';
import { FileSaves } from './files';
import { createHandlers } from './handlers';
import { electronSecretStore, IdentityStore } from './identity';
import { handFileToPage } from './hand-file';
import { registerIpcHandlers } from './ipc';
import { menuTemplate } from './menu';
import { jurydeskFilesIn, OpenedFiles } from './opened-files';
import { createAppProtocolHandler } from './protocol';
import { hardenContents, hardenSession, secureWebPreferences } from './security';

// Must happen before `ready`: a standard, secure scheme gets its own origin, so IndexedDB and WebCrypto work.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true, stream: true },
  },
]);
app.enableSandbox();

const openedFiles = new OpenedFiles();
/** Files asked for before the window could receive them (macOS sends open-file before ready). */
const pendingFiles: string[] = [];
let mainWindow: BrowserWindow | null = null;
let projectorWindow: BrowserWindow | null = null;
let windowReady = false;

function send<E extends EventName>(event: E, payload: EventPayload<E>): void {
  mainWindow?.webContents.send(event, EVENTS[event].parse(payload));
}

function openFile(path: string): void {
  const window = mainWindow;
  if (!window || !windowReady) {
    pendingFiles.push(path);
    return;
  }
  void handFileToPage(window.webContents, path).then((handed) => {
    if (!handed) send('file:opened', openedFiles.register(path));
    window.focus();
  });
}

function appAddress(hash = ''): string {
  const devServer = process.env.ELECTRON_RENDERER_URL;
  return `${devServer && !app.isPackaged ? devServer : `${APP_ORIGIN}/index.html`}${hash}`;
}

/** The projector view: a second window as hardened as the first, showing one page of the app, reused once open. */
function openProjector(hash: string): { opened: boolean } {
  if (projectorWindow && !projectorWindow.isDestroyed()) {
    void projectorWindow.loadURL(appAddress(hash));
    projectorWindow.focus();
    return { opened: true };
  }
  const window = new BrowserWindow({
    width: 1280,
    height: 720,
    title: 'Jurydesk',
    webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs')),
  });
  window.setMenuBarVisibility(false);
  window.on('closed', () => {
    projectorWindow = null;
  });
  void window.loadURL(appAddress(hash));
  projectorWindow = window;
  return { opened: true };
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Jurydesk',
    webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs')),
  });
  window.once('ready-to-show', () => window.show());
  // The renderer asks to stay open while changes are not exported; Electron shows no dialog of its own.
  window.webContents.on('will-prevent-unload', (event) => {
    const words = catalogue[app.getLocale().toLowerCase().startsWith('fr') ? 'fr' : 'en'].main.unexported;
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: [words.quit, words.stay],
      defaultId: 1,
      cancelId: 1,
      message: words.message,
      detail: words.detail,
    });
    if (choice === 0) event.preventDefault();
  });
  window.webContents.on('did-finish-load', () => {
    windowReady = true;
    for (const path of pendingFiles.splice(0)) openFile(path);
  });
  void window.loadURL(appAddress());
  return window;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFile(path);
  });
  app.on('second-instance', (_event, argv) => {
    mainWindow?.focus();
    void jurydeskFilesIn(argv).then((paths) => paths.forEach(openFile));
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(async () => {
    const identity = new IdentityStore(
      join(app.getPath('userData'), 'identity.json'),
      electronSecretStore(safeStorage),
    );
    const staffKey = new IdentityStore(
      join(app.getPath('userData'), 'staff-key.json'),
      electronSecretStore(safeStorage),
      ['bundle'],
    );
    protocol.handle(
      APP_SCHEME,
      createAppProtocolHandler(join(import.meta.dirname, '../renderer'), (token) => openedFiles.pathOf(token)),
    );
    hardenSession(session.defaultSession);
    registerIpcHandlers(
      ipcMain,
      createHandlers({
        appInfo: () => ({ version: app.getVersion(), locale: app.getLocale(), platform: process.platform }),
        identity,
        staffKey,
        saves: new FileSaves(),
        chooseSavePath: async (suggestedName) => {
          const options = { defaultPath: suggestedName };
          const target = await (mainWindow
            ? dialog.showSaveDialog(mainWindow, options)
            : dialog.showSaveDialog(options));
          return target.canceled || !target.filePath ? null : target.filePath;
        },
        chooseOpenPath: async () => {
          const source = await dialog.showOpenDialog({ properties: ['openFile'] });
          return source.canceled ? null : (source.filePaths[0] ?? null);
        },
        openProjector,
        printToPdf: async () =>
          mainWindow ? mainWindow.webContents.printToPDF({ pageSize: 'A4', printBackground: true }) : null,
      }),
    );
    const language = app.getLocale().toLowerCase().startsWith('fr') ? 'fr' : 'en';
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate(language, (command) => send('menu:command', command), process.platform === 'darwin'),
      ),
    );
    mainWindow = createWindow();
    for (const path of await jurydeskFilesIn(process.argv.slice(1))) openFile(path);
  });
}
