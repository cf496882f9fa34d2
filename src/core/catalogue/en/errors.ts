/**
 * Every failure a user can meet has a stable code (core's) and one sentence per language here that says what is
 * wrong and what to do. Placeholders in braces are filled from the error's details.
 */
export const errors = {
  'file.empty': 'The file is empty. Ask the sender for the file again.',
  'container.not-zip':
    'This is not a Jurydesk file: it is not a readable zip container. Check that you chose the right file, or ask the sender for it again.',
  'container.mimetype-missing':
    'This zip file is not a Jurydesk file: its first entry must be “mimetype”. Check that you chose the right file.',
  'container.mimetype-compressed':
    'The “mimetype” entry is compressed; Jurydesk files store it uncompressed. Rebuild the file as docs/FORMATS.md shows.',
  'container.wrong-kind': 'This file is {actual}, not {expected}. Open it where {actual} is expected.',
  'container.unsafe-path':
    'The file holds an entry with an unsafe name (“{path}”): absolute paths, “..” and backslashes are refused. Do not use this file; ask the sender for a new one.',
  'container.invalid-path':
    'The entry “{path}” has a name Jurydesk does not accept (only letters, digits, “.”, “_”, “-” and “/” under files/). Rebuild the file as docs/FORMATS.md shows.',
  'container.duplicate-entry':
    'The file holds the entry “{path}” twice, so it is ambiguous. Do not use this file; ask the sender for a new one.',
  'container.unlisted-entry':
    'The file holds an entry that its signed document does not list (“{path}”). Do not use this file; ask the sender for a new one.',
  'container.missing-entry': 'The file lacks the entry “{path}”. It is incomplete; ask the sender for it again.',
  'container.entry-too-large':
    'The entry “{path}” declares {size} bytes, over the limit of {limit}. Do not use this file; ask the sender for a smaller one.',
  'container.too-many-entries':
    'The file holds {count} entries, over the limit of {limit}. Do not use this file; ask the sender for a smaller one.',
  'container.size-mismatch':
    'The entry “{path}” is not the size the file says it is. The file is damaged or was tampered with; ask the sender for it again.',
  'container.checksum-mismatch':
    'The entry “{path}” is damaged (its checksum does not match). Ask the sender for the file again.',
  'container.unsupported-entry':
    'The entry “{path}” is encrypted or compressed in a way Jurydesk does not read. Rebuild the file as docs/FORMATS.md shows.',
  'container.compressed-attachment':
    'The attachment “{path}” is compressed; Jurydesk stores attachments uncompressed. Rebuild the bundle as docs/FORMATS.md shows.',
  'container.compressed-input':
    'The score file “{path}” inside the deliberation is compressed; Jurydesk stores them uncompressed. Ask the chair to export the deliberation again.',
  'container.hidden-data':
    'The file holds data outside its listed entries (at byte {offset}), which other zip tools could read differently. Do not use this file; ask the sender for a new one.',
  'container.ambiguous':
    'The file’s zip records can be read in two ways, so another zip tool could show a content other than the one Jurydesk checked. Do not use this file; ask the sender for a new one.',
  'container.folder-not-empty':
    'The folder entry “{path}” carries data, where folder entries are empty. Do not use this file; ask the sender for a new one.',
  'container.file-too-large':
    'The file is {size} bytes, over the limit of {limit} for {kind}. Do not use this file; ask the sender for the right one.',
  'attachment.size-mismatch':
    'The attachment “{path}” is {actual} bytes where the signed manifest says {expected}. The bundle was tampered with or damaged; ask staff for it again.',
  'attachment.hash-mismatch':
    'The attachment “{path}” does not match its signed fingerprint. The bundle was tampered with or damaged; ask staff for it again.',
  'json.invalid-utf8':
    'The document “{path}” is not valid UTF-8 text. The file is damaged; ask the sender for it again.',
  'json.invalid':
    'The document “{path}” is not valid JSON (near character {position}). The file is damaged; ask the sender for it again.',
  'json.imprecise-number':
    'The document “{path}” writes the number {number}, which has more digits than a number keeps: it would be read as {read}. Ask the sender for a file that writes it exactly.',
  'json.duplicate-key':
    'The document “{path}” names the field “{key}” twice, so it is ambiguous. Ask the sender for a corrected file.',
  'json.forbidden-key':
    'The document “{path}” uses the field name “{key}”, which Jurydesk refuses because programs treat it specially. Ask the sender for a corrected file.',
  'document.invalid':
    'The document “{path}” does not follow the Jurydesk format: the field “{field}” is missing or has a wrong value. Ask the sender for a corrected file.',
  'document.unsupported-version':
    'This file uses format version {version}, which this version of Jurydesk does not read. Update Jurydesk.',
  'signature.malformed':
    'The signature “{path}” is not a readable SSH signature. Ask the sender to sign the file again.',
  'signature.wrong-namespace':
    'The signature was made for “{actual}”, not “{expected}”: a signature of one kind of file cannot vouch for another. Ask the sender to sign the file again.',
  'signature.unsupported':
    'The signature uses “{algorithm}”, which Jurydesk does not accept (Ed25519 keys and the sha512 hash only). Ask the sender to sign with an Ed25519 key.',
  'signature.invalid':
    'The signature does not match the document: the file was modified after it was signed. Do not use it; ask the sender for it again.',
  'signature.key-mismatch':
    'The file was signed by key {actual}, but its document names key {expected} as its signer. Do not use it; ask the sender for it again.',
  'signature.not-allowed':
    'The file was signed by key {fingerprint}, which is not among the allowed signers. Check the key with the sender before trusting the file.',
  'key.malformed': 'The key is not readable. Use an OpenSSH Ed25519 private key.',
  'key.unsupported': 'The key is of type {type}; Jurydesk signs with Ed25519 keys only. Use an Ed25519 key.',
  'key.encrypted': 'The private key is protected by a passphrase: type its passphrase and try again.',
  'signers.option-unsupported':
    'Line {line} of the allowed signers file uses the option “{option}”, which Jurydesk does not apply (only namespaces). Remove that line or the option, then check the file again.',
  'key.kdf-rounds':
    'The key file asks for {rounds} rounds of its passphrase derivation, where Jurydesk accepts 1 to {limit}. Export the key again with fewer rounds.',
  'key.wrong-passphrase': 'The passphrase does not open this key. Check it (letter case, accents) and try again.',
  'identity.missing':
    'There is no signing key on this computer yet. Create your key, or restore your backup, in “My key and settings”.',
  'identity.backup-unavailable':
    'This key was made in an earlier session: this browser cannot back it up any more. Make a backup in the session that makes a key, or use the desktop app.',
  'identity.locked':
    'Your signing key is on this computer but another program is using it, so it cannot be read now. Close any other Jurydesk window and try again. No new key is made over yours.',
  'identity.denied':
    'Your signing key is on this computer but this account is not allowed to read it. Ask whoever looks after this computer to give your account back access to Jurydesk’s data. No new key is made over yours.',
  'identity.damaged':
    'The file that keeps your signing key is damaged and cannot be read. Restore your key from its backup in “My key and settings”. No new key is made over it.',
  'identity.sealed-elsewhere':
    'Your signing key cannot be unlocked: this computer’s key store does not open it (Jurydesk’s data may come from another account or computer). Restore your key from its backup in “My key and settings”.',
  'identity.wrong-kind': 'This key does not sign {kind}: each key signs only its own kind of file.',
  'save.disk-full': 'The disk is full: the file was not written. Free some space and try again.',
  'save.denied': 'Jurydesk is not allowed to write in this folder: the file was not written. Choose another folder.',
  'save.failed':
    'The file could not be written; a file that was already there is unchanged. Try again, or choose another folder.',
  'ipc.untrusted-sender': 'Refused: the request did not come from the Jurydesk window. Use Jurydesk’s own window.',
  'ipc.invalid-arguments':
    'Jurydesk refused a malformed request from its own window; nothing was changed. Restart Jurydesk and try again.',
  'ipc.failed':
    'The operation could not be completed; nothing was changed. Try again, and restart Jurydesk if it fails again.',
  'call.invalid': '{path} is not a valid call description: {reason}.',
  'call.not-ready': 'The call cannot be signed yet: {reason}.',
  'call.no-applications':
    'The call has no applications yet: choose the spreadsheet and the columns of the id and the name.',
  'call.retention-passed':
    'The retention date {date} has passed: jurors’ laptops would ask them to erase the call as soon as they open it. Choose a later date.',
  'call.id-changed':
    'The call’s id is now “{actual}”, but its published versions say “{expected}”: jurors would open it as another call. Put the id back.',
  'call.issuer-changed':
    'The staff key is now {actual}, but the published versions were signed with {expected}: jurors will refuse a new version signed with another key. Import the key the call was published with, or say below that the call changes hands.',
  'call.version-known':
    'This bundle is version {actual} of the call, but version {current} is already recorded here: only a later version can be added.',
  'sheet.unsupported': '{path}: applications must be a .csv or .xlsx file.',
  'sheet.unreadable-xlsx': '{path} is not a readable XLSX workbook.',
  'sheet.too-large':
    '{path} is beyond what Jurydesk reads ({what}: more than {limit}). Keep only the applications of this call in it, or split it.',
  'sheet.no-worksheet': '{path} holds no worksheet.',
  'sheet.no-header': '{path}: the first row must hold the column names.',
  'sheet.duplicate-column': '{path}: the column “{column}” appears twice in the header (column {position}).',
  'sheet.row-too-long': '{path}, row {row}: the row has {cells} cells but the header only {columns} columns.',
  'sheet.quotes': '{path}, row {row}: {detail}. Check the quotes on that row.',
  'sheet.column-not-chosen': 'Choose the column of {column} of the applications.',
  'sheet.missing-columns':
    'The spreadsheet lacks the column(s) {missing} named in the call description. Its columns are: {columns}.',
  'sheet.at': 'Row {row}, column “{column}”: {problem}',
  'sheet.empty-id': 'the application id is empty.',
  'sheet.duplicate-id': 'the id “{id}” is already used on row {earlier}.',
  'sheet.empty-name': 'the application name is empty.',
  'sheet.not-number': '“{value}” is not a number.',
  'sheet.not-whole-number': '“{value}” is not a whole number.',
  'sheet.not-yes-no': '“{value}” is not yes or no.',
  'sheet.no-folder': 'names the file “{file}”, but no folder of attachments was given.',
  'sheet.file-outside': '“{file}” must be a file name inside {folder}.',
  'sheet.file-missing': 'the file “{file}” is not in {folder}.',
  'bundle.invalid': 'The call bundle is inconsistent: {reason}. Ask staff for a corrected bundle.',
  'bundle.lower-sequence':
    'This bundle is version {actual} of the call “{call}”, but version {current} is already open. Keep the newer one, or ask staff which is current.',
  'bundle.issuer-changed':
    'This bundle for the call “{call}” is signed by key {actual}, not by {expected}, the key of the bundles already opened. Do not use it; check with staff.',
  'bundle.other-call': 'This bundle is for the call “{actual}”, not “{expected}”. Open it as a call of its own.',
  'scores.wrong-bundle':
    'This score file was made for bundle {actual}, but the bundle loaded is {expected} ({call}, version {sequence}). Ask the juror to open the current bundle and export again.',
  'scores.unknown-juror':
    'This score file comes from “{juror}”, who is not on the jury roster of this call. Check that the file belongs to this call.',
  'scores.signer-mismatch':
    'This score file for {juror} is signed by key {actual}, but the roster gives {expected} for that juror. Do not use it; check with the juror.',
  'restore.other-call':
    'This score file belongs to another call ({call}). Choose the score file you exported for this call.',
  'restore.other-key':
    'This score file is signed by key {actual}, not by your key {expected}: only your own score file can restore your evaluations. Restore your key backup first if you have not.',
  'restore.other-juror':
    'This score file is {juror}’s, but on this computer you are another juror of the call. Choose your own score file.',
  'restore.later-bundle':
    'This score file was made for version {sequence} of the call, and this computer has version {current}. Open the latest bundle staff sent you, then restore again.',
  'restore.choose-first':
    'This file is in the name of {juror}, for whom the roster gives no key: choose who you are in this jury first (“I am …”), then restore your score file.',
  'restore.revision-too-high':
    'This score file claims revision {revision}, beyond the {limit} any juror reaches: it was not made by Jurydesk. Restore the file you last exported.',
  'restore.future-date':
    'This score file has an evaluation dated {date}, later than today: it cannot be your last export. Check the file, or this computer’s date.',
  'restore.not-newer':
    'This score file is revision {revision}, and this computer already exported revision {exported}: your evaluations here are as recent. Nothing was changed.',
  'scores.shared-key':
    'The score file of {juror} is signed by key {fingerprint}, which belongs to {other}: one key cannot speak for two jurors. Do not use it; ask {juror} for a file signed with their own key.',
  'declaration.other-call':
    'This declaration of interests is for the call “{actual}”, not “{expected}”. Drop it into the desk of its own call.',
  'declaration.unknown-version':
    'This declaration of interests was made on bundle {actual}, which is no version of this call signed or recorded here. Ask the juror to open the version you sent, and declare again.',
  'declaration.unknown-juror':
    'This declaration of interests comes from “{juror}”, who is not on the jury roster of this call. Check that the file belongs to this call.',
  'declaration.signer-mismatch':
    'This declaration of interests of {juror} is signed by key {actual}, but {expected} is the key known for that juror. Do not use it; check with the juror.',
  'declaration.other-version':
    'This declaration of interests was made on version {sequence} of the call (manifest {actual}): check it against that version’s bundle.',
  'declaration.not-newer':
    'This is revision {revision} of {juror}’s declaration of interests, and the desk already has revision {current}. Nothing was changed.',
  'declaration.revision-differs':
    'The desk already has revision {revision} of {juror}’s declaration of interests, with other content. Ask {juror} for their latest declaration, exported once.',
  'declaration.invalid': 'The declaration of interests is not sound: {reason}. Ask the juror to export it again.',
  'scores.invalid': 'The score file is inconsistent with the bundle: {reason}. Ask the juror to export again.',
  'scores.out-of-scale':
    'The score {value} given to “{application}” on “{criterion}” is not on the scale ({min} to {max} by {step}). Ask the juror to correct it and export again.',
  'deliberation.wrong-bundle':
    'This deliberation was made for bundle {actual}, but the bundle loaded is {expected} ({call}, version {sequence}). Open it with the bundle it was made for.',
  'deliberation.not-chair':
    'This deliberation is signed by “{signer}”, who is not the chair of this call’s jury. Do not use it; check with the chair.',
  'deliberation.signer-mismatch':
    'This deliberation is signed by key {actual}, but the roster gives {expected} for the chair. Do not use it; check with the chair.',
  'deliberation.confirmed-key-mismatch':
    'This deliberation is signed by key {actual}, but the key confirmed for the chair is {expected}. Do not use it; check with the chair.',
  'deliberation.unpinned-signer':
    'The deliberation’s signature is sound, but its key {fingerprint} is not one the bundle gives for the chair ({chair}), and you have not confirmed it. Check this fingerprint with the chair by another channel before trusting it; better, ask staff to put the chair’s key in the roster.',
  'deliberation.needs-bundle':
    'This deliberation does not state its outcomes, so its decisions and capacities cannot be checked on their own. Check it against the call bundle it was made for.',
  'deliberation.invalid': 'The deliberation is inconsistent: {reason}. Ask the chair to export it again.',
  'deliberation.results-differ':
    'The deliberation’s results are not those of the score files it holds: for “{application}”, {field} is {recorded} where {method} over its score files gives {computed}. Do not use it; ask the chair to sign it again from the desk.',
  'deliberation.capacity-exceeded':
    'The outcome “{outcome}” has {count} applications for {capacity} places. Move some to another outcome.',
} as const;

