import type { catalogue } from '@core/catalogue';
import { createTranslator } from '@core/catalogue';
import { describeFailure, type Failure, type Language } from '@core/errors';

type Translate = ReturnType<typeof createTranslator>;
export type CliErrorKey = keyof (typeof catalogue)['en']['cli']['errors'];
type Params = Readonly<Record<string, string | number>>;

/** How a failure of the command line's own is said in a language: most are one sentence of the catalogue. */
type Saying = (t: Translate, language: Language) => string;

/**
 * A failure of the command line's own (arguments, files, spreadsheets), said from the catalogue like core's. A
 * mistyped command exits 2, any other failure 1: a script can tell its own mistake from a refused file.
 */
export class CliError extends Error {
  constructor(
    private readonly saying: Saying,
    readonly exitCode: 1 | 2 = 1,
    /** A stable name for scripts (`verify --json`): the catalogue key, when the sentence is one. */
    readonly code: string = 'cli.failure',
  ) {
    super(saying(createTranslator('en', 'cli'), 'en'));
    this.name = 'CliError';
  }

  /** The catalogue's sentence `errors.<key>` of the `cli` namespace. */
  static of(key: CliErrorKey, params: Params = {}): CliError {
    return new CliError((t) => t(`errors.${key}`, params), 1, `cli.${key}`);
  }

  /** The command was mistyped: an option, a value or an argument it does not take. */
  static usage(saying: Saying): CliError {
    return new CliError(saying, 2, 'cli.usage');
  }

  /** The catalogue's sentence `errors.<key>`, for a mistyped command. */
  static usageOf(key: CliErrorKey, params: Params = {}): CliError {
    return new CliError((t) => t(`errors.${key}`, params), 2, `cli.${key}`);
  }

  text(language: Language): string {
    return this.saying(createTranslator(language, 'cli'), language);
  }
}

/** Core's sentence for a failure, followed at a command line by what to type about it (an option, a variable). */
export function failureSentence(failure: Failure, language: Language): string {
  const hint = createTranslator(language, 'cli')(`hints.${failure.code}`, { ...failure.details, defaultValue: '' });
  const sentence = describeFailure(failure, language);
  return hint ? `${sentence} ${hint}` : sentence;
}

/** Values named in a sentence, quoted as the language quotes: « a », « b » or “a”, “b”. */
export function quoted(values: readonly string[], language: Language): string {
  return values.map((value) => (language === 'fr' ? `«\u202f${value}\u202f»` : `“${value}”`)).join(', ');
}

export function cliLanguage(environment: Record<string, string | undefined>): Language {
  const locale = environment.LC_ALL || environment.LC_MESSAGES || environment.LANG || '';
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
