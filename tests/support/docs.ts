import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The shell block that follows `<!-- test: NAME -->` in a document, so tests run what the docs tell people to run. */
export function documentedScript(document: string, name: string): string {
  const text = readFileSync(join(import.meta.dirname, '..', '..', document), 'utf8');
  const marker = text.indexOf(`<!-- test: ${name} -->`);
  if (marker < 0) throw new Error(`${document} has no block named ${name}`);
  const match = /```sh\n([\s\S]*?)```/.exec(text.slice(marker));
  if (!match?.[1]) throw new Error(`${document}: no sh block after ${name}`);
  return match[1];
}
