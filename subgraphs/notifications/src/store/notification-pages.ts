import type { FilterQuery } from "@mikro-orm/core";
import { emptySql, query, sql, uuidArray, type EntityManager } from "@shopgraph/common";
import { Notification, type NotificationKind, type NotificationStatus } from "../entities/index.js";

/** Newest first: a page starts after this (createdAt, id), the last row of the page before. */
export interface NewestFirstPosition {
  createdAt: Date;
  id: string;
}

export interface PageRequest {
  size: number;
  after: NewestFirstPosition | null;
}

/** Rows of one page, `size + 1` at most (the extra one tells a next page exists), and the total. */
export interface PageRows {
  rows: Notification[];
  totalCount: number;
}

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
  { size, after }: PageRequest,
): Promise<PageRows> {
  const where: FilterQuery<Notification>[] = [];
  if (filter.status) where.push({ status: filter.status });
  if (filter.kind) where.push({ kind: filter.kind });
  if (filter.recipient?.trim()) {
    where.push({ recipient: { $ilike: filter.recipient.trim().replace(/[\\%_]/g, "\\$&") } });
  }
  const matching: FilterQuery<Notification> = where.length ? { $and: where } : {};
  const page: FilterQuery<Notification> = after
    ? {
        $and: [
          matching,
          { $or: [{ createdAt: { $lt: after.createdAt } }, { createdAt: after.createdAt, id: { $lt: after.id } }] },
        ],
      }
    : matching;
  const [rows, totalCount] = await Promise.all([
    em.find(Notification, page, { orderBy: { createdAt: "desc", id: "desc" }, limit: size + 1 }),
    em.count(Notification, matching),
  ]);
  return { rows, totalCount };
}

type PageRow = Record<string, unknown> & { page_user_id: string; page_total: number; id: string | null };

/**
 * Pages of several users' notifications in one statement (a list of users resolved through the
 * gateway costs one query, not one per user): each user's total over the filter, and up to
 * size + 1 rows after the position, numbered per user. Users with none are absent from the map.
 */
export async function findUserNotificationPages(
  em: EntityManager,
  userIds: readonly string[],
  { size, after, unreadOnly }: PageRequest & { unreadOnly: boolean },
): Promise<Map<string, PageRows>> {
  const rows =
    userIds.length === 0
      ? []
      : await query<PageRow>(
          em,
          sql`with filtered as (
             select * from notifications
             where user_id = any(${uuidArray(userIds)}) ${unreadOnly ? sql`and read_at is null` : emptySql}
           ), totals as (
             select user_id, count(*)::int as total from filtered group by user_id
           ), paged as (
             select *, row_number() over (partition by user_id order by created_at desc, id desc) as position
             from filtered ${after ? sql`where (created_at, id) < (${after.createdAt}::timestamptz, ${after.id}::uuid)` : emptySql}
           )
           select totals.user_id as page_user_id, totals.total as page_total, paged.*
           from totals left join paged on paged.user_id = totals.user_id and paged.position <= ${size + 1}
           order by totals.user_id, paged.created_at desc, paged.id desc`,
        );
  const byUser = new Map<string, PageRows>();
  for (const { page_user_id, page_total, position: _position, ...row } of rows) {
    const entry = byUser.get(page_user_id) ?? { totalCount: page_total, rows: [] };
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
