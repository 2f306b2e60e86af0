import type { AnyEventEnvelope } from "@shopgraph/kernel";
import { traceCarrier } from "@shopgraph/platform";
import type { EventHandler } from "@shopgraph/messaging";
import type { EntityManager } from "@shopgraph/subgraph";
import type { NotificationPayload } from "../domain/notifications.js";
import { subjectOf, type ShopInfo } from "../domain/templates.js";
import { addressNotification, foldIntoHeldConfirmation, insertNotification } from "../store/new-notifications.js";
import { addressWaitingNotifications, lockUser, saveUserProjection } from "../store/user-projections.js";
import {
  emailVerificationOf,
  InvalidEventError,
  orderOf,
  passwordResetOf,
  refundedOf,
  shipmentOf,
  transitionOf,
  userOf,
} from "./payloads.js";

/**
 * Turns events into notifications, inside the consumer's transaction. Nothing is sent here: the
 * mail dispatcher sends after the commit, so a redelivered event can never send twice.
 *
 * An order's confirmation is held for `confirmationHoldMs`: the shop pays right after placing, and
 * a payment within the hold goes into the confirmation (which then says it is paid) instead of a
 * second mail in the same minute. A payment after it (or after the confirmation went) is mailed on
 * its own, as every other status change is. A hold of 0 turns this off.
 */
export function notificationsHandler(
  shop: ShopInfo,
  { confirmationHoldMs }: { confirmationHoldMs: number },
): EventHandler {
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
      case "user.password_reset_requested": {
        const reset = passwordResetOf(event);
        const token = {
          purpose: "PASSWORD_RESET" as const,
          userId: reset.userId,
          sealed: reset.sealedToken,
          expiresAt: reset.expiresAt,
        };
        await queueNotification(em, event, shop, reset.userId, { kind: "PASSWORD_RESET", token }, reset);
        return;
      }
      case "user.email_verification_requested": {
        const verification = emailVerificationOf(event);
        const { userId, name, previousEmail } = verification;
        const token = {
          purpose: "EMAIL_VERIFICATION" as const,
          userId,
          sealed: verification.sealedToken,
          expiresAt: verification.expiresAt,
        };
        const change = previousEmail !== null;
        await queueNotification(em, event, shop, userId, { kind: "EMAIL_VERIFICATION", token, change }, verification);
        if (change) {
          await queueNotification(
            em,
            event,
            shop,
            userId,
            { kind: "EMAIL_CHANGE_NOTICE", newEmail: verification.email },
            { email: previousEmail, name },
          );
        }
        return;
      }
      case "order.placed": {
        const order = orderOf(event);
        await queueOrderMail(em, event, shop, order, { kind: "ORDER_CONFIRMATION", order }, confirmationHoldMs);
        return;
      }
      case "order.status_changed": {
        const order = orderOf(event);
        const transition = transitionOf(event);
        const shipment = shipmentOf(event);
        // 0 holds nothing back: every status is mailed on its own, deterministically.
        if (transition.to === "PAID" && confirmationHoldMs > 0) {
          const confirmation: NotificationPayload = { kind: "ORDER_CONFIRMATION", order };
          const change = { payload: confirmation, subject: subjectOf(confirmation, shop) };
          if (await foldIntoHeldConfirmation(em, order.orderId, change)) return;
        }
        await queueOrderMail(em, event, shop, order, {
          kind: "ORDER_STATUS_CHANGED",
          order,
          transition,
          shipment,
        });
        return;
      }
      case "order.refunded": {
        const refunded = refundedOf(event);
        await queueOrderMail(em, event, shop, refunded, { kind: "ORDER_REFUNDED", refunded });
        return;
      }
    }
  };
}

/**
 * An order's mail: to its customer (their projected address), or for a guest's order (no user) to
 * the address the guest ordered with, by the name on the shipping address when the event has it.
 */
async function queueOrderMail(
  em: EntityManager,
  event: AnyEventEnvelope,
  shop: ShopInfo,
  order: { userId: string | null; guestEmail?: string | null | undefined; shippingAddress?: { name: string } },
  payload: NotificationPayload,
  holdMs?: number,
): Promise<void> {
  if (order.userId !== null) return queueNotification(em, event, shop, order.userId, payload, undefined, holdMs);
  if (!order.guestEmail) throw new InvalidEventError(`${event.type} ${event.id}: a guest's order without guestEmail`);
  const to = { email: order.guestEmail, name: order.shippingAddress?.name ?? "" };
  await queueNotification(em, event, shop, null, payload, to, holdMs);
}

function occurredAt(event: AnyEventEnvelope): Date {
  const at = new Date(event.occurredAt);
  if (Number.isNaN(at.getTime())) throw new InvalidEventError(`${event.type} ${event.id}: occurredAt is not a date`);
  return at;
}

/**
 * Keeps the newest email and name of a user, whatever order its events arrive in. Notifications
 * that were waiting for this user's address get it now.
 */
async function projectUser(
  em: EntityManager,
  event: AnyEventEnvelope,
  user: { userId: string; email: string; name: string },
): Promise<void> {
  await lockUser(em, user.userId);
  await saveUserProjection(em, user, occurredAt(event));
  await addressWaitingNotifications(em, user.userId);
}

/**
 * One notification per (event, kind): the unique key turns a second insert into nothing. The
 * recipient is `to` when the event names the address (account mail: the address the link must
 * reach, which may not be the account's yet), else it comes from the projection; when the user is
 * not known yet it stays null, and the notification waits (unsent, not failed) until their user
 * event fills it in.
 *
 * Projecting a user and queueing mail that waits for them hold the same per-user lock: without it
 * an order event handled while the user event commits would leave its notification without an
 * address, each transaction unable to see the other's row.
 */
async function queueNotification(
  em: EntityManager,
  event: AnyEventEnvelope,
  shop: ShopInfo,
  /** Null for mail about a guest's order, which names its recipient in `to`. */
  userId: string | null,
  payload: NotificationPayload,
  to?: { email: string; name: string },
  holdMs?: number,
): Promise<void> {
  const inserted = await insertNotification(em, {
    to,
    holdMs,
    eventId: event.id,
    userId,
    subject: subjectOf(payload, shop),
    payload,
    // From the application clock with millisecond precision, like the cursors made from it.
    createdAt: new Date(),
    // The send, later and elsewhere, continues the trace of this event's handling.
    traceContext: tracedHere(),
  });
  if (inserted && inserted.recipient === null && userId !== null) {
    // The user's event may be committing right now, unable to see this row yet. Once it holds
    // the lock no more, its projection is visible here.
    await lockUser(em, userId);
    await addressNotification(em, inserted.id);
  }
}

function tracedHere(): Record<string, string> | null {
  const carrier = traceCarrier();
  return Object.keys(carrier).length > 0 ? carrier : null;
}
