import i18next, { type i18n as Translator, type InitOptions } from 'i18next';
import type { Language } from '../errors';
import { elide } from '../french';
import { en as englishApp } from './en/app';
import { cli as englishCli } from './en/cli';
import { errors as englishErrors, phrases as englishPhrases } from './en/errors';
import { main as englishMain } from './en/main';
import { fr as frenchApp } from './fr/app';
import { cli as frenchCli } from './fr/cli';
import { errors as frenchErrors, phrases as frenchPhrases } from './fr/errors';
import { main as frenchMain } from './fr/main';

/**
 * Every sentence of Jurydesk, one file per language and namespace (docs/LANGUAGE.md): the interface (`app`), the
 * desktop app's menus and dialogs (`main`), the command line (`cli`), and core's errors with the phrases they embed
 * (`errors`, `phrases`: their placeholders are `{name}`, filled by `describeFailure`).
 */
export const catalogue = {
  en: { app: englishApp, main: englishMain, cli: englishCli, errors: englishErrors, phrases: englishPhrases },
  fr: { app: frenchApp, main: frenchMain, cli: frenchCli, errors: frenchErrors, phrases: frenchPhrases },
} as const;

export type Namespace = keyof (typeof catalogue)['en'];

/** Elisions a filled-in value calls for (« d’Aïcha »), in French only: the templates themselves are written right. */
export const frenchTypography = {
  type: 'postProcessor' as const,
  name: 'frenchTypography',
  process: (value: string, _key: string | string[], _options: unknown, translator: { language?: string }) =>
    translator.language === 'fr' ? elide(value) : value,
};

/** The options every translator of the app starts from: the language, the catalogue, French typography. */
export function translatorOptions(language: Language, defaultNS: Namespace): InitOptions {
  return {
    lng: language,
    fallbackLng: 'en',
    resources: catalogue,
    ns: Object.keys(catalogue.en),
    defaultNS,
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
    postProcess: ['frenchTypography'],
  };
}

/** A translator for one namespace, outside React: the desktop app's main process, the command line. */
export function createTranslator(language: Language, namespace: Namespace): Translator['t'] {
  const instance = i18next.createInstance();
  void instance.use(frenchTypography).init(translatorOptions(language, namespace));
  return instance.t;
}
