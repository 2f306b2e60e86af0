import { forbidden, isAdmin, type Viewer } from "@shopgraph/common";

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
