import type { CheckoutTotalsQuery } from "../gql/lazy/graphql";
import { formatPrice } from "../lib/money";

export type CheckoutTotals = NonNullable<CheckoutTotalsQuery["cart"]>["totals"];
type TotalsError = CheckoutTotals["userErrors"][number];

/** Cart.totals' userErrors about the coupon (field `couponCode`), in a shopper's words. */
export function couponMessage(error: TotalsError): string {
  switch (error.code) {
    case "COUPON_INVALID":
      return "This code does not work: check its spelling, its start date and its minimum order.";
    case "COUPON_EXPIRED":
      return "This code has expired.";
    case "COUPON_EXHAUSTED":
      return "This code has been used as often as it allows.";
    default:
      return error.message;
  }
}

/** Cart.totals' userErrors about the shipping method, in a shopper's words. */
export function shippingMessage(error: TotalsError): string {
  switch (error.code) {
    case "SHIPPING_METHOD_REQUIRED":
      return "Choose a shipping method.";
    case "SHIPPING_METHOD_INVALID":
      return "This shipping method does not ship this order there: choose another one.";
    default:
      return error.message;
  }
}

export const isCouponError = (error: TotalsError) =>
  error.code.startsWith("COUPON_") || error.field?.at(-1) === "couponCode";

/**
 * The order's figures as Cart.totals priced them for the checkout's choices: subtotal, discount,
 * shipping, tax (inside the prices or added, as the channel enters them) and total. Without
 * `methodName` (the cart page, before a method is chosen) there is no shipping row, and the total
 * is the total before shipping.
 */
export function TotalsRows({ totals, methodName }: { totals: CheckoutTotals; methodName: string | null | undefined }) {
  const discounted = totals.discountTotal.amountCents > 0;
  const withShipping = methodName !== undefined;
  return (
    <>
      <div>
        <dt>Subtotal</dt>
        <dd>{formatPrice(totals.subtotal)}</dd>
      </div>
      {discounted && (
        <div>
          <dt>Discount{totals.couponCode ? ` (${totals.couponCode})` : ""}</dt>
          <dd>−{formatPrice(totals.discountTotal)}</dd>
        </div>
      )}
      {withShipping && (
        <div>
          <dt>
            Shipping{(totals.shippingMethodName ?? methodName) ? ` (${totals.shippingMethodName ?? methodName})` : ""}
          </dt>
          <dd>{totals.shippingTotal.amountCents === 0 ? "Free" : formatPrice(totals.shippingTotal)}</dd>
        </div>
      )}
      <div>
        <dt>{totals.pricesIncludeTax ? "Included tax" : "Tax"}</dt>
        <dd>{formatPrice(totals.taxTotal)}</dd>
      </div>
      <div className="summary__total">
        <dt>{withShipping ? "Total" : "Total before shipping"}</dt>
        <dd>{formatPrice(totals.total)}</dd>
      </div>
    </>
  );
}
