import { describeFailure, type Failure, type Language } from '@core/errors';

/** A failure of the command line's own (arguments, files, spreadsheets), in both languages like core's. */
export class CliError extends Error {
  constructor(
    readonly en: string,
    readonly fr: string,
  ) {
    super(en);
    this.name = 'CliError';
  }
}

export function cliLanguage(environment: Record<string, string | undefined>): Language {
  const locale = environment.LC_ALL || environment.LC_MESSAGES || environment.LANG || '';
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function failureText(failure: Failure, language: Language): string {
  return describeFailure(failure, language);
}
