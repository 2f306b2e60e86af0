import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { FormErrors, SelectField, TextField } from "../components/Field";
import type { CartView } from "../cart/use-cart";
import { describeError } from "../lib/errors";
import { formatPrice } from "../lib/money";
import { errorFor, unplacedErrors, type FieldUserError } from "../lib/user-errors";
import {
  countryName,
  EMPTY_ADDRESS,
  SHIPPING_COUNTRIES,
  toAddressInput,
  validateAddress,
  type AddressValues,
} from "./address";
import { useCheckout } from "./use-checkout";

export const TEST_CARDS = [
  { token: "tok_visa", label: "Visa •••• 4242", note: "Test card that is approved" },
  { token: "tok_declined", label: "Visa •••• 0002", note: "Test card that is declined" },
] as const;

const ADDRESS_FIELDS = ["name", "line1", "line2", "city", "postalCode", "country"] as const;
const PLACED_PATHS = [...ADDRESS_FIELDS.map((field) => ["shippingAddress", field]), ["paymentToken"]];

/** The server's words name variant ids; a shopper needs to know what to do. */
function lineMessage(error: FieldUserError): string {
  if (error.code === "OUT_OF_STOCK")
    return "Sold out in this quantity while you were checking out. Lower the quantity or remove it from your cart.";
  return error.message;
}

/** userErrors about a cart line carry ["cart", "lines", index]: the index of the line in the cart. */
function lineErrors(errors: readonly FieldUserError[]): Map<number, string> {
  const byLine = new Map<number, string>();
  for (const error of errors) {
    const [first, second, index] = error.field ?? [];
    if (first === "cart" && second === "lines" && index !== undefined) byLine.set(Number(index), lineMessage(error));
  }
  return byLine;
}

