import type { FilterQuery } from "@mikro-orm/core";
import { isUuid, Role } from "@shopgraph/kernel";
import { badUserInput, notFound } from "@shopgraph/platform";
import { newestFirstCursor, PageArgs, pageSize, query, requireUser, sql, toPage } from "@shopgraph/subgraph";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Notification } from "../entities/index.js";
import type { NotificationsContext } from "./context.js";
import { afterCursor } from "./pages.js";
import { NotificationConnection, NotificationFilter, NotificationType, OrderReference, SentMail } from "./types.js";

const MAX_IDS = 500;

@Resolver(() => NotificationType)
export class NotificationResolver {
  @FieldResolver(() => OrderReference, { nullable: true })
  order(@Root() notification: Notification): OrderReference | null {
    return notification.orderId ? { id: notification.orderId } : null;
  }

  @Authorized()
  @Mutation(() => Int, {
    description: "Marks the viewer's own notifications read; returns how many were unread. Others' ids are ignored.",
  })
  async markNotificationsRead(
    @Arg("ids", () => [ID]) ids: string[],
    @Ctx() { em, viewer }: NotificationsContext,
  ): Promise<number> {
    if (ids.length > MAX_IDS) throw badUserInput(`at most ${MAX_IDS} ids at once`, "ids");
    if (!ids.every(isUuid)) throw badUserInput("ids must be notification ids", "ids");
    if (ids.length === 0) return 0;
    return em.nativeUpdate(
      Notification,
      { id: { $in: ids }, userId: requireUser(viewer).userId, readAt: null },
      { readAt: new Date() },
    );
  }

  @Authorized(Role.ADMIN)
  @Query(() => NotificationConnection, { description: "ADMIN: every notification, newest first" })
  async notifications(
    @Arg("filter", () => NotificationFilter, { nullable: true }) filter: NotificationFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() { em }: NotificationsContext,
  ) {
    const size = pageSize(first);
    const where: FilterQuery<Notification>[] = [];
    if (filter?.status) where.push({ status: filter.status });
    if (filter?.kind) where.push({ kind: filter.kind });
    if (filter?.recipient?.trim()) {
      where.push({ recipient: { $ilike: filter.recipient.trim().replace(/[\\%_]/g, "\\$&") } });
    }
    const matching: FilterQuery<Notification> = where.length ? { $and: where } : {};
    const cursor = afterCursor(after);
    const page: FilterQuery<Notification> = cursor
      ? {
          $and: [
            matching,
            { $or: [{ createdAt: { $lt: cursor[0] } }, { createdAt: cursor[0], id: { $lt: cursor[1] } }] },
          ],
        }
      : matching;
    const [rows, totalCount] = await Promise.all([
      em.find(Notification, page, { orderBy: { createdAt: "desc", id: "desc" }, limit: size + 1 }),
      em.count(Notification, matching),
    ]);
    return toPage(rows, size, totalCount, newestFirstCursor, after);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => NotificationType, {
    nullable: true,
    description: "ADMIN: sends a FAILED notification again, with a fresh set of attempts",
  })
  async retryNotification(@Arg("id", () => ID) id: string, @Ctx() context: NotificationsContext) {
    if (!isUuid(id)) throw badUserInput("id is not a notification id", "id");
    const em = context.em;
    const [row] = await query<Record<string, unknown>>(
      em,
      sql`update notifications set status = 'QUEUED', attempts = 0, next_attempt_at = now()
          where id = ${id} and status = 'FAILED' returning *`,
    );
    if (!row) {
      const existing = await em.findOne(Notification, id);
      if (!existing) throw notFound("Notification");
      throw badUserInput(`Only a FAILED notification can be retried; this one is ${existing.status}`, "id");
    }
    context.wakeDispatcher();
    return em.map(Notification, row);
  }

  @Authorized(Role.ADMIN)
  @Query(() => [SentMail], {
    nullable: true,
    description: "ADMIN: the newest messages the embedded SMTP sink received; null when mail goes to SMTP_URL",
  })
  async sentMail(
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Ctx() { mailSink }: NotificationsContext,
  ): Promise<SentMail[] | null> {
    return mailSink ? mailSink.list(pageSize(first)) : null;
  }
}
