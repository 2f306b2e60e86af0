import type { FilterQuery } from "@mikro-orm/core";
import { isUuid } from "@shopgraph/kernel";
import { decodeCursor, encodeCursor, type PageWindow } from "./connection.js";
import { identifier, joinSql, sql, type Sql, type SqlValue } from "./sql.js";

/**
 * Keyset position math, written once: a list ordered by one key and then by id, both in the
 * same direction, so "after this row" is a row-value comparison and pages neither skip nor
 * repeat rows when others are inserted between requests.
 */

/** Where a row stands in such a list: its key and id. */
export interface KeysetPosition<K extends SqlValue = SqlValue> {
  key: K;
  id: string;
}

/** A list's order in SQL: the key and id expressions, the key's type (cursor values are cast to it). */
export interface KeysetOrder {
  key: Sql;
  keyType: Sql;
  id: Sql;
  descending: boolean;
}

/** What a window of the list is in SQL: its conditions, its scan order and the LIMIT. */
export interface KeysetWindowSql {
  /** `true` when the window has no bounds; never empty. */
  where: Sql;
  orderBy: Sql;
  limit: number;
  /** Rows at or before `after` in list order (null without `after`): they make hasPreviousPage true. */
  precedes: Sql | null;
  /** Rows at or after `before` in list order (null without `before`): they make hasNextPage true. */
  follows: Sql | null;
}

export function keysetWindowSql(order: KeysetOrder, window: PageWindow<KeysetPosition>): KeysetWindowSql {
  const row = sql`(${order.key}, ${order.id})`;
  const at = (position: KeysetPosition) => sql`(${position.key}::${order.keyType}, ${position.id}::uuid)`;
  // In list order "later" is "smaller" for a descending list.
  const later = order.descending ? sql`<` : sql`>`;
  const earlier = order.descending ? sql`>` : sql`<`;
  const bounds: Sql[] = [];
  if (window.after) bounds.push(sql`${row} ${later} ${at(window.after)}`);
  if (window.before) bounds.push(sql`${row} ${earlier} ${at(window.before)}`);
  const forward = window.from === "start" ? order.descending : !order.descending;
  const direction = forward ? sql`DESC` : sql`ASC`;
  return {
    where: bounds.length ? joinSql(bounds, " AND ") : sql`true`,
    orderBy: sql`${order.key} ${direction}, ${order.id} ${direction}`,
    limit: window.size + 1,
    precedes: window.after ? sql`${row} ${earlier}= ${at(window.after)}` : null,
    follows: window.before ? sql`${row} ${later}= ${at(window.before)}` : null,
  };
}

/** `EXISTS (...)` of a condition, or `false` without one: a column a statement can always select. */
export function existsOrFalse(from: Sql, condition: Sql | null): Sql {
  return condition ? sql`EXISTS (SELECT 1 FROM ${from} WHERE ${condition})` : sql`false`;
}

/** Newest first: by creation time, then id, both descending. */
export interface NewestFirstPosition {
  createdAt: Date;
  id: string;
}

/**
 * As `toISOString` writes a time of our rows: JavaScript reads times far outside what Postgres
 * holds (year -271821), which would reach SQL as a database error instead of BAD_USER_INPUT.
 */
const isTimestamp = (value: unknown): value is string =>
  typeof value === "string" &&
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value) &&
  !Number.isNaN(new Date(value).getTime());

/** The cursor of a row of a newest-first list. */
export function newestFirstCursor(row: NewestFirstPosition): string {
  return encodeCursor([row.createdAt.toISOString(), row.id]);
}

/** Reads a `newestFirstCursor`; anything else is BAD_USER_INPUT before it reaches SQL. */
export function decodeNewestFirstCursor(cursor: string, argument: "after" | "before" = "after"): NewestFirstPosition {
  const [createdAt, id] = decodeCursor<[string, string]>(cursor, [isTimestamp, isUuid], argument);
  return { createdAt: new Date(createdAt), id };
}

/** A newest-first window in SQL, over the columns of `table` (an alias, or none for bare names). */
export function newestFirstWindowSql(window: PageWindow<NewestFirstPosition>, table?: string): KeysetWindowSql {
  const column = (name: string) => (table ? sql`${identifier(table)}.${identifier(name)}` : identifier(name));
  const position = (at: NewestFirstPosition | null) => at && { key: at.createdAt, id: at.id };
  return keysetWindowSql(
    { key: column("created_at"), keyType: sql`timestamptz`, id: column("id"), descending: true },
    { ...window, after: position(window.after), before: position(window.before) },
  );
}

type NewestFirstEntity = { createdAt: Date; id: string };

/** The same window as MikroORM conditions and order, for lists read with `em.find`. */
export function newestFirstWindowQuery<T extends NewestFirstEntity>(window: PageWindow<NewestFirstPosition>) {
  const older = (at: NewestFirstPosition, orSame: boolean) => ({
    $or: [{ createdAt: { $lt: at.createdAt } }, { createdAt: at.createdAt, id: { [orSame ? "$lte" : "$lt"]: at.id } }],
  });
  const newer = (at: NewestFirstPosition, orSame: boolean) => ({
    $or: [{ createdAt: { $gt: at.createdAt } }, { createdAt: at.createdAt, id: { [orSame ? "$gte" : "$gt"]: at.id } }],
  });
  const bounds = [
    ...(window.after ? [older(window.after, false)] : []),
    ...(window.before ? [newer(window.before, false)] : []),
  ];
  const direction = window.from === "start" ? "desc" : "asc";
  return {
    where: (bounds.length ? { $and: bounds } : {}) as FilterQuery<T>,
    orderBy: { createdAt: direction, id: direction } as const,
    limit: window.size + 1,
    precedes: window.after ? (newer(window.after, true) as FilterQuery<T>) : null,
    follows: window.before ? (older(window.before, true) as FilterQuery<T>) : null,
  };
}
