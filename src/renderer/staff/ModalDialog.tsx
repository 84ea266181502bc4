// A modal dialog for staff mode: the browser's own <dialog> shown modally, so the page behind is
// inert and focus stays inside; Escape closes it, and focus goes back to whatever opened it.
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';

export function ModalDialog({
  labelledBy,
  alert = false,
  onClose,
  returnFocusTo,
  children,
}: {
  labelledBy: string;
  /** An alertdialog: a question that needs an answer before anything else (a destructive action). */
  alert?: boolean;
  onClose(): void;
  /** Where the focus goes when the button that opened the dialog is gone (it did its job). */
  returnFocusTo?: RefObject<HTMLElement | null>;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  const fallback = useRef(returnFocusTo);
  fallback.current = returnFocusTo;

  useEffect(() => {
    const element = dialog.current!;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const cancel = (event: Event) => {
      event.preventDefault();
      closeRef.current();
    };
    element.addEventListener('cancel', cancel);
    element.showModal();
    return () => {
      element.removeEventListener('cancel', cancel);
      if (element.open) element.close();
      (opener?.isConnected ? opener : fallback.current?.current)?.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="staff-dialog"
      role={alert ? 'alertdialog' : undefined}
      aria-modal="true"
      aria-labelledby={labelledBy}
    >
      {children}
    </dialog>
  );
}
