import { query, sql, uuidArray, type EntityManager } from "@shopgraph/common";
import { Notification, type NotificationStatus } from "../entities/index.js";

/**
 * Joined into the dispatcher's statements: their own transaction commits without waiting for the
 * WAL flush (one round trip, no fsync wait). Should Postgres crash and lose such a write, a claim
 * or a SENT mark is undone and the mail is sent again, as after a claim timeout; the notification
 * itself was written durably by the consumer.
 */
const ASYNC_COMMIT = sql`(select set_config('synchronous_commit', 'off', true)) as async_commit`;

/**
 * Claims up to `limit` QUEUED notifications that are due and have a recipient, in one UPDATE over
 * rows picked `FOR UPDATE SKIP LOCKED`: it counts the attempt and pushes `next_attempt_at` out by
 * the claim timeout, so several instances never claim one row together and a row claimed by an
 * instance that died is taken over once its claim times out.
 */
export async function claimDueMail(em: EntityManager, limit: number, claimTimeoutMs: number): Promise<Notification[]> {
  const rows = await query<Record<string, unknown>>(
    em,
    sql`update notifications
        set attempts = attempts + 1, next_attempt_at = now() + ${claimTimeoutMs} * interval '1 millisecond'
        from ${ASYNC_COMMIT}
        where notifications.id in (
          select id from notifications
          where status = 'QUEUED' and recipient is not null and next_attempt_at <= now()
          order by next_attempt_at limit ${limit} for update skip locked)
        returning notifications.*`,
  );
  return rows.map((row) => em.map(Notification, row));
}

/** SMTP accepted these: SENT, unless something else (an admin, another instance) moved them on. */
export async function markMailSent(em: EntityManager, notificationIds: string[]): Promise<void> {
  await query(
    em,
    sql`update notifications set status = 'SENT', sent_at = now(), last_error = null
        from ${ASYNC_COMMIT} where id = any(${uuidArray(notificationIds)}) and status = 'QUEUED'`,
  );
}

/** A refused send: QUEUED again after `retryInMs`, or FAILED for good, keeping the error. */
export async function markMailRefused(
  em: EntityManager,
  notificationId: string,
  outcome: { status: NotificationStatus; error: string; retryInMs: number },
): Promise<void> {
  await query(
    em,
    sql`update notifications
        set status = ${outcome.status}, last_error = ${outcome.error.slice(0, 1_000)},
            next_attempt_at = now() + ${outcome.retryInMs} * interval '1 millisecond'
        from ${ASYNC_COMMIT} where id = ${notificationId} and status = 'QUEUED'`,
  );
}
