import { parseArgs } from 'node:util';
import { describeFailure, JurydeskError, type Language } from '../core/errors';
import { bundleCommand } from './bundle-command';
import { CliError, cliLanguage } from './cli-error';
import { deliberateCommand, exportCommand } from './deliberation-commands';
import { keygen } from './keygen';
import { mergeCommand } from './merge-command';
import { verifyCommand } from './verify-command';

const USAGE = `Jurydesk command line

  keygen --out FILE [--comment TEXT]
      Makes an Ed25519 key pair: FILE (private, mode 0600) and FILE.pub.

  bundle --call CALL.json --applications FILE.csv|FILE.xlsx [--files DIR]
         --key KEY --out OUT.jurybundle [--previous OLD.jurybundle] [--issued-at TIMESTAMP]
      Signs a call bundle from a call description and a spreadsheet of applications.

  merge --bundle B.jurybundle SCORES.juryscores... [--json] [--method mean|median|trimmed-mean] [--z-score] [--strict]
      Merges score files: a ranking, or with --json the results as a deliberation holds them and
      the merge report. Exit 1 when any file is refused, naming it and the reason.

  deliberate --bundle B --scores S.juryscores... --decisions FILE.csv|FILE.xlsx --key KEY --out OUT.jurydelib
             [--method mean|median|trimmed-mean] [--z-score] [--minutes FILE] [--revision N]
      Signs a deliberation from score files and a spreadsheet of decisions (columns applicationId,
      outcome, rationale); outcome capacities are enforced.

  export FILE.jurydelib --bundle B --format csv|csv-fr|xlsx --out FILE [--language fr|en]
      Writes a verified deliberation as CSV (RFC 4180, or csv-fr for Excel in France) or XLSX.

  verify FILE [--bundle B.jurybundle] [--allowed-signers FILE]
      Checks any Jurydesk file and says what it is, who signed it and what it holds.
      Exit 0 when valid, 1 with one sentence when not.
`;

function required(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') {
    throw new CliError(`The option --${name} is required (see --help).`, `L’option --${name} est obligatoire (voir --help).`);
  }
  return value;
}

