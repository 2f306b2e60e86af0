import { Role } from "@shopgraph/kernel";
import { NodeId, PageArgs, requireUser, withUserErrors } from "@shopgraph/subgraph";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { listNotifications } from "../app/list-notifications.js";
import { markNotificationsRead, notificationsMarkRead } from "../app/mark-notifications-read.js";
import { MAX_MARK_READ_IDS, NotificationErrorCode } from "../domain/errors.js";
import { retryNotification } from "../app/retry-notification.js";
import { listSentMail } from "../app/sent-mail.js";
import type { Notification } from "../entities/index.js";
import type { NotificationsContext } from "./context.js";
import {
  NotificationConnection,
  NotificationFilter,
  NotificationsMarkReadPayload,
  NotificationType,
  OrderReference,
  SentMail,
} from "./types.js";

@Resolver(() => NotificationType)
export class NotificationResolver {
  @FieldResolver(() => OrderReference, { nullable: true, description: "The order this notification is about, if any" })
  order(@Root() notification: Notification): OrderReference | null {
    return notification.orderId ? { id: notification.orderId } : null;
  }

  @Authorized()
  @Mutation(() => NotificationsMarkReadPayload, {
    description:
      "Marks the viewer's own notifications read, all or none: an id that is not one of theirs is " +
      `NOTIFICATION_NOT_FOUND (every such id at once), more than ${MAX_MARK_READ_IDS} ids TOO_MANY_IDS. ` +
      "Returns the notifications and the unread count, so a client's cache shows both with no refetch. Signed-in user. " +
      "userErrors: NOTIFICATION_NOT_FOUND, TOO_MANY_IDS",
  })
  async notificationsMarkRead(
    @Arg("ids", () => [ID], {
      description: `Ids of your notifications (global or raw UUID), at most ${MAX_MARK_READ_IDS}`,
    })
    @NodeId("Notification")
    ids: string[],
    @Ctx() { em, viewer, unreadCount }: NotificationsContext,
  ): Promise<NotificationsMarkReadPayload> {
    const { userId } = requireUser(viewer);
    const payload = await withUserErrors(NotificationErrorCode, () => notificationsMarkRead(em, userId, ids));
    const count = "unreadCount" in payload ? payload.unreadCount : await unreadCount.load(userId);
    // User.unreadNotificationCount in this answer is the count after the change.
    unreadCount.clear(userId).prime(userId, count);
    return {
      notifications: "notifications" in payload ? payload.notifications : [],
      unreadCount: count,
      user: { id: userId },
      userErrors: payload.userErrors,
    };
  }

  @Authorized()
  @Mutation(() => Int, {
    deprecationReason: "Use notificationsMarkRead",
    description: "Marks the viewer's own notifications read; returns how many were unread. Others' ids are ignored.",
  })
  markNotificationsRead(
    @Arg("ids", () => [ID], { description: "Ids of your notifications (global or raw UUID); others' are ignored" })
    @NodeId("Notification")
    ids: string[],
    @Ctx() { em, viewer }: NotificationsContext,
  ): Promise<number> {
    return markNotificationsRead(em, requireUser(viewer).userId, ids);
  }

  @Authorized(Role.ADMIN)
  @Query(() => NotificationConnection, {
    description: "ADMIN: every notification, newest first, 20 a page by default and at most 100",
  })
  notifications(
    @Arg("filter", () => NotificationFilter, {
      nullable: true,
      description: "Conditions every notification listed must meet",
    })
    filter: NotificationFilter | null,
    @Args() page: PageArgs,
    @Ctx() { em }: NotificationsContext,
  ) {
    return listNotifications(em, filter, page);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => NotificationType, {
    nullable: true,
    description:
      "ADMIN: sends a FAILED notification again, with a fresh set of attempts; returns it, QUEUED. A NOT_FOUND error " +
      "for an unknown id, BAD_USER_INPUT for one that is not FAILED",
  })
  retryNotification(
    @Arg("id", () => ID, { description: "The notification's id (global or raw UUID)" })
    @NodeId("Notification")
    id: string,
    @Ctx() { em, wakeDispatcher }: NotificationsContext,
  ) {
    return retryNotification(em, id, wakeDispatcher);
  }

  @Authorized(Role.ADMIN)
  @Query(() => [SentMail], {
    nullable: true,
    description: "ADMIN: the newest messages the embedded SMTP sink received; null when mail goes to SMTP_URL",
  })
  sentMail(
    @Arg("first", () => Int, { defaultValue: 20, description: "How many of the newest, 1 to 100" }) first: number,
    @Ctx() { mailSink }: NotificationsContext,
  ): Promise<SentMail[] | null> {
    return listSentMail(mailSink, first);
  }
}
