import {
  decodeNewestFirstCursor,
  isUuid,
  newestFirstCursor,
  pageSize,
  toPage,
  type EntityManager,
  type Page,
} from "@shopgraph/common";
import type { Notification } from "../entities/index.js";
import { countUnread, findUserNotificationPages } from "../store/notification-pages.js";
import type { NotificationPageArgs } from "./list-notifications.js";

export interface UserNotificationsArgs extends NotificationPageArgs {
  unreadOnly: boolean;
}

/** Each user's notifications, newest first, one page per user id (in order), read together. */
export async function userNotificationPages(
  em: EntityManager,
  userIds: readonly string[],
  { first, after, unreadOnly }: UserNotificationsArgs,
): Promise<Page<Notification>[]> {
  const size = pageSize(first);
  const position = after ? decodeNewestFirstCursor(after) : null;
  const pages = await findUserNotificationPages(em, userIds.filter(isUuid), { size, after: position, unreadOnly });
  return userIds.map((userId) => {
    const { rows, totalCount } = pages.get(userId) ?? { rows: [], totalCount: 0 };
    return toPage(rows, size, totalCount, newestFirstCursor, after);
  });
}

/** How many unread notifications each user has, in the order of `userIds`. */
export async function unreadNotificationCounts(em: EntityManager, userIds: readonly string[]): Promise<number[]> {
  const counts = await countUnread(em, userIds.filter(isUuid));
  return userIds.map((userId) => counts.get(userId) ?? 0);
}
