import { PasswordHasher } from "../adapters/password-hasher.js";
import type { UsersConfig } from "../config.js";

/** What signing a session in needs: the key that signs access tokens and how long tokens live. */
export type TokenSettings = Pick<
  UsersConfig,
  "jwtPrivateKey" | "jwtIssuer" | "accessTokenTtlSeconds" | "refreshTokenTtlDays" | "appAccessTokenTtlSeconds"
>;

/** What the use cases need besides the request's EntityManager; made once at start. */
export interface UsersServices {
  passwords: PasswordHasher;
  tokens: TokenSettings;
}

export function usersServices(config: UsersConfig): UsersServices {
  return { passwords: new PasswordHasher(config.scryptCost), tokens: config };
}
