import { describe, expect, it } from 'vitest';
import type { BundleManifest } from '@core/documents';
import { deliberationTable, neutralize, safeRows, toCsv, type Table } from '@core/jury/table';
import { sampleKeys, sampleManifest } from '../../support/fixtures';

const FORMULA_STARTS = [
  '=',
  '+',
  '-',
  '@',
  '\t=',
  '\r=',
  '\n=',
  '\uFF1D',
  '\uFF0B',
  '\uFF0D',
  '\uFF20',
  '\uFE66',
  '\uFE62',
  '\uFE63',
  '\uFE6B',
];

describe('cells a spreadsheet would run as formulas', () => {
  it.each(FORMULA_STARTS)('a cell starting with %j gets a leading apostrophe', (start) => {
    expect(neutralize(`${start}HYPERLINK("http://evil.example")`)).toBe(`'${start}HYPERLINK("http://evil.example")`);
  });

  it('leaves other text as it is, formula characters inside it included', () => {
    for (const text of ['Modèle solide', '4 = 2 + 2', 'x@y.fr', '', "'déjà neutre", ' =espace devant'])
      expect(neutralize(text)).toBe(text);
  });

  it('neutralizes the header row as well as the rows, in CSV and in the rows a spreadsheet writer is given', () => {
    const table: Table = {
      headers: ['Rank', '＝IMPORTXML("http://evil.example")', '﹦1+1'],
      rows: [
        [1, '+33 bénéficiaires', '@chair'],
        [2, null, 'fine'],
      ],
    };
    expect(safeRows(table)).toEqual([
      ['Rank', '\'＝IMPORTXML("http://evil.example")', "'﹦1+1"],
      [1, "'+33 bénéficiaires", "'@chair"],
      [2, null, 'fine'],
    ]);
    expect(toCsv(table, 'rfc4180')).toBe(
      'Rank,"\'＝IMPORTXML(""http://evil.example"")",\'﹦1+1\r\n1,\'+33 bénéficiaires,\'@chair\r\n2,,fine\r\n',
    );
    expect(toCsv(table, 'excel-fr').startsWith('\uFEFFRank;"\'＝IMPORTXML(""http://evil.example"")";\'﹦1+1\r\n')).toBe(
      true,
    );
  });
});

describe('the deliberation as a table for staff', () => {
  it('names the flags in the reader’s language, English keeping the codes scripts match', async () => {
    const manifest = (await sampleManifest(await sampleKeys())) as unknown as BundleManifest;
    const result = {
      applicationId: 'alpha',
      rank: 1,
      n: 3,
      mean: 62.5,
      median: 60,
      sd: 30,
      min: 20,
      max: 90,
      calibrated: null,
      criteria: {},
      flags: ['disagreement', 'near-cutoff'],
    };
    const deliberation = { results: [result], decisions: [] } as unknown as Parameters<typeof deliberationTable>[0];
    const flagsOf = (language: 'fr' | 'en') => {
      const table = deliberationTable(deliberation, manifest, language);
      return table.rows[0]![table.headers.indexOf(language === 'fr' ? 'Alertes' : 'Flags')];
    };
    expect(flagsOf('fr')).toBe('désaccord, près de la limite');
    expect(flagsOf('en')).toBe('disagreement, near-cutoff');
  });

  it('lists the facts in the order staff gave them, then any other fact the applications carry', async () => {
    const manifest = (await sampleManifest(await sampleKeys())) as unknown as BundleManifest;
    const deliberation = { results: [], decisions: [] } as unknown as Parameters<typeof deliberationTable>[0];
    const factHeaders = (fieldOrder?: string[]) =>
      deliberationTable(
        { ...deliberation },
        { ...manifest, ...(fieldOrder ? { fieldOrder } : {}) },
        'en',
      ).headers.slice(-3);
    expect(factHeaders(['esus', 'region'])).toEqual(['esus', 'region', 'beneficiaries']);
    expect(factHeaders(['beneficiaries', 'esus', 'region'])).toEqual(['beneficiaries', 'esus', 'region']);
  });
});
