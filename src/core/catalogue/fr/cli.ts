import type { CliSentences } from '../en/cli';

export const cli: CliSentences = {
  help: {
    overview:
      'Jurydesk {{version}}, la ligne de commande de l’équipe : clés, dossiers d’appel, fichiers de notes et délibérations, vérifiés et signés sur cet ordinateur, sans réseau.',
    usage: 'Utilisation : jurydesk <commande> [options]',
    commandUsage: 'Utilisation : jurydesk {{synopsis}}',
    commands: 'Commandes :',
    options: 'Options :',
    example: 'Exemple :',
    more: 'Chaque commande s’explique elle-même : jurydesk <commande> --help.',
    everyCommand: 'Options de toutes les commandes :',
    global: {
      help: 'cette aide',
      version: 'la version de Jurydesk',
      language: 'la langue des messages, fr ou en (par défaut celle du système, d’après LANG)',
    },
    exitStatus:
      'Code de sortie : 0 quand le fichier est valide ou le travail fait ; 1 quand un fichier est refusé ou invalide, avec une phrase sur la sortie d’erreur qui dit pourquoi ; 2 quand la commande est mal écrite (une option inconnue, une valeur manquante).',
    /** The names of the values options take (`--out FILE`), as the help writes them. */
    values: {
      FILE: 'FICHIER',
      DIR: 'DOSSIER',
      KEY: 'CLÉ',
      TEXT: 'TEXTE',
      TIMESTAMP: 'HORODATAGE',
      REASON: 'RAISON',
      SCORES: 'NOTES',
      OUT: 'SORTIE',
      OLD: 'ANCIEN',
      CALL: 'APPEL',
      B: 'D',
      S: 'N',
      N: 'N',
    },
    command: {
      keygen: {
        summary: 'créer une paire de clés Ed25519 pour signer',
        description:
          'Écrit la clé privée dans FICHIER, lisible par vous seul (mode 0600), et la clé publique dans FICHIER.pub. N’écrase jamais un fichier.',
        options: {
          out: 'où écrire la clé privée (la clé publique va à côté, dans FICHIER.pub)',
          comment: 'un commentaire gardé dans la clé publique, comme le nom de l’équipe',
        },
        example: 'jurydesk keygen --out equipe.key --comment "Équipe Cap Inclusion"',
      },
      bundle: {
        summary: 'signer un dossier d’appel à partir d’une description d’appel et d’un tableur des candidatures',
        description:
          'Lit la description de l’appel et les candidatures, vérifie chaque ligne et chaque pièce jointe, et signe le dossier que les jurés ouvrent. Avertit quand la composition du jury ne donne pas de clé pour la présidence ; refuse une date de conservation déjà passée, sauf si on l’autorise.',
        options: {
          call: 'la description de l’appel (telle que l’espace de l’équipe l’enregistre)',
          applications: 'les candidatures, une ligne chacune (CSV ou XLSX)',
          files: 'le dossier des pièces jointes que le tableur nomme',
          key: 'la clé privée de l’équipe (sa phrase de passe dans JURYDESK_PASSPHRASE)',
          out: 'le dossier d’appel à écrire',
          force: 'remplacer le fichier que nomme --out s’il existe (jamais un dossier, un périphérique ou un lien)',
          previous: 'le dossier d’appel que celui-ci remplace : le nouveau poursuit ses versions',
          'hand-over':
            'avec un --previous signé d’une autre clé : l’appel change de mains, pour cette RAISON ; les jurés sont invités à comparer la nouvelle empreinte',
          declarations:
            'signer la version 0 : les noms et résumés des candidatures seulement, pour que les jurés déclarent leurs intérêts avant le tirage (la première version ; pas de --previous)',
          'issued-at': 'la date d’émission écrite dans le dossier (par défaut maintenant)',
          'allow-past-retention': 'signer même si la date de conservation est passée',
        },
        example:
          'jurydesk bundle --call appel.json --applications candidatures.csv --files dossiers/ --key equipe.key --out appel.jurybundle',
      },
      verify: {
        summary: 'vérifier un fichier Jurydesk et dire ce qu’il est, qui l’a signé et ce qu’il contient',
        description:
          'Un dossier d’appel, un fichier de notes ou une délibération : sa signature, chaque hachage et son contenu. Une délibération n’est valide que si elle est signée par la clé que la composition du jury donne pour la présidence, ou par une clé que les signataires autorisés donnent pour elle.',
        options: {
          bundle: 'le dossier d’appel avec lequel vérifier le fichier (et recalculer les résultats d’une délibération)',
          'allowed-signers': 'un fichier allowed_signers d’OpenSSH : le signataire doit y figurer',
          json: 'écrire le résultat en JSON, pour les scripts (aussi quand le fichier est invalide)',
        },
        example: 'jurydesk verify alice.juryscores --bundle appel.jurybundle',
      },
      merge: {
        summary: 'fusionner des fichiers de notes en un classement',
        description:
          'Vérifie chaque fichier de notes avec le dossier d’appel, garde la dernière révision de chaque juré et affiche le classement — selon la méthode recommandée pour ce jury, sauf si une autre est donnée — avec l’intervalle de rang à 90 % de chaque candidature et celles trop proches pour trancher ; un fichier refusé est nommé avec sa raison.',
        options: {
          bundle: 'le dossier d’appel pour lequel les fichiers de notes ont été faits',
          json: 'écrire en JSON les résultats tels qu’une délibération les contient, et le compte rendu de la fusion',
          method:
            'comment les notes de chaque candidature sont combinées : mean (moyenne, par défaut), median (médiane) ou trimmed-mean (moyenne tronquée) ; seule, sans correction',
          normalization:
            'comment la tendance de chaque juré à noter haut ou bas est corrigée : none (aucune correction), z-score (score z) ou bias-model (modèle de biais) ; par défaut none quand chaque juré a noté chaque candidature, bias-model sinon',
          'z-score': 'comme --normalization z-score',
          resamples: 'combien de tirages des évaluations donnent les intervalles de rang (1 000 par défaut)',
          seed: 'la graine de ces tirages (20261202 par défaut) : la même graine donne les mêmes intervalles',
          strict: 'refuser les fichiers de notes des jurés sans clé dans la composition du jury',
        },
        example: 'jurydesk merge --bundle appel.jurybundle notes/*.juryscores',
      },
      deliberate: {
        summary: 'signer la délibération à partir des fichiers de notes et des décisions de la présidence',
        description:
          'Fusionne les fichiers de notes, prend les décisions dans un tableur (colonnes applicationId, outcome, rationale), fait respecter les places de chaque issue et signe la délibération avec la clé de la présidence. Affiche chaque fichier de notes utilisé.',
        options: {
          bundle: 'le dossier d’appel',
          scores: 'les fichiers de notes : tous après un seul --scores, comme un motif du shell les donne',
          decisions: 'les décisions, une ligne par candidature (CSV ou XLSX)',
          key: 'la clé privée de la présidence (sa phrase de passe dans JURYDESK_PASSPHRASE)',
          out: 'la délibération à écrire',
          force: 'remplacer le fichier que nomme --out s’il existe (jamais un dossier, un périphérique ou un lien)',
          method: 'mean (par défaut), median ou trimmed-mean ; seule, sans correction',
          normalization:
            'none, z-score ou bias-model ; par défaut none quand chaque juré a noté chaque candidature, bias-model sinon',
          'z-score': 'comme --normalization z-score',
          resamples:
            'combien de tirages donnent les intervalles de rang que la délibération enregistre (1 000 par défaut)',
          seed: 'la graine de ces tirages (20261202 par défaut), enregistrée pour que chacun puisse les refaire',
          minutes: 'un fichier texte de procès-verbal à signer avec la délibération',
          revision: 'le numéro de révision, à partir de 1 (1 par défaut) : une correction prend le suivant',
          'decided-at': 'la date de décision écrite dans la délibération (par défaut maintenant)',
        },
        example:
          'jurydesk deliberate --bundle appel.jurybundle --scores notes/*.juryscores --decisions decisions.csv --key presidence.key --out finale.jurydelib',
      },
      export: {
        summary: 'écrire une délibération vérifiée dans un tableur',
        description:
          'Vérifie la délibération, puis écrit les résultats et la décision de chaque candidature : CSV (RFC 4180), csv-fr pour Excel en France, ou XLSX. La clé de la présidence doit figurer dans la composition du jury, ou être confirmée par --allowed-signers.',
        options: {
          bundle: 'le dossier d’appel',
          format: 'csv (par défaut), csv-fr ou xlsx',
          out: 'le tableur à écrire',
          force: 'remplacer le fichier que nomme --out s’il existe (jamais un dossier, un périphérique ou un lien)',
          'allowed-signers': 'un fichier allowed_signers d’OpenSSH qui confirme la clé de la présidence',
        },
        example: 'jurydesk export finale.jurydelib --bundle appel.jurybundle --format xlsx --out resultats.xlsx',
      },
    },
  },
  error: 'Erreur : {{message}}',
  hints: {
    key: {
      malformed: 'Créez-en une avec ssh-keygen -t ed25519.',
      unsupported: 'Créez-en une avec ssh-keygen -t ed25519.',
      encrypted: 'Donnez la phrase secrète dans la variable d’environnement JURYDESK_PASSPHRASE.',
    },
    bundle: {
      'issuer-changed': 'Si l’appel change de mains (clé perdue, autre équipe), dites-le avec --hand-over RAISON.',
    },
    deliberation: {
      'unpinned-signer':
        'Une fois vérifiée, donnez-la dans --allowed-signers (une ligne « {{chairId}} namespaces="jurydesk-deliberation-v1" ssh-ed25519 … »).',
    },
  },
  errors: {
    cannotRead: 'Impossible de lire « {{path}} » : vérifiez le chemin.',
    beyondNodeBlob:
      '« {{path}} » fait {{size}} octets, et Node.js {{node}} ne lit un fichier d’un seul tenant que jusqu’à 4 Gio : la ligne de commande ne peut pas le vérifier. Ouvrez-le dans l’application Jurydesk, qui le lit en entier.',
    declarationsFirst:
      'La version 0, pour les déclarations d’intérêts, vient avant toute autre : retirez --previous, ou signez la version {{sequence}} sans --declarations.',
    handOverSameKey: '« {{path}} » est signé de cette même clé : l’appel ne change pas de mains. Retirez --hand-over.',
    cannotReadFolder: 'Impossible de lire le dossier « {{path}} » : vérifiez le chemin.',
    cannotReadKey: 'Impossible de lire la clé « {{path}} » : vérifiez le chemin.',
    outExists: '« {{path}} » existe déjà : choisissez un autre nom, ou ajoutez --force pour le remplacer.',
    outNotAFile:
      '« {{path}} » est un dossier, un périphérique ou un lien, pas un fichier : donnez à --out le chemin d’un fichier à écrire.',
    outFolderMissing:
      'Le dossier de « {{path}} » n’existe pas : créez-le, ou donnez à --out un chemin dans un dossier existant.',
    cannotWrite:
      '« {{path}} » n’a pas pu être écrit (disque plein, ou dossier qui refuse) : rien n’est resté sous ce nom.',
    cannotCreate: '« {{path}} » existe déjà ou ne peut être créé ; choisissez un autre nom.',
    decisionColumn: '{{path}} n’a pas la colonne « {{column}} » (applicationId, outcome, rationale).',
    decisionApplication:
      'Ligne {{row}}, colonne « applicationId » : « {{applicationId}} » n’est pas une candidature de ce dossier.',
    decisionOutcome:
      'Ligne {{row}}, colonne « outcome » : « {{outcome}} » n’est pas une issue de ce dossier ({{outcomes}}).',
    equivocation:
      '{{files}} sont deux fichiers différents de {{juror}} portant la même révision {{revision}} : demandez au juré lequel est le bon, et laissez l’autre de côté.',
    retentionPassed:
      'La date de conservation {{date}} de {{path}} est déjà passée : les ordinateurs des jurés leur demanderaient d’effacer l’appel dès son ouverture. Choisissez une date plus lointaine, ou ajoutez --allow-past-retention si c’est voulu.',
    sheetProblems: 'Le tableur a {{count}} problèmes :',
    language: '--language doit valoir fr ou en.',
    method: '--method doit valoir mean, median ou trimmed-mean.',
    normalization: '--normalization doit valoir none, z-score ou bias-model.',
    normalizationTwice: '--z-score et une autre --normalization se contredisent : n’en donnez qu’une.',
    resamples: '--resamples doit être un nombre entier de 1 à 100 000.',
    seed: '--seed doit être un nombre entier de 0 à 4 294 967 295.',
    format: '--format doit valoir csv, csv-fr ou xlsx.',
    revision: '--revision doit être un nombre entier à partir de 1.',
    verifyNeedsFile: 'Indiquez le fichier à vérifier (voir jurydesk verify --help).',
    mergeNeedsScores: 'Indiquez au moins un fichier de notes (voir jurydesk merge --help).',
    deliberateNeedsScores: 'Indiquez les fichiers de notes après --scores (voir jurydesk deliberate --help).',
    exportNeedsFile: 'Indiquez la délibération à exporter (voir jurydesk export --help).',
    unknownCommand: 'Commande inconnue « {{command}} » (voir --help).',
    usage: '{{problem}} (voir jurydesk {{command}} --help).',
    optionTakesNoValue: 'L’option --{{option}} ne prend pas de valeur',
    optionTwice: 'L’option --{{option}} est donnée deux fois',
    optionNeedsValue: 'L’option --{{option}} demande une valeur',
    optionRequired: 'L’option --{{option}} est obligatoire',
    unknownOptions: '{{command}} n’a pas d’option {{options}}',
    noArguments: '{{command}} ne prend aucun argument en dehors de ses options, or il a reçu {{values}}',
    unusedArguments: '{{command}} n’utilise pas {{values}}',
  },
  verify: {
    validBundle: 'Dossier d’appel valide : {{file}}',
    validScores: 'Fichier de notes valide : {{file}}',
    validDeliberation: 'Délibération valide : {{file}}',
    validDeclaration: 'Déclaration d’intérêts valide : {{file}}',
    label: {
      signedBy: 'signé par',
      call: 'appel',
      holds: 'contient',
      manifest: 'manifeste',
      revision: 'révision',
      file: 'fichier',
      inputs: 'fichiers',
      bundle: 'dossier',
      results: 'résultats',
      intervals: 'intervalles',
      handover: 'passation',
      interests: 'intérêts',
    },
    issuer: '{{name}} (émetteur)',
    juror: '{{name}} (juré {{id}})',
    chair: '{{name}} (président·e {{id}}{{pin}})',
    pinnedByRoster: ', la clé que donne la composition du jury',
    pinnedByConfirmation: ', une clé que donnent les signataires autorisés',
    principal: ', principal {{principals}}',
    bundleCallDeclarations:
      '{{title}} ({{id}}), version 0, émis le {{issuedAt}} : noms et résumés seulement, pour que les jurés déclarent leurs intérêts',
    bundleCall: '{{title}} ({{id}}), version {{sequence}}, émis le {{issuedAt}}',
    bundleHolds: '{{counts}} ({{bytes}}, chaque SHA-256 vérifié)',
    scoresCall: '{{id}}, version {{sequence}} du dossier (manifeste {{sha}})',
    scoresRevision: '{{revision}}, exportée le {{at}}',
    scoresHolds: '{{evaluations}} : {{statuses}}',
    deliberationRevision: '{{revision}}, décidée le {{at}}, méthode {{aggregate}} / {{normalization}}',
    deliberationHolds: '{{results}}, {{decisions}} : {{outcomes}}',
    outcomeCount: '{{n}} « {{label}} » ({{id}})',
    declaresNone: 'aucun : le juré ne déclare d’intérêt pour aucune candidature',
    interestReason: '{{application}} (« {{reason}} »)',
    none: 'aucune',
    matches: 'correspond à {{path}}',
    handover: 'l’appel change de mains : les versions précédentes ont été signées avec {{previous}}{{reason}}',
    handoverReason: ' ; raison donnée : « {{reason}} »',
    recomputed: 'recalculés à partir des {{files}} qu’elle contient : identiques',
    notRecomputed: 'non recalculés : donnez --bundle pour refaire la fusion à partir des {{files}} qu’elle contient',
    intervalsRecomputed: 'intervalles de rang tirés à nouveau ({{resamples}} tirages, graine {{seed}}) : identiques',
    intervalsNotRecomputed:
      'intervalles de rang issus de {{resamples}} tirages, graine {{seed}} : non tirés à nouveau sans --bundle',
    count: {
      application_one: '{{n}} candidature',
      application_other: '{{n}} candidatures',
      criterion_one: '{{n}} critère',
      criterion_other: '{{n}} critères',
      juror_one: '{{n}} juré',
      juror_other: '{{n}} jurés',
      outcome_one: '{{n}} issue',
      outcome_other: '{{n}} issues',
      attachment_one: '{{n}} pièce jointe',
      attachment_other: '{{n}} pièces jointes',
      byte_one: '{{n}} octet',
      byte_other: '{{n}} octets',
      evaluation_one: '{{n}} évaluation',
      evaluation_other: '{{n}} évaluations',
      result_one: '{{n}} résultat',
      result_other: '{{n}} résultats',
      decision_one: '{{n}} décision',
      decision_other: '{{n}} décisions',
      scoreFile_one: '{{n}} fichier de notes',
      scoreFile_other: '{{n}} fichiers de notes',
    },
    status: {
      complete_one: '{{n}} complète',
      complete_other: '{{n}} complètes',
      draft_one: '{{n}} brouillon',
      draft_other: '{{n}} brouillons',
      recused_one: '{{n}} avec déport',
      recused_other: '{{n}} avec déport',
    },
  },
  deliberate: {
    unpinnedJuror:
      'Attention : la composition du jury ne donne pas de clé pour {{juror}} ; {{file}} a été signé par {{fingerprint}} : vérifiez cette empreinte auprès du juré.',
    wrote: '{{path}} écrit : {{decisions}}, révision {{revision}}, signée avec la clé {{fingerprint}}',
    decisions_one: '{{count}} décision',
    decisions_other: '{{count}} décisions',
    used_one: '{{count}} fichier de notes utilisé :',
    used_other: '{{count}} fichiers de notes utilisés :',
    usedFile: '  {{file}} : {{juror}}, révision {{revision}}, sha256 {{sha}}',
    leftOut: '{{file}} écarté : révision {{revision}} de {{juror}}, la révision {{kept}} est plus récente.',
  },
  keygen: {
    privateKey: 'Clé privée : {{path}} (à garder secrète ; vous seul pouvez la lire, mode 0600)',
    publicKey: 'Clé publique : {{path}}',
    fingerprint: 'Empreinte : {{fingerprint}}',
  },
  export: {
    wrote_one: '{{path}} écrit : {{count}} candidature ({{format}}).',
    wrote_other: '{{path}} écrit : {{count}} candidatures ({{format}}).',
    sheet: 'Délibération',
  },
  bundle: {
    chairWithoutKey:
      'Attention : la composition du jury ne donne pas de clé pour la présidence ({{chair}}). Pour faire confiance à la délibération, chacun devra alors confirmer à la main l’empreinte de la clé de la présidence ; ajoutez cette clé publique dans le champ « jurors » de {{path}} pour la fixer.',
    wrote: '{{path}} écrit',
    call: '  appel       {{title}} ({{id}}), version {{sequence}}',
    holds: '  contient    {{applications}}, {{attachments}} ({{bytes}})',
    signedBy: '  signé par   {{issuer}}, {{fingerprint}}',
    manifest: '  manifeste   sha256 {{sha}}',
  },
  merge: {
    accepted: 'accepté    {{file}} : {{juror}}, révision {{revision}}, {{fingerprint}}',
    noRosterKey: ' (pas de clé dans la composition du jury : vérifiez cette empreinte auprès du juré)',
    ignored: 'ignoré     {{file}} : révision {{revision}} de {{juror}}, la révision {{kept}} est plus récente',
    refused: 'refusé     {{file}} : {{reason}}',
    equivocation: 'refusés    {{files}} : deux fichiers différents de {{juror}} avec la même révision {{revision}}',
    unconfirmed:
      'à confirmer {{file}} : {{juror}} n’a pas de clé dans la composition du jury ; confirmez {{fingerprint}}',
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
      calibrated: 'calibré',
      interval: 'rang 90 %',
      selected: 'retenue',
      flags: 'alertes',
    },
    flag: {
      disagreement: 'désaccord',
      'near-cutoff': 'près de la limite',
      'single-evaluation': 'une seule évaluation',
      'too-close': 'trop proche pour trancher',
    },
    method: 'Méthode : {{method}} ({{why}}).',
    chosen: 'choisie',
    recommendedFull: 'recommandée : chaque juré a noté chaque candidature',
    recommendedPartial:
      'recommandée : les jurés ont noté des candidatures différentes, et elle corrige l’indulgence de chacun',
    parts_one:
      'Attention : les jurés forment {{count}} groupe sans aucune candidature en commun ; les scores ne se comparent qu’au sein d’un groupe :',
    parts_other:
      'Attention : les jurés forment {{count}} groupes sans aucune candidature en commun ; les scores ne se comparent qu’au sein d’un groupe :',
    part_one: '  groupe {{number}} : {{count}} candidature, notée par {{jurors}}',
    part_other: '  groupe {{number}} : {{count}} candidatures, notées par {{jurors}}',
    uncertainty:
      'rang 90 % : le rang de la candidature dans 90 % de {{resamples}} tirages des évaluations (graine {{seed}}) ; retenue : la part des places retenues qu’elle prend sur l’ensemble (des candidatures à égalité à la dernière place se la partagent).',
    tooClose: 'trop proche pour trancher (chance d’une place {{probability}}, rang {{interval}})',
    toDiscuss: 'À discuter, dans cet ordre :',
    nameSeparator: ' : ',
    reasonSeparator: ' ; ',
    nearCutoff: 'près de la limite (rang {{rank}}, {{places}} places retenues)',
    singleEvaluation: 'un seul juré l’a notée : son intervalle ne montre pas un doute qu’il ne peut mesurer',
    disagreement: 'désaccord (écart de {{sd}} écarts-types entre les scores z de {{count}} jurés{{widest}})',
    widest:
      ', plus grand écart sur « {{criterion}} » ({{levels}} niveaux, une fois corrigée la tendance de chaque juré à noter haut ou bas)',
    selectedPlaces: 'Places retenues : {{capacity}}. Avec la méthode choisie : {{names}}.',
    becomesSelected: '{{name}} sûre d’une place',
    becomesTied: '{{name}} à égalité pour les dernières places',
    tiedPlaces_one:
      'À égalité pour la dernière place, que la règle de départage de l’appel ou un tirage au sort tranchera : {{names}}.',
    tiedPlaces_other:
      'À égalité pour les {{count}} dernières places, que la règle de départage de l’appel ou un tirage au sort tranchera : {{names}}.',
    withMethod: 'avec {{method}}',
    withoutJuror: 'sans {{juror}}',
    methodName: {
      mean: 'la moyenne',
      median: 'la médiane',
      'trimmed-mean': 'la moyenne tronquée',
      'z-score': 'le calibrage par score z',
      'bias-model': 'le modèle de biais',
    },
  },
};
