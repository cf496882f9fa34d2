export type SaveState = { status: 'saving' } | { status: 'saved' } | { status: 'failed'; error: unknown };

/**
 * Changes saved one after another, in the order they were made. After a failure the later changes wait behind the
 * one that failed, and the whole queue is tried again after `retryMs`: a retry never writes an older value over a
 * newer one, and nothing is dropped. `report` hears each state: "saved" only once every change has committed.
 */
export function serialSaver<T>(
  save: (change: T) => Promise<unknown>,
  report: (state: SaveState) => void,
  retryMs: number,
): { push: (change: T) => void } {
  const queue: T[] = [];
  let flushing = false;
  let failed = false;
  const flush = async () => {
    if (flushing) return;
    flushing = true;
    while (queue.length > 0) {
      try {
        await save(queue[0]!);
        queue.shift();
      } catch (error) {
        flushing = false;
        failed = true;
        report({ status: 'failed', error });
        setTimeout(() => void flush(), retryMs);
        return;
      }
    }
    flushing = false;
    failed = false;
    report({ status: 'saved' });
  };
  return {
    push(change) {
      queue.push(change);
      // While a failure stands, the screen keeps saying so until the queue has gone through.
      if (!failed) report({ status: 'saving' });
      void flush();
    },
  };
}
