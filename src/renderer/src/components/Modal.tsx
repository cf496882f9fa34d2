import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface ModalProps {
  open: boolean;
  /** Asked to close: Escape, or a button of the dialog's own. */
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
}

/**
 * Where focus goes when a dialog closes: what had it when the dialog opened, if it is still on the page and can
 * take it; otherwise the page's heading (the button that opened it may be gone with what it erased, a file dropped
 * on the window left focus nowhere), so that the keyboard never starts again from the document's top.
 */
function returnFocus(opener: HTMLElement | null): void {
  if (opener && opener !== document.body && opener.isConnected && !opener.matches(':disabled')) {
    opener.focus();
    if (document.activeElement === opener) return;
  }
  const fallback = document.querySelector<HTMLElement>('.page-heading') ?? document.getElementById('content');
  fallback?.focus({ preventScroll: true });
}

/**
 * A modal dialog on the platform's own <dialog>: the page behind it is inert, Escape closes it, and focus goes back
 * to what opened it (see returnFocus). It needs no inline style, which the content security policy forbids.
 */
export function Modal({ open, onClose, title: heading, description, children }: ModalProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const title = useRef<HTMLHeadingElement>(null);
  const descriptionId = useId();

  useEffect(() => {
    const element = dialog.current;
    // jsdom has no showModal: component tests see the dialog's content without the top layer.
    if (!element || typeof element.showModal !== 'function') return;
    if (!open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    // The platform focuses the first control, which may scroll a long dialog (a narrow window, a large zoom) past its
    // title: then the title takes focus, so that the dialog is read, and seen, from its start.
    if (element.scrollHeight > element.clientHeight) {
      title.current?.focus();
      element.scrollTop = 0;
    }
    return () => {
      if (element.open) element.close();
      returnFocus(opener);
    };
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <h2 id={titleId} ref={title} tabIndex={-1}>
            {heading}
          </h2>
          {description && <p id={descriptionId}>{description}</p>}
          {children}
        </>
      )}
    </dialog>
  );
}
