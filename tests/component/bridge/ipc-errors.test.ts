import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { catalogue } from '@core/catalogue';
import { describeFailure, errorCodes, JurydeskError, type ErrorCode, type ErrorDetails } from '@core/errors';
import { IPC, ipcReplySchema, type DesktopApi } from '@core/ipc';
import { handleIpc } from '../../../src/main/ipc';
import { desktopBridge } from '../../../src/renderer/src/bridge/desktop';

vi.mock('electron', () => ({}));

const SOURCE = join(import.meta.dirname, '..', '..', '..', 'src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'catalogue' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The text between a `{` and its matching `}`. */
function braced(text: string, open: number): string {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === '{') depth++;
    else if (text[index] === '}' && --depth === 0) return text.slice(open + 1, index);
  }
  return '';
}

/** The names of an object literal's top-level properties (`{ a, b: f(x), c }` → a, b, c); null with a spread. */
function topLevelKeys(body: string): string[] | null {
  let depth = 0;
  let flat = '';
  for (const character of body) {
    if ('{(['.includes(character)) depth++;
    if (depth === 0) flat += character;
    if ('})]'.includes(character)) depth--;
  }
  if (flat.includes('...')) return null;
  return [...flat.matchAll(/(?:^|,)\s*(?:'([\w-]+)'|([A-Za-z_]\w*))\s*(?=[:,]|$)/g)].map(
    (match) => match[1] ?? match[2]!,
  );
}

/**
 * Every place the code of the product makes a failure with a literal code: `new JurydeskError('code', {…})` and
 * `{ code: 'code', details: {…} }`, with the names of the details it gives (null when they are not written out).
 */
function producers(): { code: string; keys: string[] | null; where: string }[] {
  const found: { code: string; keys: string[] | null; where: string }[] = [];
  for (const path of sourceFiles(SOURCE)) {
    const text = readFileSync(path, 'utf8');
    for (const match of text.matchAll(/new JurydeskError\(\s*'([\w.-]+)'\s*(,\s*)?/g)) {
      const after = match.index + match[0].length;
      const keys = !match[2] ? [] : text[after] === '{' ? topLevelKeys(braced(text, after)) : null;
      found.push({ code: match[1]!, keys, where: path.slice(SOURCE.length) });
    }
    for (const match of text.matchAll(/code: '([\w.-]+)',\s*details: /g)) {
      const after = match.index + match[0].length;
      const keys = text[after] === '{' ? topLevelKeys(braced(text, after)) : null;
      found.push({ code: match[1]!, keys, where: path.slice(SOURCE.length) });
    }
  }
  return found;
}

const placeholders = (code: ErrorCode) => [
  ...new Set([...`${catalogue.en.errors[code]} ${catalogue.fr.errors[code]}`.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)),
];

const APP_FRAME = { url: 'app://jurydesk/index.html' };

/**
 * A failure thrown in a main handler, answered by main's IPC layer, cloned across processes as Electron does,
 * checked by the preload's schema and described by the desktop bridge: the sentence a desktop user reads.
 */
async function shownOnTheDesktop(code: ErrorCode, details: ErrorDetails): Promise<Record<'en' | 'fr', string>> {
  const reply = await handleIpc(
    'identity:get',
    async () => Promise.reject(new JurydeskError(code, details)),
    { senderFrame: APP_FRAME, sender: { mainFrame: APP_FRAME } } as never,
    [],
  );
  const received = ipcReplySchema(IPC['identity:get'].result).parse(structuredClone(reply));
  const api = { getIdentity: async () => received } as unknown as DesktopApi;
  const error = await desktopBridge(api)
    .getIdentity()
    .then(
      () => null,
      (failure: unknown) => failure,
    );
  expect(error, code).toBeInstanceOf(JurydeskError);
  return {
    en: describeFailure(error as JurydeskError, 'en'),
    fr: describeFailure(error as JurydeskError, 'fr'),
  };
}

describe('a failure that crosses from main to the window', () => {
  const found = producers();

  it('finds the places that make failures (the scan itself works)', () => {
    expect(found.length).toBeGreaterThan(100);
    expect(found).toContainEqual(
      expect.objectContaining({ code: 'key.unsupported', keys: ['type'], where: expect.stringContaining('crypto') }),
    );
  });

  it('is said whole in both languages for every code of the catalogue, with the details its producers give', async () => {
    const leftovers: string[] = [];
    for (const code of errorCodes()) {
      const givenKeys = found.filter((producer) => producer.code === code && producer.keys !== null);
      // A code made only from a value (a Result passed on) is checked with every detail its sentence names.
      const cases = givenKeys.length > 0 ? givenKeys : [{ keys: placeholders(code), where: 'its sentence' }];
      for (const { keys, where } of cases) {
        const details = Object.fromEntries((keys ?? []).map((key) => [key, `<${key}>`]));
        const shown = await shownOnTheDesktop(code, details);
        for (const language of ['en', 'fr'] as const)
          if (/\{\w+\}/.test(shown[language]))
            leftovers.push(`${code} from ${where} (${language}): ${shown[language]}`);
      }
    }
    expect(leftovers).toEqual([]);
  });

  it('keeps its facts: the key type a French user reads is the key’s, not a placeholder', async () => {
    const shown = await shownOnTheDesktop('key.unsupported', { type: 'ecdsa-sha2-nistp256' });
    expect(shown.fr).toBe(
      'La clé est de type ecdsa-sha2-nistp256\u202f; Jurydesk ne signe qu’avec des clés Ed25519. Utilisez une clé Ed25519.',
    );
  });

  it('carries no stack and no message written in English, only a code of the catalogue and its details', async () => {
    // Main logs a defect for its developers; the window gets the code alone.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const reply = await handleIpc(
      'identity:get',
      async () => Promise.reject(Object.assign(new Error('EACCES: /home/someone/.config/x'), { code: 'EACCES' })),
      { senderFrame: APP_FRAME, sender: { mainFrame: APP_FRAME } } as never,
      [],
    );
    expect(reply).toEqual({ ok: false, error: { code: 'ipc.failed', details: {} } });
    expect(logged).toHaveBeenCalledWith('IPC identity:get failed', expect.any(Error));
    logged.mockRestore();
    const unknownCode = ipcReplySchema(IPC['identity:get'].result).safeParse({
      ok: false,
      error: { code: 'no.such-code', details: {} },
    });
    expect(unknownCode.success).toBe(false);
    const withMessage = ipcReplySchema(IPC['identity:get'].result).safeParse({
      ok: false,
      error: { code: 'ipc.failed', details: {}, message: 'at Object.<anonymous> (/src/main/index.ts:1:1)' },
    });
    expect(withMessage.success).toBe(false);
  });
});

describe('the app’s sentences', () => {
  it('never tell a user to set an environment variable or type a command; the command line’s hints do', () => {
    const appSentences = (['en', 'fr'] as const).flatMap((language) => {
      const { app, main, errors, phrases } = catalogue[language];
      const walk = (value: unknown, path: string): [string, string][] =>
        typeof value === 'string'
          ? [[path, value]]
          : Object.entries(value as object).flatMap(([key, inner]) => walk(inner, `${path}.${key}`));
      return walk({ app, main, errors, phrases }, language);
    });
    const commandLine =
      /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|(?:^|\s)--[a-z]|\bssh-keygen\b|\bjurydesk [a-z]|\bunzip\b|\bsha256sum\b/;
    expect(appSentences.filter(([, text]) => commandLine.test(text))).toEqual([]);
    expect(JSON.stringify(catalogue.en.cli.hints)).toMatch(/JURYDESK_PASSPHRASE/);
  });
});
