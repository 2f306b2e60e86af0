import { useRef, type ReactNode, type RefObject } from "react";
import { Dialog } from "./Dialog";

interface ConfirmDialogProps {
  /** The question ("Cancel order SG-100001?"). */
  title: string;
  /** What confirming costs. */
  children: ReactNode;
  confirmLabel: string;
  keepLabel: string;
  /** The confirm button is disabled while the action runs. */
  busy?: boolean;
  /** Shown above the buttons when the action failed. */
  problem?: string | null;
  onConfirm: () => void;
  onClose: () => void;
  returnFocus?: RefObject<HTMLElement | null>;
}

/**
 * Asks before an action that cannot be undone; the shop's one way to ask (a list row, an order's
 * page, the shopper's cancel). The safe choice has the focus, so Enter or a double click on the
 * opener does not confirm by accident. It stays open while the action runs and shows why it
 * failed, so the caller closes it once the action succeeded.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  keepLabel,
  busy = false,
  problem,
  onConfirm,
  onClose,
  returnFocus,
}: ConfirmDialogProps) {
  const keep = useRef<HTMLButtonElement>(null);
  return (
    <Dialog title={title} onClose={onClose} initialFocus={keep} returnFocus={returnFocus}>
      {({ descriptionId }) => (
        <>
          <div id={descriptionId} className="dialog__body">
            {children}
          </div>
          {problem && (
            <p className="field__error" role="alert">
              {problem}
            </p>
          )}
          <div className="dialog__actions">
            <button ref={keep} type="button" className="button button--secondary" onClick={onClose}>
              {keepLabel}
            </button>
            <button type="button" className="button button--danger" disabled={busy} onClick={onConfirm}>
              {confirmLabel}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