/**
 * Detail values written as `@name` are phrases translated with the sentence around them: the kinds of
 * file, and the reasons a document is inconsistent. Their own placeholders come from the same details.
 */
export const phrases = {
  'sheet-file-bytes': 'its size in bytes',
  'sheet-xml-bytes': 'its content once unpacked, in bytes',
  'sheet-rows': 'its number of rows',
  'sheet-columns': 'its number of columns',
  'sheet-shared-strings': 'its number of distinct texts',
  'sheet-cell-characters': 'the length of one of its cells, in characters',
  'field-rank': 'rank',
  'field-n': 'n',
  'field-mean': 'mean',
  'field-median': 'median',
  'field-sd': 'sd',
  'field-min': 'min',
  'field-max': 'max',
  'field-calibrated': 'calibrated',
  'field-criteria': 'criteria',
  'field-flags': 'flags',
  'field-rankInterval': 'the 90% rank interval',
  'field-selectedProbability': 'the probability of being selected',
  'field-result': 'the result',
  'a-result': 'a result',
  absent: 'absent',
  'aggregate-mean': 'mean',
  'aggregate-median': 'median',
  'aggregate-trimmed-mean': 'trimmed-mean',
  'method-none': 'the {aggregate}',
  'method-z-score': 'the {aggregate} with z-score calibration',
  'method-bias-model': 'the bias model',
  'id-column': 'the id',
  'name-column': 'the name',
  bundle: 'a call bundle',
  scores: 'a score file',
  deliberation: 'a deliberation',
  declaration: 'a declaration of interests',
  'duplicate-criterion': 'the criterion “{id}” appears twice',
  'duplicate-juror': 'the juror “{id}” appears twice',
  'duplicate-outcome': 'the outcome “{id}” appears twice',
  'duplicate-application': 'the application “{id}” appears twice',
  'duplicate-level': 'the criterion “{criterion}” has the level {id} twice',
  'duplicate-assignment': 'the juror “{id}” has two assignment lists',
  'duplicate-attachment-path': 'the attachment path “{id}” is used twice',
  'handover-first-version': 'its first version says the call changes hands, but there are no hands before it',
  'declarations-version-previous': 'its version 0 cites a version before it, though version 0 opens the call',
  'declarations-version-dossier':
    'its version 0 shows more of “{id}” than a name and a summary, though it only gathers declarations of interests',
  'declarations-version-assignments': 'its version 0 assigns applications, before jurors have declared their interests',
  'declared-twice': 'it declares an interest in “{application}” twice',
  'declared-sequence': 'it says it was made on version {actual}, but the manifest it cites is version {expected}',
  'handover-same-key': 'it says the call changes hands, but names the key that signs it as the previous one',
  'duplicate-field-order': 'the fact “{id}” is named twice in the order of facts',
  'unknown-field-order': 'the order of facts names “{id}”, which no application or label has',
  'scale-order': 'the scale of “{criterion}” must have max above min',
  'scale-too-fine': 'the scale of “{criterion}” has more than {limit} points for a juror to choose from',
  'scale-too-wide': 'the scale of “{criterion}” goes beyond ±{limit}',
  'too-many-criteria': 'it has {count} criteria, more than the {limit} a grid shows',
  'scale-step': 'the step of “{criterion}” does not divide its scale',
  'level-off-scale': 'the level {value} of “{criterion}” is not on its scale',
  'no-counted-criterion': 'no criterion is counted',
  'chair-count': 'the jury must have exactly one chair, it has {count}',
  'shared-key': 'two jurors share one key',
  'unknown-juror-reference': 'a conflict or an assignment names the unknown juror “{id}”',
  'unknown-application-reference': 'a conflict or an assignment names the unknown application “{id}”',
  'invalid-attachment-path': 'the attachment path “{id}” is not valid',
  'evaluated-twice': 'the application “{application}” is evaluated twice',
  'recused-and-scored': 'the application “{application}” is both recused and scored',
  'unknown-application': 'it names the unknown application “{application}”',
  'unknown-criterion': 'it names the unknown criterion “{criterion}”',
  'unknown-outcome': 'it names the unknown outcome “{outcome}”',
  'unknown-input-juror': 'it uses a score file from the unknown juror “{juror}”',
  incomplete: '“{application}” is marked complete but “{criterion}” has no score',
  'conflict-scored': '“{application}” is scored despite a conflict of interest declared by staff',
  'decided-twice': 'it decides twice on “{application}”',
  'result-twice': 'it gives two results for “{application}”',
  'input-juror-twice': 'it uses two score files from the juror “{juror}”',
  'input-key-of-other': 'the score file {file} of {juror} is signed by the key the roster gives {other}',
  'input-key-twice': 'it uses score files of two jurors signed by one key, {fingerprint}',
  'not-assigned': 'the application “{application}” is scored, though it is not assigned to this juror',
  'input-twice': 'it cites the score file {file} twice',
  'outcome-twice': 'it states the outcome “{outcome}” twice',
  'input-missing': 'it cites the score file {file} but does not hold it',
  'input-not-cited': 'it holds the score file {file}, which it does not cite',
  'input-hash': 'the score file stored as {file} has other bytes than its name says',
  'input-invalid': 'the score file {file} it holds is damaged or not signed by the juror it names',
  'input-differs':
    'the score file {file} it holds is not from {juror}, revision {revision}, key {fingerprint}, as it says',
  'input-other-bundle': 'the score file {file} it holds was made for another bundle',
  'csv-unclosed-quote': 'a quoted cell is never closed',
  'csv-stray-quote': 'a closing quote is followed by other characters',
  'schema-root': 'the document',
  'outcomes-differ': 'the outcomes it states are not those of the bundle',
} as const;

export type ErrorSentences = Record<keyof typeof errors, string>;
export type PhraseSentences = Record<keyof typeof phrases, string>;
