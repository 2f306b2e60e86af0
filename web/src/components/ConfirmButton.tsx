import { useEffect, useId, useRef, useState } from "react";

interface ConfirmButtonProps {
  /** The button's text ("Cancel"). */
  children: string;
  /** The button's accessible name when its text alone is ambiguous ("Cancel: order SG-100001"). */
  "aria-label"?: string;
  className?: string;
  disabled?: boolean;
  /** What is asked before anything happens ("Cancel order SG-100001?"). */
  question: string;
  /** What the action costs, under the question ("The items go back on sale."). */
  consequence?: string;
  confirmLabel: string;
  keepLabel: string;
  onConfirm: () => void;
}

/**
 * A button for an action that cannot be undone: the first press only asks. The question replaces
 * the button with the safe choice first and focused, so neither a double click nor Enter confirms
 * by accident; Escape or the safe choice puts the button back.
 */
export function ConfirmButton({
  children,
  className,
  disabled,
  question,
  consequence,
  confirmLabel,
  keepLabel,
  onConfirm,
  ...aria
}: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const questionId = useId();
  const keepRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) {
      keepRef.current?.focus();
    } else if (returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [asking]);

  const keep = () => {
    returnFocus.current = true;
    setAsking(false);
  };

  if (!asking) {
    return (
      <button
        ref={triggerRef}
        type="button"
        className={className}
        disabled={disabled}
        aria-label={aria["aria-label"]}
        onClick={() => setAsking(true)}
      >
        {children}
      </button>
    );
  }
  return (
    <div
      className="confirm"
      role="group"
      aria-labelledby={questionId}
      onKeyDown={(event) => {
        if (event.key === "Escape") keep();
      }}
    >
      <p id={questionId} className="confirm__question">
        {question}
        {consequence && <span className="confirm__consequence"> {consequence}</span>}
      </p>
      <div className="confirm__actions">
        <button ref={keepRef} type="button" className="button button--small button--secondary" onClick={keep}>
          {keepLabel}
        </button>
        <button
          type="button"
          className="button button--small button--danger"
          disabled={disabled}
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </div>
  );
}
