import { isUuid, ProblemList, reject } from "@shopgraph/kernel";
import { badUserInput } from "@shopgraph/platform";
import { type EntityManager } from "@shopgraph/subgraph";
import { MAX_MARK_READ_IDS, type NotificationErrorCode } from "../domain/errors.js";
import type { Notification } from "../entities/index.js";
import { countUnread } from "../store/notification-pages.js";
import { findUserNotifications, markRead } from "../store/notification-updates.js";

/** What notificationsMarkRead did: the notifications named, read now, and how many are still unread. */
export interface MarkedRead {
  notifications: Notification[];
  unreadCount: number;
}

/**
 * Marks the user's own notifications read, all or none: an id that is not one of theirs (unknown
 * or someone else's, the same answer so ids cannot be probed) is NOTIFICATION_NOT_FOUND at its
 * position in `ids`, every one reported at once, and nothing is marked.
 */
export async function notificationsMarkRead(
  em: EntityManager,
  userId: string,
  ids: readonly string[],
): Promise<MarkedRead> {
  if (ids.length > MAX_MARK_READ_IDS) {
    reject<NotificationErrorCode>("TOO_MANY_IDS", `At most ${MAX_MARK_READ_IDS} ids at once`, ["ids"]);
  }
  const wanted = [...new Set(ids.map((id) => id.toLowerCase()))];
  const found = new Set((await findUserNotifications(em, userId, wanted)).map((notification) => notification.id));
  const problems = new ProblemList<NotificationErrorCode>();
  ids.forEach((id, index) => {
    if (!found.has(id.toLowerCase())) {
      problems.add("NOTIFICATION_NOT_FOUND", "No notification of yours has this id", ["ids", String(index)]);
    }
  });
  problems.throwIfAny();
  if (wanted.length > 0) await markRead(em, userId, wanted);
  // Read again: the rows as they are now, in the order the ids were given.
  const now = new Map((await findUserNotifications(em, userId, wanted)).map((row) => [row.id, row]));
  const notifications = wanted.flatMap((id) => now.get(id) ?? []);
  const unreadCount = (await countUnread(em, [userId])).get(userId) ?? 0;
  return { notifications, unreadCount };
}

/** Marks the user's own notifications read; returns how many were unread. Others' ids are ignored. */
export async function markNotificationsRead(em: EntityManager, userId: string, ids: string[]): Promise<number> {
  if (ids.length > MAX_MARK_READ_IDS) throw badUserInput(`at most ${MAX_MARK_READ_IDS} ids at once`, "ids");
  if (!ids.every(isUuid)) throw badUserInput("ids must be notification ids", "ids");
  if (ids.length === 0) return 0;
  return markRead(em, userId, ids);
}
