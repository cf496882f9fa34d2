import type { ErrorSentences, PhraseSentences } from '../en/errors';

export const errors: ErrorSentences = {
  'file.empty': 'Le fichier est vide. Redemandez le fichier à son expéditeur.',
  'container.not-zip':
    'Ce n’est pas un fichier Jurydesk : ce n’est pas un conteneur zip lisible. Vérifiez que vous avez choisi le bon fichier, ou redemandez-le à son expéditeur.',
  'container.mimetype-missing':
    'Ce fichier zip n’est pas un fichier Jurydesk : sa première entrée doit être « mimetype ». Vérifiez que vous avez choisi le bon fichier.',
  'container.mimetype-compressed':
    'L’entrée « mimetype » est compressée ; les fichiers Jurydesk la stockent sans compression. Reconstruisez le fichier comme l’indique docs/FORMATS.md.',
  'container.wrong-kind': 'Ce fichier est {actual} et non {expected}. Ouvrez-le à l’endroit prévu pour {actual}.',
  'container.unsafe-path':
    'Le fichier contient une entrée au nom dangereux (« {path} ») : chemins absolus, « .. » et barres obliques inverses sont refusés. N’utilisez pas ce fichier ; demandez-en un nouveau à son expéditeur.',
  'container.invalid-path':
    'L’entrée « {path} » porte un nom que Jurydesk n’accepte pas (seulement lettres, chiffres, « . », « _ », « - » et « / » sous files/). Reconstruisez le fichier comme l’indique docs/FORMATS.md.',
  'container.duplicate-entry':
    'Le fichier contient deux fois l’entrée « {path} » : il est ambigu. N’utilisez pas ce fichier ; demandez-en un nouveau à son expéditeur.',
  'container.unlisted-entry':
    'Le fichier contient une entrée que son document signé ne mentionne pas (« {path} »). N’utilisez pas ce fichier ; demandez-en un nouveau à son expéditeur.',
  'container.missing-entry':
    'Il manque l’entrée « {path} » dans le fichier. Il est incomplet ; redemandez-le à son expéditeur.',
  'container.entry-too-large':
    'L’entrée « {path} » annonce {size} octets, au-delà de la limite de {limit}. N’utilisez pas ce fichier ; demandez-en un plus petit à son expéditeur.',
  'container.too-many-entries':
    'Le fichier contient {count} entrées, au-delà de la limite de {limit}. N’utilisez pas ce fichier ; demandez-en un plus petit à son expéditeur.',
  'container.size-mismatch':
    'L’entrée « {path} » n’a pas la taille annoncée par le fichier. Le fichier est abîmé ou a été modifié ; redemandez-le à son expéditeur.',
  'container.checksum-mismatch':
    'L’entrée « {path} » est abîmée (sa somme de contrôle ne correspond pas). Redemandez le fichier à son expéditeur.',
  'container.unsupported-entry':
    'L’entrée « {path} » est chiffrée ou compressée d’une façon que Jurydesk ne lit pas. Reconstruisez le fichier comme l’indique docs/FORMATS.md.',
  'container.compressed-attachment':
    'La pièce jointe « {path} » est compressée ; Jurydesk stocke les pièces jointes sans compression. Reconstruisez le dossier comme l’indique docs/FORMATS.md.',
  'container.compressed-input':
    'Le fichier de notes « {path} » contenu dans la délibération est compressé ; Jurydesk les stocke sans compression. Demandez à la présidence d’exporter à nouveau la délibération.',
  'container.hidden-data':
    'Le fichier contient des données hors de ses entrées déclarées (à l’octet {offset}), que d’autres outils zip pourraient lire autrement. N’utilisez pas ce fichier ; demandez-en un nouveau à son expéditeur.',
  'container.ambiguous':
    'Les enregistrements zip du fichier se lisent de deux façons : un autre outil zip pourrait montrer un contenu différent de celui que Jurydesk a vérifié. N’utilisez pas ce fichier ; demandez-en un nouveau à l’expéditeur.',
  'container.folder-not-empty':
    'L’entrée de dossier « {path} » contient des données, alors que les entrées de dossier sont vides. N’utilisez pas ce fichier ; demandez-en un nouveau à son expéditeur.',
  'container.file-too-large':
    'Le fichier fait {size} octets, au-delà de la limite de {limit} pour {kind}. N’utilisez pas ce fichier ; demandez le bon fichier à son expéditeur.',
  'attachment.size-mismatch':
    'La pièce jointe « {path} » fait {actual} octets alors que le manifeste signé en annonce {expected}. Le dossier a été modifié ou abîmé ; redemandez-le à l’équipe.',
  'attachment.hash-mismatch':
    'La pièce jointe « {path} » ne correspond pas à son empreinte signée. Le dossier a été modifié ou abîmé ; redemandez-le à l’équipe.',
  'json.invalid-utf8':
    'Le document « {path} » n’est pas un texte UTF-8 valide. Le fichier est abîmé ; redemandez-le à son expéditeur.',
  'json.invalid':
    'Le document « {path} » n’est pas du JSON valide (vers le caractère {position}). Le fichier est abîmé ; redemandez-le à son expéditeur.',
  'json.imprecise-number':
    'Le document « {path} » écrit le nombre {number}, qui a plus de chiffres qu’un nombre n’en garde : il serait lu comme {read}. Demandez à l’expéditeur un fichier qui l’écrit exactement.',
  'json.duplicate-key':
    'Le document « {path} » nomme deux fois le champ « {key} » : il est ambigu. Demandez un fichier corrigé à son expéditeur.',
  'json.forbidden-key':
    'Le document « {path} » emploie le nom de champ « {key} », que Jurydesk refuse car des programmes le traitent à part. Demandez un fichier corrigé à son expéditeur.',
  'document.invalid':
    'Le document « {path} » ne suit pas le format Jurydesk : le champ « {field} » manque ou a une valeur incorrecte. Demandez un fichier corrigé à son expéditeur.',
  'document.unsupported-version':
    'Ce fichier utilise la version {version} du format, que cette version de Jurydesk ne lit pas. Mettez Jurydesk à jour.',
  'signature.malformed':
    'La signature « {path} » n’est pas une signature SSH lisible. Demandez à l’expéditeur de signer à nouveau le fichier.',
  'signature.wrong-namespace':
    'La signature a été faite pour « {actual} » et non « {expected} » : la signature d’un type de fichier ne vaut pas pour un autre. Demandez à l’expéditeur de signer à nouveau le fichier.',
  'signature.unsupported':
    'La signature utilise « {algorithm} », que Jurydesk n’accepte pas (clés Ed25519 et hachage sha512 uniquement). Demandez à l’expéditeur de signer avec une clé Ed25519.',
  'signature.invalid':
    'La signature ne correspond pas au document : le fichier a été modifié après sa signature. Ne l’utilisez pas ; redemandez-le à son expéditeur.',
  'signature.key-mismatch':
    'Le fichier a été signé par la clé {actual}, mais son document désigne la clé {expected} comme signataire. Ne l’utilisez pas ; redemandez-le à son expéditeur.',
  'signature.not-allowed':
    'Le fichier a été signé par la clé {fingerprint}, qui ne fait pas partie des signataires autorisés. Vérifiez la clé avec l’expéditeur avant de faire confiance au fichier.',
  'key.malformed': 'La clé est illisible. Utilisez une clé privée OpenSSH Ed25519.',
  'key.unsupported':
    'La clé est de type {type} ; Jurydesk ne signe qu’avec des clés Ed25519. Utilisez une clé Ed25519.',
  'key.encrypted': 'La clé privée est protégée par une phrase secrète : saisissez sa phrase secrète et réessayez.',
  'signers.option-unsupported':
    'La ligne {line} du fichier des signataires autorisés utilise l’option « {option} », que Jurydesk n’applique pas (seulement namespaces). Retirez cette ligne ou l’option, puis vérifiez à nouveau le fichier.',
  'key.kdf-rounds':
    'Le fichier de clé demande {rounds} tours de dérivation de sa phrase secrète, là où Jurydesk en accepte de 1 à {limit}. Exportez à nouveau la clé avec moins de tours.',
  'key.wrong-passphrase': 'La phrase secrète n’ouvre pas cette clé. Vérifiez-la (majuscules, accents) et réessayez.',
  'identity.missing':
    'Cet ordinateur n’a pas encore de clé de signature. Créez votre clé, ou restaurez votre sauvegarde, dans « Ma clé et mes réglages ».',
  'identity.backup-unavailable':
    'Cette clé a été créée lors d’une session précédente : ce navigateur ne peut plus la sauvegarder. Sauvegardez-la dans la session qui la crée, ou utilisez l’application de bureau.',
  'identity.locked':
    'Votre clé de signature est sur cet ordinateur, mais un autre programme l’utilise : elle ne peut pas être lue maintenant. Fermez toute autre fenêtre de Jurydesk et réessayez. Aucune nouvelle clé n’est créée à la place de la vôtre.',
  'identity.denied':
    'Votre clé de signature est sur cet ordinateur, mais ce compte n’a pas le droit de la lire. Demandez à la personne qui gère cet ordinateur de rendre à votre compte l’accès aux données de Jurydesk. Aucune nouvelle clé n’est créée à la place de la vôtre.',
  'identity.damaged':
    'Le fichier qui garde votre clé de signature est endommagé et ne peut pas être lu. Restaurez votre clé depuis sa sauvegarde dans « Ma clé et mes réglages ». Aucune nouvelle clé n’est créée à sa place.',
  'identity.sealed-elsewhere':
    'Votre clé de signature ne peut pas être déverrouillée : le trousseau de cet ordinateur ne l’ouvre pas (les données de Jurydesk viennent peut-être d’un autre compte ou d’un autre ordinateur). Restaurez votre clé depuis sa sauvegarde dans « Ma clé et mes réglages ».',
  'identity.wrong-kind': 'Cette clé ne signe pas {kind} : chaque clé ne signe que son propre type de fichier.',
  'save.disk-full': 'Le disque est plein : le fichier n’a pas été écrit. Libérez de la place et réessayez.',
  'save.denied':
    'Jurydesk n’a pas le droit d’écrire dans ce dossier : le fichier n’a pas été écrit. Choisissez un autre dossier.',
  'save.failed':
    'Le fichier n’a pas pu être écrit ; un fichier qui existait déjà est inchangé. Réessayez, ou choisissez un autre dossier.',
  'ipc.untrusted-sender':
    'Refusé : la demande ne vient pas de la fenêtre de Jurydesk. Utilisez la fenêtre de Jurydesk.',
  'ipc.invalid-arguments':
    'Jurydesk a refusé une demande mal formée de sa propre fenêtre ; rien n’a été modifié. Redémarrez Jurydesk et réessayez.',
  'ipc.failed':
    'L’opération n’a pas pu aboutir ; rien n’a été modifié. Réessayez, et redémarrez Jurydesk si elle échoue encore.',
  'call.invalid': '{path} n’est pas une description d’appel valide : {reason}.',
  'call.not-ready': 'L’appel ne peut pas encore être signé : {reason}.',
  'call.no-applications':
    'L’appel n’a encore aucune candidature : choisissez le tableur et les colonnes de l’identifiant et du nom.',
  'call.retention-passed':
    'La date de conservation {date} est passée : les ordinateurs des jurés leur demanderaient d’effacer l’appel dès son ouverture. Choisissez une date plus lointaine.',
  'call.id-changed':
    'L’identifiant de l’appel est maintenant « {actual} », mais ses versions publiées indiquent « {expected} » : les jurés l’ouvriraient comme un autre appel. Rétablissez l’identifiant d’origine.',
  'call.issuer-changed':
    'La clé de l’équipe est maintenant {actual}, mais les versions publiées ont été signées avec {expected} : les jurés refuseront une nouvelle version signée d’une autre clé. Importez la clé avec laquelle l’appel a été publié, ou indiquez ci-dessous que l’appel change de mains.',
  'call.version-known':
    'Ce dossier est la version {actual} de l’appel, mais la version {current} est déjà enregistrée ici : seule une version plus récente peut être ajoutée.',
  'sheet.unsupported': '{path} : les candidatures doivent être un fichier .csv ou .xlsx.',
  'sheet.too-large':
    '{path} dépasse ce que Jurydesk lit ({what} : plus de {limit}). N’y laissez que les candidatures de cet appel, ou découpez-le.',
  'sheet.unreadable-xlsx': '{path} n’est pas un classeur XLSX lisible.',
  'sheet.no-worksheet': '{path} ne contient aucune feuille.',
  'sheet.no-header': '{path} : la première ligne doit porter les noms de colonnes.',
  'sheet.duplicate-column': '{path} : la colonne « {column} » apparaît deux fois dans l’en-tête (colonne {position}).',
  'sheet.row-too-long':
    '{path}, ligne {row} : la ligne a {cells} cellules mais l’en-tête seulement {columns} colonnes.',
  'sheet.quotes': '{path}, ligne {row} : {detail}. Vérifiez les guillemets de cette ligne.',
  'sheet.column-not-chosen': 'Choisissez la colonne {column} des candidatures.',
  'sheet.missing-columns':
    'Le tableur n’a pas la ou les colonnes {missing} nommées dans la description de l’appel. Ses colonnes sont : {columns}.',
  'sheet.at': 'Ligne {row}, colonne « {column} » : {problem}',
  'sheet.empty-id': 'l’identifiant de la candidature est vide.',
  'sheet.duplicate-id': 'l’identifiant « {id} » est déjà utilisé à la ligne {earlier}.',
  'sheet.empty-name': 'le nom de la candidature est vide.',
  'sheet.not-number': '« {value} » n’est pas un nombre.',
  'sheet.not-whole-number': '« {value} » n’est pas un nombre entier.',
  'sheet.not-yes-no': '« {value} » n’est ni oui ni non.',
  'sheet.no-folder': 'cite le fichier « {file} », mais aucun dossier de pièces jointes n’a été donné.',
  'sheet.file-outside': '« {file} » doit être un nom de fichier du dossier {folder}.',
  'sheet.file-missing': 'le fichier « {file} » n’est pas dans {folder}.',
  'bundle.invalid': 'Le dossier de l’appel est incohérent : {reason}. Demandez un dossier corrigé à l’équipe.',
  'bundle.lower-sequence':
    'Ce dossier est la version {actual} de l’appel « {call} », mais la version {current} est déjà ouverte. Gardez la plus récente, ou demandez à l’équipe laquelle est à jour.',
  'bundle.issuer-changed':
    'Ce dossier de l’appel « {call} » est signé par la clé {actual} et non par {expected}, celle des dossiers déjà ouverts. Ne l’utilisez pas ; vérifiez auprès de l’équipe.',
  'bundle.other-call':
    'Ce dossier concerne l’appel « {actual} » et non « {expected} ». Ouvrez-le comme un appel distinct.',
  'scores.wrong-bundle':
    'Ce fichier de notes a été fait pour le dossier {actual}, mais le dossier chargé est {expected} ({call}, version {sequence}). Demandez au juré d’ouvrir le dossier à jour et d’exporter à nouveau.',
  'scores.unknown-juror':
    'Ce fichier de notes vient de « {juror} », qui ne figure pas dans la composition du jury de cet appel. Vérifiez que le fichier concerne bien cet appel.',
  'scores.signer-mismatch':
    'Ce fichier de notes de {juror} est signé par la clé {actual}, alors que la composition du jury indique {expected} pour ce juré. Ne l’utilisez pas ; vérifiez auprès du juré.',
  'restore.other-call':
    'Ce fichier de notes concerne un autre appel ({call}). Choisissez le fichier de notes que vous avez exporté pour cet appel.',
  'restore.other-key':
    'Ce fichier de notes est signé par la clé {actual}, et non par votre clé {expected} : seul votre propre fichier de notes peut restaurer vos évaluations. Restaurez d’abord la sauvegarde de votre clé si ce n’est pas fait.',
  'restore.other-juror':
    'Ce fichier de notes est celui de {juror}, alors que sur cet ordinateur vous êtes un autre juré de l’appel. Choisissez votre propre fichier de notes.',
  'restore.later-bundle':
    'Ce fichier de notes a été fait pour la version {sequence} de l’appel, et cet ordinateur a la version {current}. Ouvrez le dernier dossier envoyé par l’équipe, puis restaurez à nouveau.',
  'restore.choose-first':
    'Ce fichier est au nom de {juror}, pour qui le jury ne donne pas de clé : choisissez d’abord qui vous êtes dans ce jury (« Je suis … »), puis restaurez votre fichier de notes.',
  'restore.revision-too-high':
    'Ce fichier de notes annonce la révision {revision}, au-delà des {limit} qu’aucun juré n’atteint : il n’a pas été fait par Jurydesk. Restaurez le fichier que vous avez exporté en dernier.',
  'restore.future-date':
    'Ce fichier de notes contient une évaluation datée du {date}, plus tard qu’aujourd’hui : ce ne peut pas être votre dernier export. Vérifiez le fichier, ou la date de cet ordinateur.',
  'restore.not-newer':
    'Ce fichier de notes est la révision {revision}, et cet ordinateur a déjà exporté la révision {exported} : les évaluations de cet ordinateur sont au moins aussi récentes. Rien n’a été modifié.',
  'scores.shared-key':
    'Le fichier de notes de {juror} est signé par la clé {fingerprint}, qui appartient à {other} : une clé ne peut pas parler pour deux jurés. Ne l’utilisez pas ; demandez à {juror} un fichier signé avec sa propre clé.',
  'declaration.other-call':
    'Cette déclaration d’intérêts concerne l’appel « {actual} », et non « {expected} ». Déposez-la dans le bureau de son propre appel.',
  'declaration.unknown-version':
    'Cette déclaration d’intérêts a été faite sur le dossier {actual}, qui n’est aucune version de cet appel signée ou enregistrée ici. Demandez au juré d’ouvrir la version que vous avez envoyée et de déclarer à nouveau.',
  'declaration.unknown-juror':
    'Cette déclaration d’intérêts vient de « {juror} », qui ne figure pas dans la composition du jury de cet appel. Vérifiez que le fichier concerne bien cet appel.',
  'declaration.signer-mismatch':
    'Cette déclaration d’intérêts de {juror} est signée par la clé {actual}, alors que la clé connue pour ce juré est {expected}. Ne l’utilisez pas ; vérifiez auprès du juré.',
  'declaration.other-version':
    'Cette déclaration d’intérêts a été faite sur la version {sequence} de l’appel (manifeste {actual}) : vérifiez-la avec le dossier de cette version.',
  'declaration.not-newer':
    'Ceci est la révision {revision} de la déclaration d’intérêts de {juror}, et le bureau a déjà la révision {current}. Rien n’a été changé.',
  'declaration.revision-differs':
    'Le bureau a déjà la révision {revision} de la déclaration d’intérêts de {juror}, avec un autre contenu. Demandez à {juror} sa dernière déclaration, exportée une seule fois.',
  'declaration.invalid':
    'La déclaration d’intérêts n’est pas cohérente : {reason}. Demandez au juré de l’exporter à nouveau.',
  'scores.invalid':
    'Le fichier de notes ne concorde pas avec le dossier : {reason}. Demandez au juré d’exporter à nouveau.',
  'scores.out-of-scale':
    'La note {value} donnée à « {application} » pour « {criterion} » n’est pas sur l’échelle ({min} à {max} par pas de {step}). Demandez au juré de la corriger et d’exporter à nouveau.',
  'deliberation.wrong-bundle':
    'Cette délibération a été faite pour le dossier {actual}, mais le dossier chargé est {expected} ({call}, version {sequence}). Ouvrez-la avec le dossier correspondant.',
  'deliberation.not-chair':
    'Cette délibération est signée par « {signer} », qui ne préside pas le jury de cet appel. Ne l’utilisez pas ; vérifiez auprès de la présidence.',
  'deliberation.signer-mismatch':
    'Cette délibération est signée par la clé {actual}, alors que la composition du jury indique {expected} pour la présidence. Ne l’utilisez pas ; vérifiez auprès de la présidence.',
  'deliberation.confirmed-key-mismatch':
    'Cette délibération est signée par la clé {actual}, alors que la clé confirmée pour la présidence est {expected}. Ne l’utilisez pas ; vérifiez auprès de la présidence.',
  'deliberation.unpinned-signer':
    'La signature de la délibération est valide, mais sa clé {fingerprint} n’est pas celle que le dossier donne pour la présidence ({chair}), et vous ne l’avez pas confirmée. Vérifiez cette empreinte auprès de la présidence par un autre canal avant de lui faire confiance ; mieux, demandez à l’équipe de mettre la clé de la présidence dans le jury.',
  'deliberation.needs-bundle':
    'Cette délibération n’indique pas ses issues : ses décisions et ses capacités ne peuvent pas être vérifiées seules. Vérifiez-la avec le dossier d’appel pour lequel elle a été faite.',
  'deliberation.invalid':
    'La délibération est incohérente : {reason}. Demandez à la présidence de l’exporter à nouveau.',
  'deliberation.results-differ':
    'Les résultats de la délibération ne sont pas ceux des fichiers de notes qu’elle contient : pour « {application} », {field} vaut {recorded} alors que {method} sur ses fichiers de notes donne {computed}. Ne l’utilisez pas ; demandez à la présidence de la signer à nouveau depuis la table de la présidence.',
  'deliberation.capacity-exceeded':
    'L’issue « {outcome} » compte {count} candidatures pour {capacity} places. Déplacez-en vers une autre issue.',
};

