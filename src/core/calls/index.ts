export {
  callDescriptionSchema,
  fieldColumn,
  FIELD_TYPES,
  parseCallDescription,
  serializeCallDescription,
} from './call-description';
export type { CallDescription, ColumnMapping, FieldColumn, FieldType } from './call-description';
export { decodeCsv, readSheet } from './sheet';
export { checkSheetSize, SHEET_LIMITS } from './sheet-bounds';
export type { CellValue, Sheet, SheetLibraries, SheetRow } from './sheet';
export { mapApplications, mappedColumns, mediaTypeOf, parseNumberCell, safeSegment } from './applications';
export type {
  AttachmentFolder,
  MappedApplication,
  MappedApplications,
  PlannedAttachment,
  SheetProblem,
} from './applications';
export { callManifest, declarationsManifest, fieldLabelsOf, retentionHasPassed } from './manifest';
export type { Succession } from './manifest';
export { assignReviewers, coverageOf } from './assignments';
export { outcomeIdFor } from './outcome-ids';
export { conflictsFromSheet } from './conflict-sheet';
export { applyDeclaration } from './declarations';
export type { ReceivedDeclaration } from './declarations';
export type { ConflictRowProblem, ConflictSheetReading } from './conflict-sheet';
export type { Assignment, AssignmentRequest, AssignmentResult, Coverage } from './assignments';
export { REFERENCE_CRITERIA } from './template';
export { callChanges, criteriaChanged, nothingChanged } from './changes';
export type { CallChanges, ListChanges } from './changes';
export { callReadiness, nextSuccession } from './readiness';
export type { Handover, PreviousVersion } from './readiness';
export type { Readiness } from './readiness';
