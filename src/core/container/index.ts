export { forEachAttachment } from './attachments';
export {
  KINDS,
  WHOLE_READ_LIMIT,
  buildContainer,
  inputPath,
  isValidAttachmentPath,
  openContainer,
  readInput,
} from './container';
export type { ContainerLimits, FileKind, OpenedContainer } from './container';
export { sha256HexOfBlob } from './digest';
export type { ZipSource } from './zip';
