import { isAdmin, isUuid, type Viewer } from "@shopgraph/kernel";
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
import { findNotification } from "../store/notification-updates.js";
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
/** The notification of `id` if it is the viewer's (or the viewer is an admin); null otherwise, as for an unknown id. */
export async function visibleNotification(em: EntityManager, viewer: Viewer, id: string): Promise<Notification | null> {
  if (viewer.kind === "anonymous" || !isUuid(id)) return null;
  const notification = await findNotification(em, id.toLowerCase());
  if (!notification) return null;
  return isAdmin(viewer) || (viewer.kind === "user" && viewer.userId === notification.userId) ? notification : null;
}

export async function unreadNotificationCounts(em: EntityManager, userIds: readonly string[]): Promise<number[]> {
  const counts = await countUnread(em, userIds.filter(isUuid));
  return userIds.map((userId) => counts.get(userId) ?? 0);
}
