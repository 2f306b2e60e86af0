import { useQuery } from "@apollo/client/react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { FormErrors, SelectField, TextField } from "../components/Field";
import type { CartView } from "../cart/use-cart";
import {
  ShippingMethodsDocument,
  type CheckoutErrorCode,
  type OrderDetailFragment,
  type PriceChangeViewFragment,
} from "../gql/shop/graphql";
import { CheckoutTotalsDocument, AccountPageDocument } from "../gql/lazy/graphql";
import { describeError } from "../lib/errors";
import { formatPrice, type MoneyLike } from "../lib/money";
import { errorFor, unplacedErrors, type FieldUserError } from "../lib/user-errors";
import {
  countryName,
  EMPTY_ADDRESS,
  loadAddress,
  saveAddress,
  SHIPPING_COUNTRIES,
  toAddressInput,
  validateAddress,
  type AddressValues,
} from "./address";
import { rememberCoupon, rememberedCoupon } from "./address-draft";
import { matchingAddress, NEW_ADDRESS, savedToValues, SavedAddressChoice, ShippingMethodChoice } from "./choices";
import { CardOptions, DEFAULT_CARD } from "./payment";
import { couponMessage, isCouponError, shippingMessage, TotalsRows } from "./totals";
import { useCheckout } from "./use-checkout";
import { SummaryDetails } from "./summary-toggle";

/** An order placed and not paid: why (when this tab just tried), and the card tried. */
export interface UnpaidOrder {
  order: OrderDetailFragment;
  problem: string | null;
  paymentToken?: string;
}

const ADDRESS_FIELDS = ["name", "line1", "line2", "city", "postalCode", "country"] as const;
const isBlank = (values: AddressValues) =>
  ADDRESS_FIELDS.every((field) => field === "country" || !values[field].trim());
const PLACED_PATHS = [["email"], ...ADDRESS_FIELDS.map((field) => ["shippingAddress", field])];

/** A guest's e-mail address, checked as the API checks it (one @, a dot in the domain). */
function validateEmail(email: string): FieldUserError<CheckoutErrorCode>[] {
  const value = email.trim();
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) && value.length <= 254) return [];
  return [{ field: ["email"], code: "INVALID_EMAIL", message: "Enter your email address, like ada@example.com." }];
}

/** placeOrder's userErrors and the form's own checks of the address, in the same codes. */
type CheckoutError = FieldUserError<CheckoutErrorCode>;

/** The server's words name variant ids; a shopper needs to know what to do. */
function lineMessage(error: CheckoutError): string {
  if (error.code === "OUT_OF_STOCK")
    return "Sold out in this quantity while you were checking out. Lower the quantity or remove it from your cart.";
  return error.message;
}

/** userErrors about a cart line carry ["cart", "lines", index]: the index of the line in the cart. */
function lineErrors(errors: readonly CheckoutError[]): Map<number, string> {
  const byLine = new Map<number, string>();
  for (const error of errors) {
    const [first, second, index] = error.field ?? [];
    if (first === "cart" && second === "lines" && index !== undefined) byLine.set(Number(index), lineMessage(error));
  }
  return byLine;
}

/**
 * Prices raised (or lowered) since the shopper saw them: the lines that changed, the new total, and
 * the one way to go on, placing the order at that total. The heading takes the focus, so it is
 * read out and a double click or Enter on the way here confirms nothing.
 */
function PriceChangeNotice({
  priceChange,
  busy,
  onConfirm,
}: {
  priceChange: PriceChangeViewFragment;
  busy: boolean;
  onConfirm: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [priceChange]);
  const total = formatPrice(priceChange.total);
  return (
    <section className="panel price-change" aria-labelledby="price-change-title">
      <h2 id="price-change-title" className="panel__title" ref={heading} tabIndex={-1}>
        Prices changed since you added these items
      </h2>
      <ul className="price-change__lines">
        {priceChange.lines.map((line, index) => (
          <li key={line.variant?.id ?? index}>
            <span>
              {line.quantity} × {line.variant ? line.variant.product.name : "An item"}
              {line.variant && <span className="muted"> ({line.variant.title})</span>}
            </span>{" "}
            <span className="price-change__prices">
              {line.previousUnitPrice ? (
                <s>{formatPrice(line.previousUnitPrice)}</s>
              ) : (
                <span className="muted">price not known</span>
              )}
              <span aria-hidden="true"> → </span>
              <span className="visually-hidden">, now </span>
              <strong>{formatPrice(line.unitPrice)}</strong> each
            </span>
          </li>
        ))}
      </ul>
      <p>
        The new total is <strong>{total}</strong>. Nothing has been ordered or charged yet.
      </p>
      <div className="price-change__actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={onConfirm}>
          {busy ? "Processing…" : `Place order at ${total}`}
        </button>
        <Link to="/cart" className="button button--secondary">
          Review cart
        </Link>
      </div>
    </section>
  );
}

