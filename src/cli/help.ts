import type { createTranslator } from '@core/catalogue';
import type { CommandSpec, OptionSpec } from './arguments';
import { COMMANDS, type CommandName } from './commands';

type Translate = ReturnType<typeof createTranslator>;

/** `FILE.csv|FILE.xlsx` → « FICHIER.csv|FICHIER.xlsx »: the capitalised words are names, the rest is literal. */
function valueName(value: string, t: Translate): string {
  return value.replace(/\b[A-Z]+\b/g, (word) => t(`help.values.${word}`));
}

function optionUsage(name: string, option: OptionSpec, t: Translate): string {
  return option.value ? `--${name} ${valueName(option.value, t)}` : `--${name}`;
}

/** `verify FILE [--bundle B.jurybundle] [--json]`: required options bare, the others in brackets. */
export function synopsis(name: CommandName, t: Translate): string {
  const spec: CommandSpec = COMMANDS[name];
  const options = Object.entries(spec.options).map(([option, value]) =>
    value.required ? optionUsage(option, value, t) : `[${optionUsage(option, value, t)}]`,
  );
  return [name, ...(spec.positionals.name ? [valueName(spec.positionals.name, t)] : []), ...options].join(' ');
}

/** Rows of a two-column list, the second column aligned. */
function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length)) + 3;
  return rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`);
}

function globalOptions(t: Translate, withVersion: boolean): string[] {
  return [
    t('help.everyCommand'),
    ...table([
      ['--language fr|en', t('help.global.language')],
      ['--help', t('help.global.help')],
      ...(withVersion ? ([['--version', t('help.global.version')]] as const) : []),
    ]),
  ];
}

export function overviewHelp(t: Translate, version: string): string {
  return [
    t('help.overview', { version }),
    '',
    t('help.usage'),
    '',
    t('help.commands'),
    ...table((Object.keys(COMMANDS) as CommandName[]).map((name) => [name, t(`help.command.${name}.summary`)])),
    '',
    ...globalOptions(t, true),
    '',
    t('help.more'),
    t('help.exitStatus'),
  ].join('\n');
}

export function commandHelp(name: CommandName, t: Translate): string {
  const spec: CommandSpec = COMMANDS[name];
  return [
    t('help.commandUsage', { synopsis: synopsis(name, t) }),
    '',
    `${t(`help.command.${name}.summary`)}.`.replace(/^./, (first) => first.toUpperCase()),
    t(`help.command.${name}.description`),
    '',
    t('help.options'),
    ...table(
      Object.entries(spec.options).map(([option, value]) => [
        optionUsage(option, value, t),
        t(`help.command.${name}.options.${option}`),
      ]),
    ),
    '',
    ...globalOptions(t, false),
    '',
    t('help.example'),
    `  ${t(`help.command.${name}.example`)}`,
    '',
    t('help.exitStatus'),
  ].join('\n');
}
