import {
  decodeNewestFirstCursor,
  newestFirstCursor,
  pageWindow,
  toPage,
  type EntityManager,
  type Page,
} from "@shopgraph/subgraph";
import type { Notification } from "../entities/index.js";
import { findNotificationsPage, type NotificationListFilter } from "../store/notification-pages.js";

/** Page arguments of a notification list; cursors are opaque, anything else is BAD_USER_INPUT. */
export interface NotificationPageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** ADMIN: every notification matching the filter, newest first. */
export async function listNotifications(
  em: EntityManager,
  filter: NotificationListFilter | null,
  page: NotificationPageArgs,
): Promise<Page<Notification>> {
  const window = pageWindow(page, decodeNewestFirstCursor);
  return toPage(window, await findNotificationsPage(em, filter ?? {}, window), newestFirstCursor);
}
