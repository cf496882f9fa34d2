import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeElectronFailure, ensureElectronBinary, platformExecutable } from '../../../scripts/electron-binary';
import { temporaryDirectory } from '../../support/ssh-keygen';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const VERSION = '45.5.0';
const EXECUTABLE = platformExecutable(process.platform);

/**
 * A stand-in for the `electron` package: its package.json and an install.js that either lays out
 * dist/ and path.txt as Electron's installer does, or fails with a stack trace as it does offline.
 * Every run of the installer is counted in installer-runs.
 */
function standInElectron(installer: 'succeeds' | 'fails'): { directory: string; installerRuns: () => number } {
  const directory = temporaryDirectory('jurydesk-electron-');
  writeFileSync(join(directory, 'package.json'), JSON.stringify({ name: 'electron', version: VERSION }));
  const count = `require('fs').appendFileSync(require('path').join(__dirname, 'installer-runs'), 'x');`;
  const body =
    installer === 'succeeds'
      ? `const fs = require('fs'), path = require('path');
         const dist = path.join(__dirname, 'dist', ${JSON.stringify(EXECUTABLE)});
         fs.mkdirSync(path.dirname(dist), { recursive: true });
         fs.writeFileSync(dist, '#!/bin/sh\\n'); fs.chmodSync(dist, 0o755);
         fs.writeFileSync(path.join(__dirname, 'dist', 'version'), 'v${VERSION}');
         fs.writeFileSync(path.join(__dirname, 'path.txt'), ${JSON.stringify(EXECUTABLE)});`
      : `console.error('TypeError: fetch failed\\n    at node:internal/deps/undici/undici:14976:13'); process.exit(1);`;
  writeFileSync(join(directory, 'install.js'), `${count}\n${body}\n`);
  const installerRuns = () =>
    existsSync(join(directory, 'installer-runs')) ? readFileSync(join(directory, 'installer-runs'), 'utf8').length : 0;
  return { directory, installerRuns };
}

function installBinary(directory: string, version = VERSION): string {
  const executable = join(directory, 'dist', EXECUTABLE);
  mkdirSync(join(executable, '..'), { recursive: true });
  writeFileSync(executable, '#!/bin/sh\n');
  chmodSync(executable, 0o755);
  writeFileSync(join(directory, 'dist', 'version'), `v${version}`);
  writeFileSync(join(directory, 'path.txt'), EXECUTABLE);
  return executable;
}

