import { afterAll, beforeAll, expect, test } from "vitest";
import { deadLetterQueueName } from "@shopgraph/platform";
import { eventually, testAmqpUser } from "@shopgraph/testing";
import { NotificationKind, NotificationStatus } from "../src/entities/index.js";
import { orderPlaced, statusChanged, testOrder, testUser, userRegistered, userUpdated } from "./events.js";
import { Publisher, startNotifications, type NotificationsUnderTest } from "./harness.js";

let service: NotificationsUnderTest;

beforeAll(async () => {
  service = await startNotifications();
});
afterAll(async () => {
  await service.close();
});

test("a new user gets one welcome mail addressed to them", async () => {
  const user = testUser("Grace Hopper");
  await service.publish(userRegistered(user));
  const [mail] = await eventually(() => service.smtp.to(user.email).length === 1 && service.smtp.to(user.email));
  expect(mail!.subject).toBe("Welcome to Shopgraph");
  expect(mail!.headers.get("to")?.[0]).toBe(`Grace Hopper <${user.email}>`);
  expect(mail!.from).toBe("no-reply@shop.test");
  expect(mail!.text).toContain("Hi Grace Hopper,");
  expect(mail!.html).toContain("<p>Hi Grace Hopper,</p>");
  await service.settle();
  const [row] = await service.notifications({ userId: user.userId });
  expect(row).toMatchObject({ kind: NotificationKind.WELCOME, status: NotificationStatus.SENT, recipient: user.email });
});

test("order placed then paid: exactly one confirmation and one status mail, with the totals, and both rows SENT", async () => {
  const user = testUser();
  await service.publish(userRegistered(user));
  const order = testOrder(user.userId);
  await service.publish(orderPlaced(order));
  await service.publish(statusChanged(order, "PENDING_PAYMENT", "PAID"));
  await eventually(() => service.smtp.to(user.email).length === 3);
  await service.settle();

  const mails = service.smtp.to(user.email);
  expect(mails.map((mail) => mail.subject).sort()).toEqual(
    ["Welcome to Shopgraph", `Order ${order.number} confirmed`, `Order ${order.number} is paid`].sort(),
  );
  const confirmation = mails.find((mail) => mail.subject.endsWith("confirmed"))!;
  expect(confirmation.text).toContain("- Linen shirt (M / Blue) x 2 at $25.00 = $50.00");
  expect(confirmation.text).toContain("- Canvas tote (One size) x 1 at $18.50 = $18.50");
  expect(confirmation.text).toContain("Subtotal: $68.50");
  expect(confirmation.text).toContain("Total: $73.50");
  const html = confirmation.html.replace(/>\s+</g, "><");
  expect(html).toContain('<td>Linen shirt</td><td>M / Blue</td><td align="right">2</td>');
  expect(html).toContain('<td align="right">$25.00</td><td align="right">$50.00</td>');
  expect(html).toContain("<strong>$73.50</strong>");
  const paid = mails.find((mail) => mail.subject.endsWith("paid"))!;
  expect(paid.text).toContain(`Your order ${order.number} is now paid.`);
  expect(paid.text).toContain("We have received your payment");

  const rows = await service.notifications({ userId: user.userId });
  rows.sort((a, b) => a.kind.localeCompare(b.kind));
  expect(rows.map((row) => [row.kind, row.status, row.orderNumber, row.attempts])).toEqual([
    [NotificationKind.ORDER_CONFIRMATION, NotificationStatus.SENT, order.number, 1],
    [NotificationKind.ORDER_STATUS_CHANGED, NotificationStatus.SENT, order.number, 1],
    [NotificationKind.WELCOME, NotificationStatus.SENT, null, 1],
  ]);
  expect(
    rows.every((row) => row.sentAt instanceof Date && row.orderId === (row.orderNumber ? order.orderId : null)),
  ).toBe(true);
});

test("an order event for a user not projected yet waits, then is mailed once the user event arrives", async () => {
  const user = testUser("Late Registrant");
  const order = testOrder(user.userId);
  await service.publish(orderPlaced(order));
  const [waiting] = await eventually(async () => {
    const rows = await service.notifications({ userId: user.userId });
    return rows.length === 1 && rows;
  });
  expect(waiting).toMatchObject({ status: NotificationStatus.QUEUED, recipient: null, attempts: 0 });

  await service.publish(userRegistered(user));
  await eventually(() => service.smtp.to(user.email).length === 2);
  await service.settle();
  expect(
    service.smtp
      .to(user.email)
      .map((mail) => mail.subject)
      .sort(),
  ).toEqual([`Order ${order.number} confirmed`, "Welcome to Shopgraph"].sort());
  const confirmation = service.smtp.to(user.email).find((mail) => mail.subject.endsWith("confirmed"))!;
  expect(confirmation.text).toContain("Hi Late Registrant,");
});

