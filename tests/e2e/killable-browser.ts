import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../../playwright.config';

export interface KillableBrowser {
  context: BrowserContext;
  /** SIGKILL to every process of the browser, as a power cut would stop it: no unload, no flush. */
  kill(): Promise<void>;
}

function processesOf(userDataDir: string): boolean {
  try {
    execFileSync('pgrep', ['-f', userDataDir]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Chromium on a profile kept on disk, launched by Playwright (so that large files can be handed to it) and killed by
 * the test: the closest thing to a power cut a test can cause (Playwright's own contexts keep their storage in memory).
 * `dispose` kills whatever is left, whatever the test's outcome.
 */
export async function killableBrowsers(): Promise<{
  launch(): Promise<KillableBrowser>;
  dispose(): void;
}> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'jurydesk-profile-'));
  const killAll = () => {
    try {
      execFileSync('pkill', ['-9', '-f', userDataDir]);
    } catch {
      // Nothing left to kill.
    }
  };
  return {
    async launch() {
      const context = await chromium.launchPersistentContext(userDataDir, CHROMIUM_LAUNCH);
      return {
        context,
        async kill() {
          killAll();
          while (processesOf(userDataDir)) await new Promise((resolve) => setTimeout(resolve, 50));
        },
      };
    },
    dispose: killAll,
  };
}
