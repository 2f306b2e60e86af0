import { MAX_LINE_QUANTITY } from "../cart/guest-cart";

interface QuantityPickerProps {
  value: number;
  onChange: (quantity: number) => void;
  max?: number;
  label: string;
  disabled?: boolean;
}

/** − n + with a real number input in between, so keyboards and screen readers get a spin button. */
export function QuantityPicker({ value, onChange, max = MAX_LINE_QUANTITY, label, disabled }: QuantityPickerProps) {
  const limit = Math.max(1, Math.min(max, MAX_LINE_QUANTITY));
  const set = (next: number) => onChange(Math.min(limit, Math.max(1, next)));
  return (
    <div className="quantity" role="group" aria-label={label}>
      <button
        type="button"
        className="quantity__step"
        onClick={() => set(value - 1)}
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
        value={value}
        disabled={disabled}
        aria-label="Quantity"
        onChange={(event) => {
          const parsed = Number.parseInt(event.target.value, 10);
          if (!Number.isNaN(parsed)) set(parsed);
        }}
      />
      <button
        type="button"
        className="quantity__step"
        onClick={() => set(value + 1)}
        disabled={disabled || value >= limit}
        aria-label="Increase quantity"
      >
        +
      </button>
    </div>
  );
}
