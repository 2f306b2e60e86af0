import { isUuid } from "@shopgraph/kernel";
import { fail, intArray, query, sql, uuidArray, type EntityManager, type Sql } from "@shopgraph/subgraph";
import { ProductStatus, StockMovementKind } from "../domain/catalog.js";
import { Problems } from "../domain/problems.js";
import { LIMITS } from "../domain/product-rules.js";
import { ProductVariant, StockMovement } from "../entities/index.js";

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

/** What the reservation statement saw and did: the order's earlier reservation, or the variants it locked. */
interface ReservationRow {
  existing: ExistingReservation[] | null;
  variants: VariantRow[] | null;
  /** How many lines this statement reserved: all of them, or 0. */
  reserved: number;
  /** The order's stock was released before (see ReleasedOrder): nothing may be reserved for it. */
  released: boolean;
}

interface ExistingReservation extends ReservedLine {
  released: boolean;
}

/**
 * Reserves every line of an order or none: in one transaction, after the order's lock, ONE
 * statement reads the order's earlier reservation, locks the variants (in id order, so two
 * orders sharing variants never deadlock) and, only when there is no earlier reservation and
 * every line can be served, decrements each locked variant under a `stock >= quantity` guard and
 * writes the reservations and their ledger rows. Idempotent per order id: a repeated call (even a
 * concurrent one) returns the lines reserved the first time and reserves nothing again.
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
  // What can be checked without the database; the statement checks the rest against locked rows.
  const wellFormed =
    wanted.every((line) => isUuid(line.variantId) && validQuantity(line.quantity)) &&
    new Set(wanted.map((line) => line.variantId)).size === wanted.length;
  return em.transactional(async (tx) => {
    await lockOrder(tx, orderId);
    const [row] = await query<ReservationRow>(tx, reservationStatement(orderId, actor, wanted, wellFormed));
    if (!row) throw new Error("the reservation statement returned no row");
    if (row.existing) return replay(orderId, row.existing, wanted);
    if (row.released) fail("RESERVATION_RELEASED", `The stock of order ${orderId} was released`, ["orderId"]);

    const byId = new Map((row.variants ?? []).map((variant) => [variant.id, variant]));
    const problems = new Problems();
    const seen = new Set<string>();
    wanted.forEach((line, i) => {
      checkLine(line, byId.get(line.variantId), seen, problems, ["lines", String(i)]);
      seen.add(line.variantId);
    });
    // The statement reserved every line or none, checking the same locked rows as checkLine; if
    // the two ever disagreed, throwing here keeps the transaction from committing.
    if (row.reserved !== wanted.length) {
      problems.throwIfAny();
      fail("OUT_OF_STOCK", "Stock changed while reserving", ["lines"]);
    }
    problems.throwIfAny();
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
      };
    });
    return { orderId, lines: reserved, alreadyReserved: false };
  });
}

function validQuantity(quantity: number): boolean {
  return Number.isSafeInteger(quantity) && quantity >= 1 && quantity <= MAX_LINE_QUANTITY;
}

/**
 * The whole reservation as one statement (see reserveStock). The variants are locked in a
 * MATERIALIZED CTE that the write guard `go` aggregates over, so every lock is held and every
 * line checked before the first row is updated. The new stock is computed from the LOCKED row
 * (`l.stock`, its latest version), never from `v`: the statement's snapshot predates the locks,
 * so `v` may be an older version, and a guard or CHECK evaluated on it would refuse stock that a
 * release just gave back. The stock >= 0 CHECK stays the last line of defence against oversell.
 */
