import { parseArgs } from 'node:util';
import type { Language } from '@core/errors';
import { CliError, quoted, type CliErrorKey } from './cli-error';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** What the value is, as the help shows it (`--out FILE`); options of type boolean take none. */
  readonly value?: string;
  readonly required?: boolean;
  /**
   * Takes several values: repeated (`--scores a --scores b`), and every argument that follows it up to the next
   * option (`--scores a b c`, which is what a shell glob gives).
   */
  readonly list?: boolean;
}

export interface CommandSpec {
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** How many arguments the command takes besides its options, and what they are, as the help shows them. */
  readonly positionals: { readonly min: number; readonly max: number; readonly name?: string };
}

export interface ParsedCommand {
  readonly values: Readonly<Record<string, string | boolean | string[] | undefined>>;
  readonly positionals: readonly string[];
}

/** What is wrong with the arguments, and where the command's help is. */
function refuse(
  command: string,
  key: CliErrorKey,
  params: (language: Language) => Readonly<Record<string, string>> = () => ({}),
): never {
  throw CliError.usage((t, language) =>
    t('errors.usage', { problem: t(`errors.${key}`, { command, ...params(language) }), command }),
  );
}

/**
 * A command's arguments, read as the usage shows them and refused when anything is left unused: an unknown option,
 * an option given twice, a flag given a value, a value missing, an argument the command does not take. A file
 * named on the command line and then ignored would sign or report results computed without it.
 */
export function parseCommand(command: string, args: readonly string[], spec: CommandSpec): ParsedCommand {
  const { tokens } = parseArgs({
    args: [...args],
    strict: false,
    allowPositionals: true,
    tokens: true,
    options: Object.fromEntries(
      Object.entries(spec.options).map(([name, option]) => [
        name,
        { type: option.type, multiple: option.list ?? false },
      ]),
    ),
  });
  const values: Record<string, string | boolean | string[] | undefined> = {};
  const positionals: string[] = [];
  const unknown: string[] = [];
  let openList: string | null = null;
  for (const token of tokens) {
    if (token.kind === 'option-terminator') {
      openList = null;
      continue;
    }
    if (token.kind === 'positional') {
      if (openList) (values[openList] as string[]).push(token.value);
      else positionals.push(token.value);
      continue;
    }
    openList = null;
    const option = spec.options[token.name];
    if (!option) {
      unknown.push(token.rawName);
      continue;
    }
    if (option.type === 'boolean') {
      if (token.value !== undefined) refuse(command, 'optionTakesNoValue', () => ({ option: token.name }));
      if (values[token.name] !== undefined) refuse(command, 'optionTwice', () => ({ option: token.name }));
      values[token.name] = true;
      continue;
    }
    if (token.value === undefined || token.value === '' || (!token.inlineValue && token.value.startsWith('--'))) {
      refuse(command, 'optionNeedsValue', () => ({ option: token.name }));
    }
    if (option.list) {
      values[token.name] = [...((values[token.name] as string[] | undefined) ?? []), token.value];
      openList = token.name;
    } else {
      if (values[token.name] !== undefined) refuse(command, 'optionTwice', () => ({ option: token.name }));
      values[token.name] = token.value;
    }
  }
  if (unknown.length > 0) {
    refuse(command, 'unknownOptions', (language) => ({ options: quoted(unknown, language) }));
  }
  if (positionals.length > spec.positionals.max) {
    const extra = positionals.slice(spec.positionals.max);
    refuse(command, spec.positionals.max === 0 ? 'noArguments' : 'unusedArguments', (language) => ({
      values: quoted(extra, language),
    }));
  }
  for (const [name, option] of Object.entries(spec.options)) {
    if (option.required && values[name] === undefined) refuse(command, 'optionRequired', () => ({ option: name }));
  }
  return { values, positionals };
}

export function requiredOption(command: string, values: ParsedCommand['values'], name: string): string {
  const value = values[name];
  if (typeof value !== 'string') refuse(command, 'optionRequired', () => ({ option: name }));
  return value;
}

export function optionalOption(values: ParsedCommand['values'], name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

export function listOption(values: ParsedCommand['values'], name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? value : [];
}
