import { readFile } from 'node:fs/promises';
import {
  keysAllowedFor,
  parseAllowedSigners,
  principalsFor,
  type AllowedSigner,
  verifyBundle,
  requirePinnedChair,
  labelText,
  type SignerIdentity,
} from '@core/documents';
import { verifyAnyFile, type VerifiedFile } from '@core/verify';
import { KINDS } from '@core/container';
import { JurydeskError } from '@core/errors';
import { NAMESPACES } from '@core/crypto';
import { CliError } from './cli-error';
import { readFileBlob } from './files';

export interface VerifyCommandOptions {
  readonly filePath: string;
  readonly bundlePath?: string;
  readonly allowedSignersPath?: string;
}

function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([name, count]) => `${count} ${name}`).join(', ') || 'none';
}

function describe(file: VerifiedFile): { title: string; signer: SignerIdentity; signerName: string; lines: string[] } {
  switch (file.kind) {
    case 'bundle': {
      const { manifest, manifestSha256, attachments, signer } = file.bundle;
      const bytes = attachments.reduce((sum, { attachment }) => sum + attachment.size, 0);
      return {
        title: 'call bundle',
        signer,
        signerName: `${manifest.issuer.name} (issuer)`,
        lines: [
          `call        ${labelText(manifest.call.title, 'en')} (${manifest.call.id}), version ${manifest.sequence}, issued ${manifest.issuedAt}`,
          `holds       ${[
            count(manifest.applications.length, 'application'),
            count(manifest.criteria.length, 'criterion', 'criteria'),
            count(manifest.jurors.length, 'juror'),
            count(manifest.outcomes.length, 'outcome'),
            count(attachments.length, 'attachment'),
          ].join(', ')} (${count(bytes, 'byte')}, every SHA-256 checked)`,
          `manifest    sha256 ${manifestSha256}`,
        ],
      };
    }
    case 'scores': {
      const { scoreFile, signer, fileSha256 } = file.scores;
      return {
        title: 'score file',
        signer,
        signerName: `${scoreFile.juror.name} (juror ${scoreFile.juror.id})`,
        lines: [
          `call        ${scoreFile.call.id}, bundle version ${scoreFile.bundle.sequence} (manifest ${scoreFile.bundle.manifestSha256})`,
          `revision    ${scoreFile.revision}, exported ${scoreFile.exportedAt}`,
          `holds       ${count(scoreFile.evaluations.length, 'evaluation')}: ${countBy(scoreFile.evaluations, (evaluation) => evaluation.status)}`,
          `file        sha256 ${fileSha256}`,
        ],
      };
    }
    case 'deliberation': {
      const { deliberation, signer, pinnedBy } = file.deliberation;
      const pin =
        pinnedBy === 'roster'
          ? ', the key the roster gives'
          : pinnedBy === 'confirmed'
            ? ', a key the allowed signers give'
            : '';
      return {
        title: 'deliberation',
        signer,
        signerName: `${deliberation.chair.name} (chair ${deliberation.chair.id}${pin})`,
        lines: [
          `call        ${deliberation.call.id}, bundle version ${deliberation.bundle.sequence} (manifest ${deliberation.bundle.manifestSha256})`,
          `revision    ${deliberation.revision}, decided ${deliberation.decidedAt}, method ${deliberation.method.aggregate} / ${deliberation.method.normalization}`,
          `inputs      ${deliberation.inputs.map((input) => `${input.jurorId} r${input.revision} ${input.sha256.slice(0, 12)}`).join('; ') || 'none'}`,
          `holds       ${count(deliberation.results.length, 'result')}, ${count(deliberation.decisions.length, 'decision')}: ${countBy(deliberation.decisions, (decision) => decision.outcome)}`,
        ],
      };
    }
  }
}

async function readAllowedSigners(path: string): Promise<AllowedSigner[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw CliError.of('cannotRead', { path: path });
  }
  return parseAllowedSigners(text);
}

/**
 * Checks any Jurydesk file; throws the first problem, returns the report of a valid file. A deliberation is valid
 * only when its signer is pinned to the chair: by the bundle's roster, or by a line of the allowed signers for the
 * chair's id in the deliberation namespace (docs/FORMATS.md §6).
 */
export async function verifyCommand(options: VerifyCommandOptions): Promise<string> {
  let bundle;
  if (options.bundlePath) {
    const loaded = await verifyBundle(await readFileBlob(options.bundlePath));
    if (!loaded.ok) throw new JurydeskError(loaded.error.code, loaded.error.details);
    bundle = loaded.value;
  }
  const signers = options.allowedSignersPath ? await readAllowedSigners(options.allowedSignersPath) : null;
  const result = await verifyAnyFile(await readFileBlob(options.filePath), {
    ...(bundle ? { bundle } : {}),
    ...(signers
      ? {
          confirmedChairKeys: (deliberation) => keysAllowedFor(signers, deliberation.chair.id, NAMESPACES.deliberation),
        }
      : {}),
  });
  if (!result.ok) throw new JurydeskError(result.error.code, result.error.details);
  const { title, signer, signerName, lines } = describe(result.value);

  let principal = '';
  if (signers) {
    const principals = principalsFor(signers, signer.publicKey, KINDS[result.value.kind].namespace);
    if (principals.length === 0) throw new JurydeskError('signature.not-allowed', { fingerprint: signer.fingerprint });
    principal = `, principal ${principals.join(', ')}`;
  }
  if (result.value.kind === 'deliberation') requirePinnedChair(result.value.deliberation);
  const checkedAgainst = bundle && result.value.kind !== 'bundle' ? [`bundle      matches ${options.bundlePath}`] : [];
  if (result.value.kind === 'deliberation') {
    const held = result.value.deliberation.inputs.length;
    checkedAgainst.push(
      bundle
        ? `results     recomputed from the ${count(held, 'score file')} it holds: identical`
        : `results     not recomputed: give --bundle to re-run the merge from the ${count(held, 'score file')} it holds`,
    );
  }
  return [
    `Valid ${title}: ${options.filePath}`,
    `signed by   ${signerName}, ${signer.fingerprint}${principal}`,
    ...lines,
    ...checkedAgainst,
  ].join('\n');
}
