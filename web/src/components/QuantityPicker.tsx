import { useId, useState, type KeyboardEvent } from "react";
import { MAX_LINE_QUANTITY } from "../cart/limits";

interface QuantityPickerProps {
  value: number;
  /** Called with a committed quantity only: a step button, or the field on blur or Enter, already clamped. */
  onChange: (quantity: number) => void;
  /** Units in stock; the per-line limit applies either way. */
  max?: number | null;
  /** What is counted, for the group's name and the messages ("Organic Tee"). */
  itemName: string;
  disabled?: boolean;
}

/** What the shopper typed, before it is committed. */
interface Draft {
  text: string;
  /** The value the draft started from: a new value from outside replaces the draft. */
  from: number;
  /** Committed and waiting for `value` to follow (a cart saves it on the server meanwhile). */
  committed: boolean;
}

export interface Clamped {
  quantity: number;
  /** Why the quantity is not what was typed, naming the item; null when it is. */
  message: string | null;
}

/**
 * The quantity a typed text stands for, within 1..limit: text that is no whole number keeps the
 * current value. `stockLimited` says whether the limit is the stock (rather than the per-line cap).
 */
export function quantityFromText(
  text: string,
  current: number,
  limit: number,
  stockLimited: boolean,
  itemName: string,
): Clamped {
  const trimmed = text.trim();
  if (trimmed === "") return { quantity: current, message: null };
  if (!/^[+-]?\d+$/.test(trimmed)) {
    return { quantity: current, message: `Enter a whole number of ${itemName}.` };
  }
  const typed = Number(trimmed);
  if (typed < 1) {
    return { quantity: 1, message: `At least 1 of ${itemName}: quantity set to 1.` };
  }
  if (typed > limit) {
    return {
      quantity: limit,
      message: stockLimited
        ? `Only ${limit} of ${itemName} in stock: quantity set to ${limit}.`
        : `At most ${limit} of ${itemName} per order: quantity set to ${limit}.`,
    };
  }
  return { quantity: typed, message: null };
}

/**
 * − n + with a number field in between, so keyboards and screen readers get a spin button. The
 * field may be emptied and retyped freely: nothing is committed until it loses focus or Enter is
 * pressed, and then it is clamped to 1..stock with a message saying so. An empty field commits
 * nothing and shows the quantity again.
 */
export function QuantityPicker({ value, onChange, max, itemName, disabled }: QuantityPickerProps) {
  const messageId = useId();
  const stockLimited = max !== undefined && max !== null && max < MAX_LINE_QUANTITY;
  const limit = Math.max(1, Math.min(max ?? MAX_LINE_QUANTITY, MAX_LINE_QUANTITY));
  const [draft, setDraft] = useState<Draft | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const showDraft = draft !== null && draft.from === value && (!draft.committed || !!disabled);

  const commitQuantity = (quantity: number, from: number) => {
    if (quantity === value) {
      setDraft(null);
      return;
    }
    setDraft({ text: String(quantity), from, committed: true });
    onChange(quantity);
  };
  const commitDraft = () => {
    if (!showDraft || draft.committed) return;
    const clamped = quantityFromText(draft.text, value, limit, stockLimited, itemName);
    setMessage(clamped.message);
    commitQuantity(clamped.quantity, draft.from);
  };
  const step = (delta: number) => {
    setMessage(null);
    commitQuantity(Math.min(limit, Math.max(1, value + delta)), value);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    // Commit here rather than submit the surrounding form with a quantity not yet committed.
    event.preventDefault();
    commitDraft();
  };

  return (
    <div className="quantity-picker">
      <div className="quantity" role="group" aria-label={`Quantity of ${itemName}`}>
        <button
          type="button"
          className="quantity__step"
          onClick={() => step(-1)}
          disabled={disabled || value <= 1}
          aria-label="Decrease quantity"
        >
          −
        </button>
        <input
          type="number"
          inputMode="numeric"
          min={1}
          max={limit}
          value={showDraft ? draft.text : String(value)}
          disabled={disabled}
          aria-label="Quantity"
          aria-describedby={message ? messageId : undefined}
          onChange={(event) => {
            setMessage(null);
            setDraft({ text: event.target.value, from: value, committed: false });
          }}
          onBlur={commitDraft}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          className="quantity__step"
          onClick={() => step(1)}
          disabled={disabled || value >= limit}
          aria-label="Increase quantity"
        >
          +
        </button>
      </div>
      {/* Always there, so screen readers know the live region before a message arrives. */}
      <p id={messageId} className="quantity__message" role="status">
        {message}
      </p>
    </div>
  );
}
