import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The rules that fired on a probe file put at `path`, with `code` as its content. */
async function rulesFiring(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return result!.messages
    .map((message) => message.ruleId ?? message.message)
    .filter((rule) => rule !== '@typescript-eslint/no-unused-vars');
}

describe('the layers, as allow-lists that lint enforces', () => {
  it.each([
    ['src/core/jury/probe.ts', "import { RadarChart } from 'recharts';\nexport const x = RadarChart;\n"],
    ['src/core/jury/probe.ts', "import { useLiveQuery } from 'dexie-react-hooks';\nexport const x = useLiveQuery;\n"],
    ['src/core/documents/probe.ts', "import { getDocument } from 'pdfjs-dist';\nexport const x = getDocument;\n"],
    ['src/core/crypto/probe.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n"],
    ['src/core/crypto/probe.ts', "import { readFile } from 'fs';\nexport const x = readFile;\n"],
    ['src/core/crypto/probe.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['src/core/crypto/probe.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['src/core/jury/probe.ts', "export async function x() { return import('node:fs'); }\n"],
    ['src/core/jury/probe.ts', "export async function x() { return import('./merge'); }\n"],
    ['src/core/jury/probe.ts', 'export const x = globalThis.document;\n'],
    ['src/core/jury/probe.ts', 'export const x = globalThis.process.env;\n'],
    ['src/core/jury/probe.ts', "import { db } from '../../renderer/src/db/database';\nexport const x = db;\n"],
    ['src/core/jury/probe.ts', "import { useI18n } from '@renderer/i18n';\nexport const x = useI18n;\n"],
    ['src/core/jury/probe.ts', "import { crc32 } from '../container/crc32';\nexport const x = crc32;\n"],
    ['src/core/jury/probe.ts', "import { utf8 } from '@core/crypto';\nexport const x = utf8;\n"],
    [
      'src/renderer/src/probe.ts',
      "import { createMainWindow } from '../../main/window';\nexport const x = createMainWindow;\n",
    ],
    ['src/renderer/src/probe.ts', "import { main } from '../../cli/main';\nexport const x = main;\n"],
    ['src/renderer/src/probe.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n"],
    ['src/renderer/src/probe.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"],
    ['src/renderer/src/probe.ts', "import { crc32 } from '@core/container/crc32';\nexport const x = crc32;\n"],
    ['src/renderer/src/probe.ts', "import leftPad from 'left-pad';\nexport const x = leftPad;\n"],
    ['src/main/probe.ts', "import { App } from '@renderer/App';\nexport const x = App;\n"],
    ['src/main/probe.ts', "import { main } from '../cli/main';\nexport const x = main;\n"],
    ['src/cli/probe.ts', "import { createMainWindow } from '../main/window';\nexport const x = createMainWindow;\n"],
    ['src/cli/probe.ts', "import { App } from '@renderer/App';\nexport const x = App;\n"],
    ['src/preload/probe.ts', "import { readFile } from 'node:fs';\nexport const x = readFile;\n"],
  ])('%s: %s is refused', async (path, code) => {
    const rules = await rulesFiring(path, code);
    expect(
      rules.some((rule) => rule === 'layers/imports' || rule === 'no-restricted-syntax'),
      rules.join(', '),
    ).toBe(true);
  });

  it.each([
    [
      'src/core/jury/probe.ts',
      "import { z } from 'zod';\nimport { utf8 } from '../crypto';\nimport { labelText } from '../documents';\nimport { mean } from './statistics';\nimport { describeFailure } from '../errors';\nexport const x = [z, utf8, labelText, mean, describeFailure];\n",
    ],
    [
      'src/renderer/src/probe.ts',
      "import { computeResults } from '@core/jury';\nimport { describeFailure } from '@core/errors';\nimport { useI18n } from '@renderer/i18n';\nimport { useState } from 'react';\nexport const x = [computeResults, describeFailure, useI18n, useState];\n",
    ],
    [
      'src/cli/probe.ts',
      "import { readFile } from 'node:fs/promises';\nimport { verifyAnyFile } from '@core/documents';\nexport const x = [readFile, verifyAnyFile];\n",
    ],
    [
      'src/main/probe.ts',
      "import { app } from 'electron';\nimport { APP_HOST } from '@core/ipc';\nexport const x = [app, APP_HOST];\n",
    ],
  ])('%s: imports along the allowed paths pass', async (path, code) => {
    expect(await rulesFiring(path, code)).toEqual([]);
  });
});
