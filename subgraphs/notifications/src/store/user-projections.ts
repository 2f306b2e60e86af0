import { query, sql, type EntityManager } from "@shopgraph/common";

/** Any two int4s; this pair's first half keeps these locks apart from other advisory locks. */
const USER_LOCK_SPACE = 0x4e07;

/** A transaction-scoped lock per user (see the event handler for what it serialises). */
export async function lockUser(em: EntityManager, userId: string): Promise<void> {
  await query(em, sql`select pg_advisory_xact_lock(${USER_LOCK_SPACE}, hashtext(${userId}))`);
}

/**
 * Keeps the newest email and name of a user: a write older than what is stored changes nothing,
 * so events arriving out of order cannot bring back an old address.
 */
export async function saveUserProjection(
  em: EntityManager,
  user: { userId: string; email: string; name: string },
  updatedAt: Date,
): Promise<void> {
  await query(
    em,
    sql`insert into user_projections (id, email, name, updated_at)
        values (${user.userId}, ${user.email}, ${user.name}, ${updatedAt})
        on conflict (id) do update set email = excluded.email, name = excluded.name, updated_at = excluded.updated_at
        where user_projections.updated_at <= excluded.updated_at`,
  );
}

/** The user's QUEUED notifications that were waiting for an address get the projected one. */
export async function addressWaitingNotifications(em: EntityManager, userId: string): Promise<void> {
  await query(
    em,
    sql`update notifications set recipient = u.email, recipient_name = u.name
        from user_projections u
        where u.id = ${userId} and notifications.user_id = u.id and notifications.recipient is null
          and notifications.status = 'QUEUED'`,
  );
}
