import { eventually, testOrder } from "@shopgraph/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { statusWording } from "../src/domain/order-status.js";
import { NotificationKind, NotificationStatus } from "../src/entities/index.js";
import { orderPlaced, statusChanged, testUser, userRegistered } from "./events.js";
import { startNotifications, type NotificationsUnderTest } from "./harness.js";

/**
 * The shop pays right after placing: the confirmation is held (ORDER_CONFIRMATION_HOLD_MS) so a
 * payment within the hold goes into it, one mail rather than "confirmed, awaiting payment" and
 * "paid" in the same minute. The harness polls once a minute: mail that goes here went on a wake-up.
 */
let held: NotificationsUnderTest;
let brief: NotificationsUnderTest;
/** Sends of `brief` wait while this is set (a dispatcher mid-send when the payment arrives). */
let sendsBlocked: Promise<void> | undefined;

beforeAll(async () => {
  held = await startNotifications({
    config: (config) => ({ ...config, mail: { ...config.mail, confirmationHoldMs: 60_000 } }),
  });
  brief = await startNotifications({
    config: (config) => ({ ...config, mail: { ...config.mail, confirmationHoldMs: 300 } }),
    wrapTransport: (transport) => ({
      ...transport,
      close: () => transport.close(),
      sendMail: async (message) => {
        await sendsBlocked;
        return transport.sendMail(message);
      },
    }),
  });
}, 60_000);
afterAll(async () => {
  await held?.close();
  await brief?.close();
});

async function placedOrderOfKnownShopper(service: NotificationsUnderTest) {
  const user = testUser();
  const order = testOrder(user.userId);
  await service.publish(userRegistered(user), orderPlaced(order));
  return { user, order };
}

const orderMails = (service: NotificationsUnderTest, email: string) =>
  service.smtp.to(email).filter((mail) => mail.subject !== "Welcome to Shopgraph");

describe("an order's confirmation", () => {
  test("is held, and a payment within the hold goes into it: one mail, saying it is paid", async () => {
    const { user, order } = await placedOrderOfKnownShopper(held);
    await held.settle();
    const [waiting] = await held.notifications({ userId: user.userId, kind: NotificationKind.ORDER_CONFIRMATION });
    expect([waiting?.status, waiting?.attempts]).toEqual([NotificationStatus.QUEUED, 0]);
    expect(orderMails(held, user.email)).toEqual([]);

    await held.publish(statusChanged(order, "PENDING_PAYMENT", "PAID"));
    const [mail] = await eventually(() => orderMails(held, user.email).length === 1 && orderMails(held, user.email));
    await held.settle();
    expect(orderMails(held, user.email)).toHaveLength(1);
    expect(mail!.subject).toBe(`Order ${order.number} confirmed`);
    expect(mail!.text).toContain(statusWording("PAID").meaning);
    expect(mail!.text).not.toContain(statusWording("PENDING_PAYMENT").meaning);
    // No status notification either: the in-app list holds the one confirmation.
    expect(await held.notifications({ userId: user.userId, kind: NotificationKind.ORDER_STATUS_CHANGED })).toEqual([]);
    // Later changes are mailed as ever.
    await held.publish(statusChanged({ ...order, status: "PAID" }, "PAID", "SHIPPED"));
    await eventually(() => orderMails(held, user.email).length === 2);
  });

  test("goes when the hold is over, awaiting payment; a payment after it is mailed on its own", async () => {
    const { user, order } = await placedOrderOfKnownShopper(brief);
    const [confirmation] = await eventually(
      () => orderMails(brief, user.email).length === 1 && orderMails(brief, user.email),
    );
    expect(confirmation!.text).toContain(statusWording("PENDING_PAYMENT").meaning);
    await brief.publish(statusChanged(order, "PENDING_PAYMENT", "PAID"));
    await eventually(() => orderMails(brief, user.email).length === 2);
    await brief.settle();
    expect(orderMails(brief, user.email).map((mail) => mail.subject)).toEqual([
      `Order ${order.number} confirmed`,
      `Order ${order.number} is paid`,
    ]);
  });

  test("being sent when the payment arrives is not changed: the payment is mailed on its own", async () => {
    let release = () => {};
    sendsBlocked = new Promise((resolve) => (release = resolve));
    try {
      const { user, order } = await placedOrderOfKnownShopper(brief);
      // Claimed (its attempt counted) and stuck in the send.
      await eventually(async () => {
        const [row] = await brief.notifications({ userId: user.userId, kind: NotificationKind.ORDER_CONFIRMATION });
        return row?.attempts === 1;
      });
      await brief.publish(statusChanged(order, "PENDING_PAYMENT", "PAID"));
      await eventually(
        async () =>
          (await brief.notifications({ userId: user.userId, kind: NotificationKind.ORDER_STATUS_CHANGED })).length ===
          1,
      );
      release();
      await eventually(() => orderMails(brief, user.email).length === 2);
      const [confirmation] = orderMails(brief, user.email).filter((mail) => mail.subject.endsWith("confirmed"));
      expect(confirmation!.text).toContain(statusWording("PENDING_PAYMENT").meaning);
    } finally {
      release();
      sendsBlocked = undefined;
    }
  });
});
