import { isUuid, StockChangeReason } from "@shopgraph/kernel";
import { eventEnvelope, insertOutboxEvent } from "@shopgraph/messaging";
import { intArray, query, queryPrepared, sql, uuidArray, type EntityManager, type Sql } from "@shopgraph/subgraph";
import { ProductStatus, StockMovementKind } from "../domain/catalog.js";
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

/** Runs the reservation statement (see reservationStatement) inside the caller's transaction. */
export async function reserveLines(
  em: EntityManager,
  orderId: string,
  actor: string,
  wanted: readonly StockLine[],
  wellFormed: boolean,
): Promise<ReservationRow> {
  const [row] = await queryPrepared<ReservationRow>(em, reservationStatement(orderId, actor, wanted, wellFormed));
  if (!row) throw new Error("the reservation statement returned no row");
  return row;
}

/**
 * The whole reservation as one statement (see reserveStock in app/stock.ts). The variants are locked in a
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
             r.unit_price_cents, r.currency, r.released_at, p.weight_grams, p.tax_category
      FROM stock_reservations r LEFT JOIN products p ON p.id = r.product_id WHERE r.order_id = ${orderId}::uuid
    ),
    tombstone AS (
      SELECT 1 FROM released_orders WHERE order_id = ${orderId}::uuid
    ),
    locked AS MATERIALIZED (
      SELECT v.id, v.sku, v.title, v.price_cents, v.currency, v.stock, p.id AS product_id, p.name AS product_name,
             p.status, p.weight_grams, p.tax_category
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
      RETURNING v.id, v.stock, w.quantity, v.product_id, l.stock AS previous_stock
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
    ),
    event AS (
      ${stockChangedEvent(StockChangeReason.RESERVATION, orderId, sql`decremented`)}
    )
    SELECT
      (SELECT json_agg(json_build_object(
                'variantId', e.variant_id, 'quantity', e.quantity, 'productId', e.product_id,
                'productName', e.product_name, 'variantTitle', e.variant_title, 'sku', e.sku,
                'unitPriceCents', e.unit_price_cents, 'currency', e.currency, 'released', e.released_at IS NOT NULL,
                'weightGrams', e.weight_grams, 'taxCategory', coalesce(e.tax_category::text, 'STANDARD'))
              ORDER BY e.line_index)
       FROM existing e) AS existing,
      (SELECT json_agg(json_build_object(
                'id', l.id, 'sku', l.sku, 'title', l.title, 'priceCents', l.price_cents, 'currency', l.currency,
                'stock', l.stock, 'productId', l.product_id, 'productName', l.product_name, 'status', l.status,
                'weightGrams', l.weight_grams, 'taxCategory', l.tax_category))
       FROM locked l) AS variants,
      (SELECT count(*)::int FROM decremented) AS reserved,
      EXISTS (SELECT 1 FROM tombstone) AS released`;
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
