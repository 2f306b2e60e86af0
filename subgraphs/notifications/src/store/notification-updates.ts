import { query, sql, type EntityManager } from "@shopgraph/subgraph";
import { Notification } from "../entities/index.js";

/** Marks read those of `ids` that are the user's and unread; returns how many it marked. */
export function markRead(em: EntityManager, userId: string, ids: string[]): Promise<number> {
  return em.nativeUpdate(Notification, { id: { $in: ids }, userId, readAt: null }, { readAt: new Date() });
}

/** A FAILED notification QUEUED again with a fresh set of attempts; null when it is not FAILED (or absent). */
export async function requeueFailed(em: EntityManager, id: string): Promise<Notification | null> {
  const [row] = await query<Record<string, unknown>>(
    em,
    sql`update notifications set status = 'QUEUED', attempts = 0, next_attempt_at = now()
        where id = ${id} and status = 'FAILED' returning *`,
  );
  return row ? em.map(Notification, row) : null;
}

/** Those of `ids` that are the user's, read from the database (not the identity map). */
export function findUserNotifications(em: EntityManager, userId: string, ids: string[]): Promise<Notification[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return em.find(Notification, { id: { $in: ids }, userId }, { refresh: true });
}

export function findNotification(em: EntityManager, id: string): Promise<Notification | null> {
  return em.findOne(Notification, id);
}
