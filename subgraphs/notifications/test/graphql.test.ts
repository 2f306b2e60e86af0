import { afterAll, beforeAll, expect, test } from "vitest";
import { Role, toGlobalId } from "@shopgraph/kernel";
import { dataOf, present, testAccessToken } from "@shopgraph/testing";
import type { Notification } from "../src/entities/index.js";
import { orderPlaced, statusChanged, testOrder, testUser, userRegistered } from "./events.js";
import { startNotifications, type NotificationsUnderTest } from "./harness.js";
import {
  ADMIN_NOTIFICATIONS,
  MARK_READ,
  NOTIFICATIONS_MARK_READ,
  SENT_MAIL,
  USER_NOTIFICATIONS,
} from "./operations.js";
import { graphql } from "./gql/index.js";
import type { UserNotificationsQueryVariables } from "./gql/graphql.js";

let service: NotificationsUnderTest;
const ada = testUser("Ada");
const bob = testUser("Bob");
const adaOrder = testOrder(ada.userId);
const tokens = {
  ada: testAccessToken({ userId: ada.userId }),
  bob: testAccessToken({ userId: bob.userId }),
  admin: testAccessToken({ role: Role.ADMIN }),
};
let adaRows: Notification[];
let bobRows: Notification[];
/** A row as the API names it. */
const globalIdOfRow = (row: Notification) => toGlobalId("Notification", row.id);

beforeAll(async () => {
  service = await startNotifications();
  await service.publish(userRegistered(ada), userRegistered(bob));
  await service.settle();
  await service.publish(orderPlaced(adaOrder), orderPlaced(testOrder(bob.userId)));
  await service.settle();
  await service.publish(statusChanged(adaOrder, "PENDING_PAYMENT", "PAID"));
  await service.settle();
  adaRows = await service.notifications({ userId: ada.userId });
  bobRows = await service.notifications({ userId: bob.userId });
});
afterAll(async () => {
  await service.close();
});

const code = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  response.errors?.[0]?.extensions?.["code"];

async function notificationsOf(token: string | undefined, variables: UserNotificationsQueryVariables) {
  const response = await service.client(token)(USER_NOTIFICATIONS, variables);
  return { response, user: response.data?._entities?.[0] };
}

test("a shopper reads their own notifications, newest first, with the order they are about", async () => {
  const user = present((await notificationsOf(tokens.ada, { id: ada.userId })).user, "ada's notifications");
  expect(user.unreadNotificationCount).toBe(3);
  expect(user.notifications.totalCount).toBe(3);
  const nodes = user.notifications.nodes;
  expect(nodes.map((node: any) => node.kind).sort()).toEqual(["ORDER_CONFIRMATION", "ORDER_STATUS_CHANGED", "WELCOME"]);
  const createdAt = nodes.map((node: any) => Date.parse(node.createdAt));
  expect(createdAt).toEqual([...createdAt].sort((a, b) => b - a));
  const confirmation = nodes.find((node: any) => node.kind === "ORDER_CONFIRMATION");
  expect(confirmation).toMatchObject({
    channel: "EMAIL",
    subject: `Order ${adaOrder.number} confirmed`,
    status: "SENT",
    recipient: ada.email,
    readAt: null,
    order: { id: toGlobalId("Order", adaOrder.orderId) },
  });
  expect(Date.parse(String(confirmation?.sentAt))).not.toBeNaN();
  expect(nodes.find((node: any) => node.kind === "WELCOME")?.order).toBeNull();
});

test("another shopper cannot see a shopper's notifications or count; admins can; anonymous must sign in", async () => {
  const asBob = await notificationsOf(tokens.bob, { id: ada.userId });
  expect(code(asBob.response)).toBe("FORBIDDEN");
  expect(JSON.stringify(asBob.response.data)).not.toContain(ada.email);
  const anonymous = await notificationsOf(undefined, { id: ada.userId });
  expect(code(anonymous.response)).toBe("UNAUTHENTICATED");
  const asAdmin = await notificationsOf(tokens.admin, { id: ada.userId });
  expect(asAdmin.user?.notifications.totalCount).toBe(3);
});

