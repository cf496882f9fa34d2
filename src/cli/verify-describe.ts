import { labelText, type SignerIdentity } from '@core/documents';
import type { createTranslator } from '@core/catalogue';
import type { Language } from '@core/errors';
import type { VerifiedFile } from '@core/verify';

type Translate = ReturnType<typeof createTranslator>;
export type Line = readonly [label: string, text: string];

/** What a valid file is, who signed it, and what it holds, as labelled lines in the reader's language. */
export function describe(
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
            t(manifest.sequence === 0 ? 'verify.bundleCallDeclarations' : 'verify.bundleCall', {
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
    case 'declaration': {
      const { declaration, signer, fileSha256 } = file.declaration;
      return {
        heading: 'verify.validDeclaration',
        signer,
        signerName: t('verify.juror', { name: declaration.juror.name, id: declaration.juror.id }),
        lines: [
          [
            'call',
            t('verify.scoresCall', {
              id: declaration.call.id,
              sequence: declaration.bundle.sequence,
              sha: declaration.bundle.manifestSha256,
            }),
          ],
          ['revision', t('verify.scoresRevision', { revision: declaration.revision, at: declaration.exportedAt })],
          [
            'interests',
            declaration.interests
              .map(({ applicationId, reason }) =>
                reason ? t('verify.interestReason', { application: applicationId, reason }) : applicationId,
              )
              .join('; ') || t('verify.declaresNone'),
          ],
          ['file', `sha256 ${fileSha256}`],
        ],
      };
    }
  }
}
