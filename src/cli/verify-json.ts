import { labelText } from '@core/documents';
import type { Language } from '@core/errors';
import type { VerifiedFile } from '@core/verify';

/** What `verify --json` prints for a valid file: the facts the text report gives, as values (README, "verify --json"). */
export function jsonFacts(file: VerifiedFile, language: Language): Record<string, unknown> {
  const countBy = <T>(items: readonly T[], key: (item: T) => string) => {
    const counts: Record<string, number> = {};
    for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
    return counts;
  };
  switch (file.kind) {
    case 'bundle': {
      const { manifest, manifestSha256, attachments } = file.bundle;
      return {
        signer: { role: 'staff', name: manifest.issuer.name },
        call: {
          id: manifest.call.id,
          title: labelText(manifest.call.title, language),
          bundleSequence: manifest.sequence,
          manifestSha256,
        },
        issuedAt: manifest.issuedAt,
        applications: manifest.applications.length,
        criteria: manifest.criteria.length,
        jurors: manifest.jurors.length,
        outcomes: manifest.outcomes.length,
        attachments: attachments.length,
        bytes: attachments.reduce((sum, { attachment }) => sum + attachment.size, 0),
      };
    }
    case 'scores': {
      const { scoreFile, fileSha256 } = file.scores;
      return {
        signer: { role: 'juror', name: scoreFile.juror.name, id: scoreFile.juror.id },
        call: {
          id: scoreFile.call.id,
          bundleSequence: scoreFile.bundle.sequence,
          manifestSha256: scoreFile.bundle.manifestSha256,
        },
        revision: scoreFile.revision,
        exportedAt: scoreFile.exportedAt,
        sha256: fileSha256,
        evaluations: countBy(scoreFile.evaluations, (evaluation) => evaluation.status),
      };
    }
    case 'deliberation': {
      const { deliberation, pinnedBy } = file.deliberation;
      return {
        signer: { role: 'chair', name: deliberation.chair.name, id: deliberation.chair.id, pinnedBy },
        call: {
          id: deliberation.call.id,
          bundleSequence: deliberation.bundle.sequence,
          manifestSha256: deliberation.bundle.manifestSha256,
        },
        revision: deliberation.revision,
        decidedAt: deliberation.decidedAt,
        method: deliberation.method,
        inputs: deliberation.inputs.map(({ jurorId, revision, sha256 }) => ({ jurorId, revision, sha256 })),
        results: deliberation.results.length,
        decisions: countBy(deliberation.decisions, (decision) => decision.outcome),
      };
    }
    case 'declaration': {
      const { declaration, fileSha256 } = file.declaration;
      return {
        signer: { role: 'juror', name: declaration.juror.name, id: declaration.juror.id },
        call: {
          id: declaration.call.id,
          bundleSequence: declaration.bundle.sequence,
          manifestSha256: declaration.bundle.manifestSha256,
        },
        revision: declaration.revision,
        exportedAt: declaration.exportedAt,
        sha256: fileSha256,
        interests: declaration.interests.map(({ applicationId, reason }) => ({
          applicationId,
          ...(reason ? { reason } : {}),
        })),
      };
    }
  }
}
