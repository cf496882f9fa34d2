import i18next, { type i18n as I18nInstance } from 'i18next';
import { useCallback, useMemo, type ReactNode } from 'react';
import { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next';
import type { Language } from '@core/errors';
import { frenchTypography, translatorOptions } from '@core/catalogue';
import { frenchOrdinalDay } from '@core/french';
import { type BundleManifest, type Label, labelLanguage } from '@core/documents';

/** French on a French system, English otherwise (docs/DESIGN.md §5). */
export function systemLanguage(locales: readonly string[]): Language {
  return locales[0]?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function createI18n(language: Language): I18nInstance {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).use(frenchTypography).init(translatorOptions(language, 'app'));
  return instance;
}

export function I18nProvider({ initial, children }: { initial: Language; children: ReactNode }) {
  const instance = useMemo(() => createI18n(initial), [initial]);
  return <I18nextProvider i18n={instance}>{children}</I18nextProvider>;
}

/** « 1er décembre 2026 », “1 December 2026”. */
export function formatLongDate(
  value: string | Date,
  language: Language,
  time: Pick<Intl.DateTimeFormatOptions, 'timeStyle'> = {},
): string {
  const parts = new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', ...time }).formatToParts(
    new Date(value),
  );
  return language === 'fr' ? frenchOrdinalDay(parts) : parts.map((part) => part.value).join('');
}

function localeOf(language: Language): string {
  return language === 'fr' ? 'fr-FR' : 'en-GB';
}

/** The translation function plus the user's number, date and size formats, in the chosen language. */
export function useI18n() {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'fr' ? 'fr' : 'en';
  const locale = localeOf(language);
  const setLanguage = useCallback(
    (next: Language) => {
      document.documentElement.lang = next;
      void i18n.changeLanguage(next);
    },
    [i18n],
  );
  return useMemo(() => {
    const numbers = new Intl.NumberFormat(locale);
    return {
      t,
      language,
      locale,
      setLanguage,
      formatNumber: (value: number) => numbers.format(value),
      /** A number with exactly `digits` decimals, as the language writes it (« 43,8 »); a dash where there is none. */
      formatDecimal: (value: number | null | undefined, digits: number) =>
        value === null || value === undefined
          ? '—'
          : new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
              value,
            ),
      /** « A, B et C », “A, B and C”. */
      formatList: (items: readonly string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items),
      formatDate: (value: string | Date) => formatLongDate(value, language),
      formatDateTime: (value: string | Date) => formatLongDate(value, language, { timeStyle: 'short' }),
      formatBytes: (bytes: number) =>
        new Intl.NumberFormat(locale, {
          style: 'unit',
          unit: bytes >= 1e6 ? 'megabyte' : 'kilobyte',
          maximumFractionDigits: 1,
        }).format(bytes >= 1e6 ? bytes / 1e6 : bytes / 1e3),
    };
  }, [t, language, locale, setLanguage]);
}

/**
 * The `lang` of the bundle's own text (an application's answers, a criterion's label) where it is not the
 * interface's, so that a screen reader pronounces it in its language (docs/ACCESSIBILITY.md, language of parts).
 * Without a label: the bundle's plain texts, in its declared language.
 */
export function useContentLanguage(
  manifest: Pick<BundleManifest, 'call'> | undefined,
): (label?: Label) => string | undefined {
  const { language } = useI18n();
  const declared = manifest?.call.language;
  return useCallback(
    (label?: Label) => {
      const spoken = label === undefined ? declared : labelLanguage(label, language, declared);
      return spoken && spoken !== language ? spoken : undefined;
    },
    [language, declared],
  );
}