describe('the start step makes sure Electron’s binary is there', () => {
  it('does nothing, quietly, when the binary is already installed', () => {
    const electron = standInElectron('succeeds');
    const executable = installBinary(electron.directory);
    const announced: string[] = [];
    const binary = ensureElectronBinary({
      env: {},
      electronDirectory: electron.directory,
      onFetch: (version) => announced.push(version),
    });
    expect(binary).toEqual({ ok: true, executable, fetched: false });
    expect(electron.installerRuns()).toBe(0);
    expect(announced).toEqual([]);
  });

  it('runs Electron’s own installer once when path.txt is missing, and says so first', () => {
    const electron = standInElectron('succeeds');
    const announced: string[] = [];
    const binary = ensureElectronBinary({
      env: {},
      electronDirectory: electron.directory,
      onFetch: (version) => announced.push(version),
    });
    expect(binary).toEqual({ ok: true, executable: join(electron.directory, 'dist', EXECUTABLE), fetched: true });
    expect(electron.installerRuns()).toBe(1);
    expect(announced).toEqual([VERSION]);

    ensureElectronBinary({ env: {}, electronDirectory: electron.directory });
    expect(electron.installerRuns()).toBe(1);
  });

  it('fetches again when the installed binary is of another version than the package', () => {
    const electron = standInElectron('succeeds');
    installBinary(electron.directory, '44.0.0');
    expect(ensureElectronBinary({ env: {}, electronDirectory: electron.directory })).toMatchObject({
      ok: true,
      fetched: true,
    });
    expect(electron.installerRuns()).toBe(1);
  });

  it('reports a failing installer by the first line of its error, not its stack', () => {
    const electron = standInElectron('fails');
    const binary = ensureElectronBinary({ env: {}, electronDirectory: electron.directory });
    expect(binary).toEqual({ ok: false, reason: 'download-failed', detail: 'TypeError: fetch failed' });
    expect(electron.installerRuns()).toBe(1);
  });

  it('passes the environment to the installer, so that ELECTRON_MIRROR reaches Electron’s downloader', () => {
    const electron = standInElectron('succeeds');
    const seen: Record<string, string | undefined>[] = [];
    ensureElectronBinary({
      env: { ELECTRON_MIRROR: 'https://mirror.example/electron/' },
      electronDirectory: electron.directory,
      runInstaller: (installer, env) => {
        seen.push(env);
        expect(installer).toBe(join(electron.directory, 'install.js'));
        return { status: 1, stderr: '' };
      },
    });
    expect(seen).toEqual([{ ELECTRON_MIRROR: 'https://mirror.example/electron/' }]);
  });

  it('takes ELECTRON_EXEC_PATH as it is and fetches nothing', () => {
    const electron = standInElectron('succeeds');
    const elsewhere = installBinary(temporaryDirectory());
    expect(
      ensureElectronBinary({ env: { ELECTRON_EXEC_PATH: elsewhere }, electronDirectory: electron.directory }),
    ).toEqual({
      ok: true,
      executable: elsewhere,
      fetched: false,
    });
    expect(
      ensureElectronBinary({ env: { ELECTRON_EXEC_PATH: '/nowhere/electron' }, electronDirectory: electron.directory }),
    ).toEqual({
      ok: false,
      reason: 'exec-path-missing',
      path: '/nowhere/electron',
    });
    expect(electron.installerRuns()).toBe(0);
  });

  it('finds the binary under ELECTRON_OVERRIDE_DIST_PATH, as Electron itself does, and fetches nothing', () => {
    const electron = standInElectron('succeeds');
    const dist = temporaryDirectory();
    writeFileSync(join(dist, 'electron'), '');
    const binary = ensureElectronBinary({
      env: { ELECTRON_OVERRIDE_DIST_PATH: dist },
      electronDirectory: electron.directory,
      platform: 'linux',
    });
    expect(binary).toEqual({ ok: true, executable: join(dist, 'electron'), fetched: false });
    expect(
      ensureElectronBinary({
        env: { ELECTRON_OVERRIDE_DIST_PATH: '/nowhere' },
        electronDirectory: electron.directory,
        platform: 'linux',
      }),
    ).toEqual({
      ok: false,
      reason: 'override-missing',
      path: '/nowhere/electron',
    });
    expect(electron.installerRuns()).toBe(0);
  });

  it('downloads nothing under ELECTRON_SKIP_BINARY_DOWNLOAD, and says that is why', () => {
    const electron = standInElectron('succeeds');
    const binary = ensureElectronBinary({
      env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
      electronDirectory: electron.directory,
    });
    expect(binary).toEqual({ ok: false, reason: 'download-skipped' });
    expect(electron.installerRuns()).toBe(0);
    expect(describeElectronFailure({ ok: false, reason: 'download-skipped' }, 'en')).toContain('unset it');
  });

  it('names the executable as Electron’s installer does on each platform', () => {
    expect(platformExecutable('linux')).toBe('electron');
    expect(platformExecutable('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
    expect(platformExecutable('win32')).toBe('electron.exe');
  });

  it('says what failed and both ways forward, in French and in English', () => {
    const failure = { ok: false, reason: 'download-failed', detail: 'TypeError: fetch failed' } as const;
    expect(describeElectronFailure(failure, 'en')).toBe(
      'Jurydesk cannot start: Electron’s binary could not be downloaded (TypeError: fetch failed): set ELECTRON_MIRROR to a mirror that serves ' +
        'Electron’s binaries, or ELECTRON_EXEC_PATH to an Electron binary already on this machine, then run npm start again; ' +
        'or run the same interface in a browser with npm run web.',
    );
    expect(describeElectronFailure(failure, 'fr')).toBe(
      'Jurydesk ne peut pas démarrer\u00a0: le binaire d’Electron n’a pas pu être téléchargé (TypeError: fetch failed)\u00a0: indiquez dans ' +
        'ELECTRON_MIRROR un miroir qui sert les binaires d’Electron, ou dans ELECTRON_EXEC_PATH un binaire d’Electron déjà présent sur ' +
        'cette machine, puis relancez npm start\u00a0; ou ouvrez la même interface dans un navigateur avec npm run web.',
    );
  });
});

describe('npm start on a machine where Electron cannot be downloaded', () => {
  // Where a developer has the real binary, the real script would start the app: nothing to prove there.
  const realBinaryInstalled = existsSync(join(ROOT, 'node_modules', 'electron', 'path.txt'));

  it.skipIf(realBinaryInstalled)(
    'stops before building, with the sentence and exit code 1, through Electron’s real installer',
    () => {
      const {
        ELECTRON_SKIP_BINARY_DOWNLOAD: _skip,
        ELECTRON_EXEC_PATH: _exec,
        ELECTRON_OVERRIDE_DIST_PATH: _override,
        ...env
      } = process.env;
      const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/electron-vite.ts', 'preview'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: {
          ...env,
          LANG: 'fr_FR.UTF-8',
          LC_ALL: '',
          // Nothing listens on port 9 of the loopback, and an empty cache holds no earlier download.
          ELECTRON_MIRROR: 'http://127.0.0.1:9/',
          electron_config_cache: temporaryDirectory(),
        },
        timeout: 60_000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(
        'Jurydesk ne peut pas démarrer\u00a0: le binaire d’Electron n’a pas pu être téléchargé',
      );
      expect(run.stderr).toContain('npm run web');
      expect(run.stderr).not.toContain('Electron uninstall');
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(run.stdout).not.toContain('building');
    },
  );
});