export function CheckoutForm({ cart }: { cart: CartView }) {
  const navigate = useNavigate();
  const { submit, pendingOrder } = useCheckout();
  const [address, setAddress] = useState<AddressValues>(EMPTY_ADDRESS);
  const [paymentToken, setPaymentToken] = useState<string>(TEST_CARDS[0].token);
  const [errors, setErrors] = useState<readonly FieldUserError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const invalid = pendingOrder ? [] : validateAddress(address);
    setErrors(invalid);
    if (invalid.length > 0) {
      document.getElementById(`checkout-${String(invalid[0]?.field?.[1])}`)?.focus();
      return;
    }
    setBusy(true);
    const result = await submit(toAddressInput(address), paymentToken);
    setBusy(false);
    switch (result.kind) {
      case "paid":
        void navigate(`/orders/${result.order.id}?placed=1`, { replace: true });
        return;
      case "rejected":
      case "declined":
        setErrors(result.errors);
        return;
      case "failed":
        setFailure(`${describeError(result.error)} Your order was not duplicated: trying again is safe.`);
    }
  };

  const set = (field: keyof AddressValues) => (event: { target: { value: string } }) =>
    setAddress({ ...address, [field]: event.target.value });
  const fieldError = (field: keyof AddressValues) => errorFor(errors, "shippingAddress", field);
  const byLine = lineErrors(errors);
  const general = [
    ...unplacedErrors(errors, PLACED_PATHS)
      .filter((error) => error.field?.[0] !== "cart")
      .map((error) => error.message),
    ...(failure ? [failure] : []),
  ];

  return (
    <form className="checkout__layout" onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Checkout">
      <div className="checkout__main">
        <FormErrors messages={general} />
        {pendingOrder ? (
          <section className="panel" aria-labelledby="placed-heading">
            <h2 id="placed-heading" className="panel__title">
              Order {pendingOrder.number} is waiting for payment
            </h2>
            <p>
              We are holding your items. Shipping to {pendingOrder.shippingAddress.name},{" "}
              {pendingOrder.shippingAddress.line1}, {pendingOrder.shippingAddress.city}.
            </p>
          </section>
        ) : (
          <fieldset className="panel" disabled={busy}>
            <legend className="panel__title">Shipping address</legend>
            <div className="form-grid">
              <TextField
                id="checkout-name"
                className="span-2"
                label="Full name"
                autoComplete="shipping name"
                value={address.name}
                onChange={set("name")}
                error={fieldError("name")}
                required
              />
              <TextField
                id="checkout-line1"
                className="span-2"
                label="Address"
                autoComplete="shipping address-line1"
                value={address.line1}
                onChange={set("line1")}
                error={fieldError("line1")}
                required
              />
              <TextField
                id="checkout-line2"
                className="span-2"
                label="Apartment, suite (optional)"
                autoComplete="shipping address-line2"
                value={address.line2}
                onChange={set("line2")}
                error={fieldError("line2")}
              />
              <TextField
                id="checkout-city"
                label="City"
                autoComplete="shipping address-level2"
                value={address.city}
                onChange={set("city")}
                error={fieldError("city")}
                required
              />
              <TextField
                id="checkout-postalCode"
                label="Postal code"
                autoComplete="shipping postal-code"
                value={address.postalCode}
                onChange={set("postalCode")}
                error={fieldError("postalCode")}
                required
              />
              <SelectField
                id="checkout-country"
                className="span-2"
                label="Country"
                autoComplete="shipping country"
                value={address.country}
                onChange={set("country")}
                error={fieldError("country")}
              >
                {SHIPPING_COUNTRIES.map((code) => (
                  <option key={code} value={code}>
                    {countryName(code)}
                  </option>
                ))}
              </SelectField>
            </div>
          </fieldset>
        )}
        <fieldset
          className="panel"
          disabled={busy}
          aria-describedby={errorFor(errors, "paymentToken") ? "payment-error" : undefined}
        >
          <legend className="panel__title">Payment</legend>
          <div className="card-options">
            {TEST_CARDS.map((card) => (
              <label key={card.token} className="card-option">
                <input
                  type="radio"
                  name="paymentToken"
                  value={card.token}
                  checked={paymentToken === card.token}
                  onChange={() => setPaymentToken(card.token)}
                />
                <span className="card-option__label">{card.label}</span>
                <span className="card-option__note">
                  {card.note} (<code>{card.token}</code>)
                </span>
              </label>
            ))}
          </div>
          {errorFor(errors, "paymentToken") && (
            <p id="payment-error" className="field__error" role="alert">
              {errorFor(errors, "paymentToken")}
            </p>
          )}
        </fieldset>
      </div>
      <aside className="summary" aria-label="Order summary">
        <h2 className="summary__title">Your order</h2>
        <ul className="summary__lines">
          {cart.lines.map((line, index) => (
            <li
              key={line.variantId}
              className={byLine.has(index) ? "summary__line summary__line--error" : "summary__line"}
            >
              <span className="summary__line-name">
                {line.quantity} × {line.productName} <span className="muted">({line.variantTitle})</span>
              </span>
              <span>{line.lineTotal ? formatPrice(line.lineTotal) : "—"}</span>
              {byLine.has(index) && (
                <p className="field__error" role="alert">
                  {byLine.get(index)} <Link to="/cart">Edit cart</Link>
                </p>
              )}
            </li>
          ))}
        </ul>
        <dl className="summary__rows">
          <div>
            <dt>Shipping</dt>
            <dd>Free</dd>
          </div>
          <div className="summary__total">
            <dt>Total</dt>
            <dd>{pendingOrder ? formatPrice(pendingOrder.total) : cart.subtotal ? formatPrice(cart.subtotal) : "—"}</dd>
          </div>
        </dl>
        <button type="submit" className="button button--primary button--wide" disabled={busy}>
          {busy ? "Processing…" : pendingOrder ? "Pay now" : "Place order and pay"}
        </button>
        <p className="summary__note">Test mode: no real card is charged.</p>
      </aside>
    </form>
  );
}
