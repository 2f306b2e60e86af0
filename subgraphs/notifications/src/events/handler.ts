import { type AnyEventEnvelope } from "@shopgraph/kernel";
import { type EventHandler } from "@shopgraph/messaging";
import { jsonb, query, sql, type EntityManager } from "@shopgraph/subgraph";
import { NotificationKind } from "../entities/index.js";
import type { NotificationPayload } from "../domain/notifications.js";
import { subjectOf, type ShopInfo } from "../domain/templates.js";
import { InvalidEventError, orderOf, refundedOf, shipmentOf, transitionOf, userOf } from "./payloads.js";

/**
 * Turns events into notifications, inside the consumer's transaction. Nothing is sent here: the
 * mail dispatcher sends after the commit, so a redelivered event can never send twice.
 */
export function notificationsHandler(shop: ShopInfo): EventHandler {
  return async (event, em) => {
    switch (event.type) {
      case "user.registered": {
        const user = userOf(event);
        await projectUser(em, event, user);
        await queueNotification(em, event, shop, user.userId, { kind: "WELCOME", name: user.name });
        return;
      }
      case "user.updated":
        await projectUser(em, event, userOf(event));
        return;
      case "order.placed": {
        const order = orderOf(event);
        await queueNotification(em, event, shop, order.userId, { kind: "ORDER_CONFIRMATION", order });
        return;
      }
      case "order.status_changed": {
        const order = orderOf(event);
        const transition = transitionOf(event);
        const shipment = shipmentOf(event);
        await queueNotification(em, event, shop, order.userId, {
          kind: "ORDER_STATUS_CHANGED",
          order,
          transition,
          shipment,
        });
        return;
      }
      case "order.refunded": {
        const refunded = refundedOf(event);
        await queueNotification(em, event, shop, refunded.userId, { kind: "ORDER_REFUNDED", refunded });
        return;
      }
    }
  };
}

function occurredAt(event: AnyEventEnvelope): Date {
  const at = new Date(event.occurredAt);
  if (Number.isNaN(at.getTime())) throw new InvalidEventError(`${event.type} ${event.id}: occurredAt is not a date`);
  return at;
}

/**
 * Keeps the newest email and name of a user: an event older than what is stored changes nothing,
 * so events arriving out of order (after a retry) cannot bring back an old address. Notifications
 * that were waiting for this user's address get it now.
 */
async function projectUser(
  em: EntityManager,
  event: AnyEventEnvelope,
  user: { userId: string; email: string; name: string },
): Promise<void> {
  await lockUser(em, user.userId);
  await query(
    em,
    sql`insert into user_projections (id, email, name, updated_at)
        values (${user.userId}, ${user.email}, ${user.name}, ${occurredAt(event)})
        on conflict (id) do update set email = excluded.email, name = excluded.name, updated_at = excluded.updated_at
        where user_projections.updated_at <= excluded.updated_at`,
  );
  await query(
    em,
    sql`update notifications set recipient = u.email, recipient_name = u.name
        from user_projections u
        where u.id = ${user.userId} and notifications.user_id = u.id and notifications.recipient is null
          and notifications.status = 'QUEUED'`,
  );
}

/**
 * One notification per (event, kind): the unique key turns a second insert into nothing. The
 * recipient comes from the projection; when the user is not known yet it stays null, and the
 * notification waits (unsent, not failed) until their user event fills it in.
 */
async function queueNotification(
  em: EntityManager,
  event: AnyEventEnvelope,
  shop: ShopInfo,
  userId: string,
  payload: NotificationPayload,
): Promise<void> {
  const order = "order" in payload ? payload.order : "refunded" in payload ? payload.refunded : null;
  // From the application clock with millisecond precision, like the cursors made from it.
  const createdAt = new Date();
  const [inserted] = await query<{ id: string; recipient: string | null }>(
    em,
    sql`insert into notifications
          (id, event_id, kind, channel, user_id, recipient, recipient_name, subject, payload, status, attempts,
           next_attempt_at, created_at, order_id, order_number)
        select gen_random_uuid(), ${event.id}, ${NotificationKind[payload.kind]}, 'EMAIL', ${userId}, u.email, u.name,
               ${subjectOf(payload, shop)}, ${jsonb(payload)}, 'QUEUED', 0, now(), ${createdAt},
               ${order?.orderId ?? null}, ${order?.number ?? null}
        from (select ${userId}::uuid as id) wanted left join user_projections u on u.id = wanted.id
        on conflict (event_id, kind) do nothing
        returning id, recipient`,
  );
  if (inserted && inserted.recipient === null) {
    // The user's event may be committing right now, unable to see this row yet. Once it holds
    // the lock no more, its projection is visible here.
    await lockUser(em, userId);
    await query(
      em,
      sql`update notifications set recipient = u.email, recipient_name = u.name
          from user_projections u where notifications.id = ${inserted.id} and u.id = notifications.user_id`,
    );
  }
}

/** Any two int4s; this pair's first half keeps these locks apart from other advisory locks. */
const USER_LOCK_SPACE = 0x4e07;

/**
 * Serialises, per user, projecting the user with queueing mail that waits for them: without it an
 * order event handled while the user event commits would leave its notification without an
 * address, each transaction unable to see the other's row.
 */
async function lockUser(em: EntityManager, userId: string): Promise<void> {
  await query(em, sql`select pg_advisory_xact_lock(${USER_LOCK_SPACE}, hashtext(${userId}))`);
}
