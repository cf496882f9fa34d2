/**
 * jsdom lays nothing out, and a virtual window draws nothing in a box of no height. This gives the scroll box of
 * class `scrollBox`, and each of its rows, the heights they have on a laptop's screen.
 */
export function layOutVirtualWindow(
  scrollBox: string,
  boxHeight: number,
  rowHeight: number,
  isRow: (element: HTMLElement) => boolean,
): void {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains(scrollBox) ? boxHeight : 0;
    },
  });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return isRow(this) ? rowHeight : 0;
    },
  });
}
