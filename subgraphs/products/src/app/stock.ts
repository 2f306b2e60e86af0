import { isUuid, ProblemList, TaxCategory } from "@shopgraph/kernel";
import { type EntityManager } from "@shopgraph/subgraph";
import { rejectStock, type StockErrorCode } from "../domain/errors.js";
import { LIMITS } from "../domain/product-rules.js";
import {
  checkAdjustment,
  checkLine,
  MAX_RESERVATION_LINES,
  validQuantity,
  type Reservation,
  type ReservedLine,
  type StockLine,
} from "../domain/stock-rules.js";
import {
  addStock,
  lockOrder,
  recordAdjustment,
  releaseReservations,
  reserveLines,
  stockOf,
  type ExistingReservation,
} from "../store/stock.js";
import { recordStockAdjusted } from "../store/catalog-events.js";

/** Stock changes: each one transaction of conditional updates and their ledger rows. */

/** Adds `delta` (negative to remove) to a variant's stock, refusing to go below zero. */
export async function adjustStock(
  em: EntityManager,
  actor: string,
  variantId: string,
  delta: number,
  reason: string | null,
): Promise<string> {
  const problems = new ProblemList<StockErrorCode>();
  const note = checkAdjustment(variantId, delta, reason, problems);
  problems.throwIfAny();
  return em.transactional(async (tx) => {
    const added = await addStock(tx, variantId, delta, LIMITS.stock);
    if (added === null) {
      const stock = await stockOf(tx, variantId);
      if (stock === null) rejectStock("VARIANT_NOT_FOUND", "There is no variant with this id", ["variantId"]);
      if (stock + delta < 0)
        rejectStock("INSUFFICIENT_STOCK", `Only ${stock} in stock; cannot remove ${-delta}`, ["delta"]);
      rejectStock("INVALID_STOCK", `Stock must be at most ${LIMITS.stock}`, ["delta"]);
    }
    const stockAfter = added.stock;
    recordAdjustment(tx, { variantId, delta, stockAfter, reason: note, actor });
    recordStockAdjusted(tx, {
      variantId,
      productId: added.productId,
      stock: stockAfter,
      previousStock: stockAfter - delta,
    });
    await tx.flush();
    return variantId;
  });
}

/**
 * Reserves every line of an order or none, in one call that is its own transaction (see
 * reserveLines): after the order's lock, ONE statement reads the order's earlier reservation,
 * locks the variants and, only when there is no earlier reservation and every line can be
 * served, reserves them all. Idempotent per order id: a repeated call (even a concurrent one)
 * returns the lines reserved the first time and reserves nothing again.
 */
export async function reserveStock(
  em: EntityManager,
  actor: string,
  orderId: string,
  lines: readonly StockLine[],
): Promise<Reservation> {
  if (!isUuid(orderId)) rejectStock("INVALID_ORDER_ID", "orderId is not an order id", ["orderId"]);
  if (lines.length === 0) rejectStock("NO_LINES", "Reserve at least one line", ["lines"]);
  if (lines.length > MAX_RESERVATION_LINES) {
    rejectStock("TOO_MANY_LINES", `At most ${MAX_RESERVATION_LINES} lines per order`, ["lines"]);
  }
  const wanted = lines.map((line) => ({ variantId: line.variantId.toLowerCase(), quantity: line.quantity }));
  // What can be checked without the database; the statement checks the rest against locked rows.
  const wellFormed =
    wanted.every((line) => isUuid(line.variantId) && validQuantity(line.quantity)) &&
    new Set(wanted.map((line) => line.variantId)).size === wanted.length;
  const row = await reserveLines(em, orderId, actor, wanted, wellFormed);
  if (row.existing) return replay(orderId, row.existing, wanted);
  if (row.released) rejectStock("RESERVATION_RELEASED", `The stock of order ${orderId} was released`, ["orderId"]);

  const byId = new Map((row.variants ?? []).map((variant) => [variant.id, variant]));
  const problems = new ProblemList<StockErrorCode>();
  const seen = new Set<string>();
  wanted.forEach((line, i) => {
    checkLine(line, byId.get(line.variantId), seen, problems, ["lines", String(i)]);
    seen.add(line.variantId);
  });
  if (row.reserved !== wanted.length) {
    problems.throwIfAny();
    rejectStock("OUT_OF_STOCK", "Stock changed while reserving", ["lines"]);
  }
  if (!problems.empty) {
    // The statement reserved every line, checking the same locked rows as checkLine; if the two
    // ever disagreed, the stock it kept goes back at once before the refusal is answered.
    await releaseStock(em, actor, orderId);
    problems.throwIfAny();
  }
  const reserved = wanted.map((line): ReservedLine => {
    const variant = byId.get(line.variantId)!;
    return {
      variantId: variant.id,
      productId: variant.productId,
      productName: variant.productName,
      variantTitle: variant.title,
      sku: variant.sku,
      unitPriceCents: variant.priceCents,
      currency: variant.currency,
      quantity: line.quantity,
      weightGrams: variant.weightGrams,
      taxCategory: variant.taxCategory,
      categoryId: variant.categoryId,
    };
  });
  return { orderId, lines: reserved, alreadyReserved: false };
}

/** The answer to a repeated reservation: the first one's lines, if it asked for the same. */
function replay(orderId: string, existing: ExistingReservation[], wanted: readonly StockLine[]): Reservation {
  if (existing.some((reservation) => reservation.released)) {
    rejectStock("RESERVATION_RELEASED", `The stock reserved for order ${orderId} was released`, ["orderId"]);
  }
  const same =
    existing.length === wanted.length &&
    existing.every(
      (reservation, i) =>
        reservation.variantId === wanted[i]?.variantId && reservation.quantity === wanted[i]?.quantity,
    );
  if (!same) {
    rejectStock("RESERVATION_MISMATCH", `Order ${orderId} already reserved different lines`, ["lines"]);
  }
  return {
    orderId,
    alreadyReserved: true,
    lines: existing.map((reservation) => ({
      variantId: reservation.variantId,
      productId: reservation.productId,
      productName: reservation.productName,
      variantTitle: reservation.variantTitle,
      sku: reservation.sku,
      unitPriceCents: reservation.unitPriceCents,
      currency: reservation.currency,
      quantity: reservation.quantity,
      weightGrams: reservation.weightGrams ?? null,
      taxCategory: reservation.taxCategory ?? TaxCategory.STANDARD,
      categoryId: reservation.categoryId ?? null,
    })),
  };
}

/**
 * Gives an order's reserved stock back, exactly once: the reservations are marked released and
 * the stock restored in one statement, so a repeated or concurrent call finds nothing left to
 * release; the order is remembered as released (even with nothing reserved), so no later
 * reservation for it can succeed. True when this call released something.
 */
export async function releaseStock(em: EntityManager, actor: string, orderId: string): Promise<boolean> {
  if (!isUuid(orderId)) return false;
  return em.transactional(async (tx) => {
    await lockOrder(tx, orderId);
    return (await releaseReservations(tx, orderId, actor)) > 0;
  });
}
