import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';

export interface KillableBrowser {
  child: ChildProcess;
  browser: Browser;
  /** SIGKILL, as a power cut would stop it: no unload, no flush; resolves once the process is gone. */
  kill(): Promise<void>;
}

/**
 * Chromium on a profile kept on disk, launched by the test itself so that it can be killed: the closest thing to a
 * power cut a test can cause (Playwright's own contexts keep their storage in memory). `dispose` kills whatever is
 * left, whatever the test's outcome.
 */
export async function killableBrowsers(): Promise<{
  launch(): Promise<KillableBrowser>;
  dispose(): void;
}> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'jurydesk-profile-'));
  const executable = process.env.JURYDESK_CHROMIUM ?? '/usr/bin/chromium';
  const children: ChildProcess[] = [];
  return {
    // Chromium picks a free port and writes it in the profile: a fixed port could reach another run's browser.
    async launch() {
      const portFile = join(userDataDir, 'DevToolsActivePort');
      rmSync(portFile, { force: true });
      const child = spawn(
        executable,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          `--user-data-dir=${userDataDir}`,
          '--remote-debugging-port=0',
          'about:blank',
        ],
        { stdio: 'ignore' },
      );
      children.push(child);
      const kill = async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        await exited;
      };
      for (let attempt = 0; attempt < 50; attempt++) {
        try {
          const port = readFileSync(portFile, 'utf8').split('\n')[0]!;
          return { child, browser: await chromium.connectOverCDP(`http://127.0.0.1:${port}`), kill };
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
      throw new Error('Chromium did not start');
    },
    dispose() {
      for (const child of children) child.kill('SIGKILL');
    },
  };
}
