import { randomUUID } from "node:crypto";
import { accountTokenSealContext, mailTokenKey, sealToken } from "@shopgraph/platform";
import { afterAll, beforeAll, expect, test } from "vitest";
import { eventually, present } from "@shopgraph/testing";
import { NotificationStatus } from "../src/entities/index.js";
import { envelope, testUser, userRegistered } from "./events.js";
import { startNotifications, type NotificationsUnderTest } from "./harness.js";

/** Account mail: a reset or verification link carrying the token users sealed into its event. */
let service: NotificationsUnderTest;

beforeAll(async () => {
  service = await startNotifications();
});
afterAll(async () => {
  await service?.close();
});

const inHalfAnHour = () => new Date(Date.now() + 30 * 60_000).toISOString();
const sealed = (purpose: "PASSWORD_RESET" | "EMAIL_VERIFICATION", userId: string, token: string) =>
  sealToken(service.config.mail.tokenKey, token, accountTokenSealContext(purpose, userId));
const linkIn = (text: string) => present(/http:\/\/shop\.test\/[a-z-]+\?token=[\w-]+/.exec(text))[0];

test("a reset request mails the event's address a link with the token; the row keeps it sealed", async () => {
  const user = testUser("Grace");
  const token = randomUUID();
  const event = envelope("user.password_reset_requested", {
    ...user,
    sealedToken: sealed("PASSWORD_RESET", user.userId, token),
    expiresAt: inHalfAnHour(),
  });
  // No user.registered: the address comes from the event itself.
  await service.publish(event);
  const [mail] = await eventually(() => service.smtp.to(user.email).length === 1 && service.smtp.to(user.email));
  expect(mail?.subject).toBe("Reset your Shopgraph password");
  const link = new URL(linkIn(present(mail).text));
  expect(link.pathname).toBe("/reset-password");
  expect(link.searchParams.get("token")).toBe(token);
  expect(mail?.text).toMatch(/^Hi Grace,/);
  expect(mail?.text).toContain("It works once, until ");
  expect(mail?.html).toContain(`href="http://shop.test/reset-password?token=${token}"`);
  await service.settle();
  const [row] = await service.notifications({ userId: user.userId });
  expect(row).toMatchObject({ kind: "PASSWORD_RESET", status: NotificationStatus.SENT, recipient: user.email });
  expect(JSON.stringify(row?.payload)).not.toContain(token);
});

test("a verification of the account's own address mails it a link; a change also tells the old address", async () => {
  const user = testUser("Ada");
  await service.publish(userRegistered(user));
  const ownToken = randomUUID();
  await service.publish(
    envelope("user.email_verification_requested", {
      ...user,
      previousEmail: null,
      sealedToken: sealed("EMAIL_VERIFICATION", user.userId, ownToken),
      expiresAt: inHalfAnHour(),
    }),
  );
  const newEmail = `moved-${user.userId.slice(0, 8)}@example.com`;
  const changeToken = randomUUID();
  await service.publish(
    envelope("user.email_verification_requested", {
      ...user,
      email: newEmail,
      previousEmail: user.email,
      sealedToken: sealed("EMAIL_VERIFICATION", user.userId, changeToken),
      expiresAt: inHalfAnHour(),
    }),
  );
  await eventually(() => service.smtp.to(user.email).length === 3 && service.smtp.to(newEmail).length === 1);
  const toOld = service.smtp.to(user.email);
  const verify = present(toOld.find((mail) => mail.subject === "Verify your email address"));
  expect(new URL(linkIn(verify.text)).searchParams.get("token")).toBe(ownToken);
  expect(new URL(linkIn(verify.text)).pathname).toBe("/verify-email");
  const notice = present(toOld.find((mail) => mail.subject === "Your Shopgraph email address is being changed"));
  expect(notice.text).toContain(`to change its email address to ${newEmail}.`);
  expect(notice.text).toContain("http://shop.test/forgot-password");
  expect(notice.text).not.toContain(changeToken);
  const [confirm] = service.smtp.to(newEmail);
  expect(confirm?.subject).toBe("Confirm your new email address");
  expect(new URL(linkIn(present(confirm).text)).searchParams.get("token")).toBe(changeToken);
  await service.settle();
  const kinds = (await service.notifications({ userId: user.userId })).map((row) => row.kind).sort();
  expect(kinds).toEqual(["EMAIL_CHANGE_NOTICE", "EMAIL_VERIFICATION", "EMAIL_VERIFICATION", "WELCOME"]);
});

test("a token sealed with another key, or for another user, is never mailed: the notification FAILS saying why", async () => {
  const user = testUser();
  const foreignKey = sealToken(
    mailTokenKey("another secret, long enough to be one"),
    "t0ken",
    accountTokenSealContext("PASSWORD_RESET", user.userId),
  );
  const otherUser = sealed("PASSWORD_RESET", randomUUID(), "t0ken");
  for (const sealedToken of [foreignKey, otherUser, "v1.garbage.garbage"]) {
    await service.publish(
      envelope("user.password_reset_requested", { ...user, sealedToken, expiresAt: inHalfAnHour() }),
    );
  }
  const rows = await eventually(async () => {
    const found = await service.notifications({ userId: user.userId });
    return found.length === 3 && found.every((row) => row.status === NotificationStatus.FAILED) && found;
  }, 15_000);
  expect(rows.map((row) => row.lastError)).toEqual(Array(3).fill(expect.stringContaining("MAIL_TOKEN_SECRET")));
  expect(service.smtp.to(user.email)).toEqual([]);
});

test("an account event without its token is parked in the dead-letter queue, not mailed", async () => {
  const user = testUser();
  const broken = envelope("user.password_reset_requested", { ...user, expiresAt: "tomorrow" } as never);
  await service.publish(broken);
  await eventually(async () => (await service.broker.queueDepth(`${service.config.events.queue}.dead`)) === 1);
  expect(await service.notifications({ userId: user.userId })).toEqual([]);
});
