import type { Logger } from "@shopgraph/platform";
import { PasswordHasher } from "../adapters/password-hasher.js";
import type { UsersConfig } from "../config.js";
import { DetachedWork } from "./detached-work.js";

/** What signing a session in needs: the key that signs access tokens and how long tokens live. */
export type TokenSettings = Pick<
  UsersConfig,
  "jwtPrivateKey" | "jwtIssuer" | "accessTokenTtlSeconds" | "refreshTokenTtlDays" | "appAccessTokenTtlSeconds"
>;

/** What mailed account tokens need: the key that seals them in events and how long they work. */
export type AccountTokenSettings = Pick<
  UsersConfig,
  "mailTokenKey" | "passwordResetTtlMinutes" | "emailVerificationTtlHours"
>;

/** What the use cases need besides the request's EntityManager; made once at start. */
export interface UsersServices {
  passwords: PasswordHasher;
  tokens: TokenSettings;
  accountTokens: AccountTokenSettings;
  /** Work answered before it is done (a worker: stopping waits for it). */
  detached: DetachedWork;
}

export function usersServices(config: UsersConfig, log: Logger): UsersServices {
  return {
    passwords: new PasswordHasher(config.scryptCost),
    tokens: config,
    accountTokens: config,
    detached: new DetachedWork(log),
  };
}
