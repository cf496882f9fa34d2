import type { CliSentences } from '../en/cli';

export const cli: CliSentences = {
  error: 'Erreur : {{message}}',
  merge: {
    accepted: 'accepté    {{file}} : {{juror}}, révision {{revision}}, {{fingerprint}}',
    noRosterKey: ' (pas de clé dans le jury : vérifiez cette empreinte auprès du juré)',
    ignored: 'ignoré     {{file}} : révision {{revision}} de {{juror}}, la révision {{kept}} est plus récente',
    refused: 'refusé     {{file}} : {{reason}}',
    equivocation: 'refusés    {{files}} : deux fichiers différents de {{juror}} avec la même révision {{revision}}',
    unconfirmed: 'à confirmer {{file}} : {{juror}} n’a pas de clé dans le jury ; confirmez {{fingerprint}}',
    used_one: 'Fichiers de notes utilisés : {{used}} sur {{count}}.',
    used_other: 'Fichiers de notes utilisés : {{used}} sur {{count}}.',
    usedSome_one:
      'Fichiers de notes utilisés : {{used}} sur {{count}} ; les autres sont écartés ci-dessus, chacun avec sa raison.',
    usedSome_other:
      'Fichiers de notes utilisés : {{used}} sur {{count}} ; les autres sont écartés ci-dessus, chacun avec sa raison.',
    columns: {
      rank: 'rang',
      application: 'candidature',
      n: 'n',
      mean: 'moyenne',
      median: 'médiane',
      sd: 'é.-t.',
      flags: 'alertes',
    },
    flag: { disagreement: 'désaccord', 'near-cutoff': 'près de la limite' },
    toDiscuss: 'À discuter, dans cet ordre :',
    nameSeparator: ' : ',
    reasonSeparator: ' ; ',
    nearCutoff: 'près de la limite (rang {{rank}}, {{places}} places retenues)',
    disagreement: 'désaccord (scores z dispersés de {{sd}} écart-type sur {{count}} jurés{{widest}})',
    widest: ', plus grand écart sur « {{criterion}} » ({{levels}} niveaux, une fois retirée l’habitude de chaque juré)',
    selectedPlaces: 'Places retenues : {{capacity}}. Avec la méthode choisie : {{names}}.',
    withMethod: 'avec la {{method}}',
    withoutJuror: 'sans {{juror}}',
    methodName: {
      mean: 'moyenne',
      median: 'médiane',
      'trimmed-mean': 'moyenne tronquée',
      'z-score': 'calibration par score z',
    },
  },
};
