import {
  canonicalJson,
  type ApplicationResult,
  type BundleManifest,
  type Deliberation,
  type ScoreFile,
} from '../documents';
import { JurydeskError } from '../errors';
import { computeResults } from './aggregate';
import { deliberationResults } from './deliberate';

const FIELDS = ['rank', 'n', 'mean', 'median', 'sd', 'min', 'max', 'calibrated', 'criteria', 'flags'] as const;

function shown(value: unknown): string {
  return value === undefined ? 'absent' : canonicalJson(value);
}

function methodName(method: Deliberation['method']): string {
  return method.normalization === 'z-score'
    ? `the ${method.aggregate} with z-score calibration`
    : `the ${method.aggregate}`;
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
  const computed = deliberationResults(computeResults(manifest, inputs, { method: deliberation.method }));
  const recorded = new Map(deliberation.results.map((result) => [result.applicationId, result]));
  const name = (applicationId: string) =>
    manifest.applications.find((application) => application.id === applicationId)?.name ?? applicationId;
  const differ = (applicationId: string, field: string, recordedValue: unknown, computedValue: unknown) =>
    new JurydeskError('deliberation.results-differ', {
      application: name(applicationId),
      field,
      recorded: shown(recordedValue),
      computed: shown(computedValue),
      method: methodName(deliberation.method),
    });
  for (const result of computed) {
    const mine = recorded.get(result.applicationId);
    if (!mine) throw differ(result.applicationId, 'the result', undefined, 'a result');
    for (const field of FIELDS) {
      const [a, b] = [(mine as ApplicationResult)[field], result[field]];
      if (shown(a) !== shown(b)) throw differ(result.applicationId, field, a, b);
    }
    recorded.delete(result.applicationId);
  }
  const [extra] = recorded.keys();
  if (extra !== undefined) throw differ(extra, 'the result', 'a result', undefined);
}
