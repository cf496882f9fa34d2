import { readFile } from 'node:fs/promises';
import {
  keysAllowedFor,
  parseAllowedSigners,
  principalsFor,
  type AllowedSigner,
  verifyBundle,
  verifyDeliberation as verifySignedDeliberation,
  requirePinnedChair,
} from '@core/documents';
import { verifyAnyFile } from '@core/verify';
import { KINDS, openContainer, type FileKind } from '@core/container';
import { JurydeskError, type Language } from '@core/errors';
import { createTranslator } from '@core/catalogue';
import { fingerprint, NAMESPACES, parsePublicKey } from '@core/crypto';
import { CliError } from './cli-error';
import { readFileBlob } from './files';
import { jsonFacts } from './verify-json';
import { describe, type Line } from './verify-describe';

export interface VerifyCommandOptions {
  readonly filePath: string;
  readonly bundlePath?: string;
  readonly allowedSignersPath?: string;
  readonly language: Language;
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

export interface VerifyReport {
  /** The report a person reads, in their language. */
  readonly text: string;
  /** The same facts for a script. */
  readonly json: Record<string, unknown>;
}

/** The kind a file says it is; null when it is no container at all (the full check says why). */
async function kindOf(file: Blob): Promise<FileKind | null> {
  return openContainer(file, 'any').then(
    (opened) => opened.kind,
    () => null,
  );
}

/**
 * Checks any Jurydesk file; throws the first problem, returns the report of a valid file. A deliberation is valid
 * only when its signer is pinned to the chair: by the bundle's roster, or by a line of the allowed signers for the
 * chair's id in the deliberation namespace (docs/FORMATS.md §6).
 */
export async function verifyCommand(options: VerifyCommandOptions): Promise<VerifyReport> {
  let bundle;
  if (options.bundlePath) {
    const loaded = await verifyBundle(await readFileBlob(options.bundlePath));
    if (!loaded.ok) throw new JurydeskError(loaded.error.code, loaded.error.details);
    bundle = loaded.value;
  }
  const signers = options.allowedSignersPath ? await readAllowedSigners(options.allowedSignersPath) : null;
  const confirmed = signers
    ? {
        confirmedChairKeys: (deliberation: { chair: { id: string } }) =>
          keysAllowedFor(signers, deliberation.chair.id, NAMESPACES.deliberation),
      }
    : {};
  const file = await readFileBlob(options.filePath);
  // Who signed a deliberation is settled before its results are drawn again (up to 100,000 resamples).
  if (bundle && (await kindOf(file)) === 'deliberation') {
    const signed = await verifySignedDeliberation(file, { bundle, ...confirmed });
    if (signed.ok) requirePinnedChair(signed.value);
  }
  const result = await verifyAnyFile(file, { ...(bundle ? { bundle } : {}), ...confirmed });
  if (!result.ok) throw new JurydeskError(result.error.code, result.error.details);
  const t = createTranslator(options.language, 'cli');
  const { heading, signer, signerName, lines } = describe(result.value, t, options.language);

  let principals: string[] = [];
  if (signers) {
    principals = principalsFor(signers, signer.publicKey, KINDS[result.value.kind].namespace);
    if (principals.length === 0) throw new JurydeskError('signature.not-allowed', { fingerprint: signer.fingerprint });
  }
  if (result.value.kind === 'deliberation') requirePinnedChair(result.value.deliberation);
  const checkedAgainst: Line[] =
    bundle && result.value.kind !== 'bundle' ? [['bundle', t('verify.matches', { path: options.bundlePath })]] : [];
  // A bundle that hands the call over says from which key: an auditor compares it with the versions before.
  const handover = result.value.kind === 'bundle' ? result.value.bundle.manifest.handover : undefined;
  const handedOverFrom = handover ? await fingerprint(parsePublicKey(handover.previousIssuerPublicKey)) : null;
  if (handover)
    checkedAgainst.push([
      'handover',
      t('verify.handover', {
        previous: handedOverFrom,
        reason: handover.reason ? t('verify.handoverReason', { reason: handover.reason }) : '',
      }),
    ]);
  if (result.value.kind === 'deliberation') {
    const held = result.value.deliberation.inputs.length;
    const files = t('verify.count.scoreFile', { count: held, n: held });
    checkedAgainst.push(['results', t(bundle ? 'verify.recomputed' : 'verify.notRecomputed', { files })]);
    const drawn = result.value.deliberation.deliberation.uncertainty;
    if (drawn)
      checkedAgainst.push([
        'intervals',
        t(bundle ? 'verify.intervalsRecomputed' : 'verify.intervalsNotRecomputed', {
          resamples: new Intl.NumberFormat(options.language === 'fr' ? 'fr-FR' : 'en-GB').format(drawn.resamples),
          seed: drawn.seed,
        }),
      ]);
  }
  const principal = signers ? t('verify.principal', { principals: principals.join(', ') }) : '';
  const labelled = ([label, text]: Line) => `${t(`verify.label.${label}`).padEnd(12)}${text}`;
  const facts = jsonFacts(result.value, options.language);
  return {
    text: [
      t(heading, { file: options.filePath }),
      labelled(['signedBy', `${signerName}, ${signer.fingerprint}${principal}`]),
      ...lines.map(labelled),
      ...checkedAgainst.map(labelled),
    ].join('\n'),
    json: {
      valid: true,
      file: options.filePath,
      kind: result.value.kind,
      ...facts,
      signer: {
        ...(facts.signer as object),
        fingerprint: signer.fingerprint,
        ...(signers ? { principals } : {}),
      },
      checkedAgainstBundle: bundle ? (options.bundlePath ?? null) : null,
      ...(handover
        ? {
            handover: {
              previousIssuerPublicKey: handover.previousIssuerPublicKey,
              previousFingerprint: handedOverFrom,
              reason: handover.reason ?? null,
            },
          }
        : {}),
      ...(result.value.kind === 'deliberation' ? { resultsRecomputed: Boolean(bundle) } : {}),
    },
  };
}
