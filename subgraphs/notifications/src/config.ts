import { resolve } from "node:path";
import {
  ConfigError,
  envReader,
  readEventsConfig,
  readMailTokenKey,
  readOrderLinkKey,
  type Env,
  type EnvReader,
  type EventsConfig,
  type MailTokenKey,
  type OrderLinkKey,
} from "@shopgraph/platform";
import { databaseUrl, readBaseConfig, type BaseConfig } from "@shopgraph/subgraph";

export interface MailConfig {
  /** An SMTP server to send through; without one, the embedded sink receives every message. */
  smtpUrl: string | undefined;
  /** `From:` of every message, e.g. `Shopgraph <no-reply@shop.example>`. */
  from: string;
  /** Where the embedded sink keeps each message as an .eml file. */
  dir: string;
  /** Port of the embedded sink on 127.0.0.1; 0 picks a free one. */
  sinkPort: number;
  /** Sends per notification before it is FAILED. */
  maxAttempts: number;
  /** Delay before the first retry; doubles with each further attempt up to `retryMaxMs`. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** Safety net for wake-ups this instance never hears of (another instance's commit, a crash). */
  pollIntervalMs: number;
  /** Notifications claimed at once, and SMTP connections used for them. */
  batchSize: number;
  connections: number;
  /** How long a claimed notification stays with its instance before another may take it over. */
  claimTimeoutMs: number;
  /** The shop's name and address, in every message; links in mail (reset, verification) start with `shopUrl`. */
  shopName: string;
  shopUrl: string;
  /** Opens the account tokens users seals into its events (MAIL_TOKEN_SECRET, the same as users'). */
  tokenKey: MailTokenKey;
  /**
   * How long an order's confirmation waits before it is sent: a payment within it goes into the
   * confirmation, one mail instead of "confirmed, awaiting payment" and "paid" in the same minute.
   * 0: sent at once, and every status change mailed on its own.
   */
  confirmationHoldMs: number;
  /** Makes the links that open guest orders in their mail (ORDER_LINK_SECRET, the same as orders'). */
  orderLinkKey: OrderLinkKey;
}

export interface WebhooksConfig {
  /** The queue webhooks read events from (one active consumer at a time, in publish order). */
  queue: string;
  /** 32 bytes that seal endpoint secrets at rest; required in production. */
  secretKey: string;
  /** Only https URLs (production). */
  requireHttps: boolean;
  /** Loopback and private networks too: development only (never link-local or metadata). */
  allowPrivateNetworks: boolean;
  /** One POST, from connecting to the response. */
  timeoutMs: number;
  /** First retry delay, doubling (with jitter) up to `retryMaxMs`. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** How long a delivery is retried, from recording, before it is FAILED. */
  retryWindowMs: number;
  /** POSTs in flight at once (at most one per endpoint). */
  concurrency: number;
  /** How long a claimed delivery stays with its instance. */
  claimTimeoutMs: number;
  /** Safety-net poll for deliveries due. */
  pollIntervalMs: number;
}

/** The development key: `npm start` writes a random one to .env; production refuses to start without one. */
export const DEVELOPMENT_WEBHOOK_SECRET_KEY = "0".repeat(64);

export interface NotificationsConfig extends BaseConfig {
  databaseUrl: string;
  /** Connections to the database: the consumer's transactions in flight (prefetch) need one each. */
  databasePoolSize: number;
  events: EventsConfig & {
    queue: string;
    /** Delay before each redelivery of an event whose handling failed; then the dead-letter queue. */
    retryDelaysMs: number[];
    prefetch: number;
  };
  mail: MailConfig;
  webhooks: WebhooksConfig;
}

/** `1000,5000,30000` -> [1000, 5000, 30000]. */
export function delayList(env: EnvReader, name: string, fallback: number[]): number[] {
  const value = env.optional(name);
  if (value === undefined) return fallback;
  const delays = value.split(",").map((part) => Number(part.trim()));
  if (delays.length === 0 || delays.some((delay) => !Number.isInteger(delay) || delay < 1 || delay > 86_400_000)) {
    throw new ConfigError(`${name} must be a comma-separated list of delays in ms (1 to 86400000), got "${value}"`);
  }
  return delays;
}

