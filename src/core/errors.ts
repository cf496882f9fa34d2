import { catalogue } from './catalogue';
import { elide } from './french';

export type Phrase = keyof (typeof catalogue)['en']['phrases'];

export function term(name: Phrase): string {
  return `@${name}`;
}

export type ErrorCode = keyof (typeof catalogue)['en']['errors'];
export type Language = 'fr' | 'en';
/** A name the bundle gives in several languages (a call's title, a criterion): each reader gets theirs. */
export type LocalizedText = Readonly<Record<string, string>>;
export type ErrorDetails = Readonly<Record<string, string | number | LocalizedText>>;

export interface Failure {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Failure };

const NUMBERS: Readonly<Record<Language, Intl.NumberFormat>> = {
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 }),
  fr: new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 6 }),
};

/**
 * The user's sentence for a failure, from the catalogue where every sentence of the app lives (docs/LANGUAGE.md):
 * numbers written as their language writes them, French elisions made.
 */
export function describeFailure(failure: Failure, language: Language): string {
  const fill = (template: string): string =>
    template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = failure.details[name];
      if (value === undefined) return placeholder;
      if (typeof value === 'number') return NUMBERS[language].format(value);
      if (typeof value === 'object') return value[language] ?? value.fr ?? value.en ?? Object.values(value)[0] ?? '';
      const text = String(value);
      const phrase = text.slice(1);
      return text.startsWith('@') && Object.hasOwn(catalogue.en.phrases, phrase)
        ? fill(catalogue[language].phrases[phrase as Phrase])
        : text;
    });
  const sentence = fill(catalogue[language].errors[failure.code]);
  return language === 'fr' ? elide(sentence) : sentence;
}

/** Thrown inside core and caught at each entry point, which turns it into a Failure value. */
export class JurydeskError extends Error implements Failure {
  constructor(
    readonly code: ErrorCode,
    readonly details: ErrorDetails = {},
  ) {
    super(describeFailure({ code, details }, 'en'));
    this.name = 'JurydeskError';
  }
}

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(catalogue.en.errors, value);
}

export function errorCodes(): ErrorCode[] {
  return Object.keys(catalogue.en.errors) as ErrorCode[];
}

/** Runs an entry point and converts the expected failures into values; anything else is a bug and keeps propagating. */
export async function asResult<T>(run: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (error instanceof JurydeskError) return { ok: false, error: { code: error.code, details: error.details } };
    throw error;
  }
}
