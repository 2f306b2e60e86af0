import { resolve } from "node:path";
import {
  envReader,
  pemFromEnv,
  readEventsConfig,
  readMailTokenKey,
  type Env,
  type EventsConfig,
  type MailTokenKey,
} from "@shopgraph/platform";
import { databaseUrl, readBaseConfig, type BaseConfig } from "@shopgraph/subgraph";
import type { ScryptCost } from "./adapters/password-hasher.js";

export interface UsersConfig extends BaseConfig {
  databaseUrl: string;
  events: EventsConfig;
  /** ES256 private key (PEM) that signs access tokens; only this subgraph has it. */
  jwtPrivateKey: string;
  accessTokenTtlSeconds: number;
  /** How long the app access token a partner's API key is exchanged for lives (the gateway caches it). */
  appAccessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  scryptCost: ScryptCost;
  /** The refresh-token cookie's `Secure`: on, except in development (a shop on http://localhost). */
  sessionCookieSecure: boolean;
  /** Seals the account tokens users mails through notifications (MAIL_TOKEN_SECRET; see sealed-token.ts). */
  mailTokenKey: MailTokenKey;
  /** How long a password reset link works. */
  passwordResetTtlMinutes: number;
  /** How long an address verification link works. */
  emailVerificationTtlHours: number;
  /** The API schema registered app operations are validated against (API_SCHEMA_PATH). */
  apiSchemaPath: string;
  /** The longest document an app may register, in bytes of UTF-8 (APP_OPERATION_MAX_BYTES). */
  appOperationMaxBytes: number;
  /** Seeded once as an ADMIN when both are set. */
  admin: { email: string; password: string } | undefined;
}

export function readUsersConfig(source: Env = process.env): UsersConfig {
  const env = envReader(source);
  const base = readBaseConfig(env, 4001);
  const adminEmail = env.optional("ADMIN_EMAIL");
  const adminPassword = env.optional("ADMIN_PASSWORD");
  return {
    ...base,
    databaseUrl: databaseUrl(env, "users"),
    events: readEventsConfig(env),
    jwtPrivateKey: pemFromEnv(env.string("JWT_PRIVATE_KEY")),
    accessTokenTtlSeconds: env.int("ACCESS_TOKEN_TTL_SECONDS", 900, { min: 10, max: 86_400 }),
    appAccessTokenTtlSeconds: env.int("APP_ACCESS_TOKEN_TTL_SECONDS", 300, { min: 60, max: 3_600 }),
    refreshTokenTtlDays: env.int("REFRESH_TOKEN_TTL_DAYS", 30, { min: 1, max: 365 }),
    scryptCost: { log2N: env.int("SCRYPT_LOG2_N", 15, { min: 10, max: 20 }), r: 8, p: 1 },
    sessionCookieSecure: base.nodeEnv !== "development",
    mailTokenKey: readMailTokenKey(env),
    passwordResetTtlMinutes: env.int("PASSWORD_RESET_TTL_MINUTES", 30, { min: 5, max: 1_440 }),
    emailVerificationTtlHours: env.int("EMAIL_VERIFICATION_TTL_HOURS", 48, { min: 1, max: 720 }),
    apiSchemaPath: env.string("API_SCHEMA_PATH", resolve(import.meta.dirname, "../../../schema/api.graphql")),
    appOperationMaxBytes: env.int("APP_OPERATION_MAX_BYTES", 16_384, { min: 100, max: 1_048_576 }),
    admin: adminEmail && adminPassword ? { email: adminEmail, password: adminPassword } : undefined,
  };
}
