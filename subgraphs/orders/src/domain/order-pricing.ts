import { TaxCategory } from "@shopgraph/kernel";
import { methodShips, type ShippingMethodRules } from "./shipping.js";
import { rateFor } from "./tax.js";
import { computeTotals, type ComputedTotals, type DiscountRule } from "./totals.js";

/**
 * What the cart preview and placeOrder both price an order from, and the one way they do it (by
 * computeTotals in totals.ts): so the figures a shopper is shown are the figures they are charged.
 */

/** A line to price: what it costs and what the shipping and tax rules need to know of its product. */
export interface PricingLine {
  unitPriceCents: number;
  quantity: number;
  currency: string;
  /** Grams per unit; null (not set) counts as 0. */
  weightGrams: number | null;
  taxCategory: TaxCategory;
  /** Its product and the product's category (raw UUIDs; null when products did not say): a promotion's scope. */
  productId: string | null;
  categoryId: string | null;
}

/** A shipping method as the pricing sees it. */
export interface PricingMethod extends ShippingMethodRules {
  id: string;
  name: string;
}

/** What the database says about the shopper's choices for one country (see store/pricing-lookup.ts). */
export interface PricingLookup {
  /** The method asked for, if it exists; whether its zone has the country. */
  method: (PricingMethod & { shipsToCountry: boolean }) | null;
  /** Whether any method ships to the country: then choosing one is required. */
  countryHasMethods: boolean;
  /** The country's rates by category. */
  taxRates: { category: TaxCategory; rateBasisPoints: number }[];
}

/** The shopper's pricing choices at checkout: one object, so every checkout entry point passes it alike. */
export interface PricingChoice {
  /** A method of shippingMethods(country); required when a zone ships to the country. */
  shippingMethodId?: string | null | undefined;
  couponCode?: string | null | undefined;
}

export function cartWeightGrams(lines: readonly Pick<PricingLine, "weightGrams" | "quantity">[]): number {
  return lines.reduce((sum, line) => sum + (line.weightGrams ?? 0) * line.quantity, 0);
}

/** Why the chosen method cannot ship this cart to this country, or null when it can. */
export function methodProblem(
  lookup: PricingLookup,
  choice: PricingChoice,
  lines: readonly PricingLine[],
): "SHIPPING_METHOD_REQUIRED" | "SHIPPING_METHOD_INVALID" | null {
  if (!choice.shippingMethodId) return lookup.countryHasMethods ? "SHIPPING_METHOD_REQUIRED" : null;
  const method = lookup.method;
  if (!method || !method.shipsToCountry) return "SHIPPING_METHOD_INVALID";
  const cart = { weightGrams: cartWeightGrams(lines), currency: lines[0]?.currency ?? null };
  return methodShips(method, cart) ? null : "SHIPPING_METHOD_INVALID";
}

/**
 * An order's figures: each line taxed by its product's category at the country's rate, shipping
 * by the method (taxed at the country's STANDARD rate), the discount, if any, over the lines it
 * names (every line unless the promotion is limited to products or categories).
 */
export function priceOrder(input: {
  lines: readonly PricingLine[];
  taxRates: PricingLookup["taxRates"];
  country: string;
  method: ShippingMethodRules | null;
  discount: DiscountRule | null;
  pricesIncludeTax: boolean;
}): ComputedTotals {
  const rates = input.taxRates.map((rate) => ({ ...rate, country: input.country }));
  return computeTotals({
    lines: input.lines.map((line) => ({
      unitPriceCents: line.unitPriceCents,
      quantity: line.quantity,
      taxRateBasisPoints: rateFor(rates, input.country, line.taxCategory),
    })),
    discounts: input.discount ? [input.discount] : [],
    shipping: input.method && {
      priceCents: input.method.priceCents,
      freeAboveCents: input.method.freeAboveCents,
      taxRateBasisPoints: rateFor(rates, input.country, TaxCategory.STANDARD),
    },
    pricesIncludeTax: input.pricesIncludeTax,
  });
}
