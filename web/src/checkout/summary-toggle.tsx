import { useId, useState, type ReactNode } from "react";

/**
 * The order summary's lines and figures, folded away on phones behind a button (the summary sits
 * below a long form there, and the shopper came to pay); always shown on wider screens, where the
 * button is hidden (global.css).
 */
export function SummaryDetails({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button
        type="button"
        className="summary__toggle link-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {open ? "Hide order details" : "Show order details"}
      </button>
      <div id={id} className={open ? "summary__details" : "summary__details summary__details--folded"}>
        {children}
      </div>
    </>
  );
}
