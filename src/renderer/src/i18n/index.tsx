import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '../../../core/errors';
import { messages, type MessageKey } from './messages';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
  formatNumber: (value: number) => string;
  formatBytes: (bytes: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

/** French on a French system, English otherwise (brief §4). */
export function systemLanguage(locales: readonly string[]): Language {
  return locales[0]?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function I18nProvider({ initial, children }: { initial: Language; children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(initial);
  const value = useMemo<I18n>(() => {
    const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
    const numbers = new Intl.NumberFormat(locale);
    const formatNumber = (value: number) => numbers.format(value);
    return {
      language,
      setLanguage: (next) => {
        document.documentElement.lang = next;
        setLanguage(next);
      },
      t: (key, values = {}) =>
        messages[language][key].replace(/\{(\w+)\}/g, (placeholder, name: string) => {
          const value = values[name];
          return value === undefined ? placeholder : typeof value === 'number' ? formatNumber(value) : value;
        }),
      formatNumber,
      formatBytes: (bytes) =>
        new Intl.NumberFormat(locale, { style: 'unit', unit: bytes >= 1e6 ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 }).format(
          bytes >= 1e6 ? bytes / 1e6 : bytes / 1e3,
        ),
    };
  }, [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
