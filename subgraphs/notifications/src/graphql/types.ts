import { Role } from "@shopgraph/kernel";
import { ConnectionType, payloadWith, PRIVATE, userErrorType } from "@shopgraph/subgraph";
import { Authorized, Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { NotificationErrorCode } from "../domain/errors.js";
import { NotificationChannel, NotificationKind, NotificationStatus } from "../entities/index.js";
import { Node } from "./node.js";

registerEnumType(NotificationKind, {
  name: "NotificationKind",
  description: "What a notification is about",
  valuesConfig: {
    WELCOME: { description: "The account was registered" },
    ORDER_CONFIRMATION: { description: "An order was placed" },
    ORDER_STATUS_CHANGED: { description: "An order was paid, shipped, delivered or cancelled" },
    ORDER_REFUNDED: { description: "The money of a cancelled paid order went back" },
    PASSWORD_RESET: { description: "A password reset link was asked for" },
    EMAIL_VERIFICATION: { description: "A link to verify an email address (a new account's, or a new address)" },
    EMAIL_CHANGE_NOTICE: { description: "To the old address: the account's email is being changed" },
  },
});
registerEnumType(NotificationChannel, {
  name: "NotificationChannel",
  description: "How a notification reaches the user",
  valuesConfig: { EMAIL: { description: "A mail to the account's email address" } },
});
registerEnumType(NotificationStatus, {
  name: "NotificationStatus",
  description: "QUEUED: not sent yet (or being retried); SENT: accepted by the mail server; FAILED: gave up",
  valuesConfig: {
    QUEUED: { description: "Not sent yet, or waiting for a retry after a failed send" },
    SENT: { description: "Accepted by the mail server" },
    FAILED: { description: "Every attempt failed (5 by default); an admin may retryNotification" },
  },
});

/** The order a notification is about; the orders subgraph resolves the rest of it. */
@Directive('@key(fields: "id", resolvable: false)')
@Directive(PRIVATE)
@ObjectType("Order")
export class OrderReference {
  @Field(() => ID)
  id!: string;
}

@Directive(PRIVATE)
@Directive('@key(fields: "id")')
@ObjectType("Notification", {
  implements: Node,
  description: "A message sent (or to be sent) to a user about their account or order",
})
export class NotificationType {
  @Field(() => ID, { description: "Global id (`Notification_…`)" })
  id!: string;

  @Field(() => NotificationKind, { description: "The event it tells the user about" })
  kind!: NotificationKind;

  @Field(() => NotificationChannel, { description: "How it is delivered" })
  channel!: NotificationChannel;

  @Field(() => String, { description: "The message's subject line, in English" })
  subject!: string;

  @Field(() => NotificationStatus, { description: "Where its delivery stands" })
  status!: NotificationStatus;

  @Field(() => String, { nullable: true, description: "The address; null while the user's address is not known yet" })
  recipient!: string | null;

  @Authorized(Role.ADMIN)
  @Field(() => Int, { description: "ADMIN: sends tried so far" })
  attempts!: number;

  @Authorized(Role.ADMIN)
  @Field(() => String, { nullable: true, description: "ADMIN: why the last send failed" })
  lastError!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: "When the user marked it read (notificationsMarkRead); null while unread",
  })
  readAt!: Date | null;

  @Field(() => Date, { description: "When the event it is about was handled" })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: "When the mail server accepted it; null until then" })
  sentAt!: Date | null;

  @Field(() => OrderReference, { nullable: true, description: "The order this notification is about, if any" })
  order?: OrderReference | null;
}

@ObjectType({ description: "A page of notifications, newest first" })
export class NotificationConnection extends ConnectionType(NotificationType, "Notification") {}

@Directive('@key(fields: "id")')
@Directive(PRIVATE)
@ObjectType("User")
export class UserReference {
  @Field(() => ID)
  id!: string;
}

/** `NotificationUserError`, with its `NotificationErrorCode` enum: why notificationsMarkRead failed. */
export const NotificationUserError = userErrorType("Notification", NotificationErrorCode, {
  NOTIFICATION_NOT_FOUND:
    'No notification of yours has this id (someone else\'s is as unknown); `field` is ["ids", "<i>"]',
  TOO_MANY_IDS: "More than 500 ids in one call",
});

@ObjectType({
  description:
    "What notificationsMarkRead did: the notifications as they are now and the viewer's unread count, also on " +
    "`user` so a client's cache of User.unreadNotificationCount updates; on userErrors nothing was marked",
})
export class NotificationsMarkReadPayload extends payloadWith(NotificationUserError) {
  @Field(() => [NotificationType], {
    description: "The notifications named, read, in the order given; empty on userErrors",
  })
  notifications!: NotificationType[];

  @Field(() => Int, { description: "How many of the viewer's notifications are unread now" })
  unreadCount!: number;

  @Field(() => UserReference, { description: "The viewer" })
  user!: UserReference;
}

@InputType({ description: "Every field given must match" })
export class NotificationFilter {
  @Field(() => NotificationStatus, { nullable: true, description: "Only notifications in this delivery status" })
  status?: NotificationStatus | null;

  @Field(() => NotificationKind, { nullable: true, description: "Only notifications of this kind" })
  kind?: NotificationKind | null;

  @Field(() => String, { nullable: true, description: "An email address, matched case-insensitively" })
  recipient?: string | null;
}

@ObjectType({ description: "A message the embedded SMTP sink received" })
export class SentMail {
  @Field(() => String, { description: "Envelope recipients" })
  recipient!: string;

  @Field(() => String, { description: "The message's subject line" })
  subject!: string;

  @Field(() => String, { description: "The plain-text part: every message the shop sends has one" })
  text!: string;

  @Field(() => Date, { description: "When the sink received it" })
  receivedAt!: Date;
}