export const phrases: PhraseSentences = {
  'sheet-file-bytes': 'sa taille en octets',
  'sheet-xml-bytes': 'son contenu une fois décompressé, en octets',
  'sheet-rows': 'son nombre de lignes',
  'sheet-columns': 'son nombre de colonnes',
  'sheet-shared-strings': 'son nombre de textes distincts',
  'sheet-cell-characters': 'la longueur d’une de ses cellules, en caractères',
  'field-rank': 'le rang',
  'field-n': 'n',
  'field-mean': 'la moyenne',
  'field-median': 'la médiane',
  'field-sd': 'l’écart-type',
  'field-min': 'le minimum',
  'field-max': 'le maximum',
  'field-calibrated': 'le score calibré',
  'field-criteria': 'les moyennes par critère',
  'field-flags': 'les alertes',
  'field-rankInterval': 'l’intervalle de rang à 90 %',
  'field-selectedProbability': 'la probabilité d’être retenue',
  'field-result': 'le résultat',
  'a-result': 'un résultat',
  absent: 'absent',
  'aggregate-mean': 'moyenne',
  'aggregate-median': 'médiane',
  'aggregate-trimmed-mean': 'moyenne tronquée',
  'method-none': 'la {aggregate}',
  'method-z-score': 'la {aggregate} avec calibrage par score z',
  'method-bias-model': 'le modèle de biais',
  'id-column': 'de l’identifiant',
  'name-column': 'du nom',
  bundle: 'un dossier d’appel',
  scores: 'un fichier de notes',
  declaration: 'une déclaration d’intérêts',
  deliberation: 'une délibération',
  'duplicate-criterion': 'le critère « {id} » apparaît deux fois',
  'duplicate-juror': 'le juré « {id} » apparaît deux fois',
  'duplicate-outcome': 'l’issue « {id} » apparaît deux fois',
  'duplicate-application': 'la candidature « {id} » apparaît deux fois',
  'duplicate-level': 'le critère « {criterion} » a deux fois le niveau {id}',
  'duplicate-assignment': 'le juré « {id} » a deux listes d’affectation',
  'duplicate-attachment-path': 'le chemin de pièce jointe « {id} » sert deux fois',
  'handover-first-version':
    'sa première version dit que l’appel change de mains, mais il n’y a pas de mains avant elle',
  'declarations-version-previous': 'sa version 0 cite une version antérieure, alors que la version 0 ouvre l’appel',
  'declarations-version-dossier':
    'sa version 0 montre de « {id} » plus qu’un nom et un résumé, alors qu’elle ne sert qu’aux déclarations d’intérêts',
  'declarations-version-assignments':
    'sa version 0 attribue des candidatures, avant que les jurés aient déclaré leurs intérêts',
  'declared-twice': 'elle déclare deux fois un intérêt pour « {application} »',
  'declared-sequence':
    'elle dit avoir été faite sur la version {actual}, mais le manifeste qu’elle cite est la version {expected}',
  'handover-same-key': 'il dit que l’appel change de mains, mais nomme comme précédente la clé même qui le signe',
  'duplicate-field-order': 'la donnée « {id} » est nommée deux fois dans l’ordre des données',
  'unknown-field-order': 'l’ordre des données nomme « {id} », qu’aucune candidature ni aucun libellé ne porte',
  'scale-too-fine': 'l’échelle de « {criterion} » a plus de {limit} points parmi lesquels choisir',
  'scale-too-wide': 'l’échelle de « {criterion} » dépasse ±{limit}',
  'too-many-criteria': 'il a {count} critères, plus que les {limit} qu’une grille affiche',
  'scale-order': 'l’échelle de « {criterion} » doit avoir un maximum supérieur au minimum',
  'scale-step': 'le pas de « {criterion} » ne divise pas son échelle',
  'level-off-scale': 'le niveau {value} de « {criterion} » n’est pas sur son échelle',
  'no-counted-criterion': 'aucun critère n’est compté',
  'chair-count': 'le jury doit avoir exactement une présidence, il en a {count}',
  'shared-key': 'deux jurés partagent une même clé',
  'unknown-juror-reference': 'un conflit ou une affectation nomme le juré inconnu « {id} »',
  'unknown-application-reference': 'un conflit ou une affectation nomme la candidature inconnue « {id} »',
  'invalid-attachment-path': 'le chemin de pièce jointe « {id} » n’est pas valide',
  'evaluated-twice': 'la candidature « {application} » est évaluée deux fois',
  'recused-and-scored': 'la candidature « {application} » est à la fois déportée et notée',
  'unknown-application': 'la candidature inconnue « {application} » y est citée',
  'unknown-criterion': 'il nomme le critère inconnu « {criterion} »',
  'unknown-outcome': 'l’issue inconnue « {outcome} » y est citée',
  'unknown-input-juror': 'elle utilise un fichier de notes du juré inconnu « {juror} »',
  incomplete: '« {application} » est marquée complète mais « {criterion} » n’a pas de note',
  'conflict-scored': '« {application} » est notée malgré un conflit d’intérêts déclaré par l’équipe',
  'decided-twice': 'elle statue deux fois sur « {application} »',
  'result-twice': 'elle donne deux résultats pour « {application} »',
  'input-juror-twice': 'elle utilise deux fichiers de notes du juré « {juror} »',
  'input-key-of-other': 'le fichier de notes {file} de {juror} est signé par la clé que le jury donne à {other}',
  'input-key-twice': 'elle utilise les fichiers de notes de deux jurés signés par une même clé, {fingerprint}',
  'not-assigned': 'la candidature « {application} » est notée, alors qu’elle n’est pas attribuée à ce juré',
  'input-twice': 'elle cite deux fois le fichier de notes {file}',
  'outcome-twice': 'elle énonce deux fois l’issue « {outcome} »',
  'input-missing': 'elle cite le fichier de notes {file} sans le contenir',
  'input-not-cited': 'elle contient le fichier de notes {file}, qu’elle ne cite pas',
  'input-hash': 'le fichier de notes rangé sous {file} n’a pas le contenu que son nom annonce',
  'input-invalid': 'le fichier de notes {file} qu’elle contient est abîmé ou n’est pas signé par le juré qu’il nomme',
  'input-differs':
    'le fichier de notes {file} qu’elle contient n’est pas celui de {juror}, révision {revision}, clé {fingerprint}, comme elle l’indique',
  'input-other-bundle': 'le fichier de notes {file} qu’elle contient a été fait pour un autre dossier',
  'csv-unclosed-quote': 'une cellule entre guillemets n’est jamais fermée',
  'csv-stray-quote': 'un guillemet fermant est suivi d’autres caractères',
  'schema-root': 'le document',
  'outcomes-differ': 'les issues qu’elle énonce ne sont pas celles du dossier',
};
