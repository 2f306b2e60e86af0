import { hasScope, isAdmin, isUuid, PartnerScope, type Viewer } from "@shopgraph/kernel";
import { forbidden, notFound } from "@shopgraph/platform";
import type { OrderView } from "../domain/order-view.js";
import type { OrdersContext } from "./context.js";

/** A user's orders and cart are theirs and the admins'. */
export function maySeeUser(viewer: Viewer, userId: string): boolean {
  return isAdmin(viewer) || (viewer.kind === "user" && viewer.userId === userId);
}

export function requireSelfOrAdmin(viewer: Viewer, userId: string): void {
  if (!maySeeUser(viewer, userId)) throw forbidden("Only the user and admins can see this");
}

/** Partner apps that read or move orders see every order, as the admins' lists do. */
export function seesAllOrders(viewer: Viewer): boolean {
  return hasScope(viewer, PartnerScope.ORDERS_READ) || hasScope(viewer, PartnerScope.ORDERS_WRITE);
}

/** A user's orders: the user's, the admins', and apps' that read orders. */
export function requireOrdersReader(viewer: Viewer, userId: string): void {
  if (!maySeeUser(viewer, userId) && !seesAllOrders(viewer))
    throw forbidden("Only the user, admins and apps with orders:read can see these");
}

/**
 * Services (notifications resolving `Notification.order`) see every order. A guest's order (no
 * user) is the admins', apps' that read orders, and whoever holds its link (`orderByToken`, which
 * does not come through here) only.
 */
export function maySeeOrder(viewer: Viewer, order: { userId: string | null }): boolean {
  return (
    viewer.kind === "service" ||
    seesAllOrders(viewer) ||
    (order.userId === null ? isAdmin(viewer) : maySeeUser(viewer, order.userId))
  );
}

/** Who may learn which user an order is (Order.user): those who see the user's orders. */
export function mayKnowOwner(viewer: Viewer, userId: string): boolean {
  return viewer.kind === "service" || seesAllOrders(viewer) || maySeeUser(viewer, userId);
}

/** A shopper's address is personal data: an app needs customers:read for it. */
export function requireCustomerData(viewer: Viewer): void {
  if (viewer.kind === "app" && !hasScope(viewer, PartnerScope.CUSTOMERS_READ))
    throw forbidden("A shopper's personal data needs the customers:read scope");
}

/**
 * The order of `id` if the viewer may see it. Someone else's order, an unknown id and a malformed
 * one are all the same NOT_FOUND, so ids cannot be probed.
 */
export async function visibleOrder(
  { viewer, orderById }: Pick<OrdersContext, "viewer" | "orderById">,
  id: string,
): Promise<OrderView> {
  const order = isUuid(id) ? await orderById.load(id.toLowerCase()) : null;
  if (!order || !maySeeOrder(viewer, order)) throw notFound("Order");
  return order;
}
