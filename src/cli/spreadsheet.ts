import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import Papa from 'papaparse';
import {
  checkSheetSize,
  readSheet,
  type AttachmentFolder,
  type Sheet,
  type SheetLibraries,
  type SheetProblem,
} from '@core/calls';
import { describeFailure, JurydeskError, type Language } from '@core/errors';
import { CliError } from './cli-error';

/**
 * PapaParse and ExcelJS, as core's spreadsheet reader takes them. ExcelJS is loaded only when a command reads or
 * writes a spreadsheet: it is most of the command line's code, and `verify` or `merge` never need it.
 */
export async function sheetLibraries(): Promise<SheetLibraries> {
  const { default: ExcelJS } = await import('exceljs');
  return { Papa, ExcelJS } as unknown as SheetLibraries;
}

export async function readSpreadsheet(path: string): Promise<Sheet> {
  let bytes: Uint8Array;
  try {
    // Its size first: a file of gigabytes is refused before it is read.
    checkSheetSize(path, (await stat(path)).size);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof JurydeskError) throw error;
    throw CliError.of('cannotRead', { path: path });
  }
  const sheet = await readSheet(bytes, path, await sheetLibraries());
  if (!sheet.ok) throw new JurydeskError(sheet.error.code, sheet.error.details);
  return sheet.value;
}

/** Every file under `directory`, by its name relative to it, with its size: the folder attachments are taken from. */
export async function attachmentFolder(directory: string): Promise<AttachmentFolder> {
  const sizes = new Map<string, number>();
  let entries;
  try {
    entries = await readdir(directory, { recursive: true, withFileTypes: true });
  } catch {
    throw CliError.of('cannotReadFolder', { path: directory });
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    sizes.set(relative(directory, path).split(sep).join('/'), (await stat(path)).size);
  }
  return { name: directory, size: (name) => sizes.get(name.split(/[/\\]/).join('/')) };
}

/** Each problem of a spreadsheet on its row and column, as the command line prints them. */
export function sheetProblemsText(
  problems: readonly SheetProblem[],
  language: Language,
  t: (key: string, params?: Record<string, unknown>) => string,
): string {
  const lines = problems.map(({ row, column, failure }) =>
    column === null
      ? describeFailure(failure, language)
      : describeFailure(
          { code: 'sheet.at', details: { row, column, problem: describeFailure(failure, language) } },
          language,
        ),
  );
  if (lines.length === 1) return lines[0]!;
  return [t('errors.sheetProblems', { count: lines.length }), ...lines.map((line) => `  ${line}`)].join('\n');
}
