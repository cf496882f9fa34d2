import { basename, extname, join } from 'node:path';
import { stat } from 'node:fs/promises';
import { CliError } from './cli-error';
import type { ColumnMapping } from './call-config';
import type { CellValue, Sheet, SheetRow } from './spreadsheet';

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

export function mediaTypeOf(fileName: string): string {
  return MEDIA_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** Attachment paths are plain ASCII (see docs/FORMATS.md); the original name travels in `name`. */
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

export interface PlannedAttachment {
  readonly applicationId: string;
  readonly path: string;
  readonly name: string;
  readonly mediaType: string;
  readonly sourcePath: string;
  readonly size: number;
}

export interface MappedApplication {
  readonly id: string;
  readonly name: string;
  readonly summary?: string;
  readonly fields?: Record<string, CellValue>;
  readonly answers?: Array<{ question: string; answer: string }>;
  readonly attachmentPaths: string[];
}

export interface MappedApplications {
  readonly applications: MappedApplication[];
  readonly attachments: PlannedAttachment[];
}

function cellError(row: SheetRow, column: string, en: string, fr: string): CliError {
  return new CliError(`Row ${row.row}, column “${column}”: ${en}`, `Ligne ${row.row}, colonne « ${column} » : ${fr}`);
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

function fieldValue(row: SheetRow, column: string, type: string, value: CellValue): CellValue {
  switch (type) {
    case 'number':
    case 'integer': {
      const number = parseNumberCell(value);
      if (number === undefined || (type === 'integer' && !Number.isInteger(number))) {
        throw cellError(
          row,
          column,
          `“${value}” is not ${type === 'integer' ? 'a whole number' : 'a number'}.`,
          `« ${value} » n’est pas ${type === 'integer' ? 'un nombre entier' : 'un nombre'}.`,
        );
      }
      return number;
    }
    case 'boolean': {
      const text = String(value).trim().toLowerCase();
      if (typeof value === 'boolean') return value;
      if (TRUE_WORDS.has(text)) return true;
      if (FALSE_WORDS.has(text)) return false;
      throw cellError(row, column, `“${value}” is not yes or no.`, `« ${value} » n’est ni oui ni non.`);
    }
    default:
      return typeof value === 'string' ? value.trim() : String(value);
  }
}

function requireColumns(sheet: Sheet, mapping: ColumnMapping) {
  const wanted = [
    mapping.id,
    mapping.name,
    ...(mapping.summary ? [mapping.summary] : []),
    ...Object.values(mapping.fields).map((field) => (typeof field === 'string' ? field : field.column)),
    ...mapping.answers.map((answer) => answer.column),
    ...mapping.attachments,
  ];
  const missing = wanted.filter((column) => !sheet.columns.includes(column));
  if (missing.length > 0) {
    throw new CliError(
      `The spreadsheet lacks the column(s) ${missing.map((column) => `“${column}”`).join(', ')} named in the call description. Its columns are: ${sheet.columns.join(', ')}.`,
      `Le tableur n’a pas la ou les colonnes ${missing.map((column) => `« ${column} »`).join(', ')} nommées dans la description de l’appel. Ses colonnes sont : ${sheet.columns.join(', ')}.`,
    );
  }
}

/** Turns spreadsheet rows into applications and finds each attachment in `filesDirectory`. */
export async function mapApplications(
  sheet: Sheet,
  mapping: ColumnMapping,
  filesDirectory: string | undefined,
): Promise<MappedApplications> {
  requireColumns(sheet, mapping);
  const applications: MappedApplications['applications'] = [];
  const attachments: PlannedAttachment[] = [];
  const idRows = new Map<string, number>();
  // Lower-cased: paths differing only by case would collide when extracted on Windows or macOS.
  const usedPaths = new Set<string>();

  for (const row of sheet.rows) {
    const text = (column: string) => {
      const value = row.cells.get(column);
      return value === undefined ? '' : String(value).trim();
    };
    const id = text(mapping.id);
    if (id === '')
      throw cellError(row, mapping.id, 'the application id is empty.', 'l’identifiant de la candidature est vide.');
    const earlier = idRows.get(id);
    if (earlier !== undefined) {
      throw cellError(
        row,
        mapping.id,
        `the id “${id}” is already used on row ${earlier}.`,
        `l’identifiant « ${id} » est déjà pris ligne ${earlier}.`,
      );
    }
    idRows.set(id, row.row);
    const name = text(mapping.name);
    if (name === '')
      throw cellError(row, mapping.name, 'the application name is empty.', 'le nom de la candidature est vide.');

    const fields: Record<string, CellValue> = {};
    for (const [key, field] of Object.entries(mapping.fields)) {
      const column = typeof field === 'string' ? field : field.column;
      const value = row.cells.get(column);
      if (value !== undefined)
        fields[key] = fieldValue(row, column, typeof field === 'string' ? 'string' : field.type, value);
    }
    const answers = mapping.answers
      .map((answer) => ({ question: answer.question, answer: text(answer.column) }))
      .filter((answer) => answer.answer !== '');

    const attachmentPaths: string[] = [];
    for (const column of mapping.attachments) {
      const names = text(column)
        .split(/[\n;|]/)
        .map((name) => name.trim())
        .filter(Boolean);
      for (const fileName of names) {
        if (!filesDirectory) {
          throw cellError(
            row,
            column,
            `names the file “${fileName}”, but no --files folder was given.`,
            `cite le fichier « ${fileName} », mais aucun dossier --files n’a été donné.`,
          );
        }
        if (fileName.includes('..') || fileName.startsWith('/')) {
          throw cellError(
            row,
            column,
            `“${fileName}” must be a file name inside the --files folder.`,
            `« ${fileName} » doit être un nom de fichier du dossier --files.`,
          );
        }
        const sourcePath = join(filesDirectory, fileName);
        const info = await stat(sourcePath).catch(() => undefined);
        if (!info?.isFile()) {
          throw cellError(
            row,
            column,
            `the file “${fileName}” is not in ${filesDirectory}.`,
            `le fichier « ${fileName} » n’est pas dans ${filesDirectory}.`,
          );
        }
        const extension = extname(fileName);
        const stem = `files/${safeSegment(id)}/${safeSegment(basename(fileName, extension))}`;
        const suffix = extension ? `.${safeSegment(extension.slice(1).toLowerCase())}` : '';
        let path = `${stem}${suffix}`;
        for (let copy = 2; usedPaths.has(path.toLowerCase()); copy++) path = `${stem}-${copy}${suffix}`;
        usedPaths.add(path.toLowerCase());
        attachmentPaths.push(path);
        attachments.push({
          applicationId: id,
          path,
          name: basename(fileName),
          mediaType: mediaTypeOf(fileName),
          sourcePath,
          size: info.size,
        });
      }
    }

    applications.push({
      id,
      name,
      ...(mapping.summary && text(mapping.summary) !== '' ? { summary: text(mapping.summary) } : {}),
      ...(Object.keys(fields).length > 0 ? { fields } : {}),
      ...(answers.length > 0 ? { answers } : {}),
      attachmentPaths,
    });
  }
  return { applications, attachments };
}
