import type { Viewer } from "@shopgraph/kernel";

/** Who a stock movement is recorded against: `user:<id>`, `app:<id>` or `service:<name>`. */
export function actorOf(viewer: Viewer): string {
  if (viewer.kind === "user") return `user:${viewer.userId}`;
  if (viewer.kind === "service") return `service:${viewer.service}`;
  if (viewer.kind === "app") return `app:${viewer.appId}`;
  return "anonymous";
}
