import {
  decodeNewestFirstCursor,
  newestFirstCursor,
  pageSize,
  toPage,
  type EntityManager,
  type Page,
} from "@shopgraph/common";
import type { Notification } from "../entities/index.js";
import { findNotificationsPage, type NotificationListFilter } from "../store/notification-pages.js";

export interface NotificationPageArgs {
  first?: number | null;
  /** An opaque cursor of this list; anything else is BAD_USER_INPUT. */
  after?: string | null;
}

/** ADMIN: every notification matching the filter, newest first. */
export async function listNotifications(
  em: EntityManager,
  filter: NotificationListFilter | null,
  { first, after }: NotificationPageArgs,
): Promise<Page<Notification>> {
  const size = pageSize(first);
  const position = after ? decodeNewestFirstCursor(after) : null;
  const { rows, totalCount } = await findNotificationsPage(em, filter ?? {}, { size, after: position });
  return toPage(rows, size, totalCount, newestFirstCursor, after);
}
