/**
 * Every failure a user can meet has a stable code and one sentence per language that says what is
 * wrong and what to do. Placeholders in braces are filled from the error's details.
 */
export const messages = {
  'file.empty': {
    en: 'The file is empty. Ask the sender for the file again.',
    fr: 'Le fichier est vide. Redemandez le fichier à son expéditeur.',
  },
  'container.not-zip': {
    en: 'This is not a Jurydesk file: it is not a readable zip container. Check that you chose the right file, or ask the sender for it again.',
    fr: 'Ce n’est pas un fichier Jurydesk : ce n’est pas un conteneur zip lisible. Vérifiez que vous avez choisi le bon fichier, ou redemandez-le à son expéditeur.',
  },
  'container.mimetype-missing': {
    en: 'This zip file is not a Jurydesk file: its first entry must be “mimetype”. Check that you chose the right file.',
    fr: 'Ce fichier zip n’est pas un fichier Jurydesk : sa première entrée doit être « mimetype ». Vérifiez que vous avez choisi le bon fichier.',
  },
  'container.mimetype-compressed': {
    en: 'The “mimetype” entry is compressed; Jurydesk files store it uncompressed. Rebuild the file as docs/FORMATS.md shows.',
    fr: 'L’entrée « mimetype » est compressée ; les fichiers Jurydesk la stockent sans compression. Reconstruisez le fichier comme l’indique docs/FORMATS.md.',
  },
  'container.wrong-kind': {
    en: 'This file is {actual}, not {expected}. Open it where {actual} is expected.',
    fr: 'Ce fichier est {actual}, pas {expected}. Ouvrez-le là où {actual} est attendu.',
  },
  'container.unsafe-path': {
    en: 'The file holds an entry with an unsafe name (“{path}”): absolute paths, “..” and backslashes are refused. Do not use this file; ask the sender for a new one.',
    fr: 'Le fichier contient une entrée au nom dangereux (« {path} ») : chemins absolus, « .. » et barres obliques inverses sont refusés. N’utilisez pas ce fichier ; demandez-en un nouveau à son expéditeur.',
  },
  'container.invalid-path': {
    en: 'The entry “{path}” has a name Jurydesk does not accept (only letters, digits, “.”, “_”, “-” and “/” under files/). Rebuild the file as docs/FORMATS.md shows.',
    fr: 'L’entrée « {path} » porte un nom que Jurydesk n’accepte pas (seulement lettres, chiffres, « . », « _ », « - » et « / » sous files/). Reconstruisez le fichier comme l’indique docs/FORMATS.md.',
  },
  'container.duplicate-entry': {
    en: 'The file holds the entry “{path}” twice, so it is ambiguous. Do not use this file; ask the sender for a new one.',
    fr: 'Le fichier contient deux fois l’entrée « {path} » : il est ambigu. N’utilisez pas ce fichier ; demandez-en un nouveau à son expéditeur.',
  },
  'container.unlisted-entry': {
    en: 'The file holds an entry that its signed document does not list (“{path}”). Do not use this file; ask the sender for a new one.',
    fr: 'Le fichier contient une entrée que son document signé ne mentionne pas (« {path} »). N’utilisez pas ce fichier ; demandez-en un nouveau à son expéditeur.',
  },
  'container.missing-entry': {
    en: 'The file lacks the entry “{path}”. It is incomplete; ask the sender for it again.',
    fr: 'Il manque l’entrée « {path} » dans le fichier. Il est incomplet ; redemandez-le à son expéditeur.',
  },
  'container.entry-too-large': {
    en: 'The entry “{path}” declares {size} bytes, over the limit of {limit}. Do not use this file; ask the sender for a smaller one.',
    fr: 'L’entrée « {path} » annonce {size} octets, au-delà de la limite de {limit}. N’utilisez pas ce fichier ; demandez-en un plus petit à son expéditeur.',
  },
  'container.too-many-entries': {
    en: 'The file holds {count} entries, over the limit of {limit}. Do not use this file; ask the sender for a smaller one.',
    fr: 'Le fichier contient {count} entrées, au-delà de la limite de {limit}. N’utilisez pas ce fichier ; demandez-en un plus petit à son expéditeur.',
  },
  'container.size-mismatch': {
    en: 'The entry “{path}” is not the size the file says it is. The file is damaged or was tampered with; ask the sender for it again.',
    fr: 'L’entrée « {path} » n’a pas la taille annoncée par le fichier. Le fichier est abîmé ou a été modifié ; redemandez-le à son expéditeur.',
  },
  'container.checksum-mismatch': {
    en: 'The entry “{path}” is damaged (its checksum does not match). Ask the sender for the file again.',
    fr: 'L’entrée « {path} » est abîmée (sa somme de contrôle ne correspond pas). Redemandez le fichier à son expéditeur.',
  },
  'container.unsupported-entry': {
    en: 'The entry “{path}” is encrypted or compressed in a way Jurydesk does not read. Rebuild the file as docs/FORMATS.md shows.',
    fr: 'L’entrée « {path} » est chiffrée ou compressée d’une façon que Jurydesk ne lit pas. Reconstruisez le fichier comme l’indique docs/FORMATS.md.',
  },
  'container.compressed-attachment': {
    en: 'The attachment “{path}” is compressed; Jurydesk stores attachments uncompressed. Rebuild the bundle as docs/FORMATS.md shows.',
    fr: 'La pièce jointe « {path} » est compressée ; Jurydesk stocke les pièces jointes sans compression. Reconstruisez le dossier comme l’indique docs/FORMATS.md.',
  },
  'container.compressed-input': {
    en: 'The score file “{path}” inside the deliberation is compressed; Jurydesk stores them uncompressed. Ask the chair to export the deliberation again.',
    fr: 'Le fichier de notes « {path} » contenu dans la délibération est compressé ; Jurydesk les stocke sans compression. Demandez à la présidence d’exporter à nouveau la délibération.',
  },
  'container.hidden-data': {
    en: 'The file holds data outside its listed entries (at byte {offset}), which other zip tools could read differently. Do not use this file; ask the sender for a new one.',
    fr: 'Le fichier contient des données hors de ses entrées déclarées (à l’octet {offset}), que d’autres outils zip pourraient lire autrement. N’utilisez pas ce fichier ; demandez-en un nouveau à son expéditeur.',
  },
  'container.folder-not-empty': {
    en: 'The folder entry “{path}” carries data, where folder entries are empty. Do not use this file; ask the sender for a new one.',
    fr: 'L’entrée de dossier « {path} » contient des données, alors que les entrées de dossier sont vides. N’utilisez pas ce fichier ; demandez-en un nouveau à son expéditeur.',
  },
  'container.file-too-large': {
    en: 'The file is {size} bytes, over the limit of {limit} for {kind}. Do not use this file; ask the sender for the right one.',
    fr: 'Le fichier fait {size} octets, au-delà de la limite de {limit} pour {kind}. N’utilisez pas ce fichier ; demandez le bon à son expéditeur.',
  },
  'attachment.size-mismatch': {
    en: 'The attachment “{path}” is {actual} bytes where the signed manifest says {expected}. The bundle was tampered with or damaged; ask staff for it again.',
    fr: 'La pièce jointe « {path} » fait {actual} octets alors que le manifeste signé en annonce {expected}. Le dossier a été modifié ou abîmé ; redemandez-le à l’équipe.',
  },
  'attachment.hash-mismatch': {
    en: 'The attachment “{path}” does not match its signed fingerprint. The bundle was tampered with or damaged; ask staff for it again.',
    fr: 'La pièce jointe « {path} » ne correspond pas à son empreinte signée. Le dossier a été modifié ou abîmé ; redemandez-le à l’équipe.',
  },
  'json.invalid-utf8': {
    en: 'The document “{path}” is not valid UTF-8 text. The file is damaged; ask the sender for it again.',
    fr: 'Le document « {path} » n’est pas un texte UTF-8 valide. Le fichier est abîmé ; redemandez-le à son expéditeur.',
  },
  'json.invalid': {
    en: 'The document “{path}” is not valid JSON (near character {position}). The file is damaged; ask the sender for it again.',
    fr: 'Le document « {path} » n’est pas du JSON valide (vers le caractère {position}). Le fichier est abîmé ; redemandez-le à son expéditeur.',
  },
  'json.duplicate-key': {
    en: 'The document “{path}” names the field “{key}” twice, so it is ambiguous. Ask the sender for a corrected file.',
    fr: 'Le document « {path} » nomme deux fois le champ « {key} » : il est ambigu. Demandez un fichier corrigé à son expéditeur.',
  },
  'json.forbidden-key': {
    en: 'The document “{path}” uses the field name “{key}”, which Jurydesk refuses because programs treat it specially. Ask the sender for a corrected file.',
    fr: 'Le document « {path} » emploie le nom de champ « {key} », que Jurydesk refuse car des programmes le traitent à part. Demandez un fichier corrigé à son expéditeur.',
  },
  'document.invalid': {
    en: 'The document “{path}” does not follow the Jurydesk format: the field “{field}” is missing or has a wrong value. Ask the sender for a corrected file.',
    fr: 'Le document « {path} » ne suit pas le format Jurydesk : le champ « {field} » manque ou a une valeur incorrecte. Demandez un fichier corrigé à son expéditeur.',
  },
  'document.unsupported-version': {
    en: 'This file uses format version {version}, which this version of Jurydesk does not read. Update Jurydesk.',
    fr: 'Ce fichier utilise la version {version} du format, que cette version de Jurydesk ne lit pas. Mettez Jurydesk à jour.',
  },
  'signature.malformed': {
    en: 'The signature “{path}” is not a readable SSH signature. Ask the sender to sign the file again.',
    fr: 'La signature « {path} » n’est pas une signature SSH lisible. Demandez à l’expéditeur de signer à nouveau le fichier.',
  },
  'signature.wrong-namespace': {
    en: 'The signature was made for “{actual}”, not “{expected}”: a signature of one kind of file cannot vouch for another. Ask the sender to sign the file again.',
    fr: 'La signature a été faite pour « {actual} » et non « {expected} » : la signature d’un type de fichier ne vaut pas pour un autre. Demandez à l’expéditeur de signer à nouveau le fichier.',
  },
  'signature.unsupported': {
    en: 'The signature uses “{algorithm}”, which Jurydesk does not accept (Ed25519 keys and the sha512 hash only). Ask the sender to sign with an Ed25519 key.',
    fr: 'La signature utilise « {algorithm} », que Jurydesk n’accepte pas (clés Ed25519 et empreinte sha512 uniquement). Demandez à l’expéditeur de signer avec une clé Ed25519.',
  },
  'signature.invalid': {
    en: 'The signature does not match the document: the file was modified after it was signed. Do not use it; ask the sender for it again.',
    fr: 'La signature ne correspond pas au document : le fichier a été modifié après sa signature. Ne l’utilisez pas ; redemandez-le à son expéditeur.',
  },
  'signature.key-mismatch': {
    en: 'The file was signed by key {actual}, but its document names key {expected} as its signer. Do not use it; ask the sender for it again.',
    fr: 'Le fichier a été signé par la clé {actual}, mais son document désigne la clé {expected} comme signataire. Ne l’utilisez pas ; redemandez-le à son expéditeur.',
  },
  'signature.not-allowed': {
    en: 'The file was signed by key {fingerprint}, which is not among the allowed signers. Check the key with the sender before trusting the file.',
    fr: 'Le fichier a été signé par la clé {fingerprint}, qui ne fait pas partie des signataires autorisés. Vérifiez la clé avec l’expéditeur avant de faire confiance au fichier.',
  },
  'key.malformed': {
    en: 'The key is not readable. Use an OpenSSH Ed25519 key (ssh-keygen -t ed25519).',
    fr: 'La clé est illisible. Utilisez une clé OpenSSH Ed25519 (ssh-keygen -t ed25519).',
  },
  'key.unsupported': {
    en: 'The key is of type {type}; Jurydesk signs with Ed25519 keys only. Make one with ssh-keygen -t ed25519.',
    fr: 'La clé est de type {type} ; Jurydesk ne signe qu’avec des clés Ed25519. Créez-en une avec ssh-keygen -t ed25519.',
  },
  'key.encrypted': {
    en: 'The private key is protected by a passphrase: give it in the JURYDESK_PASSPHRASE environment variable.',
    fr: 'La clé privée est protégée par une phrase secrète : donnez-la dans la variable d’environnement JURYDESK_PASSPHRASE.',
  },
  'key.wrong-passphrase': {
    en: 'The passphrase does not open this key. Check it (letter case, accents) and try again.',
    fr: 'La phrase secrète n’ouvre pas cette clé. Vérifiez-la (majuscules, accents) et réessayez.',
  },
  'call.invalid': {
    en: '{path} is not a valid call description: {reason}.',
    fr: '{path} n’est pas une description d’appel valide : {reason}.',
  },
  'call.not-ready': {
    en: 'The call cannot be signed yet: {reason}.',
    fr: 'L’appel ne peut pas encore être signé : {reason}.',
  },
  'call.no-applications': {
    en: 'The call has no applications yet: choose the spreadsheet and the columns of the id and the name.',
    fr: 'L’appel n’a encore aucune candidature : choisissez le tableur et les colonnes de l’identifiant et du nom.',
  },
  'call.retention-passed': {
    en: 'The retention date {date} has passed: jurors’ laptops would ask them to erase the call as soon as they open it. Choose a later date.',
    fr: 'La date de conservation {date} est passée : les ordinateurs des jurés leur demanderaient d’effacer l’appel dès son ouverture. Choisissez une date plus lointaine.',
  },
  'call.id-changed': {
    en: 'The call’s id is now “{actual}”, but its published versions say “{expected}”: jurors would open it as another call. Put the id back.',
    fr: 'L’identifiant de l’appel est maintenant « {actual} », mais ses versions publiées disent « {expected} » : les jurés l’ouvriraient comme un autre appel. Remettez l’identifiant.',
  },
  'call.issuer-changed': {
    en: 'The staff key is now {actual}, but the published versions were signed with {expected}: jurors will refuse a new version signed with another key. Import the key the call was published with.',
    fr: 'La clé de l’équipe est maintenant {actual}, mais les versions publiées ont été signées avec {expected} : les jurés refuseront une nouvelle version signée d’une autre clé. Importez la clé avec laquelle l’appel a été publié.',
  },
  'call.version-other-key': {
    en: 'This bundle is signed with key {actual}, not with the staff key of this computer ({expected}): import the key it was signed with to continue the call here.',
    fr: 'Ce dossier est signé avec la clé {actual} et non avec la clé de l’équipe de cet ordinateur ({expected}) : importez la clé qui l’a signé pour poursuivre l’appel ici.',
  },
  'call.version-known': {
    en: 'This bundle is version {actual} of the call, but version {current} is already recorded here: only a later version can be added.',
    fr: 'Ce dossier est la version {actual} de l’appel, mais la version {current} est déjà enregistrée ici : seule une version plus récente peut être ajoutée.',
  },
  'sheet.unsupported': {
    en: '{path}: applications must be a .csv or .xlsx file.',
    fr: '{path} : les candidatures doivent être un fichier .csv ou .xlsx.',
  },
  'sheet.unreadable-xlsx': {
    en: '{path} is not a readable XLSX workbook.',
    fr: '{path} n’est pas un classeur XLSX lisible.',
  },
  'sheet.no-worksheet': {
    en: '{path} holds no worksheet.',
    fr: '{path} ne contient aucune feuille.',
  },
  'sheet.no-header': {
    en: '{path}: the first row must hold the column names.',
    fr: '{path} : la première ligne doit porter les noms de colonnes.',
  },
  'sheet.duplicate-column': {
    en: '{path}: the column “{column}” appears twice in the header (column {position}).',
    fr: '{path} : la colonne « {column} » apparaît deux fois dans l’en-tête (colonne {position}).',
  },
  'sheet.row-too-long': {
    en: '{path}, row {row}: the row has {cells} cells but the header only {columns} columns.',
    fr: '{path}, ligne {row} : la ligne a {cells} cellules mais l’en-tête seulement {columns} colonnes.',
  },
  'sheet.quotes': {
    en: '{path}, row {row}: {detail}. Check the quotes on that row.',
    fr: '{path}, ligne {row} : {detail}. Vérifiez les guillemets de cette ligne.',
  },
  'sheet.column-not-chosen': {
    en: 'Choose the column of {column} of the applications.',
    fr: 'Choisissez la colonne {column} des candidatures.',
  },
  'sheet.missing-columns': {
    en: 'The spreadsheet lacks the column(s) {missing} named in the call description. Its columns are: {columns}.',
    fr: 'Le tableur n’a pas la ou les colonnes {missing} nommées dans la description de l’appel. Ses colonnes sont : {columns}.',
  },
  'sheet.at': {
    en: 'Row {row}, column “{column}”: {problem}',
    fr: 'Ligne {row}, colonne « {column} » : {problem}',
  },
  'sheet.empty-id': { en: 'the application id is empty.', fr: 'l’identifiant de la candidature est vide.' },
  'sheet.duplicate-id': {
    en: 'the id “{id}” is already used on row {earlier}.',
    fr: 'l’identifiant « {id} » est déjà pris ligne {earlier}.',
  },
  'sheet.empty-name': { en: 'the application name is empty.', fr: 'le nom de la candidature est vide.' },
  'sheet.not-number': { en: '“{value}” is not a number.', fr: '« {value} » n’est pas un nombre.' },
  'sheet.not-whole-number': { en: '“{value}” is not a whole number.', fr: '« {value} » n’est pas un nombre entier.' },
  'sheet.not-yes-no': { en: '“{value}” is not yes or no.', fr: '« {value} » n’est ni oui ni non.' },
  'sheet.no-folder': {
    en: 'names the file “{file}”, but no folder of attachments was given.',
    fr: 'cite le fichier « {file} », mais aucun dossier de pièces jointes n’a été donné.',
  },
  'sheet.file-outside': {
    en: '“{file}” must be a file name inside {folder}.',
    fr: '« {file} » doit être un nom de fichier du dossier {folder}.',
  },
  'sheet.file-missing': {
    en: 'the file “{file}” is not in {folder}.',
    fr: 'le fichier « {file} » n’est pas dans {folder}.',
  },
  'bundle.invalid': {
    en: 'The call bundle is inconsistent: {reason}. Ask staff for a corrected bundle.',
    fr: 'Le dossier de l’appel est incohérent : {reason}. Demandez un dossier corrigé à l’équipe.',
  },
  'bundle.lower-sequence': {
    en: 'This bundle is version {actual} of the call “{call}”, but version {current} is already open. Keep the newer one, or ask staff which is current.',
    fr: 'Ce dossier est la version {actual} de l’appel « {call} », mais la version {current} est déjà ouverte. Gardez la plus récente, ou demandez à l’équipe laquelle est à jour.',
  },
  'bundle.issuer-changed': {
    en: 'This bundle for the call “{call}” is signed by key {actual}, not by {expected}, the key of the bundles already opened. Do not use it; check with staff.',
    fr: 'Ce dossier de l’appel « {call} » est signé par la clé {actual} et non par {expected}, celle des dossiers déjà ouverts. Ne l’utilisez pas ; vérifiez auprès de l’équipe.',
  },
  'bundle.other-call': {
    en: 'This bundle is for the call “{actual}”, not “{expected}”. Open it as a call of its own.',
    fr: 'Ce dossier concerne l’appel « {actual} » et non « {expected} ». Ouvrez-le comme un appel distinct.',
  },
  'scores.wrong-bundle': {
    en: 'This score file was made for bundle {actual}, but the bundle loaded is {expected} ({call}, version {sequence}). Ask the juror to open the current bundle and export again.',
    fr: 'Ce fichier de notes a été fait pour le dossier {actual}, mais le dossier chargé est {expected} ({call}, version {sequence}). Demandez au juré d’ouvrir le dossier à jour et d’exporter à nouveau.',
  },
  'scores.unknown-juror': {
    en: 'This score file comes from “{juror}”, who is not on the jury roster of this call. Check that the file belongs to this call.',
    fr: 'Ce fichier de notes vient de « {juror} », qui ne figure pas dans le jury de cet appel. Vérifiez que le fichier concerne bien cet appel.',
  },
  'scores.signer-mismatch': {
    en: 'This score file for {juror} is signed by key {actual}, but the roster gives {expected} for that juror. Do not use it; check with the juror.',
    fr: 'Ce fichier de notes de {juror} est signé par la clé {actual}, alors que le jury indique {expected} pour ce juré. Ne l’utilisez pas ; vérifiez auprès du juré.',
  },
  'restore.other-call': {
    en: 'This score file belongs to another call ({call}). Choose the score file you exported for this call.',
    fr: 'Ce fichier de notes concerne un autre appel ({call}). Choisissez le fichier de notes que vous avez exporté pour cet appel.',
  },
  'restore.other-key': {
    en: 'This score file is signed by key {actual}, not by your key {expected}: only your own score file can restore your evaluations. Restore your key backup first if you have not.',
    fr: 'Ce fichier de notes est signé par la clé {actual}, et non par votre clé {expected} : seul votre propre fichier de notes peut restaurer vos évaluations. Restaurez d’abord la sauvegarde de votre clé si ce n’est pas fait.',
  },
  'restore.other-juror': {
    en: 'This score file is {juror}’s, but on this computer you are another juror of the call. Choose your own score file.',
    fr: 'Ce fichier de notes est celui de {juror}, alors que sur cet ordinateur vous êtes un autre juré de l’appel. Choisissez votre propre fichier de notes.',
  },
  'restore.later-bundle': {
    en: 'This score file was made for version {sequence} of the call, and this computer has version {current}. Open the latest bundle staff sent you, then restore again.',
    fr: 'Ce fichier de notes a été fait pour la version {sequence} de l’appel, et cet ordinateur a la version {current}. Ouvrez le dernier dossier envoyé par l’équipe, puis restaurez à nouveau.',
  },
  'restore.not-newer': {
    en: 'This score file is revision {revision}, and this computer already exported revision {exported}: your evaluations here are as recent. Nothing was changed.',
    fr: 'Ce fichier de notes est la révision {revision}, et cet ordinateur a déjà exporté la révision {exported} : vos évaluations ici sont aussi récentes. Rien n’a été modifié.',
  },
  'scores.invalid': {
    en: 'The score file is inconsistent with the bundle: {reason}. Ask the juror to export again.',
    fr: 'Le fichier de notes ne concorde pas avec le dossier : {reason}. Demandez au juré d’exporter à nouveau.',
  },
  'scores.out-of-scale': {
    en: 'The score {value} given to “{application}” on “{criterion}” is not on the scale ({min} to {max} by {step}). Ask the juror to correct it and export again.',
    fr: 'La note {value} donnée à « {application} » pour « {criterion} » n’est pas sur l’échelle ({min} à {max} par pas de {step}). Demandez au juré de la corriger et d’exporter à nouveau.',
  },
  'deliberation.wrong-bundle': {
    en: 'This deliberation was made for bundle {actual}, but the bundle loaded is {expected} ({call}, version {sequence}). Open it with the bundle it was made for.',
    fr: 'Cette délibération a été faite pour le dossier {actual}, mais le dossier chargé est {expected} ({call}, version {sequence}). Ouvrez-la avec le dossier correspondant.',
  },
  'deliberation.not-chair': {
    en: 'This deliberation is signed by “{signer}”, who is not the chair of this call’s jury. Do not use it; check with the chair.',
    fr: 'Cette délibération est signée par « {signer} », qui ne préside pas le jury de cet appel. Ne l’utilisez pas ; vérifiez auprès du président ou de la présidente.',
  },
  'deliberation.signer-mismatch': {
    en: 'This deliberation is signed by key {actual}, but the roster gives {expected} for the chair. Do not use it; check with the chair.',
    fr: 'Cette délibération est signée par la clé {actual}, alors que le jury indique {expected} pour la présidence. Ne l’utilisez pas ; vérifiez auprès de la présidence.',
  },
  'deliberation.confirmed-key-mismatch': {
    en: 'This deliberation is signed by key {actual}, but the key confirmed for the chair is {expected}. Do not use it; check with the chair.',
    fr: 'Cette délibération est signée par la clé {actual}, alors que la clé confirmée pour la présidence est {expected}. Ne l’utilisez pas ; vérifiez auprès de la présidence.',
  },
  'deliberation.unpinned-signer': {
    en: 'The deliberation’s signature is sound, but its key {fingerprint} is not one the bundle gives for the chair ({chair}), and you have not confirmed it. Check this fingerprint with the chair by another channel, then give it in --allowed-signers (a line “{chairId} namespaces="jurydesk-deliberation-v1" ssh-ed25519 …”); better, ask staff to put the chair’s key in the roster.',
    fr: 'La signature de la délibération est valide, mais sa clé {fingerprint} n’est pas celle que le dossier donne pour la présidence ({chair}), et vous ne l’avez pas confirmée. Vérifiez cette empreinte auprès de la présidence par un autre canal, puis donnez-la dans --allowed-signers (une ligne « {chairId} namespaces="jurydesk-deliberation-v1" ssh-ed25519 … ») ; mieux, demandez à l’équipe de mettre la clé de la présidence dans le jury.',
  },
  'deliberation.invalid': {
    en: 'The deliberation is inconsistent: {reason}. Ask the chair to export it again.',
    fr: 'La délibération est incohérente : {reason}. Demandez à la présidence de l’exporter à nouveau.',
  },
  'deliberation.results-differ': {
    en: 'The deliberation’s results are not those of the score files it holds: for “{application}”, {field} is {recorded} where {method} over its score files gives {computed}. Do not use it; ask the chair to sign it again from the desk.',
    fr: 'Les résultats de la délibération ne sont pas ceux des fichiers de notes qu’elle contient : pour « {application} », {field} vaut {recorded} alors que {method} sur ses fichiers de notes donne {computed}. Ne l’utilisez pas ; demandez à la présidence de la signer à nouveau depuis son bureau.',
  },
  'deliberation.capacity-exceeded': {
    en: 'The outcome “{outcome}” has {count} applications for {capacity} places. Move some to another outcome.',
    fr: 'L’issue « {outcome} » compte {count} candidatures pour {capacity} places. Déplacez-en vers une autre issue.',
  },
} as const satisfies Record<string, { en: string; fr: string }>;

