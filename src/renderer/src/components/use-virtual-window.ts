import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import type { RefObject } from 'react';

export interface VirtualWindow {
  readonly virtualizer: Virtualizer<HTMLDivElement, Element>;
  /** The rows to draw: those in view and a few around them. */
  readonly shown: ReturnType<Virtualizer<HTMLDivElement, Element>['getVirtualItems']>;
  /** Space the rows not drawn take above and below the window, so that the scroll height stays true. */
  readonly before: number;
  readonly after: number;
}

/**
 * A window of `count` rows laid out in the flow of `scroller` (a table's body or a list), each measured once drawn.
 * Thousands of rows laid out at once made every change on the page wait.
 */
export function useVirtualWindow(
  count: number,
  scroller: RefObject<HTMLDivElement | null>,
  options: { rowHeight: number; overscan: number; padding?: number },
): VirtualWindow {
  // TanStack Virtual returns functions the React Compiler cannot memoize; a component using it is not compiled, by design.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => options.rowHeight,
    paddingStart: options.padding ?? 0,
    paddingEnd: options.padding ?? 0,
    overscan: options.overscan,
    // What the window shows before it is measured: the first screenful, not every row.
    initialRect: { width: 0, height: 800 },
  });
  const shown = virtualizer.getVirtualItems();
  return {
    virtualizer,
    shown,
    before: shown[0]?.start ?? 0,
    after: virtualizer.getTotalSize() - (shown.at(-1)?.end ?? 0),
  };
}
