import { PageArgs } from "@shopgraph/subgraph";
import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { visibleNotification } from "../app/user-notifications.js";
import { assertMaySeeNotificationsOf } from "./access.js";
import type { NotificationsContext } from "./context.js";
import { NotificationConnection, UserReference } from "./types.js";

/** The fields this subgraph adds to `User`. */
@Resolver(() => UserReference)
export class UserNotificationsResolver {
  @FieldResolver(() => NotificationConnection, {
    description: "The user's notifications, newest first. Only the user and admins may read them.",
  })
  notifications(
    @Root() user: UserReference,
    @Args() page: PageArgs,
    @Arg("unreadOnly", () => Boolean, { defaultValue: false, description: "true: only those not read yet" })
    unreadOnly: boolean,
    @Ctx() { viewer, userPages }: NotificationsContext,
  ) {
    assertMaySeeNotificationsOf(viewer, user.id);
    return userPages({ ...page, unreadOnly }).load(user.id);
  }

  @FieldResolver(() => Int, {
    description:
      "How many of the user's notifications are unread. Only the user and admins may read it (FORBIDDEN otherwise)",
  })
  unreadNotificationCount(@Root() user: UserReference, @Ctx() { viewer, unreadCount }: NotificationsContext) {
    assertMaySeeNotificationsOf(viewer, user.id);
    return unreadCount.load(user.id);
  }
}

/** How `_entities` (and so `node(id:)`) turns keys into objects; ids arrive as raw UUIDs. */
export const referenceResolvers = {
  Notification: {
    __resolveReference(reference: { id: string }, { em, viewer }: NotificationsContext) {
      return visibleNotification(em, viewer, reference.id);
    },
  },
  User: {
    __resolveReference(reference: { id: string }): UserReference {
      return { id: reference.id };
    },
  },
};