/**
 * The address, the card, and placing the order. The address is kept for this tab as it is typed
 * (a reload loses nothing) and forgotten once an order is placed. An order placed but not paid
 * goes to `onUnpaid`: it is paid or cancelled from there, never placed a second time.
 */
export function CheckoutForm({
  cart,
  onUnpaid,
  onPlacing = () => undefined,
  guest = false,
}: {
  cart: CartView;
  /** A shopper without an account: an e-mail address, the guest cart, and the order's link to follow. */
  guest?: boolean;
  onUnpaid: (unpaid: UnpaidOrder) => void;
  /** True while an attempt runs and once it placed an order; false when it placed nothing. */
  onPlacing?: (placing: boolean) => void;
}) {
  const navigate = useNavigate();
  const { submit } = useCheckout();
  const [address, setAddress] = useState<AddressValues>(loadAddress);
  const [paymentToken, setPaymentToken] = useState<string>(DEFAULT_CARD);
  const [errors, setErrors] = useState<readonly CheckoutError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [priceChange, setPriceChange] = useState<PriceChangeViewFragment | null>(null);
  const [email, setEmail] = useState("");

  // The address book (the account page's query: one document fewer in the shop's initial
  // JavaScript): the default address fills an empty form once, when it arrives.
  const saved = useQuery(AccountPageDocument, { skip: guest });
  const addresses = saved.data?.me?.addresses ?? [];
  const [prefilled, setPrefilled] = useState(false);
  useEffect(() => {
    if (prefilled || (!guest && !saved.data && !saved.error)) return;
    setPrefilled(true);
    const preset = saved.data?.me?.addresses.find((entry) => entry.defaultShipping);
    if (preset && isBlank(address)) {
      const next = savedToValues(preset);
      setAddress(next);
      saveAddress(next);
    }
  }, [prefilled, guest, saved.data, saved.error, address]);
  const chosenAddress = matchingAddress(addresses, address)?.id ?? NEW_ADDRESS;
  const chooseAddress = (id: string) => {
    const entry = addresses.find((candidate) => candidate.id === id);
    const next = entry ? savedToValues(entry) : { ...EMPTY_ADDRESS, country: address.country };
    setAddress(next);
    saveAddress(next);
    setErrors((current) => current.filter((error) => error.field?.at(-2) !== "shippingAddress"));
    if (!entry) document.getElementById("checkout-name")?.focus();
  };

  // The ways to ship to the address's country, priced for this cart (again when its subtotal changes);
  // asked once the address book answered, which may change the country.
  const countryKnown = /^[A-Z]{2}$/.test(address.country) && prefilled;
  const shipping = useQuery(ShippingMethodsDocument, {
    // A guest's methods are priced for the guest cart; a shopper's for the account cart.
    variables: { country: address.country, cartId: guest ? cart.id : null },
    skip: !countryKnown,
    fetchPolicy: "cache-and-network",
  });
  const methods = countryKnown ? shipping.data?.shippingMethods : undefined;
  const subtotalCents = cart.subtotal?.amountCents;
  const pricedFor = useRef(subtotalCents);
  const refetchMethods = shipping.refetch;
  useEffect(() => {
    if (pricedFor.current === subtotalCents) return;
    pricedFor.current = subtotalCents;
    if (countryKnown) void refetchMethods().catch(() => undefined);
  }, [subtotalCents, countryKnown, refetchMethods]);
  const [pickedMethod, setPickedMethod] = useState<string | null>(null);
  // The shopper's pick while the country offers it; otherwise the cheapest (the list's first).
  const method = methods?.find((candidate) => candidate.id === pickedMethod) ?? methods?.[0] ?? null;

  // The coupon as typed, and the code last applied (sent to Cart.totals, and with the order once accepted).
  // A coupon accepted earlier in this tab (at checkout before, shown on the cart page) is tried again.
  const [coupon, setCoupon] = useState(() => rememberedCoupon() ?? "");
  const [triedCoupon, setTriedCoupon] = useState<string | null>(() => rememberedCoupon());

  // The figures for the country, method and coupon chosen, priced by the server as placeOrder will
  // charge them: what the summary shows and the total the order is placed at.
  const totalsQuery = useQuery(CheckoutTotalsDocument, {
    variables: {
      cartId: cart.id,
      input: { country: address.country, shippingMethodId: method?.id ?? null, couponCode: triedCoupon },
    },
    // Asked once the methods are known, so the method priced in is the one shown.
    skip: !countryKnown || !methods,
    fetchPolicy: "cache-and-network",
  });
  const totals = countryKnown && methods ? (totalsQuery.data ?? totalsQuery.previousData)?.cart?.totals : undefined;
  const totalsFresh = !!totalsQuery.data?.cart?.totals && !totalsQuery.loading;
  const refetchTotals = totalsQuery.refetch;
  const totalsFor = useRef(subtotalCents);
  useEffect(() => {
    if (totalsFor.current === subtotalCents) return;
    totalsFor.current = subtotalCents;
    if (countryKnown && methods) void refetchTotals().catch(() => undefined);
  }, [subtotalCents, countryKnown, methods, refetchTotals]);
  const couponErrors =
    totals && triedCoupon !== null && coupon.trim() === triedCoupon ? totals.userErrors.filter(isCouponError) : [];
  const shippingErrors = totals ? totals.userErrors.filter((error) => !isCouponError(error)) : [];
  const applyCoupon = () => setTriedCoupon(coupon.trim() === "" ? null : coupon.trim());
  // What Cart.totals accepted is remembered for the cart page; a refused or removed code is not.
  const acceptedCoupon = totalsFresh ? (totals?.couponCode ?? null) : undefined;
  useEffect(() => {
    if (acceptedCoupon !== undefined) rememberCoupon(acceptedCoupon);
  }, [acceptedCoupon]);

  /** Places the order at `expectedTotal`, the total the shopper is looking at (none: Cart.totals'). */
  const place = async (shownTotal: MoneyLike | null) => {
    setFailure(null);
    const invalid = [...(guest ? validateEmail(email) : []), ...validateAddress(address)];
    setErrors(invalid);
    if (invalid.length > 0) {
      const first = invalid[0]?.field;
      document.getElementById(first?.[0] === "email" ? "checkout-email" : `checkout-${String(first?.[1])}`)?.focus();
      return;
    }
    setBusy(true);
    // The figures for the choices on screen; asked again when a change is still being priced.
    let priced = totalsFresh ? totals : undefined;
    if (!shownTotal && !priced) {
      priced = countryKnown && methods ? (await refetchTotals().catch(() => null))?.data?.cart?.totals : undefined;
      if (!priced) {
        setBusy(false);
        setFailure("We could not work out your total yet. Try again in a moment.");
        return;
      }
    }
    const expectedTotal = shownTotal ?? expectedFrom(priced as NonNullable<typeof priced>, subtotalCents);
    onPlacing(true);
    const result = await submit(
      toAddressInput(address),
      paymentToken,
      expectedTotal,
      cart.id,
      guest ? { email: email.trim() } : null,
      // The coupon only when Cart.totals took it: the total shown has no discount otherwise.
      { shippingMethodId: method?.id ?? null, couponCode: (priced ?? totals)?.couponCode ?? null },
    );
    // A guest's order lives at its link: paid or not, that page shows it (and takes the payment).
    if (result.kind === "guestPlaced") {
      const placed = result.problem ? "" : "&placed=1";
      void navigate(`/guest-order?token=${encodeURIComponent(result.orderToken)}${placed}`, { replace: true });
      return;
    }
    setBusy(false);
    if (result.kind === "rejected" || result.kind === "priceChanged" || result.kind === "failed") onPlacing(false);
    // No answer keeps the question: its button retries the same attempt at the same total.
    if (result.kind !== "failed") setPriceChange(result.kind === "priceChanged" ? result.priceChange : null);
    switch (result.kind) {
      case "paid":
        void navigate(`/orders/${result.order.id}?placed=1`, { replace: true });
        return;
      case "rejected":
        setErrors(result.errors);
        return;
      case "unpaid":
        onUnpaid({ order: result.order, problem: result.problem, paymentToken });
        return;
      case "priceChanged":
        setErrors([]);
        return;
      case "failed":
        setFailure(`${describeError(result.error)} Your order was not duplicated: trying again is safe.`);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // While a price change waits for an answer, only its own button places the order.
    if (priceChange) return;
    void place(null);
  };

  const set = (field: keyof AddressValues) => (event: { target: { value: string } }) => {
    const next = { ...address, [field]: event.target.value };
    setAddress(next);
    saveAddress(next);
    // An input's error goes once it holds a valid value (the form's own checks; the server's go on any change).
    setErrors((current) => {
      const mine = (error: CheckoutError) => error.field?.at(-2) === "shippingAddress" && error.field.at(-1) === field;
      if (!current.some(mine)) return current;
      return [...current.filter((error) => !mine(error)), ...validateAddress(next).filter(mine)];
    });
  };
  const fieldError = (field: keyof AddressValues) => errorFor(errors, "shippingAddress", field);
  const byLine = lineErrors(errors);
  const general = [
    ...unplacedErrors(errors, PLACED_PATHS)
      .filter((error) => error.field?.[0] !== "cart")
      .map((error) => error.message),
    ...(failure ? [failure] : []),
  ];

  return (
    <form className="checkout__layout" onSubmit={onSubmit} noValidate aria-label="Checkout">
      <div className="checkout__main">
        {guest && (
          <fieldset className="panel" disabled={busy}>
            <legend className="panel__title">Contact</legend>
            <TextField
              id="checkout-email"
              label="Email"
              type="email"
              autoComplete="email"
              value={email}
              onChange={(event) => {
                const value = event.target.value;
                setEmail(value);
                setErrors((current) =>
                  current.some((error) => error.field?.at(-1) === "email")
                    ? [...current.filter((error) => error.field?.at(-1) !== "email"), ...validateEmail(value)]
                    : current,
                );
              }}
              error={errorFor(errors, "email")}
              hint="Your confirmation and the link to your order go here."
              required
            />
          </fieldset>
        )}
        {addresses.length > 0 && (
          <SavedAddressChoice addresses={addresses} chosen={chosenAddress} onChoose={chooseAddress} disabled={busy} />
        )}
        {priceChange && (
          <PriceChangeNotice priceChange={priceChange} busy={busy} onConfirm={() => void place(priceChange.total)} />
        )}
        <FormErrors messages={general} />
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
        <ShippingMethodChoice
          country={address.country}
          methods={methods}
          loading={shipping.loading}
          failed={countryKnown && !!shipping.error}
          onRetry={() => void refetchMethods().catch(() => undefined)}
          chosen={method?.id ?? null}
          onChoose={setPickedMethod}
          disabled={busy}
        />
        <fieldset className="panel" disabled={busy}>
          <legend className="panel__title">Coupon</legend>
          <div className="coupon">
            <TextField
              id="checkout-coupon"
              label="Coupon code (optional)"
              autoComplete="off"
              value={coupon}
              onChange={(event) => setCoupon(event.target.value)}
              onKeyDown={(event) => {
                // Enter applies the code; it does not place the order.
                if (event.key !== "Enter") return;
                event.preventDefault();
                applyCoupon();
              }}
              error={couponErrors[0] ? couponMessage(couponErrors[0]) : undefined}
              hint={
                totals?.couponCode && totals.couponCode === triedCoupon?.toUpperCase()
                  ? `${totals.couponCode} is applied.`
                  : undefined
              }
            />
            <button
              type="button"
              className="button button--small button--secondary"
              onClick={applyCoupon}
              disabled={!countryKnown || !methods}
            >
              Apply
            </button>
          </div>
        </fieldset>
        <fieldset className="panel" disabled={busy}>
          <legend className="panel__title">Payment</legend>
          <CardOptions value={paymentToken} onChange={setPaymentToken} />
        </fieldset>
      </div>
      <aside className="summary" aria-label="Order summary">
        <h2 className="summary__title">Your order</h2>
        <SummaryDetails mustShow={byLine.size > 0}>
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
        </SummaryDetails>
        {/* Cart.totals' figures for the country, method and coupon chosen: what placeOrder charges. */}
        <dl className="summary__rows" aria-busy={!totalsFresh || undefined}>
          {totals ? (
            <TotalsRows totals={totals} methodName={method?.name ?? null} />
          ) : (
            <div className="summary__total">
              <dt>Total</dt>
              <dd>{totalsQuery.error ? "—" : "Calculating…"}</dd>
            </div>
          )}
        </dl>

        {shippingErrors.map((error) => (
          <p key={error.code} className="field__error" role="alert">
            {shippingMessage(error)}
          </p>
        ))}
        {totalsQuery.error && !totals && (
          <div role="alert">
            <p>We could not work out your total.</p>
            <button
              type="button"
              className="button button--small button--secondary"
              onClick={() => void refetchTotals().catch(() => undefined)}
            >
              Try again
            </button>
          </div>
        )}
        <button type="submit" className="button button--primary button--wide" disabled={busy || !!priceChange}>
          {busy ? "Processing…" : "Place order and pay"}
        </button>
        <p className="summary__note">Test mode: no real card is charged.</p>
      </aside>
    </form>
  );
}

/**
 * The total to expect from Cart.totals' figures, which are at today's prices. Where its subtotal is
 * not the one of the lines on screen (a price changed since the cart was loaded), the lines' own
 * is expected instead, so placeOrder answers PRICE_CHANGED and the shopper confirms the new total
 * line by line: prices never change silently, not even into the summary's total.
 */
function expectedFrom(
  priced: { total: MoneyLike; subtotal: MoneyLike },
  shownSubtotalCents: number | undefined,
): MoneyLike {
  if (shownSubtotalCents === undefined || shownSubtotalCents === priced.subtotal.amountCents) return priced.total;
  const amountCents = priced.total.amountCents + shownSubtotalCents - priced.subtotal.amountCents;
  return { ...priced.total, amountCents };
}
