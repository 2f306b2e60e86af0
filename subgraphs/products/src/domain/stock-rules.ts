import {
  isUuid,
  MAX_CART_LINE_QUANTITY,
  type ProblemList,
  type ReservedLine,
  type StockLine,
  type TaxCategory,
} from "@shopgraph/kernel";
import { ProductStatus } from "./catalog.js";
import type { StockErrorCode } from "./errors.js";
import { LIMITS } from "./product-rules.js";

/** What a stock change may ask for, and when a reservation line can be served. */

export const MAX_RESERVATION_LINES = 100;
/**
 * The most units one line of a reservation may take. A bound on what a caller may ask of stock,
 * not a shopping rule: the shop caps a cart line far lower, in orders.
 */
export const MAX_RESERVATION_LINE_QUANTITY = 1000;

// Orders reads reserveStock's answer as the same lines: the shapes are the kernel's.
export type { ReservedLine, StockLine } from "@shopgraph/kernel";

export interface Reservation {
  orderId: string;
  lines: ReservedLine[];
  /** True when this call found the order's reservation already made and reserved nothing. */
  alreadyReserved: boolean;
}

/** A variant as a reservation sees it (locked, as it is now). */
export interface ReservableVariant {
  id: string;
  sku: string;
  title: string;
  priceCents: number;
  currency: string;
  stock: number;
  productId: string;
  productName: string;
  status: ProductStatus;
  weightGrams: number | null;
  taxCategory: TaxCategory;
  categoryId: string;
}

/** What adjustStock can check before it looks at the variant; returns the trimmed reason. */
export function checkAdjustment(
  variantId: string,
  delta: number,
  reason: string | null,
  problems: ProblemList<StockErrorCode>,
): string | null {
  if (!isUuid(variantId)) problems.add("VARIANT_NOT_FOUND", "There is no variant with this id", ["variantId"]);
  if (!Number.isSafeInteger(delta) || delta === 0 || Math.abs(delta) > LIMITS.stock) {
    problems.add("INVALID_QUANTITY", `delta is a whole number from -${LIMITS.stock} to ${LIMITS.stock}, not 0`, [
      "delta",
    ]);
  }
  const note = reason?.trim() || null;
  if (note && note.length > 500) problems.add("INVALID_REASON", "reason is at most 500 characters", ["reason"]);
  return note;
}

/** One line of a reservation request against the variant it names (locked, as it is now). */
export function checkLine(
  line: StockLine,
  variant: ReservableVariant | undefined,
  earlierVariants: ReadonlySet<string>,
  problems: ProblemList<StockErrorCode>,
  field: string[],
): void {
  if (!validQuantity(line.quantity)) {
    problems.add("INVALID_QUANTITY", `Quantity is a whole number from 1 to ${MAX_RESERVATION_LINE_QUANTITY}`, field);
  } else if (earlierVariants.has(line.variantId)) {
    problems.add("DUPLICATE_VARIANT", `Variant ${line.variantId} is on two lines`, field);
  } else if (!variant) {
    problems.add("VARIANT_NOT_FOUND", `There is no variant ${line.variantId}`, field);
  } else if (variant.status !== ProductStatus.ACTIVE) {
    problems.add("VARIANT_UNAVAILABLE", `Variant ${line.variantId} is no longer sold`, field);
  } else if (variant.stock < line.quantity) {
    problems.add(
      "OUT_OF_STOCK",
      `Variant ${line.variantId} (${variant.sku}) has ${variant.stock} in stock; ${line.quantity} requested`,
      field,
    );
  }
}

export function validQuantity(quantity: number): boolean {
  return Number.isSafeInteger(quantity) && quantity >= 1 && quantity <= MAX_RESERVATION_LINE_QUANTITY;
}

/**
 * The most `quantityAvailable` tells a shopper: as many as one cart line may hold (orders'
 * per-line limit, the kernel's). Above it a shopper learns nothing they could use, and a
 * competitor nothing about the real stock; exact counts are for admins (`stock`).
 */
export const QUANTITY_AVAILABLE_CAP = MAX_CART_LINE_QUANTITY;

/** What the storefront shows of a variant's stock. */
export function quantityAvailable(stock: number): number {
  return Math.max(0, Math.min(stock, QUANTITY_AVAILABLE_CAP));
}
