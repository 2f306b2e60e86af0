import type { TaxCategory } from "./tax.js";

/**
 * What orders and products agree on about stock: the most units a cart line holds, and the lines
 * of a stock reservation as products' reserveStock takes and answers them.
 */

/**
 * The most units one cart line may hold: orders' rule for a cart, and the most products'
 * `quantityAvailable` tells a shopper (above it a shopper learns nothing they could use).
 */
export const MAX_CART_LINE_QUANTITY = 99;

/** A line of a reservation request: so many units of a variant. */
export interface StockLine {
  variantId: string;
  quantity: number;
}

/** A reserved line as the order records it: what was sold, at what price. */
export interface ReservedLine {
  variantId: string;
  productId: string;
  productName: string;
  variantTitle: string;
  sku: string;
  unitPriceCents: number;
  currency: string;
  quantity: number;
  /** The product's weight in grams, null when not set (absent from a products instance that predates it). */
  weightGrams?: number | null;
  /** The product's tax category (absent from a products instance that predates it: STANDARD). */
  taxCategory?: TaxCategory;
  /** The product's category (raw UUID); absent from a products instance that predates it. */
  categoryId?: string | null;
}

/**
 * Products' endpoint for orders' stock reservation, `/internal/reserve-stock` (decision 0017): a
 * signed POST of `{ orderId, lines }` with orders' service token, raw UUIDs, answered with
 * ReserveStockAnswer. The same use case as the `reserveStock` mutation, without GraphQL's pipeline.
 */
export const RESERVE_STOCK_ENDPOINT = "reserve-stock";

/** What `/internal/reserve-stock` answers: the reserved lines, or why nothing was reserved. */
export type ReserveStockAnswer =
  { lines: ReservedLine[] } | { userErrors: { code: string; message: string; field: readonly string[] | null }[] };
