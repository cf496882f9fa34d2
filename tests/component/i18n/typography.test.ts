// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { catalogue } from '@core/catalogue';
import { describeFailure } from '@core/errors';
import { elide } from '@core/french';
import { createI18n, formatLongDate } from '@renderer/i18n';

function leaves(catalog: object, prefix = ''): Array<[string, string]> {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value as object, `${prefix}${key}.`),
  );
}

const FRENCH = leaves(catalogue.fr);

/** The faults a French proofreader marks first. */
function faults(text: string): string[] {
  const found: string[] = [];
  if (/ [;:!?]/.test(text)) found.push('a plain space before ; : ! or ?');
  if (/[^\s\u202f\u00a0][;:!?](?=\s|$)/.test(text)) found.push('no space before ; : ! or ?');
  if (/« |«[^\u202f\u00a0]| »|[^\u202f\u00a0]»/.test(text)) found.push('« » without no-break spaces inside');
  if (/'/.test(text)) found.push('a straight apostrophe');
  if (/(?<![\p{L}’-])(de|que|le|la|je|ne|se) (?!(?:ou|et)(?!\p{L}))[aeiouyàâéèêîôûœ]/iu.test(text))
    found.push('a missing elision');
  if (/(?<!\d)1 (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)/.test(text))
    found.push('« 1 » for the first of a month');
  return found;
}

describe('French as a French reader writes it', () => {
  it('the catalogue and core’s sentences have none of the common faults', () => {
    const wrong = FRENCH.flatMap(([key, text]) => faults(text).map((fault) => `${key}: ${fault} — ${text}`));
    expect(wrong).toEqual([]);
  });

  it('the fault finder finds each fault it names', () => {
    expect(faults('Attention : ceci')).toContain('a plain space before ; : ! or ?');
    expect(faults('« Appel »')).toContain('« » without no-break spaces inside');
    expect(faults("l'appel")).toContain('a straight apostrophe');
    expect(faults('la note de Aïcha')).toContain('a missing elision');
    expect(faults('le 1 décembre')).toContain('« 1 » for the first of a month');
    expect(faults('Le 1er décembre, la note d’Aïcha\u202f: «\u202fAppel\u202f».')).toEqual([]);
  });

  it('sentences filled with names elide as French does, and leave an aspirated h alone', () => {
    expect(elide('la note de Aïcha, de Hélène, de Inès et de Karim')).toBe(
      'la note d’Aïcha, d’Hélène, d’Inès et de Karim',
    );
    expect(elide('De Éclo à Hugo, que il vienne de Hauts-de-France')).toBe(
      'D’Éclo à Hugo, qu’il vienne de Hauts-de-France',
    );
    expect(elide('Informe de une heure')).toBe('Informe d’une heure');
    expect(elide('redemandez-le à son expéditeur ; la ou les colonnes')).toBe(
      'redemandez-le à son expéditeur ; la ou les colonnes',
    );
    const i18n = createI18n('fr');
    expect(i18n.t('staff.jurorKey', { name: 'Aïcha Benali' })).toBe('Clé publique d’Aïcha Benali');
    expect(createI18n('en').t('staff.jurorKey', { name: 'Aïcha Benali' })).not.toContain('d’');
    expect(describeFailure({ code: 'restore.other-juror', details: { juror: 'Inès Martin' } }, 'fr')).toContain(
      'celui d’Inès Martin',
    );
  });

  it('numbers and dates in the reader’s way: « 12 500 », « 7,5 », « 1er décembre 2026 »', () => {
    expect(formatLongDate('2026-12-01T10:00:00Z', 'fr')).toBe('1er décembre 2026');
    expect(formatLongDate('2026-12-02T10:00:00Z', 'fr')).toBe('2 décembre 2026');
    expect(formatLongDate('2026-12-01T10:00:00Z', 'en')).toBe('1 December 2026');
    const sentence = describeFailure(
      {
        code: 'scores.out-of-scale',
        details: { value: 7.5, application: 'Alpha', criterion: 'Impact', min: 0, max: 12500, step: 0.5 },
      },
      'fr',
    );
    expect(sentence).toContain('7,5');
    expect(sentence).toContain('12\u202f500');
    expect(sentence).toContain('0,5');
  });
});
