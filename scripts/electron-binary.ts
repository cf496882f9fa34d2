/**
 * Making sure Electron's binary is on disk before electron-vite looks for it.
 *
 * Since Electron 42 the `electron` package no longer downloads its binary when it is installed:
 * it does so on first `require('electron')`, or when its `install-electron` command is run.
 * electron-vite 6 does neither: it reads `node_modules/electron/path.txt` itself and stops with
 * "Electron uninstall" when it is missing (alex8088/electron-vite#904, #905 still open). So the
 * start step runs Electron's own installer — the command Electron documents for explicit
 * downloads — then hands electron-vite the binary through ELECTRON_EXEC_PATH, the one variable
 * electron-vite reads, which also carries ELECTRON_OVERRIDE_DIST_PATH (electron-vite ignores it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type ElectronBinary =
  | { ok: true; executable: string; fetched: boolean }
  | {
      ok: false;
      reason: 'exec-path-missing' | 'override-missing' | 'download-skipped' | 'download-failed';
      path?: string;
      detail?: string;
    };

export interface InstallerRun {
  status: number | null;
  stderr: string;
}

export interface ElectronBinaryOptions {
  env: Record<string, string | undefined>;
  /** The installed `electron` package's folder. */
  electronDirectory: string;
  platform?: NodeJS.Platform;
  /** Runs `install.js` of that package; the tests pass a stand-in. */
  runInstaller?: (installer: string, env: Record<string, string | undefined>) => InstallerRun;
  /** Told once, before a download starts (it takes a while on a slow line). */
  onFetch?: (version: string) => void;
}

/** The executable's path inside Electron's dist folder, as Electron's own installer names it. */
export function platformExecutable(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** The same test as Electron's installer: the right version, and the executable path.txt names. */
function installedExecutable(electronDirectory: string, version: string): string | undefined {
  const pathText = readIfExists(join(electronDirectory, 'path.txt'));
  const installedVersion = readIfExists(join(electronDirectory, 'dist', 'version'))
    ?.trim()
    .replace(/^v/, '');
  if (!pathText || installedVersion !== version) return undefined;
  const executable = join(electronDirectory, 'dist', pathText);
  return existsSync(executable) ? executable : undefined;
}

function runNodeScript(installer: string, env: Record<string, string | undefined>): InstallerRun {
  // stdout is the installer's progress bar, worth seeing; stderr is a stack trace, summed up instead.
  const run = spawnSync(process.execPath, [installer], { env, stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr ?? String(run.error ?? '') };
}

/** The first line of the installer's error, without the stack: "TypeError: fetch failed". */
function firstErrorLine(stderr: string): string | undefined {
  return stderr
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '' && !line.startsWith('at '));
}

function isSet(value: string | undefined): value is string {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

export function ensureElectronBinary(options: ElectronBinaryOptions): ElectronBinary {
  const { env, electronDirectory } = options;
  const platform = options.platform ?? process.platform;

  if (env.ELECTRON_EXEC_PATH) {
    const executable = env.ELECTRON_EXEC_PATH;
    return existsSync(executable)
      ? { ok: true, executable, fetched: false }
      : { ok: false, reason: 'exec-path-missing', path: executable };
  }
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const pathText = readIfExists(join(electronDirectory, 'path.txt')) ?? platformExecutable(platform);
    const executable = join(env.ELECTRON_OVERRIDE_DIST_PATH, pathText);
    return existsSync(executable)
      ? { ok: true, executable, fetched: false }
      : { ok: false, reason: 'override-missing', path: executable };
  }

  const { version } = JSON.parse(readFileSync(join(electronDirectory, 'package.json'), 'utf8')) as { version: string };
  const installed = installedExecutable(electronDirectory, version);
  if (installed) return { ok: true, executable: installed, fetched: false };
  if (isSet(env.ELECTRON_SKIP_BINARY_DOWNLOAD)) return { ok: false, reason: 'download-skipped' };

  options.onFetch?.(version);
  const run = (options.runInstaller ?? runNodeScript)(join(electronDirectory, 'install.js'), env);
  const fetched = installedExecutable(electronDirectory, version);
  if (run.status === 0 && fetched) return { ok: true, executable: fetched, fetched: true };
  return { ok: false, reason: 'download-failed', detail: firstErrorLine(run.stderr) };
}

type Language = 'en' | 'fr';

/** What failed and what to do about it, in the user's language; the browser is always a way forward. */
export function describeElectronFailure(failure: Extract<ElectronBinary, { ok: false }>, language: Language): string {
  const because = failure.detail ? ` (${failure.detail})` : '';
  const sentences = {
    'exec-path-missing': {
      en: `ELECTRON_EXEC_PATH names ${failure.path}, which does not exist: correct it or unset it`,
      fr: `ELECTRON_EXEC_PATH désigne ${failure.path}, qui n’existe pas\u00a0: corrigez-la ou retirez-la`,
    },
    'override-missing': {
      en: `ELECTRON_OVERRIDE_DIST_PATH leads to ${failure.path}, which does not exist: correct it or unset it`,
      fr: `ELECTRON_OVERRIDE_DIST_PATH mène à ${failure.path}, qui n’existe pas\u00a0: corrigez-la ou retirez-la`,
    },
    'download-skipped': {
      en: 'Electron’s binary is not installed and ELECTRON_SKIP_BINARY_DOWNLOAD forbids downloading it: unset it, or set ELECTRON_EXEC_PATH to an Electron binary already on this machine',
      fr: 'le binaire d’Electron n’est pas installé et ELECTRON_SKIP_BINARY_DOWNLOAD en interdit le téléchargement\u00a0: retirez cette variable, ou indiquez dans ELECTRON_EXEC_PATH un binaire d’Electron déjà présent sur cette machine',
    },
    'download-failed': {
      en: `Electron’s binary could not be downloaded${because}: set ELECTRON_MIRROR to a mirror that serves Electron’s binaries, or ELECTRON_EXEC_PATH to an Electron binary already on this machine`,
      fr: `le binaire d’Electron n’a pas pu être téléchargé${because}\u00a0: indiquez dans ELECTRON_MIRROR un miroir qui sert les binaires d’Electron, ou dans ELECTRON_EXEC_PATH un binaire d’Electron déjà présent sur cette machine`,
    },
  }[failure.reason][language];
  return language === 'fr'
    ? `Jurydesk ne peut pas démarrer\u00a0: ${sentences}, puis relancez npm start\u00a0; ou ouvrez la même interface dans un navigateur avec npm run web.`
    : `Jurydesk cannot start: ${sentences}, then run npm start again; or run the same interface in a browser with npm run web.`;
}
