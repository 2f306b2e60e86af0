import { isAdmin, type Viewer } from "@shopgraph/kernel";
import { forbidden, unauthenticated } from "@shopgraph/platform";

/** A user's notifications are theirs and the admins' to see. */
export function assertMaySeeNotificationsOf(viewer: Viewer, userId: string): void {
  if (viewer.kind === "anonymous") throw unauthenticated();
  if (isAdmin(viewer) || (viewer.kind === "user" && viewer.userId === userId)) return;
  throw forbidden("Only the user and admins can see a user's notifications");
}
