import { badUserInput, isUuid, notFound, type EntityManager } from "@shopgraph/common";
import type { Notification } from "../entities/index.js";
import { findNotification, requeueFailed } from "../store/notification-updates.js";

/** ADMIN: sends a FAILED notification again, with a fresh set of attempts, starting now. */
export async function retryNotification(
  em: EntityManager,
  id: string,
  wakeDispatcher: () => void,
): Promise<Notification> {
  if (!isUuid(id)) throw badUserInput("id is not a notification id", "id");
  const requeued = await requeueFailed(em, id);
  if (!requeued) {
    const existing = await findNotification(em, id);
    if (!existing) throw notFound("Notification");
    throw badUserInput(`Only a FAILED notification can be retried; this one is ${existing.status}`, "id");
  }
  wakeDispatcher();
  return requeued;
}
