import { fail, isUuid, type EntityManager } from "@shopgraph/common";
import { ProductStatus, StockMovementKind } from "../domain/catalog.js";
import { Problems } from "../domain/problems.js";
import { LIMITS } from "../domain/product-rules.js";
import { ProductVariant, StockMovement, StockReservation } from "../entities/index.js";
import { intArray, query, sql, uuidArray } from "../read/sql.js";

/**
 * Stock changes. Every change is one conditional UPDATE (`stock` can never go below zero, and
 * the CHECK constraint backs that up) plus a row in the stock_movements ledger, in one
 * transaction.
 */

export const MAX_RESERVATION_LINES = 100;
export const MAX_LINE_QUANTITY = 1000;

export interface StockLine {
  variantId: string;
  quantity: number;
}

/** A reserved line as the order should record it: what was sold, at what price. */
export interface ReservedLine {
  variantId: string;
  productId: string;
  productName: string;
  variantTitle: string;
  sku: string;
  unitPriceCents: number;
  currency: string;
  quantity: number;
}

export interface Reservation {
  orderId: string;
  lines: ReservedLine[];
  /** True when this call found the order's reservation already made and reserved nothing. */
  alreadyReserved: boolean;
}

/** Adds `delta` (negative to remove) to a variant's stock, refusing to go below zero. */
export async function adjustStock(
  em: EntityManager,
  actor: string,
  variantId: string,
  delta: number,
  reason: string | null,
): Promise<string> {
  const problems = new Problems();
  if (!isUuid(variantId)) problems.add("UNKNOWN_VARIANT", "There is no variant with this id", ["variantId"]);
  if (!Number.isSafeInteger(delta) || delta === 0 || Math.abs(delta) > LIMITS.stock) {
    problems.add("INVALID_QUANTITY", `delta is a whole number from -${LIMITS.stock} to ${LIMITS.stock}, not 0`, [
      "delta",
    ]);
  }
  const note = reason?.trim() || null;
  if (note && note.length > 500) problems.add("INVALID_REASON", "reason is at most 500 characters", ["reason"]);
  problems.throwIfAny();
  return em.transactional(async (tx) => {
    const [updated] = await query<{ stock: number }>(
      tx,
      sql`UPDATE product_variants SET stock = stock + ${delta}
          WHERE id = ${variantId}::uuid AND stock + ${delta} >= 0 AND stock + ${delta} <= ${LIMITS.stock}
          RETURNING stock`,
    );
    if (!updated) {
      const variant = await tx.findOne(ProductVariant, variantId, { fields: ["stock"] });
      if (!variant) fail("UNKNOWN_VARIANT", "There is no variant with this id", ["variantId"]);
      if (variant.stock + delta < 0) {
        fail("INSUFFICIENT_STOCK", `Only ${variant.stock} in stock; cannot remove ${-delta}`, ["delta"]);
      }
      fail("INVALID_STOCK", `Stock must be at most ${LIMITS.stock}`, ["delta"]);
    }
    tx.create(StockMovement, {
      variant: tx.getReference(ProductVariant, variantId),
      delta,
      stockAfter: updated.stock,
      kind: StockMovementKind.ADJUSTMENT,
      reason: note,
      actor,
    });
    await tx.flush();
    return variantId;
  });
}

interface VariantRow {
  id: string;
  sku: string;
  title: string;
  priceCents: number;
  currency: string;
  stock: number;
  productId: string;
  productName: string;
  status: ProductStatus;
}

