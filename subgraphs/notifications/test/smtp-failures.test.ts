import { afterAll, afterEach, beforeAll, expect, test } from "vitest";
import { Role, toGlobalId } from "@shopgraph/kernel";
import { query, sql } from "@shopgraph/subgraph";
import { dataOf, eventually, testAccessToken } from "@shopgraph/testing";
import { NotificationKind, NotificationStatus } from "../src/entities/index.js";
import { orderPlaced, testOrder, testUser, userRegistered } from "./events.js";
import { startNotifications, type NotificationsUnderTest } from "./harness.js";
import { RETRY } from "./operations.js";

let service: NotificationsUnderTest;
const admin = testAccessToken({ role: Role.ADMIN });

beforeAll(async () => {
  service = await startNotifications();
});
afterAll(async () => {
  await service.close();
});
// A test that failed half-way must not leave the SMTP server refusing mail for the next one.
afterEach(() => service.smtp.accept());

async function confirmationOf(user: ReturnType<typeof testUser>, status: NotificationStatus) {
  return eventually(async () => {
    const [row] = await service.notifications({ userId: user.userId, kind: NotificationKind.ORDER_CONFIRMATION });
    return row?.status === status && row;
  });
}

test.each(["reject-rcpt", "reject-data"] as const)(
  "SMTP refusing mail (%s): FAILED with the last error after the retries, then retryNotification sends it",
  async (mode) => {
    const user = testUser();
    await service.publish(userRegistered(user));
    await eventually(() => service.smtp.to(user.email).length === 1);
    service.smtp.refuse(mode);
    const refusedBefore = service.smtp.refused;
    const order = testOrder(user.userId);
    await service.publish(orderPlaced(order));

    const failed = await confirmationOf(user, NotificationStatus.FAILED);
    expect(failed.attempts).toBe(service.config.mail.maxAttempts);
    expect(failed.lastError).toMatch(mode === "reject-rcpt" ? /550 Mailbox unavailable/ : /554 Message rejected/);
    expect(service.smtp.refused - refusedBefore).toBe(service.config.mail.maxAttempts);

    service.smtp.accept();
    const { retryNotification } = dataOf(await service.client(admin)(RETRY, { id: failed.id }));
    expect(retryNotification).toMatchObject({
      id: toGlobalId("Notification", failed.id),
      status: "QUEUED",
      attempts: 0,
    });
    const sent = await confirmationOf(user, NotificationStatus.SENT);
    expect(sent.attempts).toBe(1);
    expect(sent.lastError).toBeNull();
    await service.settle();
    expect(service.smtp.to(user.email).filter((mail) => mail.subject.includes(order.number))).toHaveLength(1);
  },
);

test("a send that fails twice and then goes through is SENT on its third attempt", async () => {
  const user = testUser();
  await service.publish(userRegistered(user));
  await eventually(() => service.smtp.to(user.email).length === 1);
  service.smtp.refuse("reject-rcpt", 2);
  await service.publish(orderPlaced(testOrder(user.userId)));
  const sent = await confirmationOf(user, NotificationStatus.SENT);
  expect(sent.attempts).toBe(3);
  expect(sent.lastError).toBeNull();
});

test("retryNotification: ADMIN only, FAILED only, ids checked", async () => {
  const user = testUser();
  await service.publish(userRegistered(user));
  const [welcome] = await eventually(async () => {
    const rows = await service.notifications({ userId: user.userId, status: NotificationStatus.SENT });
    return rows.length === 1 && rows;
  });
  const customer = service.client(testAccessToken({ userId: user.userId }));
  const code = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
    response.errors?.[0]?.extensions?.["code"];

  expect(code(await customer(RETRY, { id: welcome!.id }))).toBe("FORBIDDEN");
  expect(code(await service.client()(RETRY, { id: welcome!.id }))).toBe("UNAUTHENTICATED");
  const notFailed = await service.client(admin)(RETRY, { id: welcome!.id });
  expect(code(notFailed)).toBe("BAD_USER_INPUT");
  expect(notFailed.errors?.[0]?.message).toContain("this one is SENT");
  expect(code(await service.client(admin)(RETRY, { id: "not-an-id" }))).toBe("BAD_USER_INPUT");
  expect(code(await service.client(admin)(RETRY, { id: "00000000-0000-4000-8000-000000000000" }))).toBe("NOT_FOUND");
});

test("a notification that cannot be rendered fails like a refused send instead of stopping the dispatcher", async () => {
  const user = testUser();
  const [broken] = await query<{ id: string }>(
    service.subgraph.orm.em.fork(),
    sql`insert into notifications (id, event_id, kind, channel, user_id, recipient, subject, payload, status, attempts, next_attempt_at, created_at)
        values (gen_random_uuid(), gen_random_uuid(), 'ORDER_CONFIRMATION', 'EMAIL', ${user.userId}, ${user.email}, 'Broken', '{"kind":"ORDER_CONFIRMATION","order":{}}', 'QUEUED', 0, now(), now())
        returning id`,
  );
  service.subgraph.dispatcher.wake();
  const [row] = await eventually(async () => {
    const rows = await service.notifications({ id: broken!.id, status: NotificationStatus.FAILED });
    return rows.length === 1 && rows;
  });
  expect(row!.attempts).toBe(service.config.mail.maxAttempts);
  expect(row!.lastError).toMatch(/TypeError|Cannot read/);

  await service.publish(userRegistered(user));
  await eventually(() => service.smtp.to(user.email).length === 1);
});
