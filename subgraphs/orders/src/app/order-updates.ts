import type { BoundedStream } from "@shopgraph/platform";
import type { EntityManager } from "@shopgraph/subgraph";
import type { OrderView } from "../domain/order-view.js";
import { catchUp, scopeOf, type OrderFanout, type OrderInterest } from "../events/order-fanout.js";
import { currentOrders } from "../store/current-orders.js";

export type { OrderInterest };

/** `Subscription.orderUpdated`'s side of the live feed: the order changes this instance hears of. */
export class OrderUpdates {
  constructor(private readonly fanout: OrderFanout) {}

  /** A held subscription gets nothing until its `release`, which puts the orders' current state first. */
  subscribe(interest: OrderInterest, options: { held: boolean }): BoundedStream<OrderView> {
    return this.fanout.subscribe(interest, options);
  }

  /**
   * What a subscription resumed after a gap gets first: the current state of what it follows
   * (see catchUp), read now. `order`: the one order it follows, already read.
   */
  async currentState(
    em: EntityManager,
    interest: OrderInterest,
    changedSince: Date,
    order?: OrderView,
  ): Promise<OrderView[]> {
    const current = order ? [order] : await currentOrders(em, scopeOf([interest]), changedSince);
    return catchUp(interest, current, changedSince);
  }
}
