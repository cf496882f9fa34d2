import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { CliError } from './cli-error';

export type CellValue = string | number | boolean;

/** One data row: `row` is the number a spreadsheet program shows (the header is row 1). */
export interface SheetRow {
  readonly row: number;
  readonly cells: ReadonlyMap<string, CellValue>;
}

export interface Sheet {
  readonly columns: readonly string[];
  readonly rows: readonly SheetRow[];
}

/**
 * Spreadsheet programs in France save CSV as Windows-1252 unless told otherwise, so text that is not
 * valid UTF-8 is read as Windows-1252 rather than refused.
 */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function toSheet(
  path: string,
  header: readonly string[],
  body: ReadonlyArray<{ row: number; values: CellValue[] }>,
): Sheet {
  const columns = header.map((name) => name.trim());
  const seen = new Set<string>();
  columns.forEach((column, index) => {
    if (column === '') return;
    if (seen.has(column)) {
      throw new CliError(
        `${path}: the column “${column}” appears twice in the header (column ${index + 1}).`,
        `${path} : la colonne « ${column} » apparaît deux fois dans l’en-tête (colonne ${index + 1}).`,
      );
    }
    seen.add(column);
  });
  const rows = body
    .filter(({ values }) => values.some((value) => value !== ''))
    .map(({ row, values }) => {
      if (values.length > columns.length && values.slice(columns.length).some((value) => value !== '')) {
        throw new CliError(
          `${path}, row ${row}: the row has ${values.length} cells but the header only ${columns.length} columns.`,
          `${path}, ligne ${row} : la ligne a ${values.length} cellules mais l’en-tête seulement ${columns.length} colonnes.`,
        );
      }
      const cells = new Map<string, CellValue>();
      columns.forEach((column, index) => {
        const value = values[index];
        if (column !== '' && value !== undefined && value !== '') cells.set(column, value);
      });
      return { row, cells };
    });
  return { columns: columns.filter((column) => column !== ''), rows };
}

export function parseCsv(text: string, path: string): Sheet {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: false,
  });
  const error = parsed.errors.find((candidate) => candidate.type !== 'Delimiter');
  if (error) {
    const row = (error.row ?? 0) + 1;
    throw new CliError(
      `${path}, row ${row}: ${error.message}. Check the quotes on that row.`,
      `${path}, ligne ${row} : ${error.message}. Vérifiez les guillemets de cette ligne.`,
    );
  }
  const [header = [], ...body] = parsed.data;
  return toSheet(
    path,
    header,
    body.map((values, index) => ({ row: index + 2, values })),
  );
}

function excelCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return excelCellValue((value.result ?? '') as ExcelJS.CellValue);
  if ('error' in value) return '';
  return String(value);
}

export async function parseXlsx(path: string): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch {
    throw new CliError(`${path} is not a readable XLSX workbook.`, `${path} n’est pas un classeur XLSX lisible.`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new CliError(`${path} holds no worksheet.`, `${path} ne contient aucune feuille.`);
  const lines: Array<{ row: number; values: CellValue[] }> = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      values[columnNumber - 1] = excelCellValue(cell.value);
    });
    lines.push({ row: rowNumber, values: Array.from(values, (value) => value ?? '') });
  });
  const [header, ...body] = lines;
  if (!header || header.row !== 1) {
    throw new CliError(
      `${path}: the first row must hold the column names.`,
      `${path} : la première ligne doit porter les noms de colonnes.`,
    );
  }
  return toSheet(
    path,
    header.values.map((value) => String(value)),
    body,
  );
}

export async function readSpreadsheet(path: string): Promise<Sheet> {
  const extension = extname(path).toLowerCase();
  if (extension === '.xlsx') return parseXlsx(path);
  if (extension === '.csv' || extension === '.txt') {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch {
      throw new CliError(
        `Cannot read “${path}”: check the path.`,
        `Impossible de lire « ${path} » : vérifiez le chemin.`,
      );
    }
    return parseCsv(decodeCsv(bytes), path);
  }
  throw new CliError(
    `${path}: applications must be a .csv or .xlsx file.`,
    `${path} : les candidatures doivent être un fichier .csv ou .xlsx.`,
  );
}
