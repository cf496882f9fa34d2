import { JurydeskError, asResult, term, type Result } from '../errors';
import { checkSheetSize, checkWorkbookBounds, SHEET_LIMITS, tooLarge } from './sheet-bounds';

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
 * The parts of PapaParse and ExcelJS that reading a spreadsheet uses. The renderer and the command line each hand
 * theirs in, so that core stays free of them and both read a spreadsheet the very same way.
 */
export interface SheetLibraries {
  Papa: {
    parse(
      text: string,
      config: { delimitersToGuess: string[]; skipEmptyLines: boolean },
    ): {
      data: unknown[];
      errors: { type: string; code: string; row?: number }[];
    };
  };
  ExcelJS: {
    Workbook: new () => {
      xlsx: { load(data: ArrayBuffer): Promise<unknown> };
      worksheets: {
        eachRow(options: { includeEmpty: boolean }, visit: (row: ExcelRow, rowNumber: number) => void): void;
      }[];
    };
  };
}

interface ExcelRow {
  eachCell(options: { includeEmpty: boolean }, visit: (cell: { value: unknown }, columnNumber: number) => void): void;
}

/**
 * Spreadsheet programs in France save CSV as Windows-1252 unless told otherwise, so text that is not valid UTF-8 is
 * read as Windows-1252 rather than refused.
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
  if (body.length + 1 > SHEET_LIMITS.rows) throw tooLarge(path, 'sheet-rows', SHEET_LIMITS.rows);
  if (header.length > SHEET_LIMITS.columns) throw tooLarge(path, 'sheet-columns', SHEET_LIMITS.columns);
  for (const { values } of body)
    for (const value of values)
      if (typeof value === 'string' && value.length > SHEET_LIMITS.cellCharacters)
        throw tooLarge(path, 'sheet-cell-characters', SHEET_LIMITS.cellCharacters);
  const columns = header.map((name) => name.trim());
  const seen = new Set<string>();
  columns.forEach((column, index) => {
    if (column === '') return;
    if (seen.has(column)) throw new JurydeskError('sheet.duplicate-column', { path, column, position: index + 1 });
    seen.add(column);
  });
  const rows = body
    .filter(({ values }) => values.some((value) => value !== ''))
    .map(({ row, values }) => {
      if (values.length > columns.length && values.slice(columns.length).some((value) => value !== '')) {
        throw new JurydeskError('sheet.row-too-long', { path, row, cells: values.length, columns: columns.length });
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

export function parseCsv(text: string, path: string, Papa: SheetLibraries['Papa']): Sheet {
  const parsed = Papa.parse(text.replace(/^\uFEFF/, ''), {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: false,
  });
  const error = parsed.errors.find((candidate) => candidate.type !== 'Delimiter');
  if (error) {
    throw new JurydeskError('sheet.quotes', {
      path,
      row: (error.row ?? 0) + 1,
      detail: term(error.code === 'InvalidQuotes' ? 'csv-stray-quote' : 'csv-unclosed-quote'),
    });
  }
  const [header = [], ...body] = parsed.data as string[][];
  return toSheet(
    path,
    header,
    body.map((values, index) => ({ row: index + 2, values })),
  );
}

function excelCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value && Array.isArray(value.richText))
    return value.richText.map((run: { text: string }) => run.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return excelCellValue(value.result ?? '');
  if ('error' in value) return '';
  return String(value);
}

export async function parseXlsx(bytes: Uint8Array, path: string, ExcelJS: SheetLibraries['ExcelJS']): Promise<Sheet> {
  checkWorkbookBounds(bytes, path);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch {
    throw new JurydeskError('sheet.unreadable-xlsx', { path });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new JurydeskError('sheet.no-worksheet', { path });
  const lines: Array<{ row: number; values: CellValue[] }> = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      values[columnNumber - 1] = excelCellValue(cell.value);
    });
    lines.push({ row: rowNumber, values: Array.from(values, (value) => value ?? '') });
  });
  const [header, ...body] = lines;
  if (!header || header.row !== 1) throw new JurydeskError('sheet.no-header', { path });
  return toSheet(
    path,
    header.values.map((value) => String(value)),
    body,
  );
}

/** A spreadsheet of applications, CSV (as any program exports it) or XLSX, by its file name's extension. */
export function readSheet(bytes: Uint8Array, path: string, libraries: SheetLibraries): Promise<Result<Sheet>> {
  return asResult(async () => {
    checkSheetSize(path, bytes.length);
    const extension = /\.[^./\\]+$/.exec(path)?.[0].toLowerCase();
    if (extension === '.xlsx') return parseXlsx(bytes, path, libraries.ExcelJS);
    if (extension === '.csv' || extension === '.txt') return parseCsv(decodeCsv(bytes), path, libraries.Papa);
    throw new JurydeskError('sheet.unsupported', { path });
  });
}
