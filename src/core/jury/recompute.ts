import {
  canonicalJson,
  type ApplicationResult,
  type BundleManifest,
  type Deliberation,
  type ScoreFile,
} from '../documents';
import { JurydeskError, term } from '../errors';
import { computeResults, jurorTotals } from './aggregate';
import { deliberationResults } from './deliberate';
import { rankUncertainty } from './uncertainty';

/** Stands for a whole result, present on one side only. */
const RESULT = Symbol('a result');

const FIELDS = [
  'rank',
  'n',
  'mean',
  'median',
  'sd',
  'min',
  'max',
  'calibrated',
  'criteria',
  'flags',
  'rankInterval',
  'selectedProbability',
] as const;

function shown(value: unknown): string {
  return value === undefined ? term('absent') : canonicalJson(value);
}

/**
 * Re-runs the merge a deliberation records, from the score files it carries and with its method, and refuses it
 * when its results are not what that gives (docs/FORMATS.md §6): a chair cannot sign figures the inputs do not
 * produce. Says which application and which figure differ first.
 */
export function checkRecordedResults(
  deliberation: Deliberation,
  inputs: readonly ScoreFile[],
  manifest: BundleManifest,
): void {
  const { method, uncertainty: settings } = deliberation;
  const uncertainty = settings && {
    settings,
    byApplication: rankUncertainty(manifest, jurorTotals(manifest, inputs), method, settings),
  };
  const computed = deliberationResults(computeResults(manifest, inputs, { method }), uncertainty);
  const recorded = new Map(deliberation.results.map((result) => [result.applicationId, result]));
  const name = (applicationId: string) =>
    manifest.applications.find((application) => application.id === applicationId)?.name ?? applicationId;
  // The figure and the method are named in the reader's language: phrases of the catalogue.
  const differ = (
    applicationId: string,
    field: (typeof FIELDS)[number] | 'result',
    recordedValue: unknown,
    computedValue: unknown,
  ) =>
    new JurydeskError('deliberation.results-differ', {
      application: name(applicationId),
      field: term(`field-${field}`),
      recorded: recordedValue === RESULT ? term('a-result') : shown(recordedValue),
      computed: computedValue === RESULT ? term('a-result') : shown(computedValue),
      method: term(`method-${deliberation.method.normalization}`),
      aggregate: term(`aggregate-${deliberation.method.aggregate}`),
    });
  for (const result of computed) {
    const mine = recorded.get(result.applicationId);
    if (!mine) throw differ(result.applicationId, 'result', undefined, RESULT);
    for (const field of FIELDS) {
      const [a, b] = [(mine as ApplicationResult)[field], result[field]];
      if (shown(a) !== shown(b)) throw differ(result.applicationId, field, a, b);
    }
    recorded.delete(result.applicationId);
  }
  const [extra] = recorded.keys();
  if (extra !== undefined) throw differ(extra, 'result', RESULT, undefined);
}
