// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { en } from '@renderer/i18n/en';
import { fr } from '@renderer/i18n/fr';
import { systemLanguage } from '@renderer/i18n';

function leaves(catalog: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [inner, text] of leaves(value as object, `${prefix}${key}.`)) out.set(inner, text);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('the French and English catalogs', () => {
  it('have the same keys and the same placeholders', () => {
    const english = leaves(en);
    const french = leaves(fr);
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english) expect(placeholders(french.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('French is chosen on a French system, English otherwise', () => {
    expect(systemLanguage(['fr-FR', 'en-US'])).toBe('fr');
    expect(systemLanguage(['fr'])).toBe('fr');
    expect(systemLanguage(['en-GB', 'fr-FR'])).toBe('en');
    expect(systemLanguage(['de-DE'])).toBe('en');
  });
});
