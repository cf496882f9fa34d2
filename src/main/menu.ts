import type { MenuItemConstructorOptions } from 'electron';
import type { EventPayload } from '@core/ipc';

type Command = EventPayload<'menu:command'>;

const LABELS = {
  en: {
    file: 'File',
    open: 'Open a call bundle…',
    check: 'Check a file…',
    view: 'View',
    calls: 'Calls',
    identity: 'My key',
    edit: 'Edit',
    window: 'Window',
    help: 'Help',
  },
  fr: {
    file: 'Fichier',
    open: 'Ouvrir un dossier d’appel…',
    check: 'Vérifier un fichier…',
    view: 'Affichage',
    calls: 'Appels',
    identity: 'Ma clé',
    edit: 'Édition',
    window: 'Fenêtre',
    help: 'Aide',
  },
};

/** The native menu: every command has a keyboard accelerator and is sent to the window to carry out. */
export function menuTemplate(
  language: 'fr' | 'en',
  send: (command: Command) => void,
  isMac: boolean,
): MenuItemConstructorOptions[] {
  const label = LABELS[language];
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