test("pages follow the cursor; the total counts every page; a forged cursor is BAD_USER_INPUT", async () => {
  const first = await notificationsOf(tokens.ada, { id: ada.userId, first: 2 });
  expect(first.user?.notifications.nodes).toHaveLength(2);
  expect(first.user?.notifications.pageInfo.hasNextPage).toBe(true);
  const after = present(first.user, "the first page").notifications.pageInfo.endCursor;
  const second = await notificationsOf(tokens.ada, { id: ada.userId, first: 2, after });
  expect(second.user?.notifications).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } });
  const ids = [...present(first.user).notifications.nodes, ...present(second.user).notifications.nodes].map(
    (node: any) => node.id,
  );
  expect(new Set(ids)).toEqual(new Set(adaRows.map(globalIdOfRow)));

  const forged = Buffer.from(JSON.stringify(["yesterday", "x"])).toString("base64url");
  expect(code((await notificationsOf(tokens.ada, { id: ada.userId, after: forged })).response)).toBe("BAD_USER_INPUT");
  expect(code((await notificationsOf(tokens.ada, { id: ada.userId, first: 101 })).response)).toBe("BAD_USER_INPUT");
});

test("markNotificationsRead marks only the viewer's own, counts only those, and the unread count follows", async () => {
  const [adaFirst, adaSecond] = adaRows;
  const [bobFirst] = bobRows;
  const mark = (token: string, ids: string[]) => service.client(token)(MARK_READ, { ids });

  expect(dataOf(await mark(tokens.ada, [adaFirst!.id, bobFirst!.id])).markNotificationsRead).toBe(1);
  expect(dataOf(await mark(tokens.ada, [adaFirst!.id])).markNotificationsRead).toBe(0);
  expect(dataOf(await mark(tokens.ada, [])).markNotificationsRead).toBe(0);
  const bobView = await notificationsOf(tokens.bob, { id: bob.userId });
  expect(bobView.user?.unreadNotificationCount).toBe(2);

  const unread = await notificationsOf(tokens.ada, { id: ada.userId, unreadOnly: true });
  expect(unread.user?.unreadNotificationCount).toBe(2);
  expect(unread.user?.notifications.totalCount).toBe(2);
  expect(unread.user?.notifications.nodes.map((node: any) => node.id)).not.toContain(globalIdOfRow(adaFirst!));
  const all = await notificationsOf(tokens.ada, { id: ada.userId });
  expect(
    Date.parse(String(all.user?.notifications.nodes.find((n: any) => n.id === globalIdOfRow(adaFirst!))?.readAt)),
  ).not.toBeNaN();

  expect(code(await mark(tokens.ada, [adaSecond!.id, "1; drop table notifications"]))).toBe("BAD_USER_INPUT");
  expect((await notificationsOf(tokens.ada, { id: ada.userId })).user?.unreadNotificationCount).toBe(2);
  expect(code(await service.client()(MARK_READ, { ids: [adaSecond!.id] }))).toBe("UNAUTHENTICATED");
});

