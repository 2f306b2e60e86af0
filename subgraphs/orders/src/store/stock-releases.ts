import { query, sql, type EntityManager } from "@shopgraph/subgraph";

/** How long a checkout may hold its guard before the sweeper assumes it died and releases. */
export const CHECKOUT_LEASE_SECONDS = 120;
/** How long one release attempt may take before another instance may try again. */
const ATTEMPT_LEASE_SECONDS = 30;
const MAX_BACKOFF_SECONDS = 300;

/**
 * Only stock of an order that keeps nothing may go back: an order that was never stored, or a
 * CANCELLED one. Checked against the statement's snapshot, this can only err towards not
 * releasing: an order comes into existence only by taking its guard row over (which the claim's
 * UPDATE of that row waits for), and CANCELLED is final.
 */
const KEEPS_NOTHING = sql`not exists (select 1 from orders o where o.id = stock_releases.order_id and o.status <> 'CANCELLED')`;

/*
 * The rows of `stock_releases` (see StockReleases in app/ for what they stand for). Claiming a
 * row for a release attempt is a conditional UPDATE (attempts + 1) that never creates a row, and
 * taking a guard over (insertPlacedOrder) is a DELETE of the same row only while no attempt has
 * claimed it, so the two exclude each other.
 */

/**
 * A cancellation's request to give the order's stock back, written under the order's lock in the
 * cancelling transaction. A row some earlier bug left for this order is re-armed rather than a
 * reason to fail; one already released stays so (products gives an order's stock back once).
 */
export async function requestRelease(em: EntityManager, orderId: string): Promise<void> {
  await query(
    em,
    sql`insert into stock_releases (order_id, requested_at, attempts, next_attempt_at) values (${orderId}, now(), 0, now())
        on conflict (order_id) do update set requested_at = now(), next_attempt_at = now()
        where stock_releases.released_at is null`,
  );
}

/** Products refused the reservation: the checkout's guard has nothing to release. */
export async function dropGuard(em: EntityManager, orderId: string): Promise<void> {
  await query(em, sql`delete from stock_releases where order_id = ${orderId} and attempts = 0`);
}

/**
 * Claims one order's release for an attempt unless another attempt holds it or the order keeps
 * its stock; true when this caller may attempt it.
 */
export async function claimRelease(em: EntityManager, orderId: string): Promise<boolean> {
  const claimed = await query(
    em,
    sql`update stock_releases
        set attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => ${ATTEMPT_LEASE_SECONDS})
        where order_id = ${orderId} and released_at is null and (attempts = 0 or next_attempt_at <= now())
          and ${KEEPS_NOTHING}
        returning order_id`,
  );
  return claimed.length > 0;
}

/** Claims up to `limit` due releases (skipping those another instance is claiming); their order ids. */
export async function claimDueReleases(em: EntityManager, limit: number): Promise<string[]> {
  const claimed = await query<{ order_id: string }>(
    em,
    sql`update stock_releases
        set attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => ${ATTEMPT_LEASE_SECONDS})
        where order_id in (
          select order_id from stock_releases
          where released_at is null and next_attempt_at <= now() and ${KEEPS_NOTHING}
          order by next_attempt_at limit ${limit} for update skip locked)
        returning order_id`,
  );
  return claimed.map((row) => row.order_id);
}

export async function markReleased(em: EntityManager, orderId: string): Promise<void> {
  await query(em, sql`update stock_releases set released_at = now(), last_error = null where order_id = ${orderId}`);
}

/** Records why an attempt failed and when to try again (growing delays). */
export async function markReleaseFailed(em: EntityManager, orderId: string, error: string): Promise<void> {
  await query(
    em,
    sql`update stock_releases set last_error = ${error.slice(0, 500)},
          next_attempt_at = now() + make_interval(secs => least(${MAX_BACKOFF_SECONDS}, power(2, attempts)::int))
        where order_id = ${orderId}`,
  );
}

/** Pending releases of orders that exist and are not CANCELLED: rows no release may ever claim. */
export async function leftoverReleases(em: EntityManager, limit: number): Promise<string[]> {
  const rows = await query<{ order_id: string }>(
    em,
    sql`select r.order_id from stock_releases r join orders o on o.id = r.order_id
        where r.released_at is null and o.status <> 'CANCELLED' limit ${limit}`,
  );
  return rows.map((row) => row.order_id);
}

/**
 * Removes a leftover release in the transaction `tx`, holding the order's lock (the lock a
 * cancellation holds while it asks for a release), unless the order is gone or CANCELLED
 * meanwhile; true when it removed one.
 */
export async function removeLeftoverRelease(tx: EntityManager, orderId: string): Promise<boolean> {
  const [order] = await query<{ status: string }>(tx, sql`select status from orders where id = ${orderId} for update`);
  if (!order || order.status === "CANCELLED") return false;
  const removed = await query(
    tx,
    sql`delete from stock_releases where order_id = ${orderId} and released_at is null returning order_id`,
  );
  return removed.length > 0;
}
