// A modal dialog for staff mode: the browser's own <dialog> shown modally, so the page behind is
// inert and focus stays inside; Escape closes it, and focus goes back to whatever opened it.
import { useEffect, useRef, type ReactNode } from 'react';

export function ModalDialog({
  labelledBy,
  alert = false,
  onClose,
  children,
}: {
  labelledBy: string;
  /** An alertdialog: a question that needs an answer before anything else (a destructive action). */
  alert?: boolean;
  onClose(): void;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

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
      if (opener?.isConnected) opener.focus();
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
