export { forEachAttachment } from './attachments';
export {
  WHOLE_READ_LIMIT,
  buildContainer,
  inputPath,
  isValidAttachmentPath,
  openContainer,
  readInput,
} from './container';
export type { OpenedContainer } from './container';
export { KINDS } from './kinds';
export type { ContainerLimits, FileKind } from './kinds';
export { sha256HexOfBlob } from './digest';
export type { ZipSource } from './zip';
