import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { KINDS } from '@core/container';
import { APP_ORIGIN } from '@core/ipc';

export const JURYDESK_EXTENSIONS = Object.values(KINDS).map((kind) => kind.extension);

/**
 * Files the system asks us to open (double-click, “Open with”, command line). The renderer cannot read
 * paths, so each file gets an unguessable app:// URL that the protocol handler streams from disk.
 */
export class OpenedFiles {
  private readonly paths = new Map<string, string>();

  register(path: string): { url: string; name: string } {
    const token = crypto.randomUUID();
    this.paths.set(token, path);
    return { url: `${APP_ORIGIN}/opened/${token}`, name: basename(path) };
  }

  pathOf(token: string): string | undefined {
    return this.paths.get(token);
  }
}

/** The Jurydesk files named on a command line (how Windows and Linux pass file associations). */
export async function jurydeskFilesIn(argv: readonly string[]): Promise<string[]> {
  const candidates = argv.filter(
    (arg) => !arg.startsWith('-') && JURYDESK_EXTENSIONS.includes(extname(arg).toLowerCase()),
  );
  const files: string[] = [];
  for (const candidate of candidates) {
    if ((await stat(candidate).catch(() => null))?.isFile()) files.push(candidate);
  }
  return files;
}