/** One line of a reservation request against the variant it names (locked, as it is now). */
function checkLine(
  line: StockLine,
  variant: VariantRow | undefined,
  earlierVariants: ReadonlySet<string>,
  problems: Problems,
  field: string[],
): void {
  if (!Number.isSafeInteger(line.quantity) || line.quantity < 1 || line.quantity > MAX_LINE_QUANTITY) {
    problems.add("INVALID_QUANTITY", `Quantity is a whole number from 1 to ${MAX_LINE_QUANTITY}`, field);
  } else if (earlierVariants.has(line.variantId)) {
    problems.add("DUPLICATE_VARIANT", `Variant ${line.variantId} is on two lines`, field);
  } else if (!variant) {
    problems.add("UNKNOWN_VARIANT", `There is no variant ${line.variantId}`, field);
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

/**
 * Serialises everything done for one order id (reserving, releasing) across connections and
 * instances until the transaction ends. A hash collision only makes two orders take turns.
 */
const RESERVATION_LOCK_SPACE = 4002;
async function lockOrder(em: EntityManager, orderId: string): Promise<void> {
  await query(em, sql`SELECT pg_advisory_xact_lock(${RESERVATION_LOCK_SPACE}, hashtext(${orderId.toLowerCase()}))`);
}

/**
 * Reserves every line of an order or none: one transaction, each line an atomic conditional
 * decrement. Idempotent per order id: a repeated call (even a concurrent one) returns the lines
 * reserved the first time and reserves nothing again.
 */
export async function reserveStock(
  em: EntityManager,
  actor: string,
  orderId: string,
  lines: readonly StockLine[],
): Promise<Reservation> {
  if (!isUuid(orderId)) fail("INVALID_ORDER_ID", "orderId is not an order id", ["orderId"]);
  if (lines.length === 0) fail("NO_LINES", "Reserve at least one line", ["lines"]);
  if (lines.length > MAX_RESERVATION_LINES) {
    fail("TOO_MANY_LINES", `At most ${MAX_RESERVATION_LINES} lines per order`, ["lines"]);
  }
  const wanted = lines.map((line) => ({ variantId: line.variantId.toLowerCase(), quantity: line.quantity }));
  return em.transactional(async (tx) => {
    await lockOrder(tx, orderId);
    const existing = await tx.find(StockReservation, { orderId }, { orderBy: { lineIndex: "asc" } });
    if (existing.length > 0) return replay(orderId, existing, wanted);

    // Locking the variants in id order means two orders sharing variants never deadlock.
    const rows = await query<VariantRow>(
      tx,
      sql`SELECT v.id, v.sku, v.title, v.price_cents AS "priceCents", v.currency, v.stock,
                 p.id AS "productId", p.name AS "productName", p.status
          FROM product_variants v JOIN products p ON p.id = v.product_id
          WHERE v.id = ANY(${uuidArray(wanted.map((line) => line.variantId).filter(isUuid))})
          ORDER BY v.id FOR UPDATE OF v`,
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    const problems = new Problems();
    const seen = new Set<string>();
    wanted.forEach((line, i) => {
      checkLine(line, byId.get(line.variantId), seen, problems, ["lines", String(i)]);
      seen.add(line.variantId);
    });
    problems.throwIfAny();

    const decremented = await query<{ id: string; stock: number }>(
      tx,
      sql`UPDATE product_variants v SET stock = v.stock - l.quantity
          FROM unnest(${uuidArray(wanted.map((line) => line.variantId))}, ${intArray(wanted.map((line) => line.quantity))})
            AS l(id, quantity)
          WHERE v.id = l.id AND v.stock >= l.quantity
          RETURNING v.id, v.stock`,
    );
    // The rows are locked, so this holds; if it ever did not, the transaction must not commit.
    if (decremented.length !== wanted.length) fail("OUT_OF_STOCK", "Stock changed while reserving", ["lines"]);
    const stockAfter = new Map(decremented.map((row) => [row.id, row.stock]));

    const reserved = wanted.map((line, lineIndex): ReservedLine => {
      const variant = byId.get(line.variantId)!;
      tx.create(StockReservation, {
        orderId,
        variant: tx.getReference(ProductVariant, variant.id),
        lineIndex,
        quantity: line.quantity,
        productId: variant.productId,
        productName: variant.productName,
        variantTitle: variant.title,
        sku: variant.sku,
        unitPriceCents: variant.priceCents,
        currency: variant.currency,
      });
      tx.create(StockMovement, {
        variant: tx.getReference(ProductVariant, variant.id),
        delta: -line.quantity,
        stockAfter: stockAfter.get(variant.id)!,
        kind: StockMovementKind.RESERVATION,
        orderId,
        actor,
      });
      return {
        variantId: variant.id,
        productId: variant.productId,
        productName: variant.productName,
        variantTitle: variant.title,
        sku: variant.sku,
        unitPriceCents: variant.priceCents,
        currency: variant.currency,
        quantity: line.quantity,
      };
    });
    await tx.flush();
    return { orderId, lines: reserved, alreadyReserved: false };
  });
}

/** The answer to a repeated reservation: the first one's lines, if it asked for the same. */
function replay(orderId: string, existing: StockReservation[], wanted: readonly StockLine[]): Reservation {
  if (existing.some((reservation) => reservation.releasedAt !== null)) {
    fail("RESERVATION_RELEASED", `The stock reserved for order ${orderId} was released`, ["orderId"]);
  }
  const same =
    existing.length === wanted.length &&
    existing.every(
      (reservation, i) =>
        reservation.variant.id === wanted[i]?.variantId && reservation.quantity === wanted[i]?.quantity,
    );
  if (!same) {
    fail("RESERVATION_MISMATCH", `Order ${orderId} already reserved different lines`, ["lines"]);
  }
  return {
    orderId,
    alreadyReserved: true,
    lines: existing.map((reservation) => ({
      variantId: reservation.variant.id,
      productId: reservation.productId,
      productName: reservation.productName,
      variantTitle: reservation.variantTitle,
      sku: reservation.sku,
      unitPriceCents: reservation.unitPriceCents,
      currency: reservation.currency,
      quantity: reservation.quantity,
    })),
  };
}

/**
 * Gives an order's reserved stock back, exactly once: the reservations are marked released and
 * the stock restored in one statement, so a repeated or concurrent call finds nothing left to
 * release. True when this call released something.
 */
export async function releaseStock(em: EntityManager, actor: string, orderId: string): Promise<boolean> {
  if (!isUuid(orderId)) return false;
  return em.transactional(async (tx) => {
    await lockOrder(tx, orderId);
    const [result] = await query<{ released: number }>(
      tx,
      sql`WITH released AS (
            UPDATE stock_reservations SET released_at = now()
            WHERE order_id = ${orderId}::uuid AND released_at IS NULL
            RETURNING variant_id, quantity
          ),
          restocked AS (
            UPDATE product_variants v SET stock = v.stock + r.quantity
            FROM released r WHERE v.id = r.variant_id
            RETURNING v.id, v.stock, r.quantity
          ),
          ledger AS (
            INSERT INTO stock_movements (id, variant_id, delta, stock_after, kind, order_id, actor, at)
            SELECT gen_random_uuid(), id, quantity, stock, ${StockMovementKind.RELEASE}, ${orderId}::uuid, ${actor}, now()
            FROM restocked
            RETURNING 1
          )
          SELECT count(*)::int AS released FROM ledger`,
    );
    return (result?.released ?? 0) > 0;
  });
}
