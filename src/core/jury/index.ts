export {
  computeResults,
  criterionMeans,
  DEFAULT_METHOD,
  jurorCalibrations,
  jurorTotals,
  rankedValue,
} from './aggregate';
export type { ComputedResult, JurorCalibration, JurorTotal, Method } from './aggregate';
export { chosenMethod, methodName, recommendedMethod } from './method-choice';
export type { MethodChoice } from './method-choice';
export { comparableParts } from './juror-graph';
export type { ComparablePart } from './juror-graph';
export {
  DEFAULT_RESAMPLES,
  DEFAULT_SEED,
  MAX_RESAMPLES,
  rankUncertainty,
  resampledRanks,
  summarizeRanks,
  tooCloseToCall,
} from './uncertainty';
export type { RankUncertainty, ResampleRange, UncertaintyRequest, UncertaintySettings } from './uncertainty';
export type { RankingUncertainty } from './deliberate';
export { fullOutcomeFor, outcomeLoads } from './decisions';
export { deliberationContent, deliberationResults } from './deliberate';
export { checkScoreFiles, mergeScoreFiles } from './merge';
export { checkRecordedResults } from './recompute';
export type { CheckedFile, MergeReport, ReceivedFile } from './merge';
export { evaluationStatus, jurorTotal, scaleShare, scaleValues, scoreForDigit } from './scoring';
export type { Scores } from './scoring';
export { sensitivity, sensitivityOfTotals, standingOf } from './sensitivity';
export type { Place, Scenario, Selection, Sensitivity, Standing } from './sensitivity';
export { discussionQueue } from './discussion';
export type { DiscussionQueue } from './discussion';
export { selectedCapacity } from './flags';
export { tiedAtCutoff } from './cutoff';
export type { DisagreementReason, FlagName, FlagReason, NearCutoffReason, SingleEvaluationReason } from './flags';
export { deliberationTable, safeRows, toCsv, toXlsx } from './table';
export { scoresByJurorTable } from './score-table';
export type { Table, WorkbookLibrary } from './table';
