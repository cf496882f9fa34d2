import { basename } from 'node:path';
import {
  chosenMethod,
  comparableParts,
  computeResults,
  discussionQueue,
  type FlagReason,
  jurorTotals,
  type Method,
  methodName,
  type MethodChoice,
  deliberationResults,
  mergeScoreFiles,
  type MergeReport,
  rankUncertainty,
  type RankingUncertainty,
  selectedCapacity,
  tiedAtCutoff,
  sensitivity,
  tooCloseToCall,
  type UncertaintySettings,
} from '@core/jury';
import { createTranslator } from '@core/catalogue';
import { labelText, verifyBundle } from '@core/documents';
import { JurydeskError, type Language } from '@core/errors';
import { failureSentence } from './cli-error';
import { readFileBlob } from './files';

export interface MergeCommandOptions {
  bundlePath: string;
  scorePaths: string[];
  json: boolean;
  /** The method options given; the rest is recommended from the score files. */
  choice: MethodChoice;
  uncertainty: UncertaintySettings;
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
      message: failureSentence(failure, language),
    })),
    equivocations: report.equivocations.map(({ jurorId, revision, files }) => ({
      jurorId,
      revision,
      files: files.map(file),
    })),
    unconfirmed: report.unconfirmed.map(file),
  };
}

/** Which method the results use, and whether the chair chose it or why it is the one recommended. */
export function methodLine(t: ReturnType<typeof createTranslator>, choice: MethodChoice, method: Method): string {
  const chosen = choice.aggregate !== undefined || choice.normalization !== undefined;
  return t('merge.method', {
    method: t(`merge.methodName.${methodName(method)}`),
    why: t(
      chosen ? 'merge.chosen' : method.normalization === 'none' ? 'merge.recommendedFull' : 'merge.recommendedPartial',
    ),
  });
}

