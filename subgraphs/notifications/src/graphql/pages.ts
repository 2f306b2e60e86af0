import DataLoader from "dataloader";
import { isUuid } from "@shopgraph/kernel";
import {
  decodeNewestFirstCursor,
  emptySql,
  newestFirstCursor,
  query,
  sql,
  toPage,
  uuidArray,
  type EntityManager,
  type Page,
} from "@shopgraph/subgraph";
import { Notification } from "../entities/index.js";

/** Newest first: the position after the cursor's (createdAt, id). */
export function afterCursor(after: string | null | undefined): [Date, string] | null {
  if (!after) return null;
  const { createdAt, id } = decodeNewestFirstCursor(after);
  return [createdAt, id];
}

export interface UserPageArgs {
  size: number;
  after: string | null | undefined;
  unreadOnly: boolean;
}

type PageRow = Record<string, unknown> & { page_user_id: string; page_total: number; id: string | null };

/**
 * Pages of several users' notifications in one statement (a list of users resolved through the
 * gateway costs one query, not one per user): each user's total over the filter, and up to
 * size + 1 rows after the cursor, numbered per user.
 */
export async function loadUserPages(
  em: EntityManager,
  userIds: readonly string[],
  args: UserPageArgs,
): Promise<Page<Notification>[]> {
  const valid = userIds.filter(isUuid);
  const cursor = afterCursor(args.after);
  const rows =
    valid.length === 0
      ? []
      : await query<PageRow>(
          em,
          sql`with filtered as (
             select * from notifications
             where user_id = any(${uuidArray(valid)}) ${args.unreadOnly ? sql`and read_at is null` : emptySql}
           ), totals as (
             select user_id, count(*)::int as total from filtered group by user_id
           ), paged as (
             select *, row_number() over (partition by user_id order by created_at desc, id desc) as position
             from filtered ${cursor ? sql`where (created_at, id) < (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)` : emptySql}
           )
           select totals.user_id as page_user_id, totals.total as page_total, paged.*
           from totals left join paged on paged.user_id = totals.user_id and paged.position <= ${args.size + 1}
           order by totals.user_id, paged.created_at desc, paged.id desc`,
        );
  const byUser = new Map<string, { total: number; rows: Notification[] }>();
  for (const { page_user_id, page_total, position: _position, ...row } of rows) {
    const entry = byUser.get(page_user_id) ?? { total: page_total, rows: [] };
    if (row.id !== null) entry.rows.push(em.map(Notification, row));
    byUser.set(page_user_id, entry);
  }
  return userIds.map((userId) => {
    const entry = byUser.get(userId) ?? { total: 0, rows: [] };
    return toPage(entry.rows, args.size, entry.total, newestFirstCursor, args.after);
  });
}

/** One DataLoader per distinct page arguments in a request. */
export function userPagesLoader(em: EntityManager) {
  const loaders = new Map<string, DataLoader<string, Page<Notification>>>();
  return (args: UserPageArgs): DataLoader<string, Page<Notification>> => {
    const key = JSON.stringify([args.size, args.after ?? null, args.unreadOnly]);
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader((userIds) => loadUserPages(em, userIds, args));
      loaders.set(key, loader);
    }
    return loader;
  };
}

export function unreadCountLoader(em: EntityManager): DataLoader<string, number> {
  return new DataLoader(async (userIds) => {
    const valid = userIds.filter(isUuid);
    const rows =
      valid.length === 0
        ? []
        : await query<{ user_id: string; unread: number }>(
            em,
            sql`select user_id, count(*)::int as unread from notifications
                where user_id = any(${uuidArray(valid)}) and read_at is null group by user_id`,
          );
    const counts = new Map(rows.map((row) => [row.user_id, row.unread]));
    return userIds.map((userId) => counts.get(userId) ?? 0);
  });
}
