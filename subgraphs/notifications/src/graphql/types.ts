import { Role } from "@shopgraph/kernel";
import { ConnectionType, payloadWith, PRIVATE, userErrorType } from "@shopgraph/subgraph";
import { Authorized, Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { NotificationErrorCode } from "../domain/errors.js";
import { NotificationChannel, NotificationKind, NotificationStatus } from "../entities/index.js";
import { Node } from "./node.js";

registerEnumType(NotificationKind, { name: "NotificationKind", description: "What a notification is about" });
registerEnumType(NotificationChannel, {
  name: "NotificationChannel",
  description: "How a notification reaches the user",
});
registerEnumType(NotificationStatus, {
  name: "NotificationStatus",
  description: "QUEUED: not sent yet (or being retried); SENT: accepted by the mail server; FAILED: gave up",
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
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => NotificationChannel)
  channel!: NotificationChannel;

  @Field(() => String)
  subject!: string;

  @Field(() => NotificationStatus)
  status!: NotificationStatus;

  @Field(() => String, { nullable: true, description: "The address; null while the user's address is not known yet" })
  recipient!: string | null;

  @Authorized(Role.ADMIN)
  @Field(() => Int, { description: "ADMIN: sends tried so far" })
  attempts!: number;

  @Authorized(Role.ADMIN)
  @Field(() => String, { nullable: true, description: "ADMIN: why the last send failed" })
  lastError!: string | null;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;

  @Field(() => OrderReference, { nullable: true, description: "The order this notification is about, if any" })
  order?: OrderReference | null;
}

@ObjectType()
export class NotificationConnection extends ConnectionType(NotificationType, "Notification") {}

@Directive('@key(fields: "id")')
@Directive(PRIVATE)
@ObjectType("User")
export class UserReference {
  @Field(() => ID)
  id!: string;
}

/** `NotificationUserError`, with its `NotificationErrorCode` enum: why notificationsMarkRead failed. */
export const NotificationUserError = userErrorType("Notification", NotificationErrorCode);

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
  @Field(() => NotificationStatus, { nullable: true })
  status?: NotificationStatus | null;

  @Field(() => NotificationKind, { nullable: true })
  kind?: NotificationKind | null;

  @Field(() => String, { nullable: true, description: "An email address, matched case-insensitively" })
  recipient?: string | null;
}

@ObjectType({ description: "A message the embedded SMTP sink received" })
export class SentMail {
  @Field(() => String, { description: "Envelope recipients" })
  recipient!: string;

  @Field(() => String)
  subject!: string;

  @Field(() => String, { description: "The plain-text part: every message the shop sends has one" })
  text!: string;

  @Field(() => Date)
  receivedAt!: Date;
}
