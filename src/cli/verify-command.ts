import { readFile } from 'node:fs/promises';
import {
  keysAllowedFor,
  parseAllowedSigners,
  principalsFor,
  type AllowedSigner,
  verifyBundle,
  verifyDeliberation as verifySignedDeliberation,
  requirePinnedChair,
  labelText,
  type SignerIdentity,
} from '@core/documents';
import { verifyAnyFile, type VerifiedFile } from '@core/verify';
import { KINDS, openContainer, type FileKind } from '@core/container';
import { JurydeskError, type Language } from '@core/errors';
import { createTranslator } from '@core/catalogue';
import { fingerprint, NAMESPACES, parsePublicKey } from '@core/crypto';
import { CliError } from './cli-error';
import { readFileBlob } from './files';
import { jsonFacts } from './verify-json';

export interface VerifyCommandOptions {
  readonly filePath: string;
  readonly bundlePath?: string;
  readonly allowedSignersPath?: string;
  readonly language: Language;
}

type Translate = ReturnType<typeof createTranslator>;
type Line = readonly [label: string, text: string];

/** What a valid file is, who signed it, and what it holds, as labelled lines in the reader's language. */
function describe(
  file: VerifiedFile,
  t: Translate,
  language: Language,
): { heading: string; signer: SignerIdentity; signerName: string; lines: Line[] } {
  const numbers = new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB');
  const count = (noun: string, n: number) => t(`verify.count.${noun}`, { count: n, n: numbers.format(n) });
  const countBy = <T>(items: readonly T[], key: (item: T) => string, say: (name: string, n: number) => string) => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
    return [...counts].map(([name, n]) => say(name, n)).join(', ') || t('verify.none');
  };
  switch (file.kind) {
    case 'bundle': {
      const { manifest, manifestSha256, attachments, signer } = file.bundle;
      const bytes = attachments.reduce((sum, { attachment }) => sum + attachment.size, 0);
      return {
        heading: 'verify.validBundle',
        signer,
        signerName: t('verify.issuer', { name: manifest.issuer.name }),
        lines: [
          [
            'call',
            t('verify.bundleCall', {
              title: labelText(manifest.call.title, language),
              id: manifest.call.id,
              sequence: manifest.sequence,
              issuedAt: manifest.issuedAt,
            }),
          ],
          [
            'holds',
            t('verify.bundleHolds', {
              counts: [
                count('application', manifest.applications.length),
                count('criterion', manifest.criteria.length),
                count('juror', manifest.jurors.length),
                count('outcome', manifest.outcomes.length),
                count('attachment', attachments.length),
              ].join(', '),
              bytes: count('byte', bytes),
            }),
          ],
          ['manifest', `sha256 ${manifestSha256}`],
        ],
      };
    }
    case 'scores': {
      const { scoreFile, signer, fileSha256 } = file.scores;
      return {
        heading: 'verify.validScores',
        signer,
        signerName: t('verify.juror', { name: scoreFile.juror.name, id: scoreFile.juror.id }),
        lines: [
          [
            'call',
            t('verify.scoresCall', {
              id: scoreFile.call.id,
              sequence: scoreFile.bundle.sequence,
              sha: scoreFile.bundle.manifestSha256,
            }),
          ],
          ['revision', t('verify.scoresRevision', { revision: scoreFile.revision, at: scoreFile.exportedAt })],
          [
            'holds',
            t('verify.scoresHolds', {
              evaluations: count('evaluation', scoreFile.evaluations.length),
              statuses: countBy(
                scoreFile.evaluations,
                (evaluation) => evaluation.status,
                (status, n) => t(`verify.status.${status}`, { count: n, n: numbers.format(n) }),
              ),
            }),
          ],
          ['file', `sha256 ${fileSha256}`],
        ],
      };
    }
    case 'deliberation': {
      const { deliberation, signer, pinnedBy } = file.deliberation;
      const pin =
        pinnedBy === 'roster'
          ? t('verify.pinnedByRoster')
          : pinnedBy === 'confirmed'
            ? t('verify.pinnedByConfirmation')
            : '';
      return {
        heading: 'verify.validDeliberation',
        signer,
        signerName: t('verify.chair', { name: deliberation.chair.name, id: deliberation.chair.id, pin }),
        lines: [
          [
            'call',
            t('verify.scoresCall', {
              id: deliberation.call.id,
              sequence: deliberation.bundle.sequence,
              sha: deliberation.bundle.manifestSha256,
            }),
          ],
          [
            'revision',
            t('verify.deliberationRevision', {
              revision: deliberation.revision,
              at: deliberation.decidedAt,
              aggregate: deliberation.method.aggregate,
              normalization: deliberation.method.normalization,
            }),
          ],
          [
            'inputs',
            deliberation.inputs
              // Who signed each: one key speaking for two jurors shows as the same fingerprint twice.
              .map((input) => `${input.jurorId} r${input.revision} ${input.sha256.slice(0, 12)} ${input.fingerprint}`)
              .join('; ') || t('verify.none'),
          ],
          [
            'holds',
            t('verify.deliberationHolds', {
              results: count('result', deliberation.results.length),
              decisions: count('decision', deliberation.decisions.length),
              // An auditor reads what staff named each outcome; the id beside it is what the files compare.
              outcomes: countBy(
                deliberation.decisions,
                (decision) => decision.outcome,
                (outcome, n) => {
                  const label = deliberation.outcomes?.find((candidate) => candidate.id === outcome)?.label;
                  return label === undefined
                    ? `${numbers.format(n)} ${outcome}`
                    : t('verify.outcomeCount', {
                        n: numbers.format(n),
                        label: labelText(label, language),
                        id: outcome,
                      });
                },
              ),
            }),
          ],
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
  if (handover)
    checkedAgainst.push([
      'handover',
      t('verify.handover', {
        previous: await fingerprint(parsePublicKey(handover.previousIssuerPublicKey)),
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
      ...(result.value.kind === 'deliberation' ? { resultsRecomputed: Boolean(bundle) } : {}),
    },
  };
}
