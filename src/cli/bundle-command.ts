import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  callManifest,
  parseCallDescription,
  retentionHasPassed,
  mapApplications,
  type CallDescription,
} from '@core/calls';
import { createBundle, verifyBundle, type Attachment, type AttachmentSource, labelText } from '@core/documents';
import { sha256HexOfBlob } from '@core/container';
import { JurydeskError, type Language } from '@core/errors';
import { parseAnyPrivateKey, fingerprint, samePublicKey, type KeyPair } from '@core/crypto';
import { CliError } from './cli-error';
import { readFileBlob, writeBlobFile } from './files';
import { attachmentFolder, readSpreadsheet, sheetProblemsText } from './spreadsheet';

export interface BundleCommandOptions {
  readonly callPath: string;
  readonly applicationsPath: string;
  readonly filesDirectory?: string;
  readonly keyPath: string;
  readonly outPath: string;
  readonly previousPath?: string;
  readonly issuedAt?: string;
  /** Sign even when the retention date has passed: a bundle made to test erasure, say. */
  readonly allowPastRetention?: boolean;
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

/** The sequence and back-link of a new bundle; a successor keeps the call id and the issuer key. */
async function succession(previousPath: string | undefined, callId: string, signer: KeyPair, configured?: number) {
  if (!previousPath) return { sequence: configured ?? 1, previousManifestSha256: null };
  const previous = await verifyBundle(await readFileBlob(previousPath));
  if (!previous.ok) throw new JurydeskError(previous.error.code, previous.error.details);
  const manifest = previous.value.manifest;
  if (manifest.call.id !== callId) {
    throw new JurydeskError('bundle.other-call', { actual: manifest.call.id, expected: callId });
  }
  if (!samePublicKey(previous.value.signer.publicKey, signer.publicKey)) {
    throw new JurydeskError('bundle.issuer-changed', {
      call: manifest.call.title,
      actual: await fingerprint(signer.publicKey),
      expected: previous.value.signer.fingerprint,
    });
  }
  return { sequence: manifest.sequence + 1, previousManifestSha256: previous.value.manifestSha256 };
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
  const config = await readCallDescription(options.callPath);
  const issuedAt = options.issuedAt ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const deleteAfter = config.retention?.deleteAfter;
  if (deleteAfter && retentionHasPassed(deleteAfter, issuedAt) && !options.allowPastRetention) {
    throw CliError.of('retentionPassed', { date: deleteAfter, path: options.callPath });
  }
  const signer = await readPrivateKeyFile(options.keyPath);
  const sheet = await readSpreadsheet(options.applicationsPath);
  const folder = options.filesDirectory ? await attachmentFolder(options.filesDirectory) : null;
  const mapped = mapApplications(sheet, config.columns, folder);
  if (mapped.problems.length > 0) {
    throw new CliError((t, language) => sheetProblemsText(mapped.problems, language, t));
  }
  const { sequence, previousManifestSha256 } = await succession(
    options.previousPath,
    config.call.id,
    signer,
    config.sequence,
  );

  // One at a time: hashing in parallel would hold many large attachments in memory at once.
  const sources: AttachmentSource[] = [];
  for (const planned of mapped.attachments) {
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
  const manifest = callManifest(config, mapped, byPath, { sequence, previousManifestSha256 }, issuedAt);
  const { blob, manifestSha256 } = await signedAsStaff(() => createBundle(manifest, sources, signer));
  await writeBlobFile(options.outPath, blob);
  const chair = config.jurors.find((juror) => juror.role === 'chair');
  if (chair && !chair.publicKey) {
    warn(
      language === 'fr'
        ? `Attention : le jury ne donne pas de clé pour la présidence (${chair.name}). Pour faire confiance à la délibération, chacun devra alors confirmer à la main l’empreinte de sa clé ; mettez sa clé publique dans jurors de ${options.callPath} pour l’épingler.`
        : `Warning: the roster gives the chair (${chair.name}) no key. Everyone will then have to confirm the chair’s fingerprint by hand to trust the deliberation; put the chair’s public key in the jurors of ${options.callPath} to pin it.`,
    );
  }
  const bytes = sources.reduce((sum, source) => sum + source.attachment.size, 0);
  log(
    [
      `Wrote ${options.outPath}`,
      `  call        ${labelText(config.call.title, 'en')} (${config.call.id}), version ${sequence}`,
      `  holds       ${manifest.applications.length} applications, ${sources.length} attachments (${bytes} bytes)`,
      `  signed by   ${config.issuer.name}, ${await fingerprint(signer.publicKey)}`,
      `  manifest    sha256 ${manifestSha256}`,
    ].join('\n'),
  );
}
