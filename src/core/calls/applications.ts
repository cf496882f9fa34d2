import type { Label } from '../documents';
import { term, type Failure } from '../errors';
import { fieldColumn, type ColumnMapping, type FieldType } from './call-description';
import type { CellValue, Sheet, SheetRow } from './sheet';

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.md': 'text/markdown',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
  '.odp': 'application/vnd.oasis.opendocument.presentation',
};

function extensionOf(fileName: string): string {
  return /\.[^./\\]+$/.exec(fileName)?.[0] ?? '';
}

export function mediaTypeOf(fileName: string): string {
  return MEDIA_TYPES[extensionOf(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** Attachment paths are plain ASCII (docs/FORMATS.md §1); the original name travels in `name`. */
export function safeSegment(text: string): string {
  const ascii = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 100);
  return ascii === '' ? 'file' : ascii;
}

/**
 * The folder of attachments staff chose, however it is read: a folder on disk for the command line, the files a
 * browser's folder picker gave for the app. `size` answers for a name relative to the folder, or undefined.
 */
export interface AttachmentFolder {
  /** How messages name the folder. */
  readonly name: string;
  size(relativeName: string): number | undefined;
}

export interface PlannedAttachment {
  readonly applicationId: string;
  readonly path: string;
  readonly name: string;
  readonly mediaType: string;
  /** The file's name relative to the folder it comes from. */
  readonly source: string;
  readonly size: number;
}

export interface MappedApplication {
  readonly id: string;
  readonly name: string;
  readonly summary?: string;
  readonly fields?: Record<string, CellValue>;
  readonly answers?: { question: Label; answer: string }[];
  /** Where each of its attachments goes in the bundle, in the order the spreadsheet names them. */
  readonly attachmentPaths: string[];
}

/** A problem with one cell, or with the sheet as a whole (row 1, no column). */
export interface SheetProblem {
  readonly row: number;
  readonly column: string | null;
  readonly failure: Failure;
}

export interface MappedApplications {
  readonly applications: MappedApplication[];
  readonly attachments: PlannedAttachment[];
  /** Every problem found, each on its row and column: nothing is signed while one remains. */
  readonly problems: SheetProblem[];
}

const TRUE_WORDS = new Set(['true', 'yes', 'oui', 'vrai', '1', 'x']);
const FALSE_WORDS = new Set(['false', 'no', 'non', 'faux', '0']);

/** French spreadsheets write 12 500,5 where English ones write 12,500.5; both are read. */
export function parseNumberCell(value: CellValue): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return undefined;
  let text = value.replace(/[\s\u00a0\u202f]/g, '');
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
  else if (/^-?\d+,\d+$/.test(text)) text = text.replace(',', '.');
  if (!/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text)) return undefined;
  return Number(text);
}

/** A cell read as its fact's type, or the failure that says why it cannot be. */
function fieldValue(type: FieldType, value: CellValue): CellValue | Failure {
  if (type === 'number' || type === 'integer') {
    const number = parseNumberCell(value);
    if (number === undefined || (type === 'integer' && !Number.isInteger(number))) {
      return {
        code: type === 'integer' ? 'sheet.not-whole-number' : 'sheet.not-number',
        details: { value: String(value) },
      };
    }
    return number;
  }
  if (type === 'boolean') {
    if (typeof value === 'boolean') return value;
    const text = String(value).trim().toLowerCase();
    if (TRUE_WORDS.has(text)) return true;
    if (FALSE_WORDS.has(text)) return false;
    return { code: 'sheet.not-yes-no', details: { value: String(value) } };
  }
  return typeof value === 'string' ? value.trim() : String(value);
}

function isFailure(value: CellValue | Failure): value is Failure {
  return typeof value === 'object';
}

/** Every column the mapping names, in the order a person reads the mapping. */
export function mappedColumns(mapping: ColumnMapping): string[] {
  return [
    mapping.id,
    mapping.name,
    ...(mapping.summary ? [mapping.summary] : []),
    ...Object.values(mapping.fields).map((field) => fieldColumn(field).column),
    ...mapping.answers.map((answer) => answer.column),
    ...mapping.attachments,
  ];
}

/** Where an attachment of an application is stored in the bundle: unique, whatever the files were called. */
function attachmentPath(id: string, fileName: string, used: Set<string>): string {
  const extension = extensionOf(fileName);
  const base = fileName
    .split('/')
    .pop()!
    .slice(0, fileName.split('/').pop()!.length - extension.length);
  const stem = `files/${safeSegment(id)}/${safeSegment(base)}`;
  const suffix = extension ? `.${safeSegment(extension.slice(1).toLowerCase())}` : '';
  let path = `${stem}${suffix}`;
  // Lower-cased: paths differing only by case would collide when extracted on Windows or macOS.
  for (let copy = 2; used.has(path.toLowerCase()); copy++) path = `${stem}-${copy}${suffix}`;
  used.add(path.toLowerCase());
  return path;
}

