import { randomUUID } from "node:crypto";
import { OptionalProps } from "@mikro-orm/core";
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from "@mikro-orm/decorators/legacy";
import type { NotificationPayload } from "../domain/notifications.js";

export const NotificationKind = {
  WELCOME: "WELCOME",
  ORDER_CONFIRMATION: "ORDER_CONFIRMATION",
  ORDER_STATUS_CHANGED: "ORDER_STATUS_CHANGED",
  ORDER_REFUNDED: "ORDER_REFUNDED",
  PASSWORD_RESET: "PASSWORD_RESET",
  EMAIL_VERIFICATION: "EMAIL_VERIFICATION",
  EMAIL_CHANGE_NOTICE: "EMAIL_CHANGE_NOTICE",
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];

export const NotificationChannel = { EMAIL: "EMAIL" } as const;
export type NotificationChannel = (typeof NotificationChannel)[keyof typeof NotificationChannel];

export const NotificationStatus = { QUEUED: "QUEUED", SENT: "SENT", FAILED: "FAILED" } as const;
export type NotificationStatus = (typeof NotificationStatus)[keyof typeof NotificationStatus];

/**
 * One message to one user about one event. `(eventId, kind)` is unique: the second guard, after
 * the consumer's processed-event key, against an event making two notifications.
 */
@Entity({ tableName: "notifications" })
@Unique({ properties: ["eventId", "kind"] })
// A user's list, newest first; the admin list, newest first.
@Index({ properties: ["userId", "createdAt", "id"] })
@Index({ properties: ["createdAt", "id"] })
@Index({
  name: "notifications_unread_index",
  expression: 'create index "notifications_unread_index" on "notifications" ("user_id") where "read_at" is null',
})
@Index({
  name: "notifications_due_index",
  expression:
    'create index "notifications_due_index" on "notifications" ("next_attempt_at") where "status" = \'QUEUED\' and "recipient" is not null',
})
// An order's confirmation while it is held and unclaimed: the paid status folds into it (handler.ts).
@Index({
  name: "notifications_held_confirmation_index",
  expression:
    'create index "notifications_held_confirmation_index" on "notifications" ("order_id") where "kind" = \'ORDER_CONFIRMATION\' and "status" = \'QUEUED\' and "attempts" = 0',
})
export class Notification {
  [OptionalProps]?:
    | "channel"
    | "status"
    | "attempts"
    | "lastError"
    | "nextAttemptAt"
    | "sentAt"
    | "readAt"
    | "createdAt"
    | "orderId"
    | "orderNumber"
    | "recipient"
    | "recipientName"
    | "userId";

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  /** The event this notification was made from. */
  @Property({ type: "uuid" })
  eventId!: string;

  @Enum({ items: () => NotificationKind, nativeEnumName: "notification_kind" })
  kind!: NotificationKind;

  @Enum({ items: () => NotificationChannel, nativeEnumName: "notification_channel" })
  channel: NotificationChannel = NotificationChannel.EMAIL;

  /** Null for mail about a guest's order (placeGuestOrder), sent to the address the guest gave. */
  @Property({ type: "uuid", nullable: true })
  userId: string | null = null;

  /** The address; null while the user is not yet known here (their user event has not arrived). */
  @Property({ type: "text", nullable: true })
  recipient: string | null = null;

  @Property({ type: "text", nullable: true })
  recipientName: string | null = null;

  @Property({ type: "text" })
  subject!: string;

  /** What the templates render, taken from the event. */
  @Property({ type: "jsonb" })
  payload!: NotificationPayload;

  /** The W3C trace context of the event's handling, which the send's span continues (null untraced). */
  @Property({ type: "jsonb", nullable: true })
  traceContext: Record<string, string> | null = null;

  @Enum({ items: () => NotificationStatus, nativeEnumName: "notification_status" })
  status: NotificationStatus = NotificationStatus.QUEUED;

  /** Sends tried so far (a claim counts as one). */
  @Property({ type: "int" })
  attempts: number = 0;

  @Property({ type: "text", nullable: true })
  lastError: string | null = null;

  /** A QUEUED notification is sent from this time on; a claim pushes it out by the claim timeout. */
  @Property({ type: "timestamptz" })
  nextAttemptAt: Date = new Date();

  @Property({ type: "timestamptz", nullable: true })
  sentAt: Date | null = null;

  @Property({ type: "timestamptz", nullable: true })
  readAt: Date | null = null;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();

  @Property({ type: "uuid", nullable: true })
  orderId: string | null = null;

  @Property({ type: "text", nullable: true })
  orderNumber: string | null = null;
}
