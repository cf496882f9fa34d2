import { describe, expect, it, vi } from 'vitest';
import { handFileToPage, OPENED_FILE_INPUT } from '../../../src/main/hand-file';

function fakeContents(options: { attached?: boolean; inputNode?: number; failing?: string } = {}) {
  const sendCommand = vi.fn(async (method: string) => {
    if (method === options.failing) throw new Error('protocol error');
    if (method === 'DOM.getDocument') return { root: { nodeId: 1 } };
    if (method === 'DOM.querySelector') return { nodeId: options.inputNode ?? 42 };
    return {};
  });
  const devtools = {
    isAttached: vi.fn(() => options.attached ?? false),
    attach: vi.fn(),
    detach: vi.fn(),
    sendCommand,
  };
  return { contents: { debugger: devtools } as unknown as Parameters<typeof handFileToPage>[0], devtools };
}

describe('handing a file the system opened to the page', () => {
  it('sets its path on the page’s hidden file input, so the page reads it from disk, then lets go of the page', async () => {
    const { contents, devtools } = fakeContents();
    expect(await handFileToPage(contents, '/home/ana/call.jurybundle')).toBe(true);
    expect(devtools.sendCommand).toHaveBeenCalledWith('DOM.querySelector', { nodeId: 1, selector: OPENED_FILE_INPUT });
    expect(devtools.sendCommand).toHaveBeenCalledWith('DOM.setFileInputFiles', {
      nodeId: 42,
      files: ['/home/ana/call.jurybundle'],
    });
    expect(devtools.detach).toHaveBeenCalled();
  });

  it('gives way, touching nothing, when DevTools is already attached', async () => {
    const { contents, devtools } = fakeContents({ attached: true });
    expect(await handFileToPage(contents, '/x.jurybundle')).toBe(false);
    expect(devtools.attach).not.toHaveBeenCalled();
    expect(devtools.sendCommand).not.toHaveBeenCalled();
  });

  it('gives way when the page has no such input, or the protocol fails, and always detaches', async () => {
    for (const options of [{ inputNode: 0 }, { failing: 'DOM.setFileInputFiles' }]) {
      const { contents, devtools } = fakeContents(options);
      expect(await handFileToPage(contents, '/x.jurybundle')).toBe(false);
      expect(devtools.detach).toHaveBeenCalled();
    }
  });
});
