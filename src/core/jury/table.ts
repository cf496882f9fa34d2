import { type BundleManifest, factOrder, fieldLabelText, labelText, type Deliberation } from '../documents';

export type Cell = string | number | null;

export interface Table {
  headers: string[];
  rows: Cell[][];
}

const HEADERS = {
  en: [
    'Rank',
    'Application id',
    'Application',
    'Outcome',
    'Rationale',
    'n',
    'Mean',
    'Median',
    'SD',
    'Min',
    'Max',
    'Calibrated',
    'Flags',
  ],
  fr: [
    'Rang',
    'Identifiant',
    'Candidature',
    'Issue',
    'Motivation',
    'n',
    'Moyenne',
    'Médiane',
    'Écart-type',
    'Min',
    'Max',
    'Calibrée',
    'Alertes',
  ],
};

/** Flags as a reader of that language names them; English keeps the codes, which scripts may already match. */
const FLAG_LABELS: Readonly<Record<'fr' | 'en', Readonly<Record<string, string>>>> = {
  en: {},
  fr: { disagreement: 'désaccord', 'near-cutoff': 'près de la limite', 'single-evaluation': 'une seule évaluation' },
};

function factCell(value: string | number | boolean | undefined): Cell {
  return value === undefined ? null : typeof value === 'boolean' ? String(value) : value;
}

/**
 * One row per application, in rank order: what staff need from a deliberation, for any spreadsheet — its
 * results, the decision, and the facts it was filed with, under their labels.
 */
export function deliberationTable(
  deliberation: Pick<Deliberation, 'results' | 'decisions'>,
  manifest: BundleManifest,
  language: 'fr' | 'en',
): Table {
  const names = new Map(manifest.applications.map((application) => [application.id, application.name]));
  const outcomes = new Map(manifest.outcomes.map((outcome) => [outcome.id, labelText(outcome.label, language)]));
  const decisions = new Map(deliberation.decisions.map((decision) => [decision.applicationId, decision]));
  const results = new Map(deliberation.results.map((result) => [result.applicationId, result]));
  const order = [...manifest.applications].sort(
    (a, b) => (results.get(a.id)?.rank ?? Infinity) - (results.get(b.id)?.rank ?? Infinity),
  );
  const facts = factOrder(manifest);
  return {
    headers: [
      ...HEADERS[language],
      ...manifest.criteria.map((criterion) => labelText(criterion.label, language)),
      ...facts.map((key) => fieldLabelText(manifest, key, language)),
    ],
    rows: order.map((application) => {
      const result = results.get(application.id);
      const decision = decisions.get(application.id);
      return [
        result?.rank ?? null,
        application.id,
        names.get(application.id) ?? application.id,
        decision ? (outcomes.get(decision.outcome) ?? decision.outcome) : null,
        decision?.rationale ?? null,
        result?.n ?? 0,
        result?.mean ?? null,
        result?.median ?? null,
        result?.sd ?? null,
        result?.min ?? null,
        result?.max ?? null,
        result?.calibrated ?? null,
        result?.flags.map((flag) => FLAG_LABELS[language][flag] ?? flag).join(', ') ?? '',
        ...manifest.criteria.map((criterion) => result?.criteria[criterion.id]?.mean ?? null),
        ...facts.map((key) => factCell(application.fields?.[key])),
      ];
    }),
  };
}

/**
 * What makes a spreadsheet read a cell as a formula: =, +, - and @, their fullwidth and small forms (which
 * spreadsheets fold to the ASCII ones), and a tab or a line break before any of them.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/;

/**
 * A text cell a spreadsheet would run as a formula gets a leading apostrophe, so that a rationale, a name or a
 * criterion label can never become code in staff's spreadsheet (OWASP CSV injection).
 */
export function neutralize(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The header and every row with each text cell neutralized: what a spreadsheet writer may write as it is. */
export function safeRows(table: Table): Cell[][] {
  return [table.headers, ...table.rows].map((row) =>
    row.map((cell) => (typeof cell === 'string' ? neutralize(cell) : cell)),
  );
}

export type CsvVariant = 'rfc4180' | 'excel-fr';

/**
 * RFC 4180 CSV (comma, CRLF, quotes doubled), or the variant Excel opens directly in France: semicolons,
 * decimal commas and a UTF-8 BOM so that accents survive.
 */
export function toCsv(table: Table, variant: CsvVariant): string {
  const separator = variant === 'excel-fr' ? ';' : ',';
  const cell = (value: Cell): string => {
    if (value === null) return '';
    const text =
      typeof value === 'number'
        ? variant === 'excel-fr'
          ? String(value).replace('.', ',')
          : String(value)
        : neutralize(value);
    return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [table.headers.map(cell), ...table.rows.map((row) => row.map(cell))].map((row) => row.join(separator));
  return `${variant === 'excel-fr' ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

/**
 * The part of ExcelJS the XLSX export uses. The renderer loads ExcelJS on demand and the command line imports it:
 * each hands its own in, so that core stays free of it and both write the very same workbook.
 */
export interface WorkbookLibrary {
  Workbook: new () => {
    addWorksheet(name: string): { addRow(values: Cell[]): unknown; getRow(index: number): { font: unknown } };
    xlsx: { writeBuffer(): Promise<ArrayBuffer | Uint8Array> };
  };
}

/** A table as an XLSX workbook of one sheet: header in bold, every text cell neutralized. */
export async function toXlsx(table: Table, sheetName: string, library: WorkbookLibrary): Promise<Uint8Array> {
  const workbook = new library.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of safeRows(table)) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
