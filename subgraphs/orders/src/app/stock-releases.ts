import { query, sql, type EntityManager, type Logger } from "@shopgraph/common";
import type { Products } from "../adapters/products-client.js";

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

/**
 * The orders side of stock reservations in products: a row in `stock_releases` stands for stock
 * that products holds for an order and that must go back unless the order keeps it.
 *
 * - A checkout writes a guard row before it reserves (`startCheckout`). The statement that
 *   inserts the order takes the guard over (deletes it, `insertPlacedOrder`); a checkout that
 *   fails releases at once; one that died leaves the guard to the sweeper once its lease is over.
 * - A cancellation writes (or re-arms) the row in the cancelling transaction, under the order's
 *   lock; it is released right after the commit, or by the sweeper if products did not answer.
 *
 * Claiming a row for a release attempt is a conditional UPDATE (attempts + 1) that never creates
 * a row, and taking a guard over is a DELETE of the same row only while no attempt has claimed it,
 * so the two exclude each other: an order is never inserted with stock that is being given back.
 * A claim also requires the order to keep nothing (not stored, or CANCELLED), so a paid order's
 * stock is never given back, even for a row some earlier bug left behind: such a row is repaired
 * (removed under the order's lock), never released.
 */
export class StockReleases {
  constructor(
    private readonly products: Products,
    private readonly log: Logger,
  ) {}

  /** Products refused the reservation: there is nothing to release. */
  async forget(em: EntityManager, orderId: string): Promise<void> {
    await query(em, sql`delete from stock_releases where order_id = ${orderId} and attempts = 0`);
  }

  /**
   * Releases one order's stock now unless another attempt holds it or the order keeps it (after
   * a cancellation, or to compensate a failed checkout). Never throws: what fails here is retried
   * by the sweeper.
   */
  async releaseNow(em: EntityManager, orderId: string): Promise<void> {
    let claimed: unknown[];
    try {
      claimed = await query(
        em,
        sql`update stock_releases
            set attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => ${ATTEMPT_LEASE_SECONDS})
            where order_id = ${orderId} and released_at is null and (attempts = 0 or next_attempt_at <= now())
              and ${KEEPS_NOTHING}
            returning order_id`,
      );
    } catch (error) {
      this.log.error({ err: error, orderId }, "could not claim a stock release; the sweeper will find it");
      return;
    }
    if (claimed.length > 0) await this.attempt(em, orderId);
  }

  /** The sweeper's part: claims due rows (skipping those another instance holds) and works them off. */
  async releaseDue(em: EntityManager, limit: number): Promise<number> {
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
    const results = await Promise.all(claimed.map((row) => this.attempt(em, row.order_id)));
    return results.filter(Boolean).length;
  }

  /**
   * Rows no release may ever claim: pending releases of orders that exist and are not CANCELLED
   * (left by a past bug; the order keeps its stock). Each is removed in a transaction of its own
   * holding the order's lock, the lock a cancellation holds while it asks for a release, so a
   * request made by a cancellation is never taken for one. Returns how many were repaired and
   * how many could not be (those are tried again next time).
   */
  async repairLeftovers(em: EntityManager, limit: number): Promise<{ repaired: number; failed: number }> {
    const rows = await query<{ order_id: string }>(
      em,
      sql`select r.order_id from stock_releases r join orders o on o.id = r.order_id
          where r.released_at is null and o.status <> 'CANCELLED' limit ${limit}`,
    );
    const outcome = { repaired: 0, failed: 0 };
    for (const { order_id: orderId } of rows) {
      try {
        const removed = await em.fork().transactional(async (tx) => {
          const [order] = await query<{ status: string }>(
            tx,
            sql`select status from orders where id = ${orderId} for update`,
          );
          if (!order || order.status === "CANCELLED") return [];
          return query(
            tx,
            sql`delete from stock_releases where order_id = ${orderId} and released_at is null returning order_id`,
          );
        });
        if (removed.length > 0) {
          outcome.repaired += 1;
          this.log.warn({ orderId }, "removed a stock release pending for an order that keeps its stock");
        }
      } catch (err) {
        outcome.failed += 1;
        this.log.error({ err, orderId }, "could not repair a stock release; will try again");
      }
    }
    return outcome;
  }

  private async attempt(em: EntityManager, orderId: string): Promise<boolean> {
    try {
      const released = await this.products.releaseStock(orderId);
      await query(
        em,
        sql`update stock_releases set released_at = now(), last_error = null where order_id = ${orderId}`,
      );
      this.log.info({ orderId, released }, "order stock released");
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.log.warn({ orderId, err: message }, "stock release failed; will retry");
      await query(
        em,
        sql`update stock_releases set last_error = ${message.slice(0, 500)},
              next_attempt_at = now() + make_interval(secs => least(${MAX_BACKOFF_SECONDS}, power(2, attempts)::int))
            where order_id = ${orderId}`,
      ).catch((err: unknown) => this.log.warn({ orderId, err }, "could not record the failed release"));
      return false;
    }
  }
}
