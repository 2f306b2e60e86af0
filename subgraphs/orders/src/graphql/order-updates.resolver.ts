import { isAdmin, requireUser } from "@shopgraph/common";
import { Arg, Authorized, ID, Resolver, Root, Subscription, type SubscribeResolverData } from "type-graphql";
import type { OrderView } from "../orders/read-model.js";
import { visibleOrder } from "./access.js";
import type { OrdersContext } from "./context.js";
import { OrderType } from "./order.types.js";

/**
 * The changes a viewer may follow. A subscription to one order is opened before its access check,
 * so a change committed while the check runs is held for it rather than missed.
 */
async function orderUpdates(context: OrdersContext, orderId: string | null): Promise<AsyncIterable<OrderView>> {
  const viewer = requireUser(context.viewer);
  const { live } = context.services;
  if (orderId === null) return live.subscribe(isAdmin(viewer) ? { everyOrder: true } : { userId: viewer.userId });
  const updates = live.subscribe({ orderId: orderId.toLowerCase() });
  try {
    await visibleOrder(context, orderId);
  } catch (error) {
    await updates.return?.();
    throw error;
  }
  return updates;
}

@Resolver(() => OrderType)
export class OrderUpdatesResolver {
  @Authorized()
  @Subscription(() => OrderType, {
    description:
      "The order as it is right after each status change from now on: one of your orders (any order for ADMIN), " +
      "or without orderId all of your orders (every order for ADMIN). NOT_FOUND for any other id, as order(id). " +
      "A subscriber that falls too far behind is ended with SUBSCRIBER_TOO_SLOW.",
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { orderId?: string | null }, OrdersContext>) =>
      orderUpdates(context, args.orderId ?? null),
  })
  orderUpdated(
    @Root() order: OrderView,
    @Arg("orderId", () => ID, { nullable: true, description: "Omit to follow all the orders you may see" })
    _orderId: string | null,
  ): OrderView {
    return order;
  }
}
