import { isAdmin, PartnerScope, Role } from "@shopgraph/kernel";
import { forbidden } from "@shopgraph/platform";
import { NodeId, requireUser, scope } from "@shopgraph/subgraph";
import { Arg, Authorized, ID, Resolver, Root, Subscription, type SubscribeResolverData } from "type-graphql";
import type { OrderInterest } from "../app/order-updates.js";
import type { OrderView } from "../domain/order-view.js";
import { seesAllOrders, visibleOrder } from "./access.js";
import type { OrdersContext } from "./context.js";
import { OrderType } from "./order.types.js";

/**
 * How long before the gateway last heard from this subgraph a resumed subscription is caught up
 * from: the gateway's and this host's clocks may differ a little, and a change committed just
 * before may have reached the exchange just after.
 */
export const RESUME_MARGIN_MS = 5_000;

/**
 * The changes a viewer may follow. A subscription to one order is opened before its access check,
 * so a change committed while the check runs is held for it rather than missed. A subscription
 * the gateway resumes after losing its socket here (`context.resumeFrom`) is held until it has
 * the current state of what it follows (see catchUp), read after it was opened.
 */
async function orderUpdates(context: OrdersContext, orderId: string | null): Promise<AsyncIterable<OrderView>> {
  const { live } = context.services;
  let interest: OrderInterest;
  if (context.viewer.kind === "app") {
    // A partner app follows orders with orders:read (or orders:write), as it reads them: any order.
    if (!seesAllOrders(context.viewer)) throw forbidden("Following orders needs the orders:read scope");
    interest = orderId !== null ? { orderId: orderId.toLowerCase() } : { everyOrder: true };
  } else {
    const viewer = requireUser(context.viewer);
    interest =
      orderId !== null
        ? { orderId: orderId.toLowerCase() }
        : isAdmin(viewer)
          ? { everyOrder: true }
          : { userId: viewer.userId };
  }
  const { resumeFrom } = context;
  const updates = live.subscribe(interest, { held: resumeFrom !== undefined });
  try {
    const order = orderId === null ? undefined : await visibleOrder(context, orderId);
    if (resumeFrom) {
      const since = new Date(resumeFrom.getTime() - RESUME_MARGIN_MS);
      updates.release(await live.currentState(context.em, interest, since, order));
    }
  } catch (error) {
    await updates.return();
    throw error;
  }
  return updates;
}

@Resolver(() => OrderType)
export class OrderUpdatesResolver {
  // Signed-in users, and partner apps that read orders (an app is no user: it is named by its scopes).
  @Authorized(Role.CUSTOMER, Role.ADMIN, scope(PartnerScope.ORDERS_READ), scope(PartnerScope.ORDERS_WRITE))
  @Subscription(() => OrderType, {
    description:
      "The order as it is right after each status change from now on: one of your orders (any order for ADMIN " +
      "and for partner apps with orders:read or orders:write), or without orderId all of your orders (every order for them). NOT_FOUND for any other id, as order(id). " +
      "After a gap in the feed of changes, the order as it is now (without orderId: each order changed since " +
      "shortly before the gap), then the changes from there. " +
      "A subscriber that falls too far behind is ended with SUBSCRIBER_TOO_SLOW.",
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { orderId?: string | null }, OrdersContext>) =>
      orderUpdates(context, args.orderId ?? null),
  })
  orderUpdated(
    @Root() order: OrderView,
    @Arg("orderId", () => ID, { nullable: true, description: "Omit to follow all the orders you may see" })
    @NodeId("Order")
    _orderId: string | null,
  ): OrderView {
    return order;
  }
}
