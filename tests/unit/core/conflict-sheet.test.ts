import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { conflictsFromSheet, readSheet, type Sheet, type SheetLibraries } from '@core/calls';

const libraries = { Papa, ExcelJS } as unknown as SheetLibraries;
const ROSTER = [
  { id: 'karim-benali', name: 'Karim Benali' },
  { id: 'sophie-lefevre', name: 'Sophie Lefèvre' },
];
const APPLICATIONS = [
  { id: 'C2027-001', name: 'Clic’Solidaire' },
  { id: 'C2027-008', name: 'Mobilité Clé' },
];

async function sheet(text: string, name = 'conflicts.csv'): Promise<Sheet> {
  const read = await readSheet(new TextEncoder().encode(text), name, libraries);
  if (!read.ok) throw new Error(read.error.code);
  return read.value;
}

describe('conflicts of interest from a spreadsheet', () => {
  it('names jurors and applications by id or name, without case or accents, each pair once', async () => {
    const reading = conflictsFromSheet(
      await sheet(
        [
          'Juré;Candidature;Motif',
          'Karim Benali;Mobilité Clé;Sa banque finance la structure.',
          'sophie lefevre;c2027-001;Ancienne salariée',
          'SOPHIE LEFÈVRE;Clic’Solidaire;Listed twice',
          ';;',
          'karim-benali;C2027-001;',
        ].join('\n'),
      ),
      ROSTER,
      APPLICATIONS,
      [{ jurorId: 'karim-benali', applicationId: 'C2027-001' }],
    );
    expect(reading.added).toEqual([
      { jurorId: 'karim-benali', applicationId: 'C2027-008', reason: 'Sa banque finance la structure.' },
      { jurorId: 'sophie-lefevre', applicationId: 'C2027-001', reason: 'Ancienne salariée' },
    ]);
    expect(reading.problems).toEqual([]);
  });

  it('says each row it cannot read, by its number, and never guesses', async () => {
    const reading = conflictsFromSheet(
      await sheet('Juror,Application,Reason\nKarim Benalli,Mobilité Clé,typo\nKarim Benali,Unknown project,\n'),
      ROSTER,
      APPLICATIONS,
      [],
    );
    expect(reading.added).toEqual([]);
    expect(reading.problems).toEqual([
      { row: 2, kind: 'unknown-juror', value: 'Karim Benalli' },
      { row: 3, kind: 'unknown-application', value: 'Unknown project' },
    ]);
    const headless = conflictsFromSheet(await sheet('Name,Project\nKarim,X\n'), ROSTER, APPLICATIONS, []);
    expect(headless).toEqual({ added: [], problems: [{ row: 1, kind: 'missing-columns' }] });
  });
});

describe('a conflicts spreadsheet’s untidy rows', () => {
  it('reads names with runs of spaces, skips a row naming no one, and says what a short row lacks', async () => {
    const reading = conflictsFromSheet(
      await sheet(
        [
          'Juré;Candidature;Motif',
          'Karim   Benali;  Mobilité\tClé ;  Sa banque  ',
          ';;a stray note',
          'Sophie Lefèvre',
          ' Zoé Inconnue ;C2027-001;',
        ].join('\n'),
      ),
      ROSTER,
      APPLICATIONS,
      [],
    );
    expect(reading.added).toEqual([{ jurorId: 'karim-benali', applicationId: 'C2027-008', reason: 'Sa banque' }]);
    expect(reading.problems).toEqual([
      { row: 4, kind: 'unknown-application', value: '' },
      { row: 5, kind: 'unknown-juror', value: 'Zoé Inconnue' },
    ]);
  });
});