/**
 * Detail values written as `@name` are phrases translated with the sentence around them: the kinds of
 * file, and the reasons a document is inconsistent. Their own placeholders come from the same details.
 */
export const phrases = {
  'id-column': { en: 'the id', fr: 'de l’identifiant' },
  'name-column': { en: 'the name', fr: 'du nom' },
  bundle: { en: 'a call bundle', fr: 'un dossier d’appel' },
  scores: { en: 'a score file', fr: 'un fichier de notes' },
  deliberation: { en: 'a deliberation', fr: 'une délibération' },
  'duplicate-criterion': { en: 'the criterion “{id}” appears twice', fr: 'le critère « {id} » apparaît deux fois' },
  'duplicate-juror': { en: 'the juror “{id}” appears twice', fr: 'le juré « {id} » apparaît deux fois' },
  'duplicate-outcome': { en: 'the outcome “{id}” appears twice', fr: 'l’issue « {id} » apparaît deux fois' },
  'duplicate-application': {
    en: 'the application “{id}” appears twice',
    fr: 'la candidature « {id} » apparaît deux fois',
  },
  'duplicate-level': {
    en: 'the criterion “{criterion}” has the level {id} twice',
    fr: 'le critère « {criterion} » a deux fois le niveau {id}',
  },
  'duplicate-assignment': {
    en: 'the juror “{id}” has two assignment lists',
    fr: 'le juré « {id} » a deux listes d’affectation',
  },
  'duplicate-attachment-path': {
    en: 'the attachment path “{id}” is used twice',
    fr: 'le chemin de pièce jointe « {id} » sert deux fois',
  },
  'scale-order': {
    en: 'the scale of “{criterion}” must have max above min',
    fr: 'l’échelle de « {criterion} » doit avoir un maximum supérieur au minimum',
  },
  'scale-step': {
    en: 'the step of “{criterion}” does not divide its scale',
    fr: 'le pas de « {criterion} » ne divise pas son échelle',
  },
  'level-off-scale': {
    en: 'the level {value} of “{criterion}” is not on its scale',
    fr: 'le niveau {value} de « {criterion} » n’est pas sur son échelle',
  },
  'no-counted-criterion': { en: 'no criterion is counted', fr: 'aucun critère n’est compté' },
  'chair-count': {
    en: 'the jury must have exactly one chair, it has {count}',
    fr: 'le jury doit avoir exactement une présidence, il en a {count}',
  },
  'shared-key': { en: 'two jurors share one key', fr: 'deux jurés partagent une même clé' },
  'unknown-juror-reference': {
    en: 'a conflict or an assignment names the unknown juror “{id}”',
    fr: 'un conflit ou une affectation nomme le juré inconnu « {id} »',
  },
  'unknown-application-reference': {
    en: 'a conflict or an assignment names the unknown application “{id}”',
    fr: 'un conflit ou une affectation nomme la candidature inconnue « {id} »',
  },
  'invalid-attachment-path': {
    en: 'the attachment path “{id}” is not valid',
    fr: 'le chemin de pièce jointe « {id} » n’est pas valide',
  },
  'evaluated-twice': {
    en: 'the application “{application}” is evaluated twice',
    fr: 'la candidature « {application} » est évaluée deux fois',
  },
  'recused-and-scored': {
    en: 'the application “{application}” is both recused and scored',
    fr: 'la candidature « {application} » est à la fois déportée et notée',
  },
  'unknown-application': {
    en: 'it names the unknown application “{application}”',
    fr: 'il nomme la candidature inconnue « {application} »',
  },
  'unknown-criterion': {
    en: 'it names the unknown criterion “{criterion}”',
    fr: 'il nomme le critère inconnu « {criterion} »',
  },
  'unknown-outcome': { en: 'it names the unknown outcome “{outcome}”', fr: 'il nomme l’issue inconnue « {outcome} »' },
  'unknown-input-juror': {
    en: 'it uses a score file from the unknown juror “{juror}”',
    fr: 'elle utilise un fichier de notes du juré inconnu « {juror} »',
  },
  incomplete: {
    en: '“{application}” is marked complete but “{criterion}” has no score',
    fr: '« {application} » est marquée complète mais « {criterion} » n’a pas de note',
  },
  'conflict-scored': {
    en: '“{application}” is scored despite a conflict of interest declared by staff',
    fr: '« {application} » est notée malgré un conflit d’intérêts déclaré par l’équipe',
  },
  'decided-twice': { en: 'it decides twice on “{application}”', fr: 'elle statue deux fois sur « {application} »' },
  'result-twice': {
    en: 'it gives two results for “{application}”',
    fr: 'elle donne deux résultats pour « {application} »',
  },
  'input-juror-twice': {
    en: 'it uses two score files from the juror “{juror}”',
    fr: 'elle utilise deux fichiers de notes du juré « {juror} »',
  },
  'input-twice': { en: 'it cites the score file {file} twice', fr: 'elle cite deux fois le fichier de notes {file}' },
  'outcome-twice': { en: 'it states the outcome “{outcome}” twice', fr: 'elle énonce deux fois l’issue « {outcome} »' },
  'input-missing': {
    en: 'it cites the score file {file} but does not hold it',
    fr: 'elle cite le fichier de notes {file} sans le contenir',
  },
  'input-not-cited': {
    en: 'it holds the score file {file}, which it does not cite',
    fr: 'elle contient le fichier de notes {file}, qu’elle ne cite pas',
  },
  'input-hash': {
    en: 'the score file stored as {file} has other bytes than its name says',
    fr: 'le fichier de notes rangé sous {file} n’a pas le contenu que son nom annonce',
  },
  'input-invalid': {
    en: 'the score file {file} it holds is damaged or not signed by the juror it names',
    fr: 'le fichier de notes {file} qu’elle contient est abîmé ou n’est pas signé par le juré qu’il nomme',
  },
  'input-differs': {
    en: 'the score file {file} it holds is not from {juror}, revision {revision}, key {fingerprint}, as it says',
    fr: 'le fichier de notes {file} qu’elle contient n’est pas celui de {juror}, révision {revision}, clé {fingerprint}, comme elle l’indique',
  },
  'input-other-bundle': {
    en: 'the score file {file} it holds was made for another bundle',
    fr: 'le fichier de notes {file} qu’elle contient a été fait pour un autre dossier',
  },
  'outcomes-differ': {
    en: 'the outcomes it states are not those of the bundle',
    fr: 'les issues qu’elle énonce ne sont pas celles du dossier',
  },
} as const satisfies Record<string, { en: string; fr: string }>;
