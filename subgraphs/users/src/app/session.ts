import { randomBytes, randomUUID } from "node:crypto";
import { signAccessToken, type EntityManager } from "@shopgraph/common";
import { hashRefreshToken } from "../domain/tokens.js";
import type { User } from "../entities/index.js";
import { addRefreshToken } from "../store/refresh-tokens.js";
import type { TokenSettings } from "./services.js";

/** What register, login and refreshSession hand back: a signed-in user and a pair of tokens. */
export interface Session {
  user: User;
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
}

/** An opaque refresh token: 256 random bits. Only its hash is stored. */
function newRefreshToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * Issues an access token and a refresh token in the session `familyId` (a new session when
 * omitted). The refresh token row is persisted with the caller's flush.
 */
export function issueSession(
  em: EntityManager,
  tokens: TokenSettings,
  user: User,
  familyId: string = randomUUID(),
): Session {
  const refreshToken = newRefreshToken();
  const now = Date.now();
  addRefreshToken(em, {
    user,
    familyId,
    tokenHash: hashRefreshToken(refreshToken),
    expiresAt: new Date(now + tokens.refreshTokenTtlDays * 86_400_000),
  });
  const accessToken = signAccessToken(
    tokens.jwtPrivateKey,
    tokens.jwtIssuer,
    { userId: user.id, role: user.role, sessionId: familyId, sessionVersion: user.sessionVersion },
    tokens.accessTokenTtlSeconds,
  );
  return {
    user,
    accessToken,
    accessTokenExpiresAt: new Date(now + tokens.accessTokenTtlSeconds * 1000),
    refreshToken,
  };
}
