import type { MenuItemConstructorOptions } from 'electron';
import { catalogue } from '@core/catalogue';
import type { EventPayload } from '@core/ipc';

type Command = EventPayload<'menu:command'>;

/** The native menu: every command has a keyboard accelerator and is sent to the window to carry out. */
export function menuTemplate(
  language: 'fr' | 'en',
  send: (command: Command) => void,
  isMac: boolean,
): MenuItemConstructorOptions[] {
  const label = catalogue[language].main.menu;
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: label.file,
      submenu: [
        { label: label.open, accelerator: 'CmdOrCtrl+O', click: () => send('open-bundle') },
        { label: label.check, accelerator: 'CmdOrCtrl+Shift+O', click: () => send('check-file') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { label: label.edit, role: 'editMenu' },
    {
      label: label.view,
      submenu: [
        { label: label.calls, accelerator: 'CmdOrCtrl+1', click: () => send('calls') },
        { label: label.identity, accelerator: 'CmdOrCtrl+2', click: () => send('identity') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: label.window, role: 'windowMenu' },
  ];
}
