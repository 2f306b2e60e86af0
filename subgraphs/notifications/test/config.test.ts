import { isAbsolute } from "node:path";
import { expect, test } from "vitest";
import { ConfigError } from "@shopgraph/platform";
import { testKeys } from "@shopgraph/testing";
import { readNotificationsConfig } from "../src/config.js";

const required = {
  JWT_PUBLIC_KEY: testKeys().jwtPublicKey,
  SERVICE_TOKEN_SECRET: "secret",
  REQUEST_SIGNING_SECRET: "x".repeat(32),
};

test("defaults: port 4004, its own database, queue notifications on shop.events, the embedded sink", () => {
  const config = readNotificationsConfig(required);
  expect(config.port).toBe(4004);
  expect(config.databaseUrl).toBe("postgres://postgres@127.0.0.1:5432/notifications_db");
  expect(config.events).toMatchObject({
    exchange: "shop.events",
    queue: "notifications",
    retryDelaysMs: [1_000, 10_000, 60_000],
  });
  expect(config.mail.smtpUrl).toBeUndefined();
  expect(isAbsolute(config.mail.dir) && config.mail.dir.endsWith(".data/mail")).toBe(true);
  expect(config.mail.from).toBe("Shopgraph <no-reply@shopgraph.local>");
});

test("SMTP_URL, MAIL_FROM, retry settings and the exchange come from the environment", () => {
  const config = readNotificationsConfig({
    ...required,
    SMTP_URL: "smtp://user:pass@mail.example.com:587",
    MAIL_FROM: "Shop <shop@example.com>",
    EVENTS_EXCHANGE: "other.events",
    EVENT_RETRY_DELAYS_MS: "100, 200",
    MAIL_MAX_ATTEMPTS: "8",
  });
  expect(config.mail).toMatchObject({
    smtpUrl: "smtp://user:pass@mail.example.com:587",
    from: "Shop <shop@example.com>",
    maxAttempts: 8,
  });
  expect(config.events).toMatchObject({ exchange: "other.events", retryDelaysMs: [100, 200] });
});

test.each([
  [{ EVENT_RETRY_DELAYS_MS: "1s,2s" }, "EVENT_RETRY_DELAYS_MS must be a comma-separated list of delays in ms"],
  [{ SMTP_URL: "http://mail.example.com" }, "SMTP_URL must be a URL with protocol smtp or smtps"],
  [{ MAIL_MAX_ATTEMPTS: "0" }, "MAIL_MAX_ATTEMPTS must be an integer between 1 and 100"],
])("a malformed %o is refused at start with a message naming the variable", (env, message) => {
  expect(() => readNotificationsConfig({ ...required, ...env })).toThrow(ConfigError);
  expect(() => readNotificationsConfig({ ...required, ...env })).toThrow(message);
});

test("webhooks: development sends to loopback and private networks, production only to public https with its own key", () => {
  const development = readNotificationsConfig({ ...required, NODE_ENV: "development" }).webhooks;
  expect(development).toMatchObject({
    queue: "notifications.webhooks",
    requireHttps: false,
    allowPrivateNetworks: true,
    retryWindowMs: 86_400_000,
  });
  const key = "ab".repeat(32);
  const production = readNotificationsConfig({ ...required, NODE_ENV: "production", WEBHOOK_SECRET_KEY: key }).webhooks;
  expect(production).toMatchObject({ requireHttps: true, allowPrivateNetworks: false, secretKey: key });
  expect(readNotificationsConfig({ ...required, NODE_ENV: "test" }).webhooks.allowPrivateNetworks).toBe(false);
  expect(readNotificationsConfig({ ...required, NOTIFICATIONS_QUEUE: "n2" }).webhooks.queue).toBe("n2.webhooks");
});

test.each([
  [{ NODE_ENV: "production" }, "WEBHOOK_SECRET_KEY is required in production"],
  [{ WEBHOOK_SECRET_KEY: "short" }, "WEBHOOK_SECRET_KEY must be 64 hex characters"],
  [
    { NODE_ENV: "production", WEBHOOK_SECRET_KEY: "ab".repeat(32), WEBHOOK_ALLOW_PRIVATE_NETWORKS: "true" },
    "WEBHOOK_ALLOW_PRIVATE_NETWORKS is for development",
  ],
])("webhook settings %o are refused at start", (env, message) => {
  expect(() => readNotificationsConfig({ ...required, ...env })).toThrow(message);
});
