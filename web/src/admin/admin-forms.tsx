import { useState, type ReactNode, type RefObject } from "react";
import { ConfirmDialog } from "../components/ConfirmDialog";
export { useNotice } from "../components/Notice";
import { describeError } from "../lib/errors";
import { parseMajorUnits } from "../lib/money";
import type { FieldUserError } from "../lib/user-errors";

/** The currency admins enter amounts in (the shop prices in one currency; see ProductEditor). */
export const ADMIN_CURRENCY = "USD";

/** An amount typed in major units ("4.90") as minor units, or undefined when it is not one. */
export function amountCents(text: string): number | undefined {
  return parseMajorUnits(text, ADMIN_CURRENCY);
}

/** A required or optional amount field's check, in the server's path (["input", field]). */
export function checkAmount(
  errors: FieldUserError[],
  field: string,
  text: string,
  { required, code, message }: { required: boolean; code: string; message: string },
) {
  if (!text.trim()) {
    if (required) errors.push({ field: ["input", field], code: "REQUIRED", message: "Enter an amount, e.g. 4.90." });
    return;
  }
  if (amountCents(text) === undefined) errors.push({ field: ["input", field], code, message });
}

/**
 * A button that asks first (an action that cannot be undone) and runs `action`, which answers
 * null when it succeeded or why it did not; the dialog stays open with that reason.
 */
export function ConfirmedAction({
  label,
  accessibleLabel,
  title,
  confirmLabel,
  keepLabel,
  children,
  action,
  returnFocus,
}: {
  label: string;
  accessibleLabel: string;
  title: string;
  confirmLabel: string;
  keepLabel: string;
  children: ReactNode;
  action: () => Promise<string | null>;
  returnFocus: RefObject<HTMLElement | null>;
}) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const why = await action();
      if (why) setProblem(why);
      else setAsking(false);
    } catch (caught) {
      setProblem(describeError(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button
        type="button"
        className="button button--small button--danger-quiet"
        aria-label={accessibleLabel}
        onClick={() => {
          setProblem(null);
          setAsking(true);
        }}
      >
        {label}
      </button>
      {asking && (
        <ConfirmDialog
          title={title}
          keepLabel={keepLabel}
          confirmLabel={confirmLabel}
          busy={busy}
          problem={problem}
          onClose={() => setAsking(false)}
          onConfirm={() => void confirm()}
          returnFocus={returnFocus}
        >
          {children}
        </ConfirmDialog>
      )}
    </>
  );
}
