import { isUuid, StockChangeReason } from "@shopgraph/kernel";
import { eventEnvelope, insertOutboxEvent } from "@shopgraph/messaging";
import {
  intArray,
  jsonb,
  query,
  queryPrepared,
  sql,
  uuidArray,
  type EntityManager,
  type Sql,
} from "@shopgraph/subgraph";
import { StockMovementKind } from "../domain/catalog.js";
import { validQuantity, type ReservableVariant, type ReservedLine, type StockLine } from "../domain/stock-rules.js";
import { ProductVariant, StockMovement } from "../entities/index.js";

/**
 * Stock statements. Every change is one conditional UPDATE (`stock` can never go below zero, and
 * the CHECK constraint backs that up) plus a row in the stock_movements ledger.
 */

/** Adds `delta` when the result stays within [0, max]; the new stock (and the variant's product), or null when it would not. */
export async function addStock(
  em: EntityManager,
  variantId: string,
  delta: number,
  max: number,
): Promise<{ stock: number; productId: string } | null> {
  const [updated] = await query<{ stock: number; productId: string }>(
    em,
    sql`UPDATE product_variants SET stock = stock + ${delta}
        WHERE id = ${variantId}::uuid AND stock + ${delta} >= 0 AND stock + ${delta} <= ${max}
        RETURNING stock, product_id AS "productId"`,
  );
  return updated ?? null;
}

/** The variant's stock, or null when there is no such variant. */
export async function stockOf(em: EntityManager, variantId: string): Promise<number | null> {
  const variant = await em.findOne(ProductVariant, variantId, { fields: ["stock"] });
  return variant?.stock ?? null;
}

/** The ledger row of an admin's adjustment, written with the caller's flush. */
export function recordAdjustment(
  em: EntityManager,
  change: { variantId: string; delta: number; stockAfter: number; reason: string | null; actor: string },
): void {
  em.create(StockMovement, {
    variant: em.getReference(ProductVariant, change.variantId),
    delta: change.delta,
    stockAfter: change.stockAfter,
    kind: StockMovementKind.ADJUSTMENT,
    reason: change.reason,
    actor: change.actor,
  });
}

/**
 * Serialises everything done for one order id (reserving, releasing) across connections and
 * instances until the transaction ends. A hash collision only makes two orders take turns.
 */
const RESERVATION_LOCK_SPACE = 4002;
export async function lockOrder(em: EntityManager, orderId: string): Promise<void> {
  await queryPrepared(
    em,
    sql`SELECT pg_advisory_xact_lock(${RESERVATION_LOCK_SPACE}, hashtext(${orderId.toLowerCase()}))`,
  );
}

/** What the reservation statement saw and did: the order's earlier reservation, or the variants it locked. */
export interface ReservationRow {
  existing: ExistingReservation[] | null;
  variants: ReservableVariant[] | null;
  /** How many lines this statement reserved: all of them, or 0. */
  reserved: number;
  /** The order's stock was released before (see ReleasedOrder): nothing may be reserved for it. */
  released: boolean;
}

export interface ExistingReservation extends ReservedLine {
  released: boolean;
}

/**
 * The whole reservation in ONE call and round trip, its own transaction: the order's lock (as
 * lockOrder takes it), then one statement that reads the order's earlier reservation and its
 * release, locks the variants and, only when there is no earlier reservation and every line can
 * be served, decrements each locked variant under a `stock >= quantity` guard and writes the
 * reservations, their ledger rows and `stock.changed` (the function `reserve_stock`, see the
 * migration ReserveStockFunction). The variants are locked in id order (two orders sharing
 * variants never deadlock) in a MATERIALIZED CTE that the write guard aggregates over, so every
 * lock is held and every line checked before the first row is updated; the new stock comes from
 * the LOCKED row (its latest version), never from the statement's snapshot. The stock >= 0 CHECK
 * stays the last line of defence against oversell. Lines that are not well formed are NULL, and
 * so match nothing.
 */