test("the projection keeps the newest address: a late, older user event does not bring back an old one", async () => {
  const user = testUser();
  const moved = { ...user, email: `moved-${user.email}`, name: "Moved Shopper" };
  const now = Date.now();
  await service.publish(userRegistered(user, new Date(now - 60_000)));
  await eventually(() => service.smtp.to(user.email).length === 1);
  await service.publish(userUpdated(moved, new Date(now)));
  await service.settle();
  await service.publish(userUpdated(user, new Date(now - 30_000)));
  await service.settle();
  const order = testOrder(user.userId);
  await service.publish(orderPlaced(order));
  await eventually(() => service.smtp.to(moved.email).length === 1);
  await service.settle();
  expect(service.smtp.to(moved.email)[0]!.text).toContain("Hi Moved Shopper,");
  expect(service.smtp.to(user.email)).toHaveLength(1);
});

test("every status change is explained to the shopper, including a cancellation's reason", async () => {
  const user = testUser();
  await service.publish(userRegistered(user));
  const order = testOrder(user.userId, { status: "PAID" });
  await service.publish(statusChanged(order, "PAID", "SHIPPED"));
  await service.publish(statusChanged(order, "SHIPPED", "DELIVERED"));
  const cancelled = testOrder(user.userId);
  await service.publish(statusChanged(cancelled, "PENDING_PAYMENT", "CANCELLED", "Changed my mind"));
  await eventually(() => service.smtp.to(user.email).length === 4);
  const bySubject = new Map(service.smtp.to(user.email).map((mail) => [mail.subject, mail.text]));
  expect(bySubject.get(`Order ${order.number} is shipped`)).toContain("on its way");
  expect(bySubject.get(`Order ${order.number} is delivered`)).toContain("Your order has arrived.");
  const cancellation = bySubject.get(`Order ${cancelled.number} is cancelled`);
  expect(cancellation).toContain("will not be shipped");
  expect(cancellation).toContain("Reason: Changed my mind");
});

test("a product named like markup arrives escaped in the HTML part and verbatim in the text part", async () => {
  const user = testUser();
  await service.publish(userRegistered(user));
  const order = testOrder(user.userId);
  order.lines[0]!.productName = `<script>alert(1)</script> & "Co"`;
  await service.publish(orderPlaced(order));
  const mail = await eventually(() => service.smtp.to(user.email).find((each) => each.subject.includes(order.number)));
  expect(mail.html).toContain("<td>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;</td>");
  expect(mail.html).not.toContain("<script");
  expect(mail.text).toContain(`- <script>alert(1)</script> & "Co" (M / Blue) x 2 at $25.00 = $50.00`);
});

test("an order event that orders' broker user did not publish is dead-lettered: no notification, no mail", async () => {
  const user = testUser();
  await service.publish(userRegistered(user));
  await eventually(() => service.smtp.to(user.email).length === 1);
  const dead = deadLetterQueueName(service.config.events.queue);
  const deadBefore = await service.broker.queueDepth(dead);
  // A broker user that may write to the exchange (another service's, or a leaked one).
  const forger = await testAmqpUser();
  const impostor = await Publisher.open(service.config.events.exchange, forger.url);
  try {
    const order = testOrder(user.userId, { status: "PENDING_PAYMENT" });
    await impostor.publish(statusChanged(order, "PENDING_PAYMENT", "DELIVERED"));
    // And one with no user_id at all.
    await service.broker.publishRaw(
      "order.status_changed",
      JSON.stringify(statusChanged(order, "PENDING_PAYMENT", "DELIVERED")),
    );
    await eventually(async () => (await service.broker.queueDepth(dead)) === deadBefore + 2);
    await service.settle();
    expect((await service.notifications({ userId: user.userId })).map((row) => row.kind)).toEqual([
      NotificationKind.WELCOME,
    ]);
    expect(service.smtp.to(user.email)).toHaveLength(1);
  } finally {
    await impostor.close();
    await forger.remove();
  }
}, 30_000);
