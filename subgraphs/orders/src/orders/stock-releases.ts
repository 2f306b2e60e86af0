import type { EntityManager, Logger } from "@shopgraph/common";
import type { Products } from "../products/client.js";

/** How long a checkout may hold its guard before the sweeper assumes it died and releases. */
export const CHECKOUT_LEASE_SECONDS = 120;
/** How long one release attempt may take before another instance may try again. */
const ATTEMPT_LEASE_SECONDS = 30;
const MAX_BACKOFF_SECONDS = 300;

/**
 * The orders side of stock reservations in products: a row in `stock_releases` stands for stock
 * that products holds for an order and that must go back unless the order keeps it.
 *
 * - A checkout writes a guard row before it reserves (`startCheckout`). The statement that
 *   inserts the order takes the guard over (deletes it, `insertPlacedOrder`); a checkout that
 *   fails releases at once; one that died leaves the guard to the sweeper once its lease is over.
 * - A cancellation writes a row in the cancelling transaction; it is released right after the
 *   commit, or by the sweeper if products did not answer.
 *
 * Claiming a row for a release attempt is a conditional UPDATE (attempts + 1), and taking a guard
 * over is a DELETE of the same row only while no attempt has claimed it, so the two exclude each
 * other: an order is never inserted with stock
 * that is being given back, and stock that an order kept is never given back.
 */
export class StockReleases {
  constructor(
    private readonly products: Products,
    private readonly log: Logger,
  ) {}

  /** Products refused the reservation: there is nothing to release. */
  async forget(em: EntityManager, orderId: string): Promise<void> {
    await em.execute("delete from stock_releases where order_id = ? and attempts = 0", [orderId]);
  }

  /**
   * Releases one order's stock now unless another attempt holds it (after a cancellation, or to
   * compensate a failed checkout; the row is made when there is none). Never throws: what fails
   * here is retried by the sweeper.
   */
  async releaseNow(em: EntityManager, orderId: string): Promise<void> {
    let claimed: unknown[];
    try {
      claimed = await em.execute(
        `insert into stock_releases (order_id, requested_at, attempts, next_attempt_at)
         values (?, now(), 1, now() + make_interval(secs => ?))
         on conflict (order_id) do update
         set attempts = stock_releases.attempts + 1, next_attempt_at = excluded.next_attempt_at
         where stock_releases.released_at is null
           and (stock_releases.attempts = 0 or stock_releases.next_attempt_at <= now())
         returning order_id`,
        [orderId, ATTEMPT_LEASE_SECONDS],
      );
    } catch (error) {
      this.log.error({ err: error, orderId }, "could not record a stock release; the sweeper will find its guard");
      return;
    }
    if (claimed.length > 0) await this.attempt(em, orderId);
  }

  /** The sweeper's part: claims due rows (skipping those another instance holds) and works them off. */
  async releaseDue(em: EntityManager, limit: number): Promise<number> {
    const claimed = await em.execute<{ order_id: string }[]>(
      `update stock_releases
       set attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => ?)
       where order_id in (
         select order_id from stock_releases
         where released_at is null and next_attempt_at <= now()
         order by next_attempt_at limit ? for update skip locked)
       returning order_id`,
      [ATTEMPT_LEASE_SECONDS, limit],
    );
    const results = await Promise.all(claimed.map((row) => this.attempt(em, row.order_id)));
    return results.filter(Boolean).length;
  }

  private async attempt(em: EntityManager, orderId: string): Promise<boolean> {
    try {
      const released = await this.products.releaseStock(orderId);
      await em.execute("update stock_releases set released_at = now(), last_error = null where order_id = ?", [
        orderId,
      ]);
      this.log.info({ orderId, released }, "order stock released");
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.log.warn({ orderId, err: message }, "stock release failed; will retry");
      await em
        .execute(
          `update stock_releases set last_error = ?,
             next_attempt_at = now() + make_interval(secs => least(?, power(2, attempts)::int))
           where order_id = ?`,
          [message.slice(0, 500), MAX_BACKOFF_SECONDS, orderId],
        )
        .catch((err: unknown) => this.log.warn({ orderId, err }, "could not record the failed release"));
      return false;
    }
  }
}
