import { readFile } from 'node:fs/promises';
import { createBundle, verifyBundle, type AttachmentSource, type UnsignedManifest } from '../core/bundle';
import { sha256HexOfBlob } from '../core/hash';
import { JurydeskError } from '../core/errors';
import { labelText } from '../core/formats/common';
import { parseAnyPrivateKey } from '../core/encrypted-key';
import { fingerprint, samePublicKey, type KeyPair } from '../core/keys';
import { mapApplications } from './applications';
import { parseCallConfig } from './call-config';
import { CliError } from './cli-error';
import { readFileBlob, writeBlobFile } from './files';
import { readSpreadsheet } from './spreadsheet';

export interface BundleCommandOptions {
  readonly callPath: string;
  readonly applicationsPath: string;
  readonly filesDirectory?: string;
  readonly keyPath: string;
  readonly outPath: string;
  readonly previousPath?: string;
  readonly issuedAt?: string;
}

export async function readPrivateKeyFile(path: string): Promise<KeyPair> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new CliError(`Cannot read the key “${path}”: check the path.`, `Impossible de lire la clé « ${path} » : vérifiez le chemin.`);
  }
  return parseAnyPrivateKey(text, process.env.JURYDESK_PASSPHRASE);
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new CliError(`Cannot read “${path}”: check the path.`, `Impossible de lire « ${path} » : vérifiez le chemin.`);
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
      call: labelText(manifest.call.title, 'en'),
      actual: await fingerprint(signer.publicKey),
      expected: previous.value.signer.fingerprint,
    });
  }
  return { sequence: manifest.sequence + 1, previousManifestSha256: previous.value.manifestSha256 };
}

export async function bundleCommand(options: BundleCommandOptions, log: (line: string) => void): Promise<void> {
  const config = parseCallConfig(await readText(options.callPath), options.callPath);
  const signer = await readPrivateKeyFile(options.keyPath);
  const sheet = await readSpreadsheet(options.applicationsPath);
  const mapped = await mapApplications(sheet, config.columns, options.filesDirectory);
  const { sequence, previousManifestSha256 } = await succession(options.previousPath, config.call.id, signer, config.sequence);

  // One at a time: hashing in parallel would hold many large attachments in memory at once.
  const sources: AttachmentSource[] = [];
  for (const planned of mapped.attachments) {
    const blob = await readFileBlob(planned.sourcePath);
    const attachment = {
      path: planned.path,
      name: planned.name,
      mediaType: planned.mediaType,
      size: blob.size,
      sha256: await sha256HexOfBlob(blob),
    };
    sources.push({ attachment, data: blob });
  }
  const byPath = new Map(sources.map((source) => [source.attachment.path, source.attachment]));

  const { columns: _columns, sequence: _sequence, ...callPart } = config;
  const manifest: UnsignedManifest = {
    format: 'jurydesk.bundle',
    formatVersion: 1,
    ...callPart,
    sequence,
    previousManifestSha256,
    issuedAt: options.issuedAt ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    applications: mapped.applications.map(({ attachmentPaths, ...application }) => ({
      ...application,
      ...(attachmentPaths.length > 0 ? { attachments: attachmentPaths.map((path) => byPath.get(path)!) } : {}),
    })),
  };
  const { blob, manifestSha256 } = await createBundle(manifest, sources, signer);
  await writeBlobFile(options.outPath, blob);
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