function reservationStatement(orderId: string, actor: string, wanted: readonly StockLine[], wellFormed: boolean): Sql {
  // An entry that is not well formed is NULL, and so matches nothing.
  const ids = uuidArray(wanted.map((line) => (isUuid(line.variantId) ? line.variantId : null)));
  const quantities = intArray(wanted.map((line) => (validQuantity(line.quantity) ? line.quantity : null)));
  return sql`WITH wanted AS (
      SELECT l.variant_id, l.quantity, (l.ord - 1)::int AS line_index
      FROM unnest(${ids}, ${quantities}) WITH ORDINALITY AS l(variant_id, quantity, ord)
    ),
    existing AS (
      SELECT r.variant_id, r.line_index, r.quantity, r.product_id, r.product_name, r.variant_title, r.sku,
             r.unit_price_cents, r.currency, r.released_at
      FROM stock_reservations r WHERE r.order_id = ${orderId}::uuid
    ),
    tombstone AS (
      SELECT 1 FROM released_orders WHERE order_id = ${orderId}::uuid
    ),
    locked AS MATERIALIZED (
      SELECT v.id, v.sku, v.title, v.price_cents, v.currency, v.stock, p.id AS product_id, p.name AS product_name,
             p.status
      FROM product_variants v JOIN products p ON p.id = v.product_id
      WHERE v.id IN (SELECT variant_id FROM wanted) AND NOT EXISTS (SELECT 1 FROM existing)
        AND NOT EXISTS (SELECT 1 FROM tombstone)
      ORDER BY v.id FOR UPDATE OF v
    ),
    go AS MATERIALIZED (
      SELECT ${wellFormed}::boolean AND NOT EXISTS (SELECT 1 FROM existing) AND NOT EXISTS (SELECT 1 FROM tombstone)
             AND bool_and(coalesce(l.stock >= w.quantity AND l.status = ${ProductStatus.ACTIVE}, false)) AS ok
      FROM wanted w LEFT JOIN locked l ON l.id = w.variant_id
    ),
    decremented AS (
      UPDATE product_variants v SET stock = l.stock - w.quantity
      FROM wanted w JOIN locked l ON l.id = w.variant_id, go
      WHERE go.ok AND v.id = w.variant_id AND l.stock >= w.quantity
      RETURNING v.id, v.stock, w.quantity
    ),
    reservations AS (
      INSERT INTO stock_reservations (id, order_id, variant_id, line_index, quantity, product_id, product_name,
                                      variant_title, sku, unit_price_cents, currency, created_at, released_at)
      SELECT gen_random_uuid(), ${orderId}::uuid, w.variant_id, w.line_index, w.quantity, l.product_id,
             l.product_name, l.title, l.sku, l.price_cents, l.currency, now(), null
      FROM wanted w JOIN locked l ON l.id = w.variant_id CROSS JOIN go
      WHERE go.ok
    ),
    ledger AS (
      INSERT INTO stock_movements (id, variant_id, delta, stock_after, kind, reason, order_id, actor, at)
      SELECT gen_random_uuid(), d.id, -d.quantity, d.stock, ${StockMovementKind.RESERVATION}, null,
             ${orderId}::uuid, ${actor}, now()
      FROM decremented d
    )
    SELECT
      (SELECT json_agg(json_build_object(
                'variantId', e.variant_id, 'quantity', e.quantity, 'productId', e.product_id,
                'productName', e.product_name, 'variantTitle', e.variant_title, 'sku', e.sku,
                'unitPriceCents', e.unit_price_cents, 'currency', e.currency, 'released', e.released_at IS NOT NULL)
              ORDER BY e.line_index)
       FROM existing e) AS existing,
      (SELECT json_agg(json_build_object(
                'id', l.id, 'sku', l.sku, 'title', l.title, 'priceCents', l.price_cents, 'currency', l.currency,
                'stock', l.stock, 'productId', l.product_id, 'productName', l.product_name, 'status', l.status))
       FROM locked l) AS variants,
      (SELECT count(*)::int FROM decremented) AS reserved,
      EXISTS (SELECT 1 FROM tombstone) AS released`;
}

/** The answer to a repeated reservation: the first one's lines, if it asked for the same. */
function replay(orderId: string, existing: ExistingReservation[], wanted: readonly StockLine[]): Reservation {
  if (existing.some((reservation) => reservation.released)) {
    fail("RESERVATION_RELEASED", `The stock reserved for order ${orderId} was released`, ["orderId"]);
  }
  const same =
    existing.length === wanted.length &&
    existing.every(
      (reservation, i) =>
        reservation.variantId === wanted[i]?.variantId && reservation.quantity === wanted[i]?.quantity,
    );
  if (!same) {
    fail("RESERVATION_MISMATCH", `Order ${orderId} already reserved different lines`, ["lines"]);
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
          ),
          tombstone AS (
            INSERT INTO released_orders (order_id, released_at) VALUES (${orderId}::uuid, now())
            ON CONFLICT (order_id) DO NOTHING
          )
          SELECT count(*)::int AS released FROM ledger`,
    );
    return (result?.released ?? 0) > 0;
  });
}
