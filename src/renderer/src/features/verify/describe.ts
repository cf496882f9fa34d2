import { labelText } from '@core/documents';
import type { VerifiedFile } from '@core/verify';
import type { useI18n } from '@renderer/i18n';

export interface FileSummary {
  kind: VerifiedFile['kind'];
  signer: string;
  fingerprint: string;
  call: string;
  holds: string;
}

/** The few facts a person needs to decide whether to trust a file: what it is, who signed it, what it holds. */
export function summarize(
  file: VerifiedFile,
  { t, language, formatBytes, formatList }: ReturnType<typeof useI18n>,
): FileSummary {
  switch (file.kind) {
    case 'bundle': {
      const { manifest, attachments, signer } = file.bundle;
      return {
        kind: 'bundle',
        signer: t('verify.issuer', { name: manifest.issuer.name }),
        fingerprint: signer.fingerprint,
        call: `${labelText(manifest.call.title, language)} — ${
          manifest.sequence === 0
            ? t('verify.declarationsVersion')
            : t('verify.version', { sequence: manifest.sequence })
        }`,
        holds: t('verify.bundleHolds', {
          what: formatList([
            t('counts.applications', { count: manifest.applications.length }),
            t('counts.criteria', { count: manifest.criteria.length }),
            t('counts.jurors', { count: manifest.jurors.length }),
            t('counts.attachments', { count: attachments.length }),
          ]),
          size: formatBytes(attachments.reduce((sum, { attachment }) => sum + attachment.size, 0)),
        }),
      };
    }
    case 'scores': {
      const { scoreFile, signer } = file.scores;
      return {
        kind: 'scores',
        signer: t('verify.juror', { name: scoreFile.juror.name }),
        fingerprint: signer.fingerprint,
        call: `${scoreFile.call.id} — ${t('verify.version', { sequence: scoreFile.bundle.sequence })}`,
        holds: t('verify.scoresHolds', {
          revision: scoreFile.revision,
          evaluations: t('counts.evaluations', { count: scoreFile.evaluations.length }),
        }),
      };
    }
    case 'deliberation': {
      const { deliberation, signer } = file.deliberation;
      return {
        kind: 'deliberation',
        signer: t('verify.chair', { name: deliberation.chair.name }),
        fingerprint: signer.fingerprint,
        call: `${deliberation.call.id} — ${t('verify.version', { sequence: deliberation.bundle.sequence })}`,
        holds: t('verify.deliberationHolds', {
          revision: deliberation.revision,
          decisions: t('counts.decisions', { count: deliberation.decisions.length }),
          applications: t('counts.applications', { count: deliberation.results.length }),
        }),
      };
    }
    case 'declaration': {
      const { declaration, signer } = file.declaration;
      const { interests } = declaration;
      return {
        kind: 'declaration',
        signer: t('verify.juror', { name: declaration.juror.name }),
        fingerprint: signer.fingerprint,
        call: `${declaration.call.id} — ${t('verify.version', { sequence: declaration.bundle.sequence })}`,
        holds: t('verify.declarationHolds', {
          revision: declaration.revision,
          interests:
            interests.length === 0 ? t('verify.declaresNone') : t('counts.interests', { count: interests.length }),
        }),
      };
    }
  }
}
