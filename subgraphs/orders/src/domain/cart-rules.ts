/** What a cart may hold. */
export const MAX_LINE_QUANTITY = 99;
export const MAX_CART_LINES = 50;

export function validQuantity(quantity: number): boolean {
  return Number.isInteger(quantity) && quantity >= 1 && quantity <= MAX_LINE_QUANTITY;
}

/** What products says a variant offers a cart right now (a subset of the products client's VariantOffer). */
export interface StockOffer {
  available: boolean;
  stock: number;
}

export type LineCheck = { ok: true } | { ok: false; code: string; message: string };

/** Whether `quantity` units of a variant (null: unknown to products) may be in a cart. */
export function checkLine(offer: StockOffer | null, quantity: number): LineCheck {
  if (!offer) return { ok: false, code: "VARIANT_NOT_FOUND", message: "No product variant has this id" };
  if (!offer.available) return { ok: false, code: "VARIANT_UNAVAILABLE", message: "This product is no longer sold" };
  if (!validQuantity(quantity)) {
    return { ok: false, code: "INVALID_QUANTITY", message: `Quantity must be between 1 and ${MAX_LINE_QUANTITY}` };
  }
  if (quantity > offer.stock) {
    const message = offer.stock === 0 ? "This item is out of stock" : `Only ${offer.stock} of this item are in stock`;
    return { ok: false, code: "OUT_OF_STOCK", message };
  }
  return { ok: true };
}

/**
 * The quantity a merged line ends with: the sum of what the cart had and what the guest cart
 * brings, cut to the per-line maximum and to the stock, but never less than the cart had.
 */
export function mergedQuantity(current: number, incoming: number, offer: StockOffer): number {
  return Math.max(current, Math.min(current + incoming, MAX_LINE_QUANTITY, offer.stock));
}
