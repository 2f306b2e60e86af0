import { jsonb, query, sql, type EntityManager } from "@shopgraph/subgraph";
import type { NotificationPayload } from "../domain/notifications.js";
import { NotificationKind } from "../entities/index.js";

export interface NewNotification {
  eventId: string;
  /** Null for mail about a guest's order: `to` names its recipient. */
  userId: string | null;
  subject: string;
  payload: NotificationPayload;
  createdAt: Date;
  /** The trace context to continue when it is sent (the event's handling, if traced). */
  traceContext: Record<string, string> | null;
  /** Where it goes when the event names the address (account mail); otherwise the user's projected one. */
  to?: { email: string; name: string };
}

/**
 * Inserts a QUEUED email notification addressed to `to`, or else from the user's projection (null
 * when the user is not known yet). One per (event, kind): a second insert is nothing, and returns
 * undefined.
 */
export async function insertNotification(
  em: EntityManager,
  notification: NewNotification,
): Promise<{ id: string; recipient: string | null } | undefined> {
  const { eventId, userId, subject, payload, createdAt, traceContext, to } = notification;
  const order = "order" in payload ? payload.order : "refunded" in payload ? payload.refunded : null;
  const [inserted] = await query<{ id: string; recipient: string | null }>(
    em,
    sql`insert into notifications
          (id, event_id, kind, channel, user_id, recipient, recipient_name, subject, payload, status, attempts,
           next_attempt_at, created_at, order_id, order_number, trace_context)
        select gen_random_uuid(), ${eventId}, ${NotificationKind[payload.kind]}, 'EMAIL', ${userId},
               coalesce(${to?.email ?? null}::text, u.email), coalesce(${to?.name ?? null}::text, u.name),
               ${subject}, ${jsonb(payload)}, 'QUEUED', 0, now(), ${createdAt},
               ${order?.orderId ?? null}, ${order?.number ?? null}, ${traceContext ? jsonb(traceContext) : null}
        from (select ${userId}::uuid as id) wanted left join user_projections u on u.id = wanted.id
        on conflict (event_id, kind) do nothing
        returning id, recipient`,
  );
  return inserted;
}

/** Fills in the recipient of one notification from its user's projection, if there is one now. */
export async function addressNotification(em: EntityManager, notificationId: string): Promise<void> {
  await query(
    em,
    sql`update notifications set recipient = u.email, recipient_name = u.name
        from user_projections u where notifications.id = ${notificationId} and u.id = notifications.user_id`,
  );
}
