import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A frame that scrolls sideways on its own, so that a wide table never widens the page (docs/ACCESSIBILITY.md,
 * reflow). Only while its content is wider than it does it become a named, focusable region: a keyboard then
 * scrolls it, and it adds no Tab stop where there is nothing to scroll.
 */
export function ScrollFrame({ label, children }: { label?: string; children: ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = frame.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    measure();
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={frame}
      className="table-scroll"
      {...(overflows ? { tabIndex: 0, ...(label ? { role: 'region', 'aria-label': label } : {}) } : {})}
    >
      {children}
    </div>
  );
}
