import { Periodic, type Logger, type Worker } from "@shopgraph/platform";
import type { Orm } from "@shopgraph/subgraph";
import { ABANDONED_GUEST_CART_DAYS } from "../domain/cart.js";
import { OrderStatus } from "../domain/order-state.js";
import { deleteAbandonedGuestCarts } from "../store/cart-store.js";
import { lockExpiredOrder, ordersDueForExpiry } from "../store/order-locks.js";
import { orderStateMachine } from "./lifecycle.js";
import type { Refunds } from "./refunds.js";
import type { StockReleases } from "./stock-releases.js";

const BATCH = 100;

export interface SweepResult {
  expired: number;
  released: number;
  refunded: number;
  /** Stock releases left by a past bug for orders that keep their stock, removed. */
  repaired: number;
  /** Guest carts untouched for ABANDONED_GUEST_CART_DAYS, deleted. */
  abandonedCarts: number;
  /** Orders or rows that could not be handled this time (logged; tried again next pass). */
  failed: number;
}

/**
 * Cancels orders whose time to pay is over, and retries stock releases products has not
 * confirmed and refunds the payment provider has not, and deletes abandoned guest carts. Each order is handled on its own: one that
 * fails is logged, counted and tried again next pass, never holding up the others, and releases
 * and refunds run whatever happened to expiring. Safe with several instances: an expired order is
 * locked with SKIP LOCKED (and its status re-checked under the lock), releases and refunds are
 * claimed with a lease.
 */
export class OrderSweeper implements Worker {
  readonly name = "order sweeper";
  private readonly periodic: Periodic<SweepResult>;

  constructor(
    private readonly orm: Orm,
    private readonly releases: StockReleases,
    private readonly refunds: Refunds,
    intervalMs: number,
    private readonly log: Logger,
  ) {
    this.periodic = new Periodic({
      name: "sweep",
      intervalMs,
      pass: () => this.pass(),
      done: (result) => {
        if (Object.values(result).some(Boolean)) log.info(result, "sweep done");
      },
      log,
    });
  }

  start(): void {
    this.periodic.start();
  }

  stop(): Promise<void> {
    return this.periodic.stop();
  }

  /** One pass; also what tests call instead of waiting for the timer. */
  sweep(): Promise<SweepResult> {
    return this.periodic.run();
  }

  private get stopped(): boolean {
    return this.periodic.isStopped;
  }

  private async pass(): Promise<SweepResult> {
    const result: SweepResult = { expired: 0, released: 0, refunded: 0, repaired: 0, abandonedCarts: 0, failed: 0 };
    await this.phase(result, () => this.expireDue(result));
    await this.phase(result, async () => {
      const { repaired, failed } = await this.releases.repairLeftovers(this.orm.em.fork(), BATCH);
      result.repaired += repaired;
      result.failed += failed;
    });
    await this.phase(result, async () => {
      for (let batch = BATCH; batch === BATCH && !this.stopped;) {
        batch = await this.releases.releaseDue(this.orm.em.fork(), BATCH);
        result.released += batch;
      }
    });
    await this.phase(result, async () => {
      for (let batch = BATCH; batch === BATCH && !this.stopped;) {
        batch = await this.refunds.refundDue(this.orm.em.fork(), BATCH);
        result.refunded += batch;
      }
    });
    await this.phase(result, async () => {
      const before = new Date(Date.now() - ABANDONED_GUEST_CART_DAYS * 86_400_000);
      for (let batch = BATCH; batch === BATCH && !this.stopped;) {
        batch = await deleteAbandonedGuestCarts(this.orm.em.fork(), before, BATCH);
        result.abandonedCarts += batch;
      }
    });
    return result;
  }

  /** A phase that fails as a whole (the database went away) does not keep the next from running. */
  private async phase(result: SweepResult, run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (err) {
      result.failed += 1;
      this.log.error({ err }, "a sweep phase failed; will try again");
    }
  }

  /** Every order due for expiry, each in a transaction of its own, walking past those that fail. */
  private async expireDue(result: SweepResult): Promise<void> {
    let after: { expiresAt: Date; id: string } | undefined;
    while (!this.stopped) {
      const due = await ordersDueForExpiry(this.orm.em.fork(), after, BATCH);
      for (const { id } of due) {
        try {
          if (await this.expire(id)) result.expired += 1;
        } catch (err) {
          result.failed += 1;
          this.log.error({ err, orderId: id }, "could not cancel an expired order; will try again");
        }
      }
      if (due.length < BATCH) return;
      const last = due.at(-1)!;
      after = { expiresAt: last.expiresAt, id: last.id };
    }
  }

  /** Cancels one expired order unless another instance (or a payment) holds it or it moved on. */
  private expire(orderId: string): Promise<boolean> {
    return this.orm.em.fork().transactional(async (tx) => {
      const order = await lockExpiredOrder(tx, orderId);
      if (!order) return false;
      await orderStateMachine.transition(
        { em: tx, order },
        { to: OrderStatus.CANCELLED, by: null, reason: "Payment was not received in time" },
      );
      await tx.flush();
      return true;
    });
  }
}
