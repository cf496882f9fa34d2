import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, protocol, session } from 'electron';
import { APP_ORIGIN, APP_SCHEME } from '../core/ipc';
import { registerIpcHandlers } from './ipc';
import { createAppProtocolHandler } from './protocol';
import { hardenContents, hardenSession, secureWebPreferences } from './security';

// Must happen before `ready`: a standard, secure scheme gets its own origin, so IndexedDB and WebCrypto work.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);
app.enableSandbox();

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
  const devServer = process.env.ELECTRON_RENDERER_URL;
  void (devServer && !app.isPackaged ? window.loadURL(devServer) : window.loadURL(`${APP_ORIGIN}/index.html`));
  return window;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus());
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, createAppProtocolHandler(join(import.meta.dirname, '../renderer')));
    hardenSession(session.defaultSession);
    registerIpcHandlers(ipcMain, {
      'app:get-info': async () => ({ version: app.getVersion(), locale: app.getLocale(), platform: process.platform }),
    });
    createWindow();
  });
}
