/**
 * `npm run cli -- <command>`: the built command line, rebuilt first when a source changed since it was built (so
 * that a clone being worked on never runs yesterday's code).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCli, CLI_BUNDLE, CLI_SOURCES } from './build-cli.mjs';

function newestChange(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

let builtAt = 0;
try {
  builtAt = statSync(CLI_BUNDLE).mtimeMs;
} catch {
  // Not built yet: built below.
}
if (Math.max(...CLI_SOURCES.map(newestChange)) > builtAt) await buildCli();
await import(pathToFileURL(CLI_BUNDLE).href);
