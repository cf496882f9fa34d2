import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { checkSheetSize, readSheet, SHEET_LIMITS, type SheetLibraries } from '@core/calls';
import { checkWorkbookBounds, PartScanner, type SheetLimits } from '@core/calls/sheet-bounds';
import { describeFailure, type Failure, type JurydeskError } from '@core/errors';

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
    expect(() => checkSheetSize('huge.xlsx', SHEET_LIMITS.fileBytes + 1)).toThrow(
      expect.objectContaining({
        details: { path: 'huge.xlsx', what: '@sheet-file-bytes', limit: SHEET_LIMITS.fileBytes },
      }),
    );
    expect(() => checkSheetSize('fine.xlsx', SHEET_LIMITS.fileBytes)).not.toThrow();
  });
});

describe('counting a part of a workbook as it streams', () => {
  const scanned = (...chunks: string[]) => {
    const scanner = new PartScanner();
    for (const chunk of chunks) scanner.scan(chunk);
    return { rows: scanner.rows, strings: scanner.strings, longestText: scanner.longestText };
  };

  it('counts rows and shared strings once, wherever the pieces are cut, and no other tag', () => {
    expect(scanned('<sheetData><row r="1"><c/></row><row>\n</row><rows/><row\n/></sheetData>').rows).toBe(3);
    expect(scanned('<sst><si><t>a</t></si><si ><t>b</t></si><sheet/><sis/></sst>').strings).toBe(2);
    expect(scanned('<si a=""><si\tb=""><si>').strings).toBe(3);
    expect(scanned('<row a=""><row\nb=""><row>').rows).toBe(3);
    // Four characters kept from a piece: a whole '<si>' among them is not counted twice.
    expect(scanned('ab<si>', 'cd')).toMatchObject({ strings: 1 });
    const text = '<sheetData><row r="1"></row><row></row></sheetData><sst><si></si><si></si></sst>';
    for (let cut = 1; cut < text.length; cut++) {
      expect(scanned(text.slice(0, cut), text.slice(cut)), `cut at ${cut}`).toMatchObject({ rows: 2, strings: 2 });
    }
    // A tag cut after more than four characters of the piece before it.
    expect(scanned('abcdef<ro', 'w>', '</row>')).toMatchObject({ rows: 1 });
    expect(scanned('abcdef<s', 'i>', '</si>')).toMatchObject({ strings: 1 });
    expect(scanned(...'<row><row><si><si>'.split(''))).toMatchObject({ rows: 2, strings: 2 });
  });

  it('measures the longest text between two tags, across pieces', () => {
    expect(scanned('<t>abc</t><t>defgh</t>').longestText).toBe(5);
    expect(scanned('<t>ab', 'cd</t>').longestText).toBe(4);
    expect(scanned('ab>cdefg<h').longestText).toBe(5);
    expect(scanned('').longestText).toBe(0);
  });
});

