/**
 * An order's figures, computed in one place for the cart, the checkout preview and placeOrder, in
 * integer minor units. The rules, in the order they apply:
 *
 * 1. **Subtotal**: each line's unit price × quantity, as prices are entered: gross when the shop's
 *    prices include tax, net when they do not.
 * 2. **Discounts**, one promotion after another, each on the lines it applies to and on what those
 *    lines still cost after the promotions before it: a percentage rounds half up, a fixed amount
 *    is capped at what is left. A promotion's amount is spread over its lines in proportion to
 *    what each still costs (largest remainder, so the shares add up to it exactly). So no line, and
 *    no order, is discounted below zero.
 * 3. **Shipping**: the method's price; nothing when a promotion gives free shipping or the
 *    discounted subtotal reaches the method's free-above amount.
 * 4. **Tax**, per line on its discounted amount and on shipping, rounded half up once per line:
 *    with tax-exclusive prices `tax = round(net × rate)`; with tax-inclusive prices
 *    `net = round(gross ÷ (1 + rate))` and `tax = gross − net`.
 * 5. **Total** = subtotal − discounts + shipping, + tax when prices exclude it (included tax is
 *    already in the subtotal and shipping).
 *
 * Rates are basis points (1900 = 19%). Amounts here are at most 2^31 and rates at most 100%, so
 * every product stays an exact integer in a double.
 */

export interface TotalsLine {
  unitPriceCents: number;
  quantity: number;
  /** The line's tax rate in basis points (0 when untaxed). */
  taxRateBasisPoints: number;
}

export interface DiscountRule {
  /** Which promotion: how its amount is reported. */
  id: string;
  /** Whole percent, 1 to 100, of what its lines still cost. */
  percentOff?: number;
  /** A fixed amount off its lines, capped at what they still cost. */
  amountOffCents?: number;
  /** The lines (indices into `lines`) it applies to; all of them when absent. */
  lineIndices?: readonly number[];
  freeShipping?: boolean;
}

export interface ShippingCharge {
  priceCents: number;
  /** Shipping is free when the discounted subtotal reaches this. */
  freeAboveCents: number | null;
  taxRateBasisPoints: number;
}

export interface TotalsInput {
  lines: readonly TotalsLine[];
  discounts: readonly DiscountRule[];
  shipping: ShippingCharge | null;
  pricesIncludeTax: boolean;
}

export interface LineFigures {
  subtotalCents: number;
  discountCents: number;
  taxCents: number;
}

export interface ComputedTotals {
  lines: LineFigures[];
  /** What each promotion took off (those that took nothing included, as 0). */
  discounts: { id: string; amountCents: number }[];
  subtotalCents: number;
  discountTotalCents: number;
  shippingTotalCents: number;
  taxTotalCents: number;
  totalCents: number;
}

const BASIS = 10_000;

/** `numerator / denominator` rounded half up, for non-negative integers. */
function divideRounded(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** The tax in `amount`: on top of it (tax-exclusive) or inside it (tax-inclusive). */
export function taxOf(amountCents: number, rateBasisPoints: number, included: boolean): number {
  if (rateBasisPoints === 0 || amountCents === 0) return 0;
  if (!included) return divideRounded(amountCents * rateBasisPoints, BASIS);
  return amountCents - divideRounded(amountCents * BASIS, BASIS + rateBasisPoints);
}

/**
 * `amount` split in proportion to `weights` (non-negative integers, summing to at least `amount`),
 * by largest remainder: the shares add up to `amount` exactly, and none exceeds its weight.
 */
export function allocate(amountCents: number, weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (amountCents === 0 || total === 0) return weights.map(() => 0);
  // BigInt: amount × weight may pass 2^53.
  const shares = weights.map((weight, index) => {
    const exact = BigInt(amountCents) * BigInt(weight);
    return { index, share: Number(exact / BigInt(total)), remainder: exact % BigInt(total) };
  });
  let left = amountCents - shares.reduce((sum, { share }) => sum + share, 0);
  const byRemainder = [...shares].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const entry of byRemainder) {
    if (left === 0) break;
    entry.share++;
    left--;
  }
  return shares.map(({ share }) => share);
}

export function computeTotals(input: TotalsInput): ComputedTotals {
  const subtotals = input.lines.map((line) => line.unitPriceCents * line.quantity);
  const remaining = [...subtotals];
  const discounts = input.discounts.map((rule) => {
    const all = input.lines.map((_, index) => index);
    const indices = rule.lineIndices ? all.filter((index) => rule.lineIndices!.includes(index)) : all;
    const base = indices.reduce((sum, index) => sum + (remaining[index] ?? 0), 0);
    const percent = rule.percentOff ? divideRounded(base * Math.min(rule.percentOff, 100), 100) : 0;
    const amountCents = Math.min(base, percent + (rule.amountOffCents ?? 0));
    const shares = allocate(
      amountCents,
      indices.map((index) => remaining[index] ?? 0),
    );
    indices.forEach((index, position) => (remaining[index]! -= shares[position]!));
    return { id: rule.id, amountCents };
  });
  const subtotalCents = sum(subtotals);
  const discountTotalCents = sum(discounts.map((discount) => discount.amountCents));

  const freeShipping = input.discounts.some((rule) => rule.freeShipping);
  const shipping = input.shipping;
  const reachesFree = shipping?.freeAboveCents != null && subtotalCents - discountTotalCents >= shipping.freeAboveCents;
  const shippingTotalCents = !shipping || freeShipping || reachesFree ? 0 : shipping.priceCents;

  const included = input.pricesIncludeTax;
  const lines = input.lines.map((line, index) => ({
    subtotalCents: subtotals[index]!,
    discountCents: subtotals[index]! - remaining[index]!,
    taxCents: taxOf(remaining[index]!, line.taxRateBasisPoints, included),
  }));
  const shippingTaxCents = shipping ? taxOf(shippingTotalCents, shipping.taxRateBasisPoints, included) : 0;
  const taxTotalCents = sum(lines.map((line) => line.taxCents)) + shippingTaxCents;
  const totalCents = subtotalCents - discountTotalCents + shippingTotalCents + (included ? 0 : taxTotalCents);
  return {
    lines,
    discounts,
    subtotalCents,
    discountTotalCents,
    shippingTotalCents,
    taxTotalCents,
    totalCents,
  };
}

function sum(amounts: readonly number[]): number {
  return amounts.reduce((total, amount) => total + amount, 0);
}
