import { basename } from 'node:path';
import {
  computeResults,
  discussionQueue,
  type FlagReason,
  type Method,
  deliberationResults,
  mergeScoreFiles,
  type MergeReport,
  sensitivity,
} from '@core/jury';
import { verifyBundle } from '@core/documents';
import { describeFailure, JurydeskError, type Language } from '@core/errors';
import { readFileBlob } from './files';

export interface MergeCommandOptions {
  bundlePath: string;
  scorePaths: string[];
  json: boolean;
  method: Method;
  /** Refuse score files from jurors the roster gives no key for, instead of trusting their first key. */
  strict: boolean;
  language: Language;
}

function reportJson(report: MergeReport, language: Language) {
  const file = (entry: { name: string; jurorId: string; revision: number; sha256: string; fingerprint: string }) => ({
    file: entry.name,
    jurorId: entry.jurorId,
    revision: entry.revision,
    sha256: entry.sha256,
    fingerprint: entry.fingerprint,
  });
  return {
    accepted: report.accepted.map(file),
    ignored: report.ignored.map(({ file: entry, keptRevision }) => ({ ...file(entry), keptRevision })),
    refused: report.refused.map(({ name, failure }) => ({
      file: name,
      code: failure.code,
      message: describeFailure(failure, language),
    })),
    equivocations: report.equivocations.map(({ jurorId, revision, files }) => ({
      jurorId,
      revision,
      files: files.map(file),
    })),
    unconfirmed: report.unconfirmed.map(file),
  };
}

const pad = (text: string, width: number) =>
  text.length >= width ? text.slice(0, width) : text + ' '.repeat(width - text.length);
const number = (value: number | null | undefined) => (value === null || value === undefined ? '—' : value.toFixed(1));

/** Merges score files against a bundle; returns the exit code (1 when any file was refused). */
export async function mergeCommand(options: MergeCommandOptions, out: (text: string) => void): Promise<number> {
  const loaded = await verifyBundle(await readFileBlob(options.bundlePath));
  if (!loaded.ok) throw new JurydeskError(loaded.error.code, loaded.error.details);
  const bundle = loaded.value;
  const inputs = await Promise.all(
    options.scorePaths.map(async (path) => ({ name: basename(path), source: await readFileBlob(path) })),
  );
  const report = await mergeScoreFiles(inputs, { bundle, trustOnFirstUse: !options.strict });
  const files = report.accepted.map((file) => file.scoreFile);
  const results = computeResults(bundle.manifest, files, { method: options.method });
  const failed = report.refused.length > 0 || report.equivocations.length > 0 ? 1 : 0;

  if (options.json) {
    out(
      `${JSON.stringify(
        {
          method: options.method,
          results: deliberationResults(results),
          toDiscuss: discussionQueue(results).toDiscuss.map(({ applicationId, reasons }) => ({
            applicationId,
            reasons,
          })),
          merge: reportJson(report, options.language),
        },
        null,
        2,
      )}\n`,
    );
    return failed;
  }

  const names = new Map(bundle.manifest.applications.map((application) => [application.id, application.name]));
  const lines: string[] = [];
  for (const file of report.accepted) {
    const rosterHasKey = bundle.manifest.jurors.find((juror) => juror.id === file.jurorId)?.publicKey !== undefined;
    lines.push(
      `accepted   ${file.name}: ${file.jurorId}, revision ${file.revision}, ${file.fingerprint}${rosterHasKey ? '' : ' (no key in the roster: check this fingerprint with the juror)'}`,
    );
  }
  for (const { file, keptRevision } of report.ignored)
    lines.push(
      `ignored    ${file.name}: revision ${file.revision} of ${file.jurorId}, revision ${keptRevision} is newer`,
    );
  for (const { name, failure } of report.refused)
    lines.push(`refused    ${name}: ${describeFailure(failure, options.language)}`);
  for (const { jurorId, revision, files: both } of report.equivocations) {
    lines.push(
      `refused    ${both.map((file) => file.name).join(' and ')}: two different files from ${jurorId} with the same revision ${revision}`,
    );
  }
  for (const file of report.unconfirmed)
    lines.push(`unconfirmed ${file.name}: ${file.jurorId} has no key in the roster; confirm ${file.fingerprint}`);
  const given = options.scorePaths.length;
  lines.push(
    `Used ${report.accepted.length} of ${given} score ${given === 1 ? 'file' : 'files'}${report.accepted.length === given ? '.' : `; the others are left out above, each with its reason.`}`,
  );
  lines.push(
    '',
    `${pad('rank', 5)} ${pad('application', 32)} ${pad('n', 3)} ${pad('mean', 6)} ${pad('median', 6)} ${pad('sd', 6)} flags`,
  );
  const ordered = [...results].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  for (const result of ordered) {
    lines.push(
      `${pad(result.rank === null ? '—' : String(result.rank), 5)} ${pad(names.get(result.applicationId) ?? result.applicationId, 32)} ${pad(String(result.n), 3)} ${pad(number(result.mean), 6)} ${pad(number(result.median), 6)} ${pad(number(result.sd), 6)} ${result.flags.join(', ')}`,
    );
  }
  const { toDiscuss } = discussionQueue(results);
  if (toDiscuss.length > 0) {
    lines.push('', 'To discuss, in this order:');
    toDiscuss.forEach((result, index) =>
      lines.push(
        `  ${index + 1}. ${names.get(result.applicationId) ?? result.applicationId}: ${result.reasons.map(reasonText).join('; ')}`,
      ),
    );
  }
  const analysis = sensitivity(bundle.manifest, files, options.method);
  if (analysis) {
    lines.push(
      '',
      `Selected places: ${analysis.capacity}. Under the chosen method: ${analysis.base.map((id) => names.get(id) ?? id).join(', ')}.`,
    );
    for (const outcome of analysis.outcomes) {
      if (outcome.entered.length === 0 && outcome.left.length === 0) continue;
      const label =
        outcome.scenario.kind === 'method' ? `with ${outcome.scenario.id}` : `without ${outcome.scenario.jurorId}`;
      lines.push(
        `  ${label}: ${outcome.entered
          .map((id) => `+${names.get(id) ?? id}`)
          .concat(outcome.left.map((id) => `−${names.get(id) ?? id}`))
          .join(', ')}`,
      );
    }
  }
  out(`${lines.join('\n')}\n`);
  return failed;
}

function reasonText(reason: FlagReason): string {
  if (reason.flag === 'near-cutoff') return `near the cut-off (rank ${reason.rank}, ${reason.places} selected places)`;
  const widest = reason.widestCriterion
    ? `, furthest apart on ${reason.widestCriterion.criterionId} (${reason.widestCriterion.spread} levels once each juror's habit is taken out)`
    : '';
  return `disagreement (z-scores spread by ${reason.sdOfZ} sd over ${reason.zScores} jurors${widest})`;
}