function optional(values: Record<string, unknown>, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

async function run(argv: string[], log: (line: string) => void, language: Language): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'keygen': {
      const { values } = parseArgs({ args: rest, options: { out: { type: 'string' }, comment: { type: 'string' } } });
      log(await keygen(required(values, 'out'), optional(values, 'comment') ?? ''));
      return 0;
    }
    case 'bundle': {
      const { values } = parseArgs({
        args: rest,
        options: {
          call: { type: 'string' },
          applications: { type: 'string' },
          files: { type: 'string' },
          key: { type: 'string' },
          out: { type: 'string' },
          previous: { type: 'string' },
          'issued-at': { type: 'string' },
        },
      });
      const filesDirectory = optional(values, 'files');
      const previousPath = optional(values, 'previous');
      const issuedAt = optional(values, 'issued-at');
      await bundleCommand(
        {
          callPath: required(values, 'call'),
          applicationsPath: required(values, 'applications'),
          keyPath: required(values, 'key'),
          outPath: required(values, 'out'),
          ...(filesDirectory ? { filesDirectory } : {}),
          ...(previousPath ? { previousPath } : {}),
          ...(issuedAt ? { issuedAt } : {}),
        },
        log,
      );
      return 0;
    }
    case 'verify': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { bundle: { type: 'string' }, 'allowed-signers': { type: 'string' } },
      });
      const [filePath] = positionals;
      if (!filePath || positionals.length > 1) {
        throw new CliError('Give exactly one file to verify (see --help).', 'Indiquez exactement un fichier à vérifier (voir --help).');
      }
      const bundlePath = optional(values, 'bundle');
      const allowedSignersPath = optional(values, 'allowed-signers');
      log(
        await verifyCommand({
          filePath,
          ...(bundlePath ? { bundlePath } : {}),
          ...(allowedSignersPath ? { allowedSignersPath } : {}),
        }),
      );
      return 0;
    }
    case 'merge': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          bundle: { type: 'string' },
          json: { type: 'boolean' },
          method: { type: 'string' },
          'z-score': { type: 'boolean' },
          strict: { type: 'boolean' },
        },
      });
      const aggregate = optional(values, 'method') ?? 'mean';
      if (aggregate !== 'mean' && aggregate !== 'median' && aggregate !== 'trimmed-mean') {
        throw new CliError('--method is mean, median or trimmed-mean.', '--method vaut mean, median ou trimmed-mean.');
      }
      if (positionals.length === 0) throw new CliError('Give at least one score file (see --help).', 'Indiquez au moins un fichier de notes (voir --help).');
      return mergeCommand(
        {
          bundlePath: required(values, 'bundle'),
          scorePaths: positionals,
          json: values.json === true,
          method: { aggregate, normalization: values['z-score'] === true ? 'z-score' : 'none' },
          strict: values.strict === true,
          language,
        },
        (text) => log(text.replace(/\n$/, '')),
      );
    }
    case 'deliberate': {
      const { values } = parseArgs({
        args: rest,
        options: {
          bundle: { type: 'string' },
          scores: { type: 'string', multiple: true },
          decisions: { type: 'string' },
          key: { type: 'string' },
          out: { type: 'string' },
          method: { type: 'string' },
          'z-score': { type: 'boolean' },
          minutes: { type: 'string' },
          revision: { type: 'string' },
          'decided-at': { type: 'string' },
        },
        allowPositionals: true,
      });
      const aggregate = optional(values, 'method') ?? 'mean';
      if (aggregate !== 'mean' && aggregate !== 'median' && aggregate !== 'trimmed-mean') {
        throw new CliError('--method is mean, median or trimmed-mean.', '--method vaut mean, median ou trimmed-mean.');
      }
      const minutesPath = optional(values, 'minutes');
      const decidedAt = optional(values, 'decided-at');
      await deliberateCommand(
        {
          bundlePath: required(values, 'bundle'),
          scorePaths: values.scores ?? [],
          decisionsPath: required(values, 'decisions'),
          keyPath: required(values, 'key'),
          outPath: required(values, 'out'),
          method: { aggregate, normalization: values['z-score'] === true ? 'z-score' : 'none' },
          revision: Number(optional(values, 'revision') ?? '1'),
          ...(minutesPath ? { minutesPath } : {}),
          ...(decidedAt ? { decidedAt } : {}),
        },
        log,
      );
      return 0;
    }
    case 'export': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { bundle: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, language: { type: 'string' } },
      });
      const format = optional(values, 'format') ?? 'csv';
      if (format !== 'csv' && format !== 'csv-fr' && format !== 'xlsx') throw new CliError('--format is csv, csv-fr or xlsx.', '--format vaut csv, csv-fr ou xlsx.');
      const [filePath] = positionals;
      if (!filePath) throw new CliError('Give the deliberation to export (see --help).', 'Indiquez la délibération à exporter (voir --help).');
      await exportCommand(
        { filePath, bundlePath: required(values, 'bundle'), format, outPath: required(values, 'out'), language: (optional(values, 'language') ?? language) === 'fr' ? 'fr' : 'en' },
        log,
      );
      return 0;
    }
    case undefined:
    case '--help':
    case 'help':
      log(USAGE);
      return 0;
    default:
      throw new CliError(`Unknown command “${command}” (see --help).`, `Commande inconnue « ${command} » (voir --help).`);
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
    return await run(argv, (line) => output.out(`${line}\n`), language);
  } catch (error) {
    let message: string;
    if (error instanceof JurydeskError) message = describeFailure(error, language);
    else if (error instanceof CliError) message = error[language];
    else if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      message = `${error.message} (see --help).`;
    } else throw error;
    output.err(`${language === 'fr' ? 'Erreur :' : 'Error:'} ${message}\n`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('src/cli/main.ts')) {
  process.exitCode = await main(process.argv.slice(2));
}
