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
  /** Held this long before it is due (an order's confirmation, see foldIntoHeldConfirmation). */
  holdMs?: number;
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
  const { eventId, userId, subject, payload, createdAt, traceContext, to, holdMs = 0 } = notification;
  const order = "order" in payload ? payload.order : "refunded" in payload ? payload.refunded : null;
  const [inserted] = await query<{ id: string; recipient: string | null }>(
    em,
    sql`insert into notifications
          (id, event_id, kind, channel, user_id, recipient, recipient_name, subject, payload, status, attempts,
           next_attempt_at, created_at, order_id, order_number, trace_context)
        select gen_random_uuid(), ${eventId}, ${NotificationKind[payload.kind]}, 'EMAIL', ${userId},
               coalesce(${to?.email ?? null}::text, u.email), coalesce(${to?.name ?? null}::text, u.name),
               ${subject}, ${jsonb(payload)}, 'QUEUED', 0,
               now() + ${holdMs} * interval '1 millisecond', ${createdAt},
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

/**
 * The order's confirmation takes `payload` and `subject` and is due at once, if it is still held:
 * queued and never claimed (`attempts = 0`). A dispatcher claiming it at the same moment holds
 * its row lock; this update then waits, sees `attempts = 1`, and changes nothing. True when the
 * confirmation took it (and so says what the caller would otherwise have mailed separately).
 */
export async function foldIntoHeldConfirmation(
  em: EntityManager,
  orderId: string,
  change: { subject: string; payload: NotificationPayload },
): Promise<boolean> {
  const folded = await query<{ id: string }>(
    em,
    sql`update notifications set payload = ${jsonb(change.payload)}, subject = ${change.subject}, next_attempt_at = now()
        where order_id = ${orderId} and kind = ${NotificationKind.ORDER_CONFIRMATION}
          and status = 'QUEUED' and attempts = 0
        returning id`,
  );
  return folded.length > 0;
}