export async function reserveLines(
  em: EntityManager,
  orderId: string,
  actor: string,
  wanted: readonly StockLine[],
  wellFormed: boolean,
): Promise<ReservationRow> {
  const ids = uuidArray(wanted.map((line) => (isUuid(line.variantId) ? line.variantId : null)));
  const quantities = intArray(wanted.map((line) => (validQuantity(line.quantity) ? line.quantity : null)));
  // The event's envelope; the function fills in its variants (nothing is recorded when none moved).
  const envelope = eventEnvelope("stock.changed", {
    reason: StockChangeReason.RESERVATION,
    orderId,
    variants: [],
  });
  const [row] = await queryPrepared<{ reservation: ReservationRow }>(
    em,
    sql`SELECT reserve_stock(${orderId.toLowerCase()}::uuid, ${actor}, ${ids}, ${quantities}, ${wellFormed}::boolean,
                             ${jsonb(envelope)}) AS reservation`,
  );
  if (!row) throw new Error("the reservation statement returned no row");
  return row.reservation;
}

/**
 * Marks the order's reservations released and restores their stock in one statement, and
 * remembers the order as released (even with nothing reserved). How many lines it released.
 * The variants are locked first, in id order as a reservation locks them, before any is updated:
 * updating them in whatever order the join yields made two releases (or a release and a
 * reservation) of the same variants deadlock.
 */
export async function releaseReservations(em: EntityManager, orderId: string, actor: string): Promise<number> {
  const [result] = await queryPrepared<{ released: number }>(
    em,
    sql`WITH locked AS MATERIALIZED (
          SELECT v.id FROM product_variants v
          WHERE v.id IN (SELECT variant_id FROM stock_reservations
                         WHERE order_id = ${orderId}::uuid AND released_at IS NULL)
          ORDER BY v.id FOR UPDATE OF v
        ),
        released AS (
          UPDATE stock_reservations SET released_at = now()
          WHERE order_id = ${orderId}::uuid AND released_at IS NULL AND (SELECT count(*) FROM locked) >= 0
          RETURNING variant_id, quantity
        ),
        restocked AS (
          UPDATE product_variants v SET stock = v.stock + r.quantity
          FROM released r WHERE v.id = r.variant_id
          RETURNING v.id, v.stock, r.quantity, v.product_id, v.stock - r.quantity AS previous_stock
        ),
        ledger AS (
          INSERT INTO stock_movements (id, variant_id, delta, stock_after, kind, order_id, actor, at)
          SELECT gen_random_uuid(), id, quantity, stock, ${StockMovementKind.RELEASE}, ${orderId}::uuid, ${actor}, now()
          FROM restocked
          RETURNING 1
        ),
        event AS (
          ${stockChangedEvent(StockChangeReason.RELEASE, orderId, sql`restocked`)}
        ),
        tombstone AS (
          INSERT INTO released_orders (order_id, released_at) VALUES (${orderId}::uuid, now())
          ON CONFLICT (order_id) DO NOTHING
        )
        SELECT count(*)::int AS released FROM ledger`,
  );
  return result?.released ?? 0;
}

/**
 * `stock.changed` for the variants a statement moved, recorded by that statement: `moved` is its
 * CTE of changed rows (id, stock, product_id, previous_stock); nothing is recorded when it is empty.
 */
function stockChangedEvent(
  reason: typeof StockChangeReason.RESERVATION | typeof StockChangeReason.RELEASE,
  orderId: string,
  moved: Sql,
): Sql {
  const envelope = eventEnvelope("stock.changed", { reason, orderId, variants: [] });
  return insertOutboxEvent(envelope, {
    aggregateId: orderId,
    from: sql`(SELECT 1 FROM ${moved} LIMIT 1) AS any_moved`,
    envelope: (stored) =>
      sql`jsonb_set(${stored}, '{data,variants}', (SELECT jsonb_agg(jsonb_build_object(
            'variantId', m.id, 'productId', m.product_id, 'stock', m.stock, 'previousStock', m.previous_stock))
          FROM ${moved} m))`,
  });
}
