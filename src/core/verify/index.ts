export { verifyAnyFile, verifyDeliberation } from './any-file';
export type { VerifiedFile, VerifyAnyOptions } from './any-file';
