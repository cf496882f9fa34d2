/** The desktop app's own words: its menus and its dialogs. */
export const main = {
  menu: {
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
  unexported: {
    message: 'Some scores are not in an exported score file yet.',
    detail: 'They stay saved on this computer.',
    quit: 'Quit anyway',
    stay: 'Stay',
  },
};

export type MainSentences = typeof main;
