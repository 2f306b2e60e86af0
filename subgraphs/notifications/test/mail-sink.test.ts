import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { Role } from "@shopgraph/kernel";
import { dataOf, eventually, present, testAccessToken } from "@shopgraph/testing";
import { NotificationStatus } from "../src/entities/index.js";
import { orderPlaced, testOrder, testUser, userRegistered } from "./events.js";
import { startNotifications, type NotificationsUnderTest } from "./harness.js";
import { SENT_MAIL } from "./operations.js";

/** Without SMTP_URL the subgraph runs its own SMTP server and keeps every message as an .eml file. */
let service: NotificationsUnderTest;

beforeAll(async () => {
  service = await startNotifications({
    config: (config) => ({ ...config, mail: { ...config.mail, smtpUrl: undefined, shopName: "Café Shopgraph" } }),
  });
});
afterAll(async () => {
  await service.close();
});

const emlFiles = async () => (await readdir(service.config.mail.dir)).filter((name) => name.endsWith(".eml")).sort();

test("the embedded sink receives mail over SMTP and writes one .eml file per message", async () => {
  expect(service.subgraph.mailSink?.port).toBeGreaterThan(0);
  const user = testUser("Zoë");
  await service.publish(userRegistered(user));
  await service.publish(orderPlaced(testOrder(user.userId)));
  const files = await eventually(async () => {
    const names = await emlFiles();
    return names.length === 2 && names;
  });
  await service.settle();
  const messages = await Promise.all(files.map((name) => readFile(join(service.config.mail.dir, name), "utf8")));
  for (const message of messages) {
    expect(message).toMatch(/^Return-Path: <no-reply@shop\.test>\r\nDelivered-To: /);
    expect(message).toContain(`Delivered-To: ${user.email}\r\n`);
    expect(message).toMatch(/Content-Type: multipart\/alternative/);
  }
  expect(service.smtp.messages).toHaveLength(0);
  const rows = await service.notifications({ userId: user.userId });
  expect(rows.map((row) => row.status)).toEqual([NotificationStatus.SENT, NotificationStatus.SENT]);
});

test("ADMIN sees the sink's messages, newest first, with decoded subjects; shoppers may not", async () => {
  const admin = service.client(testAccessToken({ role: Role.ADMIN }));
  const sentMail = present(dataOf(await admin(SENT_MAIL, { first: 10 })).sentMail, "the sink's messages");
  expect(sentMail).toHaveLength(2);
  expect(sentMail.map((mail) => mail.subject).sort()).toEqual(
    [expect.stringMatching(/^Order SG-\d+ confirmed$/), "Welcome to Café Shopgraph"].sort(),
  );
  expect(sentMail.every((mail) => mail.recipient.startsWith("shopper"))).toBe(true);
  // Every message has a plain-text part, decoded (quoted-printable, UTF-8).
  const welcome = present(sentMail.find((mail) => mail.subject.startsWith("Welcome")));
  expect(welcome.text).toMatch(/^Hi Zoë,\r?\n/);
  expect(welcome.text).toContain("Welcome to Café Shopgraph! Your account is ready");
  expect(sentMail.every((mail) => mail.text.includes("Café Shopgraph - http://shop.test"))).toBe(true);
  const times = sentMail.map((mail) => Date.parse(mail.receivedAt));
  expect(times).toEqual([...times].sort((a, b) => b - a));
  expect(dataOf(await admin(SENT_MAIL, { first: 1 })).sentMail).toHaveLength(1);

  const shopper = service.client(testAccessToken());
  expect((await shopper(SENT_MAIL, {})).errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
});
