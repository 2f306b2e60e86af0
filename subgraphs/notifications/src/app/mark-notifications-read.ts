import { badUserInput, isUuid, type EntityManager } from "@shopgraph/common";
import { markRead } from "../store/notification-updates.js";

const MAX_IDS = 500;

/** Marks the user's own notifications read; returns how many were unread. Others' ids are ignored. */
export async function markNotificationsRead(em: EntityManager, userId: string, ids: string[]): Promise<number> {
  if (ids.length > MAX_IDS) throw badUserInput(`at most ${MAX_IDS} ids at once`, "ids");
  if (!ids.every(isUuid)) throw badUserInput("ids must be notification ids", "ids");
  if (ids.length === 0) return 0;
  return markRead(em, userId, ids);
}
