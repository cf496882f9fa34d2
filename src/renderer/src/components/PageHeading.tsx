import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Whether a page has been shown since the app started. The first page a user sees is read from the top, skip link
 * first; every later one is reached by navigating, and its heading takes focus (docs/ACCESSIBILITY.md, 2.4.3).
 */
let firstPageShown = false;

/** The window's title for a page: “Ranking — Call for Innovators 2027 — Jurydesk”. */
export function windowTitle(...parts: ReadonlyArray<string | undefined>): string {
  return [...parts.filter((part): part is string => Boolean(part)), 'Jurydesk'].join(' — ');
}

/**
 * A page's heading. It names the window, which assistive technology reads on every change, and takes focus when the
 * page was reached by navigating, so that a screen reader announces the new page and the keyboard starts from it
 * instead of from the top of a document the user has left.
 */
export function PageHeading({
  id,
  title,
  context,
  className,
  children,
}: {
  id: string;
  /** The page's name in the window's title. */
  title: string;
  /** What the page belongs to (the call, the draft), between the page's name and the app's. */
  context?: string;
  className?: string;
  /** The heading's content when it shows more than the page's name. */
  children?: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Read when the page is first drawn, before any effect: React's development mode runs effects twice.
  const reachedByNavigation = useRef(firstPageShown);
  useEffect(() => {
    if (reachedByNavigation.current) heading.current?.focus({ preventScroll: true });
    firstPageShown = true;
  }, []);
  useEffect(() => {
    document.title = windowTitle(title, context);
  }, [title, context]);
  return (
    <h2 id={id} ref={heading} tabIndex={-1} className={className ? `page-heading ${className}` : 'page-heading'}>
      {children ?? title}
    </h2>
  );
}
