export { keysAllowedFor, parseAllowedSigners, principalsFor } from './allowed-signers';
export type { AllowedSigner } from './allowed-signers';
export type { BundleContext } from './bundle-context';
export { assembleBundle, completeManifest, createBundle, verifyBundle } from './bundle';
export { checkBundleSuccession, type KnownCall } from './succession';
export type { AttachmentSource, Progress, UnsignedManifest, VerifiedBundle, VerifyBundleOptions } from './bundle';
export {
  assembleDeliberation,
  checkDecisions,
  createDeliberation,
  requirePinnedChair,
  verifyDeliberation,
} from './deliberation';
export type { UnsignedDeliberation, VerifiedDeliberation, VerifyDeliberationOptions } from './deliberation';
export type { DeliberationInputFile } from './deliberation-inputs';
export { bundleManifestSchema, factOrder, fieldLabelText, isCounted, isOnScale } from './formats/bundle';
export type { Application, Attachment, BundleManifest, Criterion, Juror, Outcome } from './formats/bundle';
export { ID_MAX_LENGTH, labelLanguage, labelSchema, labelText, round4 } from './formats/common';
export type { Label } from './formats/common';
export type { ApplicationResult, Decision, Deliberation } from './formats/deliberation';
export type { EvaluationStatus, ScoreFile } from './formats/scores';
export { canonicalJson, parseStrictJson } from './json';
export { bundleChanges, rosterPlace } from './roster';
export { assembleScoreFile, verifyScoreFile } from './scorefile';
export { assembleDeclaration, verifyDeclaration } from './declaration';
export type { UnsignedDeclaration, VerifiedDeclaration, VerifyDeclarationOptions } from './declaration';
export type { Declaration, Interest } from './formats/declaration';
export type { UnsignedScoreFile, VerifiedScoreFile } from './scorefile';
export { checkRestorableScoreFile } from './restore';
export type { Restoration, RestoreContext } from './restore';
export { schemaFailureReason } from './signed';
export type { SignerIdentity } from './signed';
export { formatKeyCard, parseKeyCard } from './key-card';
export type { KeyCard } from './key-card';
