/**
 * Bundles the staff command line into one file, `dist-cli/jurydesk.mjs`, the package's `jurydesk` bin: started
 * by Node alone, without compiling TypeScript at every run. Runs at `npm install` (prepare) and from `npm run
 * cli` whenever a source is newer than the bundle.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUNDLE = join(ROOT, 'dist-cli', 'jurydesk.mjs');
/** What the bundle is made from: a change to any of these makes it stale. */
export const CLI_SOURCES = [join(ROOT, 'src', 'cli'), join(ROOT, 'src', 'core'), join(ROOT, 'package.json')];

export async function buildCli() {
  const { outputFiles } = await build({
    write: false,
    entryPoints: [join(ROOT, 'src', 'cli', 'bin.ts')],
    outfile: CLI_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: join(ROOT, 'tsconfig.node.json'),
    // ES modules first: only what is used of hash-wasm's many algorithms is kept.
    mainFields: ['module', 'main'],
    // ExcelJS is most of the code and only `bundle` and `export` need it: it is loaded from node_modules then.
    external: ['exceljs'],
    // CommonJS dependencies (tweetnacl) still call require() for Node's built-ins.
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as jurydeskRequire } from 'node:module';\nconst require = jurydeskRequire(import.meta.url);",
    },
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  // Written aside, then renamed: a command started meanwhile (tests run side by side) reads the old file or the new.
  mkdirSync(dirname(CLI_BUNDLE), { recursive: true });
  const written = `${CLI_BUNDLE}.${process.pid}`;
  writeFileSync(written, outputFiles[0].contents, { mode: 0o755 });
  renameSync(written, CLI_BUNDLE);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
