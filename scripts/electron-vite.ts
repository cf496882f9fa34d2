/**
 * `npm start` and `npm run dev`: make sure Electron's binary is there (scripts/electron-binary.ts
 * says why electron-vite cannot do it itself), then run electron-vite with the given command.
 * A binary that cannot be had ends here with one sentence and exit code 1, before any build.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cliLanguage } from '../src/cli/cli-error';
import { describeElectronFailure, ensureElectronBinary } from './electron-binary';

const require = createRequire(import.meta.url);
const language = cliLanguage(process.env);

const binary = ensureElectronBinary({
  env: process.env,
  electronDirectory: dirname(require.resolve('electron/package.json')),
  onFetch: (version) =>
    console.warn(
      language === 'fr'
        ? `Téléchargement du binaire d’Electron ${version} (au premier démarrage seulement)…`
        : `Downloading Electron ${version}’s binary (first start only)…`,
    ),
});
if (!binary.ok) {
  console.error(describeElectronFailure(binary, language));
  process.exit(1);
}

const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
const run = spawnSync(process.execPath, [electronVite, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ELECTRON_EXEC_PATH: binary.executable },
});
process.exit(run.status ?? 1);