test("notificationsMarkRead marks all or none, names every id not the viewer's, and returns what changed", async () => {
  const [adaFirst, adaSecond] = adaRows;
  const [bobFirst] = bobRows;
  const mark = async (ids: string[]) =>
    dataOf(await service.client(tokens.ada)(NOTIFICATIONS_MARK_READ, { ids })).notificationsMarkRead;
  const unreadBefore = present((await notificationsOf(tokens.ada, { id: ada.userId })).user).unreadNotificationCount;
  const unknown = "00000000-0000-4000-8000-000000000000";

  const refused = await mark([adaSecond!.id, bobFirst!.id, unknown]);
  expect(refused.userErrors).toEqual([
    expect.objectContaining({ code: "NOTIFICATION_NOT_FOUND", field: ["ids", "1"] }),
    expect.objectContaining({ code: "NOTIFICATION_NOT_FOUND", field: ["ids", "2"] }),
  ]);
  expect(refused).toMatchObject({
    notifications: [],
    unreadCount: unreadBefore,
    user: { id: toGlobalId("User", ada.userId), unreadNotificationCount: unreadBefore },
  });
  const bobView = await notificationsOf(tokens.bob, { id: bob.userId });
  expect(bobView.user?.notifications.nodes.find((n: any) => n.id === globalIdOfRow(bobFirst!))?.readAt).toBeNull();

  const marked = await mark([adaSecond!.id.toUpperCase(), adaFirst!.id]);
  expect(marked.userErrors).toEqual([]);
  expect(marked.notifications.map((n: any) => n.id)).toEqual([globalIdOfRow(adaSecond!), globalIdOfRow(adaFirst!)]);
  expect(marked.notifications.every((n: any) => !Number.isNaN(Date.parse(n.readAt)))).toBe(true);
  expect(marked.unreadCount).toBe(unreadBefore - 1);
  expect(marked.user).toEqual({ id: toGlobalId("User", ada.userId), unreadNotificationCount: unreadBefore - 1 });

  const tooMany = await mark(Array.from({ length: 501 }, () => adaFirst!.id));
  expect(tooMany.userErrors).toEqual([expect.objectContaining({ code: "TOO_MANY_IDS", field: ["ids"] })]);
});

test("several users' notifications through the gateway's entity fetch cost one statement per field", async () => {
  const representations = [ada.userId, bob.userId, testUser().userId, "not-a-uuid"].map((id) => ({
    __typename: "User",
    id,
  }));
  const query = graphql(`
    query UsersNotifications($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on User {
          id
          unreadNotificationCount
          notifications(first: 5) {
            totalCount
            nodes {
              ...NotificationFields
            }
          }
        }
      }
    }
  `);
  service.statements.reset();
  const { _entities } = dataOf(await service.client(tokens.admin)(query, { representations }));
  expect(service.statements.count).toBe(2);
  // A key that is no id of a user names no one: null, without asking the database.
  expect(_entities.map((user: any) => user?.notifications.totalCount ?? null)).toEqual([3, 2, 0, null]);
  expect(_entities.map((user: any) => user?.notifications.nodes.length ?? null)).toEqual([3, 2, 0, null]);
});

test("ADMIN lists every notification with filters; shoppers may not, nor see attempts and errors", async () => {
  const admin = service.client(tokens.admin);
  const everything = dataOf(await admin(ADMIN_NOTIFICATIONS, {})).notifications;
  expect(everything.totalCount).toBe(adaRows.length + bobRows.length);
  const confirmations = dataOf(await admin(ADMIN_NOTIFICATIONS, { filter: { kind: "ORDER_CONFIRMATION" } }));
  expect(confirmations.notifications.totalCount).toBe(2);
  const adas = dataOf(
    await admin(ADMIN_NOTIFICATIONS, { filter: { recipient: ada.email.toUpperCase(), status: "SENT" }, first: 2 }),
  ).notifications;
  expect(adas).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
  expect(adas.nodes[0]).toMatchObject({ recipient: ada.email, attempts: 1, lastError: null });
  const rest = dataOf(
    await admin(ADMIN_NOTIFICATIONS, { filter: { recipient: ada.email }, after: adas.pageInfo.endCursor }),
  ).notifications;
  expect(rest.nodes).toHaveLength(1);
  expect(dataOf(await admin(ADMIN_NOTIFICATIONS, { filter: { recipient: "%" } })).notifications.totalCount).toBe(0);

  expect(code(await service.client(tokens.ada)(ADMIN_NOTIFICATIONS, {}))).toBe("FORBIDDEN");
  const ownWithErrors = await service.client(tokens.ada)(
    `query($id: ID!) { _entities(representations: [{ __typename: "User", id: $id }]) { ... on User { notifications { nodes { lastError } } } } }`,
    { id: ada.userId },
  );
  expect(code(ownWithErrors)).toBe("FORBIDDEN");
});

