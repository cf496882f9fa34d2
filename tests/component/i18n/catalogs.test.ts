// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '@core/catalogue';
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
  it('have the same keys and the same placeholders in every namespace', () => {
    for (const namespace of Object.keys(catalogue.en) as Array<keyof typeof catalogue.en>) {
      const english = leaves(catalogue.en[namespace]);
      const french = leaves(catalogue.fr[namespace]);
      expect([...french.keys()].sort(), namespace).toEqual([...english.keys()].sort());
      for (const [key, text] of english)
        expect(placeholders(french.get(key) ?? ''), `${namespace}:${key}`).toEqual(placeholders(text));
    }
  });

  it('give core’s sentences in both languages, with the same placeholders', () => {
    const braces = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const namespace of ['errors', 'phrases'] as const) {
      const [english, french] = [catalogue.en[namespace], catalogue.fr[namespace]];
      expect(Object.keys(french).sort()).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(english))
        expect(braces((french as Record<string, string>)[key] ?? ''), key).toEqual(braces(text));
    }
  });

  it('hold every key the interface asks for', () => {
    const english = leaves(catalogue.en.app);
    const known = (key: string) => english.has(key) || english.has(`${key}_one`);
    const root = 'src/renderer/src';
    const sources = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => /\.tsx?$/.test(file));
    const missing: string[] = [];
    for (const file of sources) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const [, key] of text.matchAll(/\bt\(\s*'([\w.]+)'/g)) if (!known(key!)) missing.push(`${file}: ${key}`);
      // A key built from a value (`staff.mode.${mode}`): something must live under its fixed part.
      for (const [, prefix] of text.matchAll(/\bt\(\s*`([\w.]+)\$\{/g)) {
        if (![...english.keys()].some((key) => key.startsWith(prefix!))) missing.push(`${file}: ${prefix}…`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('French is chosen on a French system, English otherwise', () => {
    expect(systemLanguage(['fr-FR', 'en-US'])).toBe('fr');
    expect(systemLanguage(['fr'])).toBe('fr');
    expect(systemLanguage(['en-GB', 'fr-FR'])).toBe('en');
    expect(systemLanguage(['de-DE'])).toBe('en');
  });
});
