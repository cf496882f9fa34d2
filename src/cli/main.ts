import { createTranslator } from '@core/catalogue';
import {
  DEFAULT_RESAMPLES,
  DEFAULT_SEED,
  MAX_RESAMPLES,
  type MethodChoice,
  type UncertaintySettings,
} from '@core/jury';
import { JurydeskError, type Language } from '@core/errors';
import { listOption, optionalOption, parseCommand, requiredOption, type ParsedCommand } from './arguments';
import { bundleCommand } from './bundle-command';
import { CliError, cliLanguage, failureSentence } from './cli-error';
import { COMMANDS, isCommandName, type CommandName } from './commands';
import { deliberateCommand, exportCommand } from './deliberation-commands';
import { commandHelp, overviewHelp } from './help';
import { keygen } from './keygen';
import { mergeCommand } from './merge-command';
import { verifyCommand } from './verify-command';
import { packageVersion } from './version';

/** The method options as given; what is left out is recommended from the score files once they are read. */
function methodChoice(values: ParsedCommand['values']): MethodChoice {
  const aggregate = optionalOption(values, 'method');
  if (aggregate !== undefined && aggregate !== 'mean' && aggregate !== 'median' && aggregate !== 'trimmed-mean') {
    throw CliError.usageOf('method');
  }
  const normalization = optionalOption(values, 'normalization');
  if (
    normalization !== undefined &&
    normalization !== 'none' &&
    normalization !== 'z-score' &&
    normalization !== 'bias-model'
  ) {
    throw CliError.usageOf('normalization');
  }
  // --z-score is kept from before --normalization: the same as --normalization z-score.
  if (values['z-score'] === true && normalization !== undefined && normalization !== 'z-score') {
    throw CliError.usageOf('normalizationTwice');
  }
  const chosen = normalization ?? (values['z-score'] === true ? 'z-score' : undefined);
  return { ...(aggregate ? { aggregate } : {}), ...(chosen ? { normalization: chosen } : {}) };
}

function wholeNumberOption(values: ParsedCommand['values'], name: 'resamples' | 'seed', min: number, max: number) {
  const given = optionalOption(values, name);
  if (given === undefined) return undefined;
  const value = Number(given);
  if (!/^\d+$/.test(given) || value < min || value > max) throw CliError.usageOf(name);
  return value;
}

function uncertaintyOption(values: ParsedCommand['values']): UncertaintySettings {
  return {
    resamples: wholeNumberOption(values, 'resamples', 1, MAX_RESAMPLES) ?? DEFAULT_RESAMPLES,
    seed: wholeNumberOption(values, 'seed', 0, 0xffff_ffff) ?? DEFAULT_SEED,
  };
}

async function run(
  command: CommandName,
  rest: readonly string[],
  log: (line: string) => void,
  warn: (line: string) => void,
  language: Language,
): Promise<number> {
  switch (command) {
    case 'keygen': {
      const { values } = parseCommand(command, rest, COMMANDS.keygen);
      log(await keygen(requiredOption(command, values, 'out'), optionalOption(values, 'comment') ?? '', language));
      return 0;
    }
    case 'bundle': {
      const { values } = parseCommand(command, rest, COMMANDS.bundle);
      const filesDirectory = optionalOption(values, 'files');
      const previousPath = optionalOption(values, 'previous');
      const handOver = optionalOption(values, 'hand-over');
      const issuedAt = optionalOption(values, 'issued-at');
      await bundleCommand(
        {
          callPath: requiredOption(command, values, 'call'),
          applicationsPath: requiredOption(command, values, 'applications'),
          keyPath: requiredOption(command, values, 'key'),
          outPath: requiredOption(command, values, 'out'),
          force: values.force === true,
          allowPastRetention: values['allow-past-retention'] === true,
          declarations: values.declarations === true,
          ...(filesDirectory ? { filesDirectory } : {}),
          ...(previousPath ? { previousPath } : {}),
          ...(handOver !== undefined ? { handOver } : {}),
          ...(issuedAt ? { issuedAt } : {}),
        },
        log,
        warn,
        language,
      );
      return 0;
    }
    case 'verify': {
      const { values, positionals } = parseCommand(command, rest, COMMANDS.verify);
      const [filePath] = positionals;
      if (!filePath) throw CliError.usageOf('verifyNeedsFile');
      const bundlePath = optionalOption(values, 'bundle');
      const allowedSignersPath = optionalOption(values, 'allowed-signers');
      const verifying = verifyCommand({
        filePath,
        language,
        ...(bundlePath ? { bundlePath } : {}),
        ...(allowedSignersPath ? { allowedSignersPath } : {}),
      });
      if (values.json !== true) {
        log((await verifying).text);
        return 0;
      }
      try {
        log(JSON.stringify((await verifying).json, null, 2));
        return 0;
      } catch (error) {
        const failure = failureOf(error, language);
        if (!failure) throw error;
        log(JSON.stringify({ valid: false, file: filePath, error: failure }, null, 2));
        return 1;
      }
    }
    case 'merge': {
      const { values, positionals } = parseCommand(command, rest, COMMANDS.merge);
      const choice = methodChoice(values);
      const uncertainty = uncertaintyOption(values);
      if (positionals.length === 0) throw CliError.usageOf('mergeNeedsScores');
      return mergeCommand(
        {
          bundlePath: requiredOption(command, values, 'bundle'),
          scorePaths: [...positionals],
          json: values.json === true,
          choice,
          uncertainty,
          strict: values.strict === true,
          language,
        },
        (text) => log(text.replace(/\n$/, '')),
      );
    }
    case 'deliberate': {
      const { values } = parseCommand(command, rest, COMMANDS.deliberate);
      const choice = methodChoice(values);
      const uncertainty = uncertaintyOption(values);
      const scorePaths = listOption(values, 'scores');
      if (scorePaths.length === 0) throw CliError.usageOf('deliberateNeedsScores');
      const minutesPath = optionalOption(values, 'minutes');
      const decidedAt = optionalOption(values, 'decided-at');
      const revision = Number(optionalOption(values, 'revision') ?? '1');
      if (!Number.isSafeInteger(revision) || revision < 1) throw CliError.usageOf('revision');
      await deliberateCommand(
        {
          language,
          bundlePath: requiredOption(command, values, 'bundle'),
          scorePaths,
          decisionsPath: requiredOption(command, values, 'decisions'),
          keyPath: requiredOption(command, values, 'key'),
          outPath: requiredOption(command, values, 'out'),
          force: values.force === true,
          choice,
          uncertainty,
          revision,
          ...(minutesPath ? { minutesPath } : {}),
          ...(decidedAt ? { decidedAt } : {}),
        },
        log,
        warn,
      );
      return 0;
    }
    case 'export': {
      const { values, positionals } = parseCommand(command, rest, COMMANDS.export);
      const format = optionalOption(values, 'format') ?? 'csv';
      if (format !== 'csv' && format !== 'csv-fr' && format !== 'xlsx') throw CliError.usageOf('format');
      const [filePath] = positionals;
      if (!filePath) throw CliError.usageOf('exportNeedsFile');
      const allowedSignersPath = optionalOption(values, 'allowed-signers');
      await exportCommand(
        {
          filePath,
          bundlePath: requiredOption(command, values, 'bundle'),
          format,
          outPath: requiredOption(command, values, 'out'),
          force: values.force === true,
          language,
          ...(allowedSignersPath ? { allowedSignersPath } : {}),
        },
        log,
      );
      return 0;
    }
  }
}