test("the ADMIN list's cursors are opaque and checked: a tampered one is BAD_USER_INPUT, never an SQL error", async () => {
  const admin = service.client(tokens.admin);
  const first = dataOf(await admin(ADMIN_NOTIFICATIONS, { first: 1 })).notifications;
  const endCursor = present(first.pageInfo.endCursor, "an end cursor");
  const decoded = JSON.parse(Buffer.from(endCursor, "base64url").toString("utf8"));
  const tampered = [
    Buffer.from(JSON.stringify([decoded[0], "1; drop table notifications"])).toString("base64url"),
    Buffer.from(JSON.stringify(["+275760-09-13T00:00:00.000Z", decoded[1]])).toString("base64url"),
    endCursor.slice(0, -4),
    "not a cursor",
  ];
  for (const after of tampered) expect(code(await admin(ADMIN_NOTIFICATIONS, { after }))).toBe("BAD_USER_INPUT");
});

test("sentMail is null when mail goes to an SMTP server, and ADMIN only", async () => {
  expect(dataOf(await service.client(tokens.admin)(SENT_MAIL, {})).sentMail).toBeNull();
  expect(code(await service.client(tokens.ada)(SENT_MAIL, {}))).toBe("FORBIDDEN");
});

test("both lists page backward (last/before) through the same notifications, several users in one statement", async () => {
  const admin = service.client(tokens.admin);
  const PAGE = `query($first: Int, $after: String, $last: Int, $before: String) {
    notifications(first: $first, after: $after, last: $last, before: $before) {
      nodes { id }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;
  const ids = (connection: { nodes: { id: string }[] }) => connection.nodes.map((node) => node.id);
  const whole = ids(dataOf(await admin(PAGE, { first: 100 })).notifications);
  expect(whole.length).toBeGreaterThan(3);
  const backward: string[] = [];
  let before: string | null = null;
  do {
    const page: any = dataOf(await admin(PAGE, { last: 2, before })).notifications;
    backward.unshift(...ids(page));
    expect(page.pageInfo.hasNextPage).toBe(before !== null);
    before = page.pageInfo.hasPreviousPage ? page.pageInfo.startCursor : null;
  } while (before);
  expect(backward).toEqual(whole);
  expect(code(await admin(PAGE, { first: 1, last: 1 }))).toBe("BAD_USER_INPUT");
  expect(code(await admin(PAGE, { last: 1, before: "not a cursor" }))).toBe("BAD_USER_INPUT");

  const USERS_PAGE = `query($r: [_Any!]!, $last: Int, $before: String) {
    _entities(representations: $r) {
      ... on User { notifications(last: $last, before: $before) { nodes { id } pageInfo { hasNextPage hasPreviousPage } } }
    }
  }`;
  const r = [ada.userId, bob.userId].map((id) => ({ __typename: "User", id }));
  const adaAll = present((await notificationsOf(tokens.ada, { id: ada.userId, first: 100 })).user).notifications.nodes;
  const adaSecond = present((await notificationsOf(tokens.ada, { id: ada.userId, first: 2 })).user).notifications
    .pageInfo;
  service.statements.reset();
  const [adaPage] = dataOf(
    await service.client(tokens.admin)(USERS_PAGE, { r, last: 1, before: adaSecond.endCursor }),
  )._entities;
  expect(service.statements.count).toBe(1);
  expect(adaPage.notifications).toEqual({
    nodes: [{ id: adaAll[0]?.id }],
    pageInfo: { hasNextPage: true, hasPreviousPage: false },
  });
});