/**
 * Turns spreadsheet rows into applications and finds each attachment in the folder, collecting every problem on its
 * row and column rather than stopping at the first: staff fix them all in one pass.
 */
export function mapApplications(
  sheet: Sheet,
  mapping: ColumnMapping,
  folder: AttachmentFolder | null,
): MappedApplications {
  const problems: SheetProblem[] = [];
  // A description being made on the staff desk may not have chosen these yet; a CALL.json always names them.
  const unchosen = (['id', 'name'] as const).filter((part) => mapping[part] === '');
  if (unchosen.length > 0) {
    const failures = unchosen.map((part): SheetProblem => {
      const failure: Failure = { code: 'sheet.column-not-chosen', details: { column: term(`${part}-column`) } };
      return { row: 1, column: null, failure };
    });
    return { applications: [], attachments: [], problems: failures };
  }
  const missing = [...new Set(mappedColumns(mapping))].filter((column) => !sheet.columns.includes(column));
  if (missing.length > 0) {
    const failure: Failure = {
      code: 'sheet.missing-columns',
      details: { missing: missing.map((column) => `“${column}”`).join(', '), columns: sheet.columns.join(', ') },
    };
    return { applications: [], attachments: [], problems: [{ row: 1, column: null, failure }] };
  }
  const applications: MappedApplication[] = [];
  const attachments: PlannedAttachment[] = [];
  const idRows = new Map<string, number>();
  const usedPaths = new Set<string>();
  for (const row of sheet.rows) {
    const problem = (column: string, code: Failure['code'], details: Failure['details'] = {}) =>
      problems.push({ row: row.row, column, failure: { code, details } });
    const text = (column: string) => String(row.cells.get(column) ?? '').trim();
    const id = text(mapping.id);
    if (id === '') problem(mapping.id, 'sheet.empty-id');
    const earlier = idRows.get(id);
    if (id !== '' && earlier !== undefined) problem(mapping.id, 'sheet.duplicate-id', { id, earlier });
    if (id !== '' && earlier === undefined) idRows.set(id, row.row);
    const name = text(mapping.name);
    if (name === '') problem(mapping.name, 'sheet.empty-name');

    const fields: Record<string, CellValue> = {};
    for (const [key, field] of Object.entries(mapping.fields)) {
      const { column, type } = fieldColumn(field);
      const value = row.cells.get(column);
      if (value === undefined) continue;
      const read = fieldValue(type, value);
      if (isFailure(read)) problem(column, read.code, read.details);
      else fields[key] = read;
    }
    const answers = mapping.answers
      .map((answer) => ({ question: answer.question, answer: text(answer.column) }))
      .filter((answer) => answer.answer !== '');
    const attachmentPaths = mapAttachments(row, mapping, folder, id, usedPaths, attachments, problem);
    applications.push({
      id,
      name,
      ...(mapping.summary && text(mapping.summary) !== '' ? { summary: text(mapping.summary) } : {}),
      ...(Object.keys(fields).length > 0 ? { fields } : {}),
      ...(answers.length > 0 ? { answers } : {}),
      attachmentPaths,
    });
  }
  return { applications, attachments, problems };
}

function mapAttachments(
  row: SheetRow,
  mapping: ColumnMapping,
  folder: AttachmentFolder | null,
  id: string,
  usedPaths: Set<string>,
  attachments: PlannedAttachment[],
  problem: (column: string, code: Failure['code'], details?: Failure['details']) => void,
): string[] {
  const paths: string[] = [];
  for (const column of mapping.attachments) {
    const names = String(row.cells.get(column) ?? '')
      .split(/[\n;|]/)
      .map((name) => name.trim())
      .filter(Boolean);
    for (const fileName of names) {
      if (!folder) {
        problem(column, 'sheet.no-folder', { file: fileName });
        continue;
      }
      if (fileName.split(/[/\\]/).includes('..') || fileName.startsWith('/')) {
        problem(column, 'sheet.file-outside', { file: fileName, folder: folder.name });
        continue;
      }
      const size = folder.size(fileName);
      if (size === undefined) {
        problem(column, 'sheet.file-missing', { file: fileName, folder: folder.name });
        continue;
      }
      const path = attachmentPath(id, fileName, usedPaths);
      paths.push(path);
      attachments.push({
        applicationId: id,
        path,
        name: fileName.split('/').pop()!,
        mediaType: mediaTypeOf(fileName),
        source: fileName,
        size,
      });
    }
  }
  return paths;
}
