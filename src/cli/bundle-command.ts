import { createTranslator } from '@core/catalogue';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  callManifest,
  declarationsManifest,
  parseCallDescription,
  retentionHasPassed,
  mapApplications,
  type CallDescription,
  type Succession,
} from '@core/calls';
import { createBundle, verifyBundle, type Attachment, type AttachmentSource, labelText } from '@core/documents';
import { sha256HexOfBlob } from '@core/container';
import { JurydeskError, type Language } from '@core/errors';
import { parseAnyPrivateKey, fingerprint, samePublicKey, type KeyPair } from '@core/crypto';
import { CliError } from './cli-error';
import { checkOutPath, readFileBlob, writeBlobFile } from './files';
import { attachmentFolder, readSpreadsheet, sheetProblemsText } from './spreadsheet';

export interface BundleCommandOptions {
  readonly callPath: string;
  readonly applicationsPath: string;
  readonly filesDirectory?: string;
  readonly keyPath: string;
  readonly outPath: string;
  /** Replace a file already at `outPath` (`--force`). */
  readonly force?: boolean;
  readonly previousPath?: string;
  /** The call changes hands (`--hand-over REASON`): signed with another key than `previousPath`'s, and saying so. */
  readonly handOver?: string;
  readonly issuedAt?: string;
  /** Sign even when the retention date has passed: a bundle made to test erasure, say. */
  readonly allowPastRetention?: boolean;
  /** Version 0 (`--declarations`): names and summaries only, for jurors to declare their interests before the draw. */
  readonly declarations?: boolean;
}

export async function readPrivateKeyFile(path: string): Promise<KeyPair> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw CliError.of('cannotReadKey', { path });
  }
  return parseAnyPrivateKey(text, process.env.JURYDESK_PASSPHRASE);
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw CliError.of('cannotRead', { path: path });
  }
}

/**
 * The sequence and back-link of a new bundle; a successor keeps the call id and the issuer key, unless it says the
 * call changes hands, naming the key that signed the versions before.
 */
async function succession(
  previousPath: string | undefined,
  callId: string,
  signer: KeyPair,
  { configured, handOver }: { configured?: number; handOver?: string },
): Promise<Succession> {
  if (!previousPath) return { sequence: configured ?? 1, previousManifestSha256: null };
  const previous = await verifyBundle(await readFileBlob(previousPath));
  if (!previous.ok) throw new JurydeskError(previous.error.code, previous.error.details);
  const manifest = previous.value.manifest;
  if (manifest.call.id !== callId) {
    throw new JurydeskError('bundle.other-call', { actual: manifest.call.id, expected: callId });
  }
  const next = { sequence: manifest.sequence + 1, previousManifestSha256: previous.value.manifestSha256 };
  if (samePublicKey(previous.value.signer.publicKey, signer.publicKey)) {
    if (handOver !== undefined) throw CliError.of('handOverSameKey', { path: previousPath });
    return next;
  }
  if (handOver === undefined) {
    throw new JurydeskError('bundle.issuer-changed', {
      call: manifest.call.title,
      actual: await fingerprint(signer.publicKey),
      expected: previous.value.signer.fingerprint,
    });
  }
  const reason = handOver.trim();
  return {
    ...next,
    handover: { previousIssuerPublicKey: manifest.issuer.publicKey, ...(reason ? { reason } : {}) },
  };
}

async function readCallDescription(path: string): Promise<CallDescription> {
  const description = await parseCallDescription(await readText(path), path);
  if (!description.ok) throw new JurydeskError(description.error.code, description.error.details);
  return description.value;
}

/**
 * The bundle's checks speak to a juror (« ask staff for a corrected bundle »); here staff are the ones signing, so the
 * same finding is said as what stops them signing.
 */
async function signedAsStaff<T>(sign: () => Promise<T>): Promise<T> {
  try {
    return await sign();
  } catch (error) {
    if (error instanceof JurydeskError && error.code === 'bundle.invalid')
      throw new JurydeskError('call.not-ready', error.details);
    throw error;
  }
}

export async function bundleCommand(
  options: BundleCommandOptions,
  log: (line: string) => void,
  warn: (line: string) => void = () => {},
  language: Language = 'en',
): Promise<void> {
  const force = options.force === true;
  await checkOutPath(options.outPath, force);
  const config = await readCallDescription(options.callPath);
  const issuedAt = options.issuedAt ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const deleteAfter = config.retention?.deleteAfter;
  if (deleteAfter && retentionHasPassed(deleteAfter, issuedAt) && !options.allowPastRetention) {
    throw CliError.of('retentionPassed', { date: deleteAfter, path: options.callPath });
  }
  const signer = await readPrivateKeyFile(options.keyPath);
  const sheet = await readSpreadsheet(options.applicationsPath);
  const folder = options.filesDirectory ? await attachmentFolder(options.filesDirectory) : null;
  // Version 0 shows no attachment: the spreadsheet's attachment columns are not read, and no folder is needed.
  const columns = options.declarations ? { ...config.columns, attachments: [] } : config.columns;
  const mapped = mapApplications(sheet, columns, folder);
  if (mapped.problems.length > 0) {
    throw new CliError((t, language) => sheetProblemsText(mapped.problems, language, t));
  }
  const next = await succession(options.previousPath, config.call.id, signer, {
    ...(config.sequence !== undefined ? { configured: config.sequence } : {}),
    ...(options.handOver !== undefined ? { handOver: options.handOver } : {}),
  });
  if (options.declarations && options.previousPath) throw CliError.of('declarationsFirst', { sequence: next.sequence });

  // One at a time: hashing in parallel would hold many large attachments in memory at once. Version 0 has none.
  const sources: AttachmentSource[] = [];
  for (const planned of options.declarations ? [] : mapped.attachments) {
    const blob = await readFileBlob(join(options.filesDirectory!, planned.source));
    const attachment: Attachment = {
      path: planned.path,
      name: planned.name,
      mediaType: planned.mediaType,
      size: blob.size,
      sha256: await sha256HexOfBlob(blob),
    };
    sources.push({ attachment, data: blob });
  }
  const byPath = new Map(sources.map((source) => [source.attachment.path, source.attachment]));
  const manifest = options.declarations
    ? declarationsManifest(config, mapped, issuedAt)
    : callManifest(config, mapped, byPath, next, issuedAt);
  const { blob, manifestSha256 } = await signedAsStaff(() => createBundle(manifest, sources, signer));
  await writeBlobFile(options.outPath, blob, { force });
  const t = createTranslator(language, 'cli');
  const chair = config.jurors.find((juror) => juror.role === 'chair');
  if (chair && !chair.publicKey) warn(t('bundle.chairWithoutKey', { chair: chair.name, path: options.callPath }));
  const bytes = sources.reduce((sum, source) => sum + source.attachment.size, 0);
  log(
    [
      t('bundle.wrote', { path: options.outPath }),
      t('bundle.call', {
        title: labelText(config.call.title, language),
        id: config.call.id,
        sequence: manifest.sequence,
      }),
      t('bundle.holds', {
        applications: t('verify.count.application', {
          count: manifest.applications.length,
          n: manifest.applications.length,
        }),
        attachments: t('verify.count.attachment', { count: sources.length, n: sources.length }),
        bytes: t('verify.count.byte', {
          count: bytes,
          n: new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB').format(bytes),
        }),
      }),
      t('bundle.signedBy', { issuer: config.issuer.name, fingerprint: await fingerprint(signer.publicKey) }),
      t('bundle.manifest', { sha: manifestSha256 }),
    ].join('\n'),
  );
}
