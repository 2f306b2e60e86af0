import type { FilterQuery } from "@mikro-orm/core";
import {
  emptySql,
  newestFirstWindowQuery,
  newestFirstWindowSql,
  query,
  sql,
  uuidArray,
  type EntityManager,
  type NewestFirstPosition,
  type PageWindow,
  type WindowRows,
} from "@shopgraph/subgraph";
import { Notification, type NotificationKind, type NotificationStatus } from "../entities/index.js";

export interface NotificationListFilter {
  status?: NotificationStatus | null;
  kind?: NotificationKind | null;
  /** An email address, matched case-insensitively. */
  recipient?: string | null;
}

/** Every user's notifications, newest first, filtered. */
export async function findNotificationsPage(
  em: EntityManager,
  filter: NotificationListFilter,
  window: PageWindow<NewestFirstPosition>,
): Promise<WindowRows<Notification>> {
  const where: FilterQuery<Notification>[] = [];
  if (filter.status) where.push({ status: filter.status });
  if (filter.kind) where.push({ kind: filter.kind });
  if (filter.recipient?.trim()) {
    where.push({ recipient: { $ilike: filter.recipient.trim().replace(/[\\%_]/g, "\\$&") } });
  }
  const matching: FilterQuery<Notification> = where.length ? { $and: where } : {};
  const page = newestFirstWindowQuery<Notification>(window);
  const exists = (beyond: FilterQuery<Notification> | null) =>
    beyond ? em.count(Notification, { $and: [matching, beyond] }).then((count) => count > 0) : false;
  const [rows, totalCount, precedes, follows] = await Promise.all([
    em.find(Notification, { $and: [matching, page.where] }, { orderBy: page.orderBy, limit: page.limit }),
    em.count(Notification, matching),
    exists(page.precedes),
    exists(page.follows),
  ]);
  return { rows, totalCount, precedes, follows };
}

type PageRow = Record<string, unknown> & {
  page_user_id: string;
  page_total: number;
  page_precedes: boolean;
  page_follows: boolean;
  id: string | null;
};

/**
 * Pages of several users' notifications in one statement (a list of users resolved through the
 * gateway costs one query, not one per user): each user's total over the filter, whether rows
 * lie beyond the window's cursors, and up to size + 1 rows of the window in scan order,
 * numbered per user. Users with none are absent from the map.
 */
export async function findUserNotificationPages(
  em: EntityManager,
  userIds: readonly string[],
  window: PageWindow<NewestFirstPosition>,
  unreadOnly: boolean,
): Promise<Map<string, WindowRows<Notification>>> {
  const keyset = newestFirstWindowSql(window);
  const rows =
    userIds.length === 0
      ? []
      : await query<PageRow>(
          em,
          sql`with filtered as (
             select * from notifications
             where user_id = any(${uuidArray(userIds)}) ${unreadOnly ? sql`and read_at is null` : emptySql}
           ), totals as (
             select user_id, count(*)::int as total,
                    coalesce(bool_or(${keyset.precedes ?? sql`false`}), false) as precedes,
                    coalesce(bool_or(${keyset.follows ?? sql`false`}), false) as follows
             from filtered group by user_id
           ), paged as (
             select *, row_number() over (partition by user_id order by ${keyset.orderBy}) as position
             from filtered where ${keyset.where}
           )
           select totals.user_id as page_user_id, totals.total as page_total,
                  totals.precedes as page_precedes, totals.follows as page_follows, paged.*
           from totals left join paged on paged.user_id = totals.user_id and paged.position <= ${keyset.limit}
           order by totals.user_id, paged.position`,
        );
  const byUser = new Map<string, WindowRows<Notification>>();
  for (const { page_user_id, page_total, page_precedes, page_follows, position: _position, ...row } of rows) {
    const entry = byUser.get(page_user_id) ?? {
      totalCount: page_total,
      precedes: page_precedes,
      follows: page_follows,
      rows: [],
    };
    if (row.id !== null) entry.rows.push(em.map(Notification, row));
    byUser.set(page_user_id, entry);
  }
  return byUser;
}

/** Unread notifications per user; users with none are absent from the map. */
export async function countUnread(em: EntityManager, userIds: readonly string[]): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map();
  const rows = await query<{ user_id: string; unread: number }>(
    em,
    sql`select user_id, count(*)::int as unread from notifications
        where user_id = any(${uuidArray(userIds)}) and read_at is null group by user_id`,
  );
  return new Map(rows.map((row) => [row.user_id, row.unread]));
}
