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
 * A modal dialog on the platform's own <dialog>: the page behind it is inert, Escape closes it, and focus goes back
 * to what had it when the dialog opened. It needs no inline style, which the content security policy forbids.
 */
export function Modal({ open, onClose, title, description, children }: ModalProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const element = dialog.current;
    // jsdom has no showModal: component tests see the dialog's content without the top layer.
    if (!element || typeof element.showModal !== 'function') return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
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
          <h2 id={titleId}>{title}</h2>
          {description && <p id={descriptionId}>{description}</p>}
          {children}
        </>
      )}
    </dialog>
  );
}
