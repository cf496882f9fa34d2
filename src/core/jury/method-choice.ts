import { DEFAULT_METHOD, type AggregateName, type JurorTotal, type Method, type Normalization } from './aggregate';

/**
 * The method used unless the chair chooses another (docs/METHODS.md): the mean when every juror scored every
 * application anyone scored — leniency then weighs on every application alike — and the bias model as soon as
 * jurors saw different subsets, where it selects better in every simulated jury.
 */
export function recommendedMethod(totals: readonly JurorTotal[]): Method {
  const jurors = new Set(totals.map((entry) => entry.jurorId));
  const applications = new Set(totals.map((entry) => entry.applicationId));
  const pairs = new Set(totals.map((entry) => `${entry.jurorId}\u0000${entry.applicationId}`));
  return pairs.size === jurors.size * applications.size
    ? DEFAULT_METHOD
    : { aggregate: 'mean', normalization: 'bias-model' };
}
/** A method by the one name that tells it apart: its normalization, or its aggregate when there is none. */
export function methodName(method: Method): AggregateName | Exclude<Normalization, 'none'> {
  return method.normalization === 'none' ? method.aggregate : method.normalization;
}

/** What the chair asked for; what they left out is decided by `recommendedMethod`. */
export interface MethodChoice {
  aggregate?: AggregateName;
  normalization?: Normalization;
}

/**
 * The method a merge uses: the chair's choice, and the recommended method for what they did not choose — an
 * aggregate chosen alone means that aggregate without normalization, since the bias model has no aggregate.
 */
export function chosenMethod(choice: MethodChoice, totals: readonly JurorTotal[]): Method {
  if (choice.normalization) return { aggregate: choice.aggregate ?? 'mean', normalization: choice.normalization };
  if (choice.aggregate) return { aggregate: choice.aggregate, normalization: 'none' };
  return recommendedMethod(totals);
}
