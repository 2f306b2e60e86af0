import { BoundedStream, subscriberTooSlow } from "@shopgraph/platform";
import type { OrderView } from "../domain/order-view.js";

/** Which orders' changes a subscription gets. */
export type OrderInterest = { orderId: string } | { userId: string } | { everyOrder: true };

/** The orders some subscriptions follow: what a read of their current state must cover. */
export interface OrderScope {
  orderIds: string[];
  userIds: string[];
  everyOrder: boolean;
}

/** Subscriptions held by `OrderFanout.hold`, waiting for the current state of their orders. */
export interface HeldSubscriptions {
  readonly scope: OrderScope;
  /** Hands each held subscription its part of `orders` (see `catchUp`), then what was held back. */
  release(orders: readonly OrderView[], changedSince: Date): void;
}

/**
 * Hands each order change to the subscriptions it concerns, in the order changes arrive: the
 * subscriptions to that order, to its owner's orders, and to every order. Each subscription has
 * its own bounded backlog (see BoundedStream).
 */
export class OrderFanout {
  private readonly byOrder = new Map<string, Set<BoundedStream<OrderView>>>();
  private readonly byUser = new Map<string, Set<BoundedStream<OrderView>>>();
  private readonly everyOrder = new Set<BoundedStream<OrderView>>();
  private readonly interests = new Map<BoundedStream<OrderView>, OrderInterest>();

  /** `backlog`: changes a subscriber may fall behind by before it is dropped. */
  constructor(private readonly backlog: number) {}

  /** Open subscriptions. */
  get size(): number {
    return this.interests.size;
  }

  /** A held subscription gets nothing until its `release`, which puts the order's current state first. */
  subscribe(interest: OrderInterest, { held = false } = {}): BoundedStream<OrderView> {
    const group = this.groupOf(interest);
    const stream = new BoundedStream<OrderView>(this.backlog, tooSlow, () => {
      group.delete(stream);
      this.interests.delete(stream);
      if (group.size === 0) this.dropGroup(interest);
    });
    if (held) stream.hold();
    group.add(stream);
    this.interests.set(stream, interest);
    return stream;
  }

  publish(order: OrderView): void {
    const byUser = order.userId === null ? undefined : this.byUser.get(order.userId);
    for (const group of [this.byOrder.get(order.id), byUser, this.everyOrder]) {
      // push may end a stream (overflow), which removes it from the set being walked: walk a copy.
      if (group) for (const stream of [...group]) stream.push(order);
    }
  }

  /**
   * Holds every open subscription after a gap in the feed: changes published from now on wait
   * until the current state of the orders they follow, read after this call, is handed to them.
   */
  hold(): HeldSubscriptions {
    const held = [...this.interests];
    for (const [stream] of held) stream.hold();
    return {
      scope: scopeOf(held.map(([, interest]) => interest)),
      release: (orders, changedSince) => {
        for (const [stream, interest] of held) stream.release(catchUp(interest, orders, changedSince));
      },
    };
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

export function scopeOf(interests: Iterable<OrderInterest>): OrderScope {
  const scope: OrderScope = { orderIds: [], userIds: [], everyOrder: false };
  for (const interest of interests) {
    if ("orderId" in interest) scope.orderIds.push(interest.orderId);
    else if ("userId" in interest) scope.userIds.push(interest.userId);
    else scope.everyOrder = true;
  }
  scope.orderIds = [...new Set(scope.orderIds)];
  scope.userIds = [...new Set(scope.userIds)];
  return scope;
}

/**
 * What a subscription is sent after a gap, from the current state of `orders` (oldest change
 * first): its one order whatever its age, or of the orders it follows those changed since
 * `changedSince`; changes in the gap may have been missed, older ones were delivered.
 */
export function catchUp(interest: OrderInterest, orders: readonly OrderView[], changedSince: Date): OrderView[] {
  if ("orderId" in interest) return orders.filter((order) => order.id === interest.orderId);
  return orders.filter(
    (order) =>
      order.updatedAt.getTime() >= changedSince.getTime() &&
      ("everyOrder" in interest || order.userId === interest.userId),
  );
}

const tooSlow = () => subscriberTooSlow("This subscription fell too far behind its order changes; subscribe again");
