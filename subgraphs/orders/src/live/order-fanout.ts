import { BoundedStream, subscriberTooSlow } from "@shopgraph/common";
import type { OrderView } from "../orders/read-model.js";

/** Which orders' changes a subscription gets. */
export type OrderInterest = { orderId: string } | { userId: string } | { everyOrder: true };

/**
 * Hands each order change to the subscriptions it concerns, in the order changes arrive: the
 * subscriptions to that order, to its owner's orders, and to every order. Each subscription has
 * its own bounded backlog (see BoundedStream).
 */
export class OrderFanout {
  private readonly byOrder = new Map<string, Set<BoundedStream<OrderView>>>();
  private readonly byUser = new Map<string, Set<BoundedStream<OrderView>>>();
  private readonly everyOrder = new Set<BoundedStream<OrderView>>();
  private count = 0;

  /** `backlog`: changes a subscriber may fall behind by before it is dropped. */
  constructor(private readonly backlog: number) {}

  /** Open subscriptions. */
  get size(): number {
    return this.count;
  }

  subscribe(interest: OrderInterest): AsyncIterableIterator<OrderView> {
    const group = this.groupOf(interest);
    const stream = new BoundedStream<OrderView>(this.backlog, tooSlow, () => {
      group.delete(stream);
      this.count -= 1;
      if (group.size === 0) this.dropGroup(interest);
    });
    group.add(stream);
    this.count += 1;
    return stream;
  }

  publish(order: OrderView): void {
    for (const group of [this.byOrder.get(order.id), this.byUser.get(order.userId), this.everyOrder]) {
      // push may end a stream (overflow), which removes it from the set being walked: walk a copy.
      if (group) for (const stream of [...group]) stream.push(order);
    }
  }

  private groupOf(interest: OrderInterest): Set<BoundedStream<OrderView>> {
    if ("everyOrder" in interest) return this.everyOrder;
    const [index, key] = "orderId" in interest ? [this.byOrder, interest.orderId] : [this.byUser, interest.userId];
    let group = index.get(key);
    if (!group) {
      group = new Set();
      index.set(key, group);
    }
    return group;
  }

  private dropGroup(interest: OrderInterest): void {
    if ("orderId" in interest) this.byOrder.delete(interest.orderId);
    else if ("userId" in interest) this.byUser.delete(interest.userId);
  }
}

const tooSlow = () => subscriberTooSlow("This subscription fell too far behind its order changes; subscribe again");
