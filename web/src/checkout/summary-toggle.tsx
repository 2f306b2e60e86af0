import { useId, useState, type ReactNode } from "react";

/**
 * The order summary's lines, folded away on phones behind a button (the summary sits below a long
 * form there, and the shopper came to pay: the figures and total stay); always shown on wider
 * screens, where the button is hidden (global.css).
 */
export function SummaryDetails({ children, mustShow = false }: { children: ReactNode; mustShow?: boolean }) {
  const [opened, setOpen] = useState(false);
  // A problem with a line is shown where it is, folded or not.
  const open = opened || mustShow;
  const id = useId();
  return (
    <>
      {!mustShow && (
        <button
          type="button"
          className="summary__toggle link-button"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
        >
          {open ? "Hide items" : "Show items"}
        </button>
      )}
      <div id={id} className={open ? "summary__details" : "summary__details summary__details--folded"}>
        {children}
      </div>
    </>
  );
}
