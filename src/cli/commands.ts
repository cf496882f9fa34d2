import type { CommandSpec } from './arguments';

/** Every command, its options and its arguments: what the parser accepts and what the help shows, from one place. */
export const COMMANDS = {
  keygen: {
    options: {
      out: { type: 'string', value: 'FILE', required: true },
      comment: { type: 'string', value: 'TEXT' },
    },
    positionals: { min: 0, max: 0 },
  },
  bundle: {
    options: {
      call: { type: 'string', value: 'CALL.json', required: true },
      applications: { type: 'string', value: 'FILE.csv|FILE.xlsx', required: true },
      files: { type: 'string', value: 'DIR' },
      key: { type: 'string', value: 'KEY', required: true },
      out: { type: 'string', value: 'OUT.jurybundle', required: true },
      force: { type: 'boolean' },
      previous: { type: 'string', value: 'OLD.jurybundle' },
      'hand-over': { type: 'string', value: 'REASON' },
      declarations: { type: 'boolean' },
      'issued-at': { type: 'string', value: 'TIMESTAMP' },
      'allow-past-retention': { type: 'boolean' },
    },
    positionals: { min: 0, max: 0 },
  },
  verify: {
    options: {
      bundle: { type: 'string', value: 'B.jurybundle' },
      'allowed-signers': { type: 'string', value: 'FILE' },
      json: { type: 'boolean' },
    },
    positionals: { min: 1, max: 1, name: 'FILE' },
  },
  merge: {
    options: {
      bundle: { type: 'string', value: 'B.jurybundle', required: true },
      json: { type: 'boolean' },
      method: { type: 'string', value: 'mean|median|trimmed-mean' },
      normalization: { type: 'string', value: 'none|z-score|bias-model' },
      'z-score': { type: 'boolean' },
      resamples: { type: 'string', value: 'N' },
      seed: { type: 'string', value: 'N' },
      strict: { type: 'boolean' },
    },
    positionals: { min: 1, max: Infinity, name: 'SCORES.juryscores...' },
  },
  deliberate: {
    options: {
      bundle: { type: 'string', value: 'B.jurybundle', required: true },
      scores: { type: 'string', value: 'S.juryscores...', list: true, required: true },
      decisions: { type: 'string', value: 'FILE.csv|FILE.xlsx', required: true },
      key: { type: 'string', value: 'KEY', required: true },
      out: { type: 'string', value: 'OUT.jurydelib', required: true },
      force: { type: 'boolean' },
      method: { type: 'string', value: 'mean|median|trimmed-mean' },
      normalization: { type: 'string', value: 'none|z-score|bias-model' },
      'z-score': { type: 'boolean' },
      resamples: { type: 'string', value: 'N' },
      seed: { type: 'string', value: 'N' },
      minutes: { type: 'string', value: 'FILE' },
      revision: { type: 'string', value: 'N' },
      'decided-at': { type: 'string', value: 'TIMESTAMP' },
    },
    positionals: { min: 0, max: 0 },
  },
  export: {
    options: {
      bundle: { type: 'string', value: 'B.jurybundle', required: true },
      format: { type: 'string', value: 'csv|csv-fr|xlsx' },
      out: { type: 'string', value: 'FILE', required: true },
      force: { type: 'boolean' },
      'allowed-signers': { type: 'string', value: 'FILE' },
    },
    positionals: { min: 1, max: 1, name: 'FILE.jurydelib' },
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}