/** An expected failure's code and sentence; undefined for a defect, which must surface with its stack. */
function failureOf(error: unknown, language: Language): { code: string; message: string } | undefined {
  if (error instanceof JurydeskError) return { code: error.code, message: failureSentence(error, language) };
  if (error instanceof CliError) return { code: error.code, message: error.text(language) };
  return undefined;
}

/** Every command takes `--language fr|en` (before any `--`): it is taken out before the command reads the rest. */
function takeLanguage(argv: readonly string[]): { language: Language | null; args: string[] } {
  const args: string[] = [];
  let language: Language | null = null;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--') {
      args.push(...argv.slice(index));
      break;
    }
    const inline = /^--language=(.*)$/.exec(argument);
    if (argument !== '--language' && !inline) {
      args.push(argument);
      continue;
    }
    const value = inline ? inline[1] : argv[++index];
    if (value !== 'fr' && value !== 'en') throw CliError.usageOf('language');
    language = value;
  }
  return { language, args };
}

function asksForHelp(args: readonly string[]): boolean {
  const beforeTerminator = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
  return beforeTerminator.includes('--help') || beforeTerminator.includes('-h');
}

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processOutput: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/**
 * Runs one command; returns the exit code: 0 done or valid, 1 refused or invalid, 2 mistyped. Expected failures print
 * one sentence, never a stack trace.
 */
export async function main(
  argv: string[],
  environment: Record<string, string | undefined> = process.env,
  output: Output = processOutput,
): Promise<number> {
  let language = cliLanguage(environment);
  const out = (text: string) => output.out(`${text}\n`);
  try {
    const { language: chosen, args } = takeLanguage(argv);
    language = chosen ?? language;
    const t = createTranslator(language, 'cli');
    const [command, ...rest] = args;
    if (command === '--version' || command === '-V') {
      out(`jurydesk ${packageVersion()}`);
      return 0;
    }
    if (command === undefined) {
      output.err(`${overviewHelp(t, packageVersion())}\n`);
      return 2;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      const [topic] = rest;
      out(topic && isCommandName(topic) ? commandHelp(topic, t) : overviewHelp(t, packageVersion()));
      return 0;
    }
    if (!isCommandName(command)) throw CliError.usageOf('unknownCommand', { command });
    if (asksForHelp(rest)) {
      out(commandHelp(command, t));
      return 0;
    }
    return await run(command, rest, out, (line) => output.err(`${line}\n`), language);
  } catch (error) {
    const failure = failureOf(error, language);
    if (!failure) throw error;
    output.err(`${createTranslator(language, 'cli')('error', { message: failure.message })}\n`);
    return error instanceof CliError ? error.exitCode : 1;
  }
}
