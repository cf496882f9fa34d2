import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { checkSheetSize, readSheet, SHEET_LIMITS, type SheetLibraries } from '@core/calls';
import { describeFailure, type Failure } from '@core/errors';

const libraries = { Papa, ExcelJS } as unknown as SheetLibraries;
const SHEET = 'xl/worksheets/sheet1.xml';

/** A real workbook (ExcelJS writes it) whose first sheet's XML is replaced by `xml`, compressed as Excel does. */
async function workbookWith(xml: Uint8Array): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Applications').addRow(['ID', 'Name']);
  const parts = unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
  parts[SHEET] = xml as Uint8Array<ArrayBuffer>;
  return zipSync(parts, { level: 1 });
}

function sheetXml(rows: string): Uint8Array {
  return strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`,
  );
}

async function refusal(bytes: Uint8Array, path: string): Promise<Failure> {
  const result = await readSheet(bytes, path, libraries);
  if (result.ok) throw new Error('accepted');
  return result.error;
}

describe('a spreadsheet is bounded before and while it is read', () => {
  it('refuses a workbook whose one cell unpacks to 64 MiB, before any library parses it, naming the limit', async () => {
    const cell = 'a'.repeat(64 * 1024 * 1024);
    const bytes = await workbookWith(sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>${cell}</t></is></c></row>`));
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const failure = await refusal(bytes, 'bomb.xlsx');
    expect(failure).toMatchObject({
      code: 'sheet.too-large',
      details: { what: '@sheet-cell-characters', limit: SHEET_LIMITS.cellCharacters },
    });
    expect(describeFailure(failure, 'fr')).toBe(
      'bomb.xlsx dépasse ce que Jurydesk lit (la longueur d’une de ses cellules, en caractères\u202f: plus de 32\u202f767). N’y laissez que les candidatures de cet appel, ou découpez-le.',
    );
  });

  it('refuses a workbook of a million rows once it has counted past the limit', async () => {
    const rows = Array.from(
      { length: 1_000_000 },
      (_, index) => `<row r="${index + 1}"><c r="A${index + 1}" t="inlineStr"><is><t>x</t></is></c></row>`,
    ).join('');
    const failure = await refusal(await workbookWith(sheetXml(rows)), 'rows.xlsx');
    expect(failure).toMatchObject({ code: 'sheet.too-large', details: { what: '@sheet-rows' } });
  });

  it('reads a workbook within the limits as before', async () => {
    const rows = `<row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c><c r="B1" t="inlineStr"><is><t>Name</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>A-1</t></is></c><c r="B2" t="inlineStr"><is><t>${'b'.repeat(SHEET_LIMITS.cellCharacters)}</t></is></c></row>`;
    const result = await readSheet(await workbookWith(sheetXml(rows)), 'ok.xlsx', libraries);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.rows.length).toBe(1);
  });

  it('refuses a CSV with too many rows, columns or too long a cell, and a file too large before reading it', async () => {
    const csv = (text: string) => refusal(strToU8(text), 'applications.csv');
    const manyRows = `id,name\n${'a,b\n'.repeat(SHEET_LIMITS.rows)}`;
    expect((await csv(manyRows)).details).toMatchObject({ what: '@sheet-rows' });
    const manyColumns = Array.from({ length: SHEET_LIMITS.columns + 1 }, (_, index) => `c${index}`).join(',');
    expect((await csv(`${manyColumns}\n`)).details).toMatchObject({ what: '@sheet-columns' });
    expect((await csv(`id,name\na,${'x'.repeat(SHEET_LIMITS.cellCharacters + 1)}\n`)).details).toMatchObject({
      what: '@sheet-cell-characters',
    });
    expect(() => checkSheetSize('huge.xlsx', SHEET_LIMITS.fileBytes + 1)).toThrow(/huge\.xlsx is beyond/);
    expect(() => checkSheetSize('fine.xlsx', SHEET_LIMITS.fileBytes)).not.toThrow();
  });
});
