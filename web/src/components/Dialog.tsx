import { useEffect, useId, useRef, type ReactNode, type RefObject } from "react";
import "./dialog.css";

const FOCUSABLE =
  'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), a[href], [tabindex]:not([tabindex="-1"])';

interface DialogProps {
  title: string;
  /** Escape, the backdrop and every "keep" choice call this. */
  onClose: () => void;
  /** The element to focus first; otherwise the first focusable one. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Where focus goes on closing when what had it is gone (the action removed its own button). */
  returnFocus?: RefObject<HTMLElement | null>;
  children: (ids: { titleId: string; descriptionId: string }) => ReactNode;
}

/**
 * A modal dialog, shown while it is rendered. Focus moves into it and, when it goes, back to what
 * had it; Tab stays inside and Escape closes. Not the native <dialog>: jsdom has no showModal(),
 * and the component tests must see what a browser does.
 */
export function Dialog({ title, onClose, initialFocus, returnFocus, children }: DialogProps) {
  const titleId = useId();
  const descriptionId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const latestClose = useRef(onClose);
  useEffect(() => {
    latestClose.current = onClose;
  });

  useEffect(() => {
    // Nothing opened it when it shows as the page loads: focus then has no owner but the body.
    const opener =
      document.activeElement instanceof HTMLElement && document.activeElement !== document.body
        ? document.activeElement
        : null;
    const first = initialFocus?.current ?? panel.current?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? panel.current)?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
      else returnFocus?.current?.focus();
    };
  }, [initialFocus, returnFocus]);

  return (
    <div
      className="dialog-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) latestClose.current();
      }}
    >
      <div
        ref={panel}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        tabIndex={-1}
        onKeyDown={(event) => {
          if (event.key === "Escape") {
            event.stopPropagation();
            latestClose.current();
            return;
          }
          if (event.key !== "Tab" || !panel.current) return;
          const focusable = [...panel.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
          const first = focusable[0];
          const last = focusable.at(-1);
          if (!first || !last) return;
          if (event.shiftKey && document.activeElement === first) {
            event.preventDefault();
            last.focus();
          } else if (!event.shiftKey && document.activeElement === last) {
            event.preventDefault();
            first.focus();
          }
        }}
      >
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        {children({ titleId, descriptionId })}
      </div>
    </div>
  );
}
