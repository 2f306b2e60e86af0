import { LockMode } from "@mikro-orm/core";
import type { Logger, Orm } from "@shopgraph/common";
import { OrderStatus } from "../domain/order-state.js";
import { Order } from "../entities/index.js";
import { orderStateMachine } from "./lifecycle.js";
import type { Refunds } from "./refunds.js";
import type { StockReleases } from "./stock-releases.js";

const BATCH = 100;

export interface SweepResult {
  expired: number;
  released: number;
  refunded: number;
}

/**
 * Cancels orders whose time to pay is over, and retries stock releases products has not
 * confirmed and refunds the payment provider has not. Safe with several instances: expired orders
 * are locked with SKIP LOCKED (and the state machine re-checks their status under the lock),
 * releases and refunds are claimed with a lease.
 */
export class OrderSweeper {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<SweepResult> | undefined;
  private stopped = false;

  constructor(
    private readonly orm: Orm,
    private readonly releases: StockReleases,
    private readonly refunds: Refunds,
    private readonly intervalMs: number,
    private readonly log: Logger,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** One pass; also what tests call instead of waiting for the timer. */
  sweep(): Promise<SweepResult> {
    this.running ??= this.pass().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private schedule(): void {
    this.timer = setTimeout(async () => {
      try {
        const result = await this.sweep();
        if (result.expired || result.released || result.refunded) this.log.info(result, "sweep done");
      } catch (err) {
        this.log.warn({ err }, "sweep failed; will try again");
      }
      if (!this.stopped) this.schedule();
    }, this.intervalMs);
    this.timer.unref();
  }

  private async pass(): Promise<SweepResult> {
    let expired = 0;
    for (let batch = BATCH; batch === BATCH && !this.stopped;) {
      batch = await this.expireBatch();
      expired += batch;
    }
    let released = 0;
    for (let batch = BATCH; batch === BATCH && !this.stopped;) {
      batch = await this.releases.releaseDue(this.orm.em.fork(), BATCH);
      released += batch;
    }
    let refunded = 0;
    for (let batch = BATCH; batch === BATCH && !this.stopped;) {
      batch = await this.refunds.refundDue(this.orm.em.fork(), BATCH);
      refunded += batch;
    }
    return { expired, released, refunded };
  }

  private async expireBatch(): Promise<number> {
    return this.orm.em.fork().transactional(async (tx) => {
      const orders = await tx.find(
        Order,
        { status: OrderStatus.PENDING_PAYMENT, expiresAt: { $lte: new Date() } },
        // Orders another instance (or a payment) holds are left to it.
        { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, orderBy: { expiresAt: "asc" }, limit: BATCH },
      );
      await tx.populate(orders, ["lines"]);
      for (const order of orders) {
        await orderStateMachine.transition(
          { em: tx, order },
          { to: OrderStatus.CANCELLED, by: null, reason: "Payment was not received in time" },
        );
      }
      await tx.flush();
      return orders.length;
    });
  }
}
