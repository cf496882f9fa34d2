import type { MainSentences } from '../en/main';

export const main: MainSentences = {
  menu: {
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
  unexported: {
    message: 'Certaines notes ne figurent encore dans aucun fichier de notes exporté.',
    detail: 'Elles restent enregistrées sur cet ordinateur.',
    quit: 'Quitter quand même',
    stay: 'Rester',
  },
};