const pad = (text: string, width: number) =>
  text.length >= width ? text.slice(0, width) : text + ' '.repeat(width - text.length);

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
  const { manifest } = bundle;
  const totals = jurorTotals(manifest, files);
  const method = chosenMethod(options.choice, totals);
  const results = computeResults(manifest, files, { method });
  const uncertainty: RankingUncertainty | undefined =
    totals.length > 0
      ? { settings: options.uncertainty, byApplication: rankUncertainty(manifest, totals, method, options.uncertainty) }
      : undefined;
  // Under every method: groups that share nothing compare no better by their means than by their calibration.
  const parts = comparableParts(
    manifest.applications.map((application) => application.id),
    totals,
  );
  const failed = report.refused.length > 0 || report.equivocations.length > 0 ? 1 : 0;

  const tie = tiedAtCutoff(results, selectedCapacity(manifest));
  if (options.json) {
    out(
      `${JSON.stringify(
        {
          method,
          ...(uncertainty ? { uncertainty: uncertainty.settings } : {}),
          results: deliberationResults(results, uncertainty),
          toDiscuss: discussionQueue(results).toDiscuss.map(({ applicationId, reasons }) => ({
            applicationId,
            reasons,
          })),
          ...(parts.length > 1 ? { comparableParts: parts } : {}),
          // Never more names than places: those level across the last place are apart, with the places they share.
          ...(tie ? { tiedAtCutoff: tie } : {}),
          merge: reportJson(report, options.language),
        },
        null,
        2,
      )}\n`,
    );
    return failed;
  }

  const t = createTranslator(options.language, 'cli');
  const locale = options.language === 'fr' ? 'fr-FR' : 'en-GB';
  const decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const number = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : decimal.format(value);
  const list = (items: readonly string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  const names = new Map(bundle.manifest.applications.map((application) => [application.id, application.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const jurors = new Map(bundle.manifest.jurors.map((juror) => [juror.id, juror.name]));
  const jurorName = (id: string) => jurors.get(id) ?? id;
  const lines: string[] = [];
  for (const file of report.accepted) {
    const rosterHasKey = bundle.manifest.jurors.find((juror) => juror.id === file.jurorId)?.publicKey !== undefined;
    lines.push(
      t('merge.accepted', {
        file: file.name,
        juror: file.jurorId,
        revision: file.revision,
        fingerprint: file.fingerprint,
      }) + (rosterHasKey ? '' : t('merge.noRosterKey')),
    );
  }
  for (const { file, keptRevision } of report.ignored)
    lines.push(
      t('merge.ignored', { file: file.name, revision: file.revision, juror: file.jurorId, kept: keptRevision }),
    );
  for (const { name, failure } of report.refused)
    lines.push(t('merge.refused', { file: name, reason: failureSentence(failure, options.language) }));
  for (const { jurorId, revision, files: both } of report.equivocations) {
    lines.push(t('merge.equivocation', { files: list(both.map((file) => file.name)), juror: jurorId, revision }));
  }
  for (const file of report.unconfirmed)
    lines.push(t('merge.unconfirmed', { file: file.name, juror: file.jurorId, fingerprint: file.fingerprint }));
  const given = options.scorePaths.length;
  lines.push(
    t(report.accepted.length === given ? 'merge.used' : 'merge.usedSome', {
      used: report.accepted.length,
      count: given,
    }),
  );
  lines.push(methodLine(t, options.choice, method));
  if (parts.length > 1) {
    lines.push(t('merge.parts', { count: parts.length }));
    parts.forEach((part, index) =>
      lines.push(
        t('merge.part', {
          number: index + 1,
          count: part.applicationIds.length,
          jurors: list(part.jurorIds.map(jurorName)),
        }),
      ),
    );
  }
  const places = selectedCapacity(manifest);
  // French puts a narrow no-break space before %, where Intl gives a wide one.
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const percent = { format: (value: number) => percentFormat.format(value).replace('\u00a0', '\u202f') };
  const intervalOf = (applicationId: string) => uncertainty?.byApplication.get(applicationId);
  const intervalText = (applicationId: string) => {
    const interval = intervalOf(applicationId)?.interval;
    if (!interval) return '—';
    return interval.low === interval.high ? String(interval.low) : `${interval.low}–${interval.high}`;
  };
  const probabilityText = (applicationId: string) => {
    const probability = intervalOf(applicationId)?.selectedProbability;
    return probability === null || probability === undefined ? '—' : percent.format(probability);
  };
  const column = (key: string) => t(`merge.columns.${key}`);
  const figure = method.normalization === 'none' ? null : column('calibrated');
  lines.push(
    '',
    `${pad(column('rank'), 5)} ${pad(column('application'), 32)} ${pad(column('n'), 3)} ${pad(column('mean'), 7)} ${pad(column('median'), 7)} ${pad(column('sd'), 6)} ${figure ? `${pad(figure, 10)} ` : ''}${pad(column('interval'), 9)} ${pad(column('selected'), 8)} ${column('flags')}`,
  );
  const ordered = [...results].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  for (const result of ordered) {
    const marks = result.flags.map((flag) => t(`merge.flag.${flag}`));
    if (tooCloseToCall(intervalOf(result.applicationId), places)) marks.push(t('merge.flag.too-close'));
    lines.push(
      `${pad(result.rank === null ? '—' : String(result.rank), 5)} ${pad(nameOf(result.applicationId), 32)} ${pad(String(result.n), 3)} ${pad(number(result.mean), 7)} ${pad(number(result.median), 7)} ${pad(number(result.sd), 6)} ${figure ? `${pad(number(result.calibrated), 10)} ` : ''}${pad(intervalText(result.applicationId), 9)} ${pad(probabilityText(result.applicationId), 8)} ${marks.join(', ')}`,
    );
  }
  if (uncertainty)
    lines.push(
      '',
      t('merge.uncertainty', {
        resamples: new Intl.NumberFormat(locale).format(uncertainty.settings.resamples),
        seed: uncertainty.settings.seed,
      }),
    );
  const criteria = new Map(bundle.manifest.criteria.map((criterion) => [criterion.id, criterion.label]));
  const reasonText = (reason: FlagReason): string => {
    if (reason.flag === 'near-cutoff') return t('merge.nearCutoff', { rank: reason.rank, places: reason.places });
    if (reason.flag === 'single-evaluation') return t('merge.singleEvaluation');
    const widest = reason.widestCriterion;
    return t('merge.disagreement', {
      sd: number(reason.sdOfZ),
      count: reason.zScores,
      widest: widest
        ? t('merge.widest', {
            criterion: labelText(criteria.get(widest.criterionId) ?? widest.criterionId, options.language),
            levels: number(widest.spread),
          })
        : '',
    });
  };
  const { toDiscuss } = discussionQueue(results);
  if (toDiscuss.length > 0) {
    lines.push('', t('merge.toDiscuss'));
    toDiscuss.forEach((result, index) => {
      const reasons = result.reasons.map(reasonText);
      const mine = intervalOf(result.applicationId);
      if (tooCloseToCall(mine, places))
        reasons.push(
          t('merge.tooClose', {
            probability: probabilityText(result.applicationId),
            interval: intervalText(result.applicationId),
          }),
        );
      lines.push(
        `  ${index + 1}. ${nameOf(result.applicationId)}${t('merge.nameSeparator')}${reasons.join(t('merge.reasonSeparator'))}`,
      );
    });
  }
  const analysis = sensitivity(manifest, files, method);
  // With no file used there is no selection to analyse, only the refusals above.
  if (analysis && files.length > 0) {
    const { sure, tied, tiedPlaces } = analysis.base;
    lines.push('', t('merge.selectedPlaces', { capacity: analysis.capacity, names: list(sure.map(nameOf)) }));
    // Never more names than places: those level at the cut-off are named apart, for a rule or a draw to settle.
    if (tied.length > 0) lines.push(t('merge.tiedPlaces', { count: tiedPlaces, names: list(tied.map(nameOf)) }));
    for (const outcome of analysis.outcomes) {
      if (outcome.entered.length === 0 && outcome.left.length === 0 && outcome.moved.length === 0) continue;
      const label =
        outcome.scenario.kind === 'method'
          ? t('merge.withMethod', { method: t(`merge.methodName.${outcome.scenario.id}`) })
          : t('merge.withoutJuror', { juror: jurorName(outcome.scenario.jurorId) });
      lines.push(
        `  ${label}${t('merge.nameSeparator')}${outcome.entered
          .map((id) => `+${nameOf(id)}`)
          .concat(outcome.left.map((id) => `−${nameOf(id)}`))
          .concat(
            outcome.moved.map(({ applicationId, place }) =>
              t(place === 'tied' ? 'merge.becomesTied' : 'merge.becomesSelected', { name: nameOf(applicationId) }),
            ),
          )
          .join(', ')}`,
      );
    }
  }
  out(`${lines.join('\n')}\n`);
  return failed;
}