export function readWebhooksConfig(
  env: EnvReader,
  nodeEnv: BaseConfig["nodeEnv"],
  notificationsQueue = "notifications",
): WebhooksConfig {
  const production = nodeEnv === "production";
  const secretKey = env.optional("WEBHOOK_SECRET_KEY");
  if (production && secretKey === undefined) {
    throw new ConfigError("WEBHOOK_SECRET_KEY is required in production: 32 random bytes as 64 hex characters");
  }
  if (secretKey !== undefined && !/^[0-9a-fA-F]{64}$/.test(secretKey)) {
    throw new ConfigError("WEBHOOK_SECRET_KEY must be 64 hex characters (32 random bytes: openssl rand -hex 32)");
  }
  const allowPrivateNetworks = env.bool("WEBHOOK_ALLOW_PRIVATE_NETWORKS", nodeEnv === "development");
  if (production && allowPrivateNetworks) {
    throw new ConfigError("WEBHOOK_ALLOW_PRIVATE_NETWORKS is for development; production never sends webhooks there");
  }
  return {
    queue: env.string("WEBHOOKS_QUEUE", `${notificationsQueue}.webhooks`),
    secretKey: secretKey ?? DEVELOPMENT_WEBHOOK_SECRET_KEY,
    requireHttps: production,
    allowPrivateNetworks,
    timeoutMs: env.int("WEBHOOK_TIMEOUT_MS", 10_000, { min: 100, max: 60_000 }),
    retryBaseMs: env.int("WEBHOOK_RETRY_BASE_MS", 10_000, { min: 1, max: 3_600_000 }),
    retryMaxMs: env.int("WEBHOOK_RETRY_MAX_MS", 3_600_000, { min: 1, max: 86_400_000 }),
    retryWindowMs: env.int("WEBHOOK_RETRY_WINDOW_MS", 86_400_000, { min: 1, max: 30 * 86_400_000 }),
    concurrency: env.int("WEBHOOK_CONCURRENCY", 20, { min: 1, max: 1_000 }),
    claimTimeoutMs: env.int("WEBHOOK_CLAIM_TIMEOUT_MS", 120_000, { min: 1_000, max: 3_600_000 }),
    pollIntervalMs: env.int("WEBHOOK_POLL_INTERVAL_MS", 5_000, { min: 10, max: 3_600_000 }),
  };
}

export function readNotificationsConfig(source: Env = process.env): NotificationsConfig {
  const env = envReader(source);
  const smtpUrl = env.optional("SMTP_URL");
  const base = readBaseConfig(env, 4004);
  const queue = env.string("NOTIFICATIONS_QUEUE", "notifications");
  return {
    ...base,
    databaseUrl: databaseUrl(env, "notifications"),
    databasePoolSize: env.int("DATABASE_POOL_SIZE", 25, { min: 2, max: 200 }),
    events: {
      ...readEventsConfig(env),
      queue,
      retryDelaysMs: delayList(env, "EVENT_RETRY_DELAYS_MS", [1_000, 10_000, 60_000]),
      prefetch: env.int("EVENT_PREFETCH", 20, { min: 1, max: 1_000 }),
    },
    mail: {
      smtpUrl: smtpUrl && env.url("SMTP_URL", "", ["smtp", "smtps"]),
      from: env.string("MAIL_FROM", "Shopgraph <no-reply@shopgraph.local>"),
      dir: resolve(env.string("MAIL_DIR", ".data/mail")),
      sinkPort: env.int("MAIL_SINK_PORT", 0, { min: 0, max: 65535 }),
      maxAttempts: env.int("MAIL_MAX_ATTEMPTS", 5, { min: 1, max: 100 }),
      retryBaseMs: env.int("MAIL_RETRY_BASE_MS", 2_000, { min: 1, max: 3_600_000 }),
      retryMaxMs: env.int("MAIL_RETRY_MAX_MS", 300_000, { min: 1, max: 86_400_000 }),
      pollIntervalMs: env.int("MAIL_POLL_INTERVAL_MS", 5_000, { min: 10, max: 3_600_000 }),
      batchSize: env.int("MAIL_BATCH_SIZE", 50, { min: 1, max: 1_000 }),
      connections: env.int("MAIL_CONNECTIONS", 5, { min: 1, max: 100 }),
      claimTimeoutMs: env.int("MAIL_CLAIM_TIMEOUT_MS", 120_000, { min: 1_000, max: 3_600_000 }),
      shopName: env.string("SHOP_NAME", "Shopgraph"),
      shopUrl: env.url("SHOP_URL", "http://localhost:4000", ["http", "https"]),
      tokenKey: readMailTokenKey(env),
      confirmationHoldMs: env.int("ORDER_CONFIRMATION_HOLD_MS", 60_000, { min: 0, max: 3_600_000 }),
      orderLinkKey: readOrderLinkKey(env),
    },
    webhooks: readWebhooksConfig(env, base.nodeEnv, queue),
  };
}
