import type { Logger } from "@shopgraph/platform";
import type { EntityManager } from "@shopgraph/subgraph";
import type { Products } from "../adapters/products-client.js";
import {
  claimDueReleases,
  claimRelease,
  dropGuard,
  leftoverReleases,
  markReleased,
  markReleaseFailed,
  removeLeftoverRelease,
} from "../store/stock-releases.js";

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
 * Claiming a row for a release attempt and taking a guard over exclude each other (see
 * store/stock-releases.ts), so an order is never inserted with stock that is being given back.
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
  forget(em: EntityManager, orderId: string): Promise<void> {
    return dropGuard(em, orderId);
  }

  /**
   * Releases one order's stock now unless another attempt holds it or the order keeps it (after
   * a cancellation, or to compensate a failed checkout). Never throws: what fails here is retried
   * by the sweeper.
   */
  async releaseNow(em: EntityManager, orderId: string): Promise<void> {
    let claimed: boolean;
    try {
      claimed = await claimRelease(em, orderId);
    } catch (error) {
      this.log.error({ err: error, orderId }, "could not claim a stock release; the sweeper will find it");
      return;
    }
    if (claimed) await this.attempt(em, orderId);
  }

  /** The sweeper's part: claims due rows (skipping those another instance holds) and works them off. */
  async releaseDue(em: EntityManager, limit: number): Promise<number> {
    const claimed = await claimDueReleases(em, limit);
    const results = await Promise.all(claimed.map((orderId) => this.attempt(em, orderId)));
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
    const outcome = { repaired: 0, failed: 0 };
    for (const orderId of await leftoverReleases(em, limit)) {
      try {
        const removed = await em.fork().transactional((tx) => removeLeftoverRelease(tx, orderId));
        if (removed) {
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
      await markReleased(em, orderId);
      this.log.info({ orderId, released }, "order stock released");
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.log.warn({ orderId, err: message }, "stock release failed; will retry");
      await markReleaseFailed(em, orderId, message).catch((err: unknown) =>
        this.log.warn({ orderId, err }, "could not record the failed release"),
      );
      return false;
    }
  }
}
