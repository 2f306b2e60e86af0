import { problem, type Checked } from "@shopgraph/kernel";
import type { CheckoutErrorCode } from "./errors.js";
import { computeTotals } from "./totals.js";

/** Money arithmetic of carts and orders, in integer minor units. */

/** GraphQL's Int is 32-bit: no amount the API shows may exceed it. */
export const MAX_AMOUNT_CENTS = 2_147_483_647;

export function lineTotalCents(unitPriceCents: number, quantity: number): number {
  return unitPriceCents * quantity;
}

export interface PricedLine {
  unitPriceCents: number;
  currency: string;
  quantity: number;
}

export interface Totals {
  currency: string;
  subtotalCents: number;
  totalCents: number;
}

export type TotalsErrorCode = Extract<CheckoutErrorCode, "CURRENCY_MISMATCH" | "AMOUNT_TOO_LARGE">;

/**
 * An order's totals from its lines, by the one pricing function (totals.ts). One currency per
 * order; no promotion, shipping or tax applies yet, so the total equals the subtotal.
 */
export function orderTotals(lines: readonly PricedLine[], fallbackCurrency: string): Checked<Totals, TotalsErrorCode> {
  const currencies = new Set(lines.map((line) => line.currency));
  if (currencies.size > 1) {
    return {
      ok: false,
      problems: [problem("CURRENCY_MISMATCH", "All items of an order must be priced in one currency")],
    };
  }
  const { subtotalCents, totalCents } = computeTotals({
    lines: lines.map((line) => ({ ...line, taxRateBasisPoints: 0 })),
    discounts: [],
    shipping: null,
    pricesIncludeTax: true,
  });
  if (subtotalCents > MAX_AMOUNT_CENTS || totalCents > MAX_AMOUNT_CENTS) {
    return { ok: false, problems: [problem("AMOUNT_TOO_LARGE", "The order total is larger than one order may be")] };
  }
  const currency = lines[0]?.currency ?? fallbackCurrency;
  return { ok: true, value: { currency, subtotalCents, totalCents } };
}

export interface Amount {
  amountCents: number;
  currency: string;
}

/** A line whose price at checkout is not the one the shopper was shown (`previous`, when known). */
export interface RepricedLine {
  variantId: string;
  quantity: number;
  unitPrice: Amount;
  previousUnitPrice: Amount | null;
}

/**
 * The lines sold at another price than the shopper was shown. A line whose shown price is not
 * known (put in the cart before prices were kept) counts as changed, with no previous price.
 */
export function repricedLines(
  sold: readonly (PricedLine & { variantId: string })[],
  shown: ReadonlyMap<string, Amount | null>,
): RepricedLine[] {
  return sold.flatMap((line) => {
    const previous = shown.get(line.variantId) ?? null;
    if (previous && previous.amountCents === line.unitPriceCents && previous.currency === line.currency) return [];
    return [
      {
        variantId: line.variantId,
        quantity: line.quantity,
        unitPrice: { amountCents: line.unitPriceCents, currency: line.currency },
        previousUnitPrice: previous,
      },
    ];
  });
}
