import { labelText, round4, type BundleManifest, type ScoreFile } from '../documents';
import { jurorTotal } from './scoring';
import type { Cell, Table } from './table';

const WORDS = {
  en: {
    headers: ['Application id', 'Application', 'Juror', 'Status', 'Total', 'Recommendation'],
    internal: 'Comments for the jury only',
    status: { complete: 'complete', draft: 'draft', recused: 'recused', missing: 'not scored' },
  },
  fr: {
    headers: ['Identifiant', 'Candidature', 'Juré', 'État', 'Total', 'Recommandation'],
    internal: 'Commentaires réservés au jury',
    status: { complete: 'complète', draft: 'brouillon', recused: 'récusé', missing: 'non notée' },
  },
} as const;

/**
 * Every juror's evaluation of every application assigned to them, one row each (docs/FORMATS.md §10, "Every juror's scores"): the
 * record of who gave what, for the file. The comments are the jury's internal ones and the header says so: this
 * table is never for applicants. Applications in the bundle's order, jurors in the roster's; a juror with no score
 * file has no rows, an assigned application a juror has not scored a row that says so.
 */
export function scoresByJurorTable(
  manifest: BundleManifest,
  scoreFiles: readonly Pick<ScoreFile, 'juror' | 'evaluations'>[],
  language: 'fr' | 'en',
): Table {
  const words = WORDS[language];
  const files = new Map(scoreFiles.map((file) => [file.juror.id, file]));
  const outcomes = new Map(manifest.outcomes.map((outcome) => [outcome.id, labelText(outcome.label, language)]));
  const criterionNames = new Map(
    manifest.criteria.map((criterion) => [criterion.id, labelText(criterion.label, language)]),
  );
  const assigned = (jurorId: string, applicationId: string) =>
    !manifest.assignments ||
    (manifest.assignments.find((entry) => entry.jurorId === jurorId)?.applicationIds.includes(applicationId) ?? false);
  const conflicted = new Set(
    (manifest.conflicts ?? []).map((conflict) => `${conflict.jurorId} ${conflict.applicationId}`),
  );
  const rows: Cell[][] = [];
  for (const application of manifest.applications) {
    for (const juror of manifest.jurors) {
      const file = files.get(juror.id);
      if (!file || !assigned(juror.id, application.id)) continue;
      const evaluation = file.evaluations.find((candidate) => candidate.applicationId === application.id);
      if (!evaluation && conflicted.has(`${juror.id} ${application.id}`)) continue;
      const total = evaluation ? jurorTotal(evaluation.scores, manifest.criteria) : null;
      const notes = evaluation
        ? [
            ...manifest.criteria.flatMap((criterion) => {
              const text = evaluation.comments?.[criterion.id]?.trim();
              return text ? [`${criterionNames.get(criterion.id)}: ${text}`] : [];
            }),
            ...(evaluation.comment?.trim() ? [evaluation.comment.trim()] : []),
            ...(evaluation.recusalReason?.trim() ? [evaluation.recusalReason.trim()] : []),
          ]
        : [];
      rows.push([
        application.id,
        application.name,
        juror.name,
        words.status[evaluation?.status ?? 'missing'],
        total === null ? null : round4(total),
        evaluation?.recommendation ? (outcomes.get(evaluation.recommendation) ?? evaluation.recommendation) : null,
        ...manifest.criteria.map((criterion) => evaluation?.scores[criterion.id] ?? null),
        notes.join('\n') || null,
      ]);
    }
  }
  return {
    headers: [
      ...words.headers,
      ...manifest.criteria.map((criterion) => criterionNames.get(criterion.id)!),
      words.internal,
    ],
    rows,
  };
}
