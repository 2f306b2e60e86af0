import { MAX_CART_LINE_QUANTITY, problem, type Checked, type TaxCategory } from "@shopgraph/kernel";
import type { CartErrorCode } from "./errors.js";

/**
 * What a cart may hold. A cart line's maximum (the kernel's, which products' quantityAvailable
 * follows) is not products' per-line maximum of a stock movement: a shopper's line is a
 * purchase, so it is far smaller.
 */
export { MAX_CART_LINE_QUANTITY };
export const MAX_CART_LINES = 50;

export function validQuantity(quantity: number): boolean {
  return Number.isInteger(quantity) && quantity >= 1 && quantity <= MAX_CART_LINE_QUANTITY;
}

/** What products says a variant offers a cart right now (a subset of VariantOffer). */
export interface StockOffer {
  available: boolean;
  stock: number;
}

/** What a cart needs to know about a variant, now: products' answer. */
export interface VariantOffer extends StockOffer {
  id: string;
  /** Its product is on sale (not archived). */
  available: boolean;
  priceCents: number;
  currency: string;
  /** Its product's weight per unit in grams (null: not set); absent from an older products instance. */
  weightGrams?: number | null;
  /** Its product's tax category; absent from an older products instance (STANDARD). */
  taxCategory?: TaxCategory;
  /** Its product and the product's category (raw UUIDs): what a scoped promotion matches. */
  productId?: string;
  categoryId?: string;
}

export type LineErrorCode = Extract<
  CartErrorCode,
  "VARIANT_NOT_FOUND" | "VARIANT_UNAVAILABLE" | "INVALID_QUANTITY" | "OUT_OF_STOCK"
>;

/**
 * Whether `quantity` units of a variant (null: unknown to products) may be in a cart; the offer
 * when they may. Problems have no field: the caller knows which input they concern.
 */
export function checkLine<Offer extends StockOffer>(
  offer: Offer | null,
  quantity: number,
): Checked<Offer, LineErrorCode> {
  const refused = (code: LineErrorCode, message: string) => ({
    ok: false as const,
    problems: [problem(code, message)],
  });
  if (!offer) return refused("VARIANT_NOT_FOUND", "No product variant has this id");
  if (!offer.available) return refused("VARIANT_UNAVAILABLE", "This product is no longer sold");
  if (!validQuantity(quantity)) {
    return refused("INVALID_QUANTITY", `Quantity must be between 1 and ${MAX_CART_LINE_QUANTITY}`);
  }
  if (quantity > offer.stock) {
    return refused(
      "OUT_OF_STOCK",
      offer.stock === 0 ? "This item is out of stock" : `Only ${offer.stock} of this item are in stock`,
    );
  }
  return { ok: true, value: offer };
}

/**
 * The quantity a merged line ends with: the sum of what the cart had and what the guest cart
 * brings, cut to the per-line maximum and to the stock, but never less than the cart had.
 */
export function mergedQuantity(current: number, incoming: number, offer: StockOffer): number {
  return Math.max(current, Math.min(current + incoming, MAX_CART_LINE_QUANTITY, offer.stock));
}
