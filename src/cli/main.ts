import { createTranslator } from '@core/catalogue';
import type { Method } from '@core/jury';
import { describeFailure, JurydeskError, type Language } from '@core/errors';
import {
  listOption,
  optionalOption,
  parseCommand,
  requiredOption,
  type CommandSpec,
  type ParsedCommand,
} from './arguments';
import { bundleCommand } from './bundle-command';
import { CliError, cliLanguage } from './cli-error';
import { deliberateCommand, exportCommand } from './deliberation-commands';
import { keygen } from './keygen';
import { mergeCommand } from './merge-command';
import { verifyCommand } from './verify-command';

const COMMANDS = {
  keygen: { options: { out: { type: 'string' }, comment: { type: 'string' } }, positionals: { min: 0, max: 0 } },
  bundle: {
    options: {
      call: { type: 'string' },
      applications: { type: 'string' },
      files: { type: 'string' },
      key: { type: 'string' },
      out: { type: 'string' },
      previous: { type: 'string' },
      'issued-at': { type: 'string' },
      'allow-past-retention': { type: 'boolean' },
    },
    positionals: { min: 0, max: 0 },
  },
  verify: {
    options: { bundle: { type: 'string' }, 'allowed-signers': { type: 'string' } },
    positionals: { min: 1, max: 1 },
  },
  merge: {
    options: {
      bundle: { type: 'string' },
      json: { type: 'boolean' },
      method: { type: 'string' },
      'z-score': { type: 'boolean' },
      strict: { type: 'boolean' },
    },
    positionals: { min: 1, max: Infinity },
  },
  deliberate: {
    options: {
      bundle: { type: 'string' },
      scores: { type: 'string', list: true },
      decisions: { type: 'string' },
      key: { type: 'string' },
      out: { type: 'string' },
      method: { type: 'string' },
      'z-score': { type: 'boolean' },
      minutes: { type: 'string' },
      revision: { type: 'string' },
      'decided-at': { type: 'string' },
    },
    positionals: { min: 0, max: 0 },
  },
  export: {
    options: {
      bundle: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      language: { type: 'string' },
      'allowed-signers': { type: 'string' },
    },
    positionals: { min: 1, max: 1 },
  },
} as const satisfies Record<string, CommandSpec>;

function aggregateOption(values: ParsedCommand['values']): Method['aggregate'] {
  const aggregate = optionalOption(values, 'method') ?? 'mean';
  if (aggregate !== 'mean' && aggregate !== 'median' && aggregate !== 'trimmed-mean') {
    throw CliError.of('method');
  }
  return aggregate;
}

async function run(
  argv: string[],
  log: (line: string) => void,
  warn: (line: string) => void,
  language: Language,
): Promise<number> {
  const [command, ...rest] = argv;
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
      const issuedAt = optionalOption(values, 'issued-at');
      await bundleCommand(
        {
          callPath: requiredOption(command, values, 'call'),
          applicationsPath: requiredOption(command, values, 'applications'),
          keyPath: requiredOption(command, values, 'key'),
          outPath: requiredOption(command, values, 'out'),
          allowPastRetention: values['allow-past-retention'] === true,
          ...(filesDirectory ? { filesDirectory } : {}),
          ...(previousPath ? { previousPath } : {}),
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
      if (!filePath) throw CliError.of('verifyNeedsFile');
      const bundlePath = optionalOption(values, 'bundle');
      const allowedSignersPath = optionalOption(values, 'allowed-signers');
      log(
        await verifyCommand({
          filePath,
          language,
          ...(bundlePath ? { bundlePath } : {}),
          ...(allowedSignersPath ? { allowedSignersPath } : {}),
        }),
      );
      return 0;
    }
    case 'merge': {
      const { values, positionals } = parseCommand(command, rest, COMMANDS.merge);
      const aggregate = aggregateOption(values);
      if (positionals.length === 0) throw CliError.of('mergeNeedsScores');
      return mergeCommand(
        {
          bundlePath: requiredOption(command, values, 'bundle'),
          scorePaths: [...positionals],
          json: values.json === true,
          method: { aggregate, normalization: values['z-score'] === true ? 'z-score' : 'none' },
          strict: values.strict === true,
          language,
        },
        (text) => log(text.replace(/\n$/, '')),
      );
    }
    case 'deliberate': {
      const { values } = parseCommand(command, rest, COMMANDS.deliberate);
      const aggregate = aggregateOption(values);
      const scorePaths = listOption(values, 'scores');
      if (scorePaths.length === 0) throw CliError.of('deliberateNeedsScores');
      const minutesPath = optionalOption(values, 'minutes');
      const decidedAt = optionalOption(values, 'decided-at');
      const revision = Number(optionalOption(values, 'revision') ?? '1');
      if (!Number.isSafeInteger(revision) || revision < 1) throw CliError.of('revision');
      await deliberateCommand(
        {
          language,
          bundlePath: requiredOption(command, values, 'bundle'),
          scorePaths,
          decisionsPath: requiredOption(command, values, 'decisions'),
          keyPath: requiredOption(command, values, 'key'),
          outPath: requiredOption(command, values, 'out'),
          method: { aggregate, normalization: values['z-score'] === true ? 'z-score' : 'none' },
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
      if (format !== 'csv' && format !== 'csv-fr' && format !== 'xlsx') throw CliError.of('format');
      const [filePath] = positionals;
      if (!filePath) throw CliError.of('exportNeedsFile');
      const allowedSignersPath = optionalOption(values, 'allowed-signers');
      await exportCommand(
        {
          filePath,
          bundlePath: requiredOption(command, values, 'bundle'),
          format,
          outPath: requiredOption(command, values, 'out'),
          language: (optionalOption(values, 'language') ?? language) === 'fr' ? 'fr' : 'en',
          ...(allowedSignersPath ? { allowedSignersPath } : {}),
        },
        log,
      );
      return 0;
    }
    case undefined:
    case '--help':
    case 'help':
      log(createTranslator(language, 'cli')('usage'));
      return 0;
    default:
      throw CliError.of('unknownCommand', { command });
  }
}

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processOutput: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Runs one command; returns the exit code. Expected failures print one sentence, never a stack trace. */
export async function main(
  argv: string[],
  environment: Record<string, string | undefined> = process.env,
  output: Output = processOutput,
): Promise<number> {
  const language = cliLanguage(environment);
  try {
    return await run(
      argv,
      (line) => output.out(`${line}\n`),
      (line) => output.err(`${line}\n`),
      language,
    );
  } catch (error) {
    let message: string;
    if (error instanceof JurydeskError) message = describeFailure(error, language);
    else if (error instanceof CliError) message = error.text(language);
    else throw error;
    output.err(`${createTranslator(language, 'cli')('error', { message })}\n`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('src/cli/main.ts')) {
  process.exitCode = await main(process.argv.slice(2));
}
