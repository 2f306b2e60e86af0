import { isAdmin, isUuid, type Viewer } from "@shopgraph/kernel";
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

/** Services (notifications resolving `Notification.order`) see every order. */
export function maySeeOrder(viewer: Viewer, order: { userId: string }): boolean {
  return viewer.kind === "service" || maySeeUser(viewer, order.userId);
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
