import { isUuid } from "@shopgraph/kernel";
import {
  decodeNewestFirstCursor,
  newestFirstCursor,
  pageWindow,
  toPage,
  type EntityManager,
  type Page,
} from "@shopgraph/subgraph";
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
  { unreadOnly, ...page }: UserNotificationsArgs,
): Promise<Page<Notification>[]> {
  const window = pageWindow(page, decodeNewestFirstCursor);
  const pages = await findUserNotificationPages(em, userIds.filter(isUuid), window, unreadOnly);
  return userIds.map((userId) => toPage(window, pages.get(userId) ?? { rows: [], totalCount: 0 }, newestFirstCursor));
}

/** How many unread notifications each user has, in the order of `userIds`. */
export async function unreadNotificationCounts(em: EntityManager, userIds: readonly string[]): Promise<number[]> {
  const counts = await countUnread(em, userIds.filter(isUuid));
  return userIds.map((userId) => counts.get(userId) ?? 0);
}
