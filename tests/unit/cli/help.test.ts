import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/cli/arguments';
import { COMMANDS, type CommandName } from '../../../src/cli/commands';
import { cli } from '../../support/cli';
import { temporaryDirectory } from '../../support/ssh-keygen';

const DEMO = join(import.meta.dirname, '..', '..', '..', 'resources', 'demo');
const BUNDLE = join(DEMO, 'demo.jurybundle');
const NADIA = join(DEMO, 'scores', 'nadia-haddad.juryscores');
const NAMES = Object.keys(COMMANDS) as CommandName[];
const VERSION = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'package.json'), 'utf8')) as { version: string }
).version;

/** The words of a shell command line, quotes honoured: what the shell hands to the command. */
function shellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
}

describe('the command line explains itself', () => {
  it.each(['en', 'fr'] as const)('jurydesk --help lists every command with what it does (%s)', async (language) => {
    const run = await cli(['--help'], language);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    for (const name of NAMES) expect(run.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    expect(run.stdout).toContain(`Jurydesk ${VERSION}`);
    expect(run.stdout).toContain('--version');
    expect(run.stdout).toMatch(language === 'fr' ? /Code de sortie\u202f: 0 .* 1 .* 2 / : /Exit status: 0 .* 1 .* 2 /);
    expect(run.stdout).not.toMatch(/help\.[a-z]|\{\{/);
  });

  it.each(NAMES.flatMap((name) => [[name, 'en'] as const, [name, 'fr'] as const]))(
    'jurydesk %s --help shows its usage, each option and an example that the command accepts (%s)',
    async (name, language) => {
      const run = await cli([name, '--help'], language);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(new RegExp(`^(Usage|Utilisation\u202f?): jurydesk ${name} `));
      for (const option of Object.keys(COMMANDS[name].options))
        expect(run.stdout, option).toMatch(new RegExp(`^  --${option}( \\S+)? +\\S`, 'm'));
      expect(run.stdout).not.toMatch(/help\.[a-z]|\{\{/);
      const example = /^(?:Example|Exemple\u202f?):\n {2}(.+)$/m.exec(run.stdout)?.[1];
      expect(example).toMatch(new RegExp(`^jurydesk ${name} `));
      const [, command, ...args] = shellWords(example!);
      expect(command).toBe(name);
      expect(() => parseCommand(name, args, COMMANDS[name])).not.toThrow();
    },
  );

  it('help works wherever it is asked: before or after the options, as “help <command>”, or with -h', async () => {
    const full = (await cli(['verify', '--help'])).stdout;
    expect((await cli(['help', 'verify'])).stdout).toBe(full);
    expect((await cli(['verify', BUNDLE, '--bundle', BUNDLE, '-h'])).stdout).toBe(full);
    expect((await cli(['verify', '--help', '--language', 'fr'])).stdout).toMatch(/^Utilisation/);
  });

  it('--version prints the version of the package', async () => {
    const run = await cli(['--version']);
    expect(run).toEqual({ code: 0, stdout: `jurydesk ${VERSION}\n`, stderr: '' });
  });

  it('--language overrides the system’s language, for every command', async () => {
    const run = await cli(['verify', NADIA, '--language', 'fr'], 'en');
    expect(run.stdout).toMatch(/^Fichier de notes valide\u202f: /);
    const english = await cli(['--language=en', 'verify', NADIA], 'fr');
    expect(english.stdout).toMatch(/^Valid score file: /);
  });
});

describe('exit codes: 0 done or valid, 1 refused or invalid, 2 mistyped', () => {
  it.each([
    [[], /^Jurydesk /],
    [['frobnicate'], /^Error: Unknown command “frobnicate”/],
    [['verify'], /^Error: Give the file to verify/],
    [['verify', BUNDLE, '--bundel', BUNDLE], /^Error: verify has no option “--bundel” \(see jurydesk verify --help\)/],
    [['merge', NADIA], /^Error: The option --bundle is required \(see jurydesk merge --help\)/],
    [['merge', '--bundle', BUNDLE, NADIA, '--method', 'mode'], /^Error: --method is mean, median or trimmed-mean/],
    [['export', 'x.jurydelib', '--bundle', BUNDLE, '--out', 'x', '--format', 'ods'], /^Error: --format is csv/],
    [['verify', NADIA, '--language', 'de'], /^Error: --language is fr or en/],
    [['keygen', '--out'], /^Error: The option --out needs a value/],
  ])('%j exits 2 and says what is wrong on stderr', async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it('a valid file exits 0; a tampered or missing one exits 1 with one sentence', async () => {
    expect((await cli(['verify', NADIA, '--bundle', BUNDLE])).code).toBe(0);
    const directory = temporaryDirectory();
    const tampered = join(directory, 'tampered.jurybundle');
    const bytes = readFileSync(BUNDLE);
    const inPdf = bytes.indexOf('%PDF') + 20;
    bytes[inPdf] = bytes[inPdf]! ^ 1;
    writeFileSync(tampered, bytes);
    const refused = await cli(['verify', tampered]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    const missing = await cli(['verify', join(directory, 'absent.jurybundle')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^Error: Cannot read /);
  });
});

describe('jurydesk verify --json', () => {
  it('gives a script the facts of a valid file', async () => {
    const run = await cli(['verify', NADIA, '--bundle', BUNDLE, '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      valid: true,
      kind: 'scores',
      file: NADIA,
      signer: { role: 'juror', id: 'nadia-haddad', name: 'Nadia Haddad' },
      call: { id: 'cap-inclusion-2027-demo', bundleSequence: 1 },
      revision: 1,
      evaluations: { complete: 11, recused: 1 },
      checkedAgainstBundle: BUNDLE,
    });
    expect(report.signer.fingerprint).toMatch(/^SHA256:/);
    expect(report.sha256).toMatch(/^[0-9a-f]{64}$/);

    const bundle = JSON.parse((await cli(['verify', BUNDLE, '--json'], 'fr')).stdout);
    expect(bundle).toMatchObject({
      valid: true,
      kind: 'bundle',
      signer: { role: 'staff' },
      applications: 12,
      criteria: 4,
      jurors: 5,
      attachments: 12,
      checkedAgainstBundle: null,
    });
    // Machine formats stay machine formats whatever the language: the title in French, the numbers as numbers.
    expect(bundle.call.title).toBe('Cap Inclusion — Appel 2027 (démonstration)');
    expect(typeof bundle.bytes).toBe('number');
  });

  it('gives the code and the sentence of an invalid file on stdout, exit 1, and nothing on stderr', async () => {
    const directory = temporaryDirectory();
    const run = await cli(['verify', join(directory, 'absent.juryscores'), '--json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      valid: false,
      file: join(directory, 'absent.juryscores'),
      error: {
        code: 'cli.cannotRead',
        message: `Cannot read “${join(directory, 'absent.juryscores')}”: check the path.`,
      },
    });
    const scores = readdirSync(join(DEMO, 'scores')).filter((name) => name !== 'nadia-haddad.juryscores');
    const other = join(DEMO, 'scores', scores[0]!);
    const bytes = readFileSync(other);
    bytes[bytes.length - 200] = bytes[bytes.length - 200]! ^ 1;
    writeFileSync(join(directory, 'broken.juryscores'), bytes);
    const broken = JSON.parse((await cli(['verify', join(directory, 'broken.juryscores'), '--json'])).stdout);
    expect(broken.valid).toBe(false);
    expect(broken.error.code).toMatch(/^[a-z-]+\.[a-z-]+$/);
  });
});
