import type { WebContents } from 'electron';
import { OPENED_FILE_ATTRIBUTE } from '@core/ipc';

/** The hidden input of the page that receives files the system opened (see the renderer's desktop bridge). */
export const OPENED_FILE_INPUT = `input[${OPENED_FILE_ATTRIBUTE}]`;

/**
 * Hands a file the system opened (double-click, “Open with”, command line) to the page as a File read from
 * disk, as a file chooser would: the renderer cannot read paths, and a fetched copy of a gigabyte bundle sits
 * whole in memory while it arrives (docs/PERFORMANCE.md). The DevTools protocol sets the path on the page's
 * hidden file input, as automated browsers do. Returns false when that cannot be done (DevTools already
 * attached, no such input yet), and the caller then streams the file over app:// instead.
 */
export async function handFileToPage(contents: Pick<WebContents, 'debugger'>, path: string): Promise<boolean> {
  const devtools = contents.debugger;
  if (devtools.isAttached()) return false;
  try {
    devtools.attach('1.3');
  } catch {
    return false;
  }
  try {
    const { root } = (await devtools.sendCommand('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
    const { nodeId } = (await devtools.sendCommand('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: OPENED_FILE_INPUT,
    })) as { nodeId: number };
    if (!nodeId) return false;
    await devtools.sendCommand('DOM.setFileInputFiles', { nodeId, files: [path] });
    return true;
  } catch {
    return false;
  } finally {
    devtools.detach();
  }
}
