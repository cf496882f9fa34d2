import { describe, expect, it } from 'vitest';
import { labelLanguage, labelText } from '@core/documents';

describe('the language of a label, as labelText picks it', () => {
  it('a plain text is in the bundle’s declared language, unknown when the bundle declares none', () => {
    expect(labelText('Innovation', 'en')).toBe('Innovation');
    expect(labelLanguage('Innovation', 'en', 'fr')).toBe('fr');
    expect(labelLanguage('Innovation', 'en', undefined)).toBeUndefined();
  });

  it('a translated label is in the reader’s language when it has one, whatever the bundle declares', () => {
    const label = { fr: 'Caractère innovant', en: 'Innovative character' };
    expect(labelText(label, 'en')).toBe('Innovative character');
    expect(labelLanguage(label, 'en', 'fr')).toBe('en');
    expect(labelLanguage(label, 'fr', 'en')).toBe('fr');
  });

  it('otherwise the language whose text is shown: French first, then English, then the first given', () => {
    expect(labelLanguage({ en: 'Impact', fr: 'Impact social' }, 'de', undefined)).toBe('fr');
    expect(labelLanguage({ es: 'Impacto', en: 'Impact' }, 'de', 'fr')).toBe('en');
    expect(labelText({ es: 'Impacto', en: 'Impact' }, 'de')).toBe('Impact');
    expect(labelText({ en: 'Impact', fr: 'Impact social' }, 'de')).toBe('Impact social');
    expect(labelLanguage({ es: 'Impacto', it: 'Impatto' }, 'de', 'fr')).toBe('es');
    expect(labelText({ es: 'Impacto', it: 'Impatto' }, 'de')).toBe('Impacto');
  });

  it('a label with no text at all reads as nothing, in no language', () => {
    expect(labelText({}, 'en')).toBe('');
    expect(labelLanguage({}, 'en', 'fr')).toBeUndefined();
  });
});