describe('each limit of a workbook is named when it is passed', () => {
  /** Small limits, so that each is passed by a few kilobytes; the real ones are exercised above. */
  const LIMITS = { fileBytes: 1e6, xmlBytes: 40_000, rows: 100, columns: 10, cellCharacters: 50, sharedStrings: 200 };
  const parts = (xml: string) => zipSync({ 'xl/sharedStrings.xml': strToU8(xml) }, { level: 6 });
  const refusalOf = (bytes: Uint8Array, limits: SheetLimits = LIMITS) => {
    try {
      checkWorkbookBounds(bytes, 'call.xlsx', limits);
      return null;
    } catch (error) {
      return error as JurydeskError;
    }
  };

  it('the rows, the shared strings, the longest text and the XML as a whole, each with its limit', () => {
    expect(refusalOf(parts('<row>'.repeat(LIMITS.rows)))).toBeNull();
    expect(refusalOf(parts('<row>'.repeat(LIMITS.rows + 1)))).toMatchObject({
      code: 'sheet.too-large',
      details: { path: 'call.xlsx', what: '@sheet-rows', limit: LIMITS.rows },
    });
    expect(refusalOf(parts('<si>'.repeat(LIMITS.sharedStrings)))).toBeNull();
    expect(refusalOf(parts('<si>'.repeat(LIMITS.sharedStrings + 1)))).toMatchObject({
      details: { what: '@sheet-shared-strings', limit: LIMITS.sharedStrings },
    });
    expect(refusalOf(parts(`<t>${'x'.repeat(LIMITS.cellCharacters * 6)}</t>`))).toBeNull();
    expect(refusalOf(parts(`<t>${'x'.repeat(LIMITS.cellCharacters * 6 + 1)}</t>`))).toMatchObject({
      details: { what: '@sheet-cell-characters', limit: LIMITS.cellCharacters },
    });
    const wide = '<a/>'.repeat(LIMITS.xmlBytes / 4);
    expect(refusalOf(parts(wide))).toBeNull();
    expect(refusalOf(parts(`${wide}<b/>`))).toMatchObject({
      details: { what: '@sheet-xml-bytes', limit: LIMITS.xmlBytes },
    });
    // Parts that are not XML are not inflated, so not counted.
    expect(refusalOf(zipSync({ 'xl/media/image1.png': strToU8('<row>'.repeat(LIMITS.rows + 1)) }))).toBeNull();
  });

  it('counts the XML of every part together, and says a damaged zip is not a workbook', () => {
    const half = '<a/>'.repeat(LIMITS.xmlBytes / 8);
    expect(refusalOf(zipSync({ 'a.xml': strToU8(half), 'b.xml': strToU8(half) }))).toBeNull();
    const two = zipSync({ 'a.xml': strToU8(half), 'b.xml': strToU8(`${half}<b/>`) }, { level: 6 });
    expect(refusalOf(two)).toMatchObject({ details: { what: '@sheet-xml-bytes' } });
    const text = Array.from({ length: 2000 }, (_, index) => `<row r="${index}"/>`).join('');
    const damaged = parts(text);
    damaged.fill(0xff, 60, 120);
    expect(refusalOf(damaged)).toMatchObject({ code: 'sheet.unreadable-xlsx', details: { path: 'call.xlsx' } });
    expect(refusalOf(parts(text).subarray(0, 100))).toMatchObject({
      code: 'sheet.unreadable-xlsx',
      details: { path: 'call.xlsx' },
    });
  });

  it('counts what lies past the first piece of a part, and characters cut between two pieces once', () => {
    // Text deflate cannot shrink much, so that it is fed, and inflated, in many pieces.
    let state = 7;
    const noise = (length: number, alphabet: string) =>
      Array.from({ length }, () => alphabet[(state = (state * 48271) % 2147483647) % alphabet.length]).join('');
    // The rows come after the padding, so they are inflated in a later piece than the first.
    const padding = `<a b="${noise(400_000, 'abcdefghijklmnopqrstuvwxyz0123456789')}"/>`;
    const padded = (rows: number) => parts(`${padding}${'<row>'.repeat(rows)}`);
    const roomy = { ...LIMITS, xmlBytes: 1e8, cellCharacters: 1e6 };
    expect(refusalOf(padded(LIMITS.rows), roomy)).toBeNull();
    expect(refusalOf(padded(LIMITS.rows + 1), roomy)).toMatchObject({ details: { what: '@sheet-rows' } });
    // Two-byte characters across many pieces: each is one character, never two halves.
    const wide = { ...LIMITS, xmlBytes: 1e8, cellCharacters: 100_000 };
    const cell = noise(wide.cellCharacters * 6, 'éèêëàâäîïôöùûüçœæÉÈÀÇ');
    const text = zipSync({ 's.xml': strToU8(`<t>${cell}</t>`) }, { level: 6 });
    expect(() => checkWorkbookBounds(text, 'call.xlsx', wide)).not.toThrow();
  });
});
