import type { SheetLibraries } from '@core/calls';

/** PapaParse and ExcelJS, loaded when staff first read a spreadsheet: nobody else pays for them. */
export async function sheetLibraries(): Promise<SheetLibraries> {
  const [{ default: Papa }, { default: ExcelJS }] = await Promise.all([import('papaparse'), import('exceljs')]);
  return { Papa, ExcelJS } as unknown as SheetLibraries;
}
