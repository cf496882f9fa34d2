import { describe, expect, it } from 'vitest';
import { elide, frenchOrdinalDay } from '@core/french';

describe('elision in filled-in French sentences', () => {
  it.each([
    ['la note de Aïcha', 'la note d’Aïcha'],
    ['celui de Hélène', 'celui d’Hélène'],
    ['celui de Henri ou de Hortense', 'celui d’Henri ou d’Hortense'],
    ['Que il vienne', 'Qu’il vienne'],
    ['De Éclo', 'D’Éclo'],
    ['le avis, la œuvre', 'l’avis, l’œuvre'],
    ['je ai, ne est, se est', 'j’ai, n’est, s’est'],
    ['jusque à, lorsque il, puisque elle', 'jusqu’à, lorsqu’il, puisqu’elle'],
    ['de ÉCLO et de Ulysse', 'd’ÉCLO et d’Ulysse'],
  ])('%s → %s', (filled, written) => {
    expect(elide(filled)).toBe(written);
  });

  it.each([
    'de Karim',
    'de Hauts-de-France',
    'de Hugo',
    'de Hyères',
    'de haut en bas',
    'redemandez-le à son expéditeur',
    'la ou les colonnes',
    'de et de',
    'décide',
    'unde été',
    'l’ordre de 12',
  ])('leaves « %s » as it is', (text) => {
    expect(elide(text)).toBe(text);
  });
});

describe('the first of a month', () => {
  const parts = (day: string): Intl.DateTimeFormatPart[] => [
    { type: 'day', value: day },
    { type: 'literal', value: ' ' },
    { type: 'month', value: 'décembre' },
    { type: 'literal', value: ' ' },
    { type: 'year', value: '2026' },
  ];

  it('is written « 1er », every other day as its number', () => {
    expect(frenchOrdinalDay(parts('1'))).toBe('1er décembre 2026');
    expect(frenchOrdinalDay(parts('2'))).toBe('2 décembre 2026');
    expect(frenchOrdinalDay(parts('11'))).toBe('11 décembre 2026');
    expect(frenchOrdinalDay([{ type: 'year', value: '1' }])).toBe('1');
  });
});
