import { randomUUID } from "node:crypto";
import { fail, signAccessToken, type EntityManager } from "@shopgraph/common";
import { hashRefreshToken, newRefreshToken } from "./domain/tokens.js";
import { RefreshToken, User } from "./entities/index.js";
import type { UsersConfig } from "./config.js";

export interface Session {
  user: User;
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
}

type SessionConfig = Pick<UsersConfig, "jwtPrivateKey" | "jwtIssuer" | "accessTokenTtlSeconds" | "refreshTokenTtlDays">;

/**
 * Issues an access token and a refresh token in the session `familyId` (a new session when
 * omitted). The refresh token row is persisted with the caller's flush.
 */
export function issueSession(
  em: EntityManager,
  config: SessionConfig,
  user: User,
  familyId: string = randomUUID(),
): Session {
  const refreshToken = newRefreshToken();
  const now = Date.now();
  em.create(RefreshToken, {
    user,
    familyId,
    tokenHash: hashRefreshToken(refreshToken),
    expiresAt: new Date(now + config.refreshTokenTtlDays * 86_400_000),
  });
  const accessToken = signAccessToken(
    config.jwtPrivateKey,
    config.jwtIssuer,
    { userId: user.id, role: user.role, sessionId: familyId },
    config.accessTokenTtlSeconds,
  );
  return {
    user,
    accessToken,
    accessTokenExpiresAt: new Date(now + config.accessTokenTtlSeconds * 1000),
    refreshToken,
  };
}

function revokeFamily(em: EntityManager, familyId: string): Promise<number> {
  return em.nativeUpdate(RefreshToken, { familyId, revokedAt: null }, { revokedAt: new Date() });
}

/**
 * Exchanges a refresh token for a new pair in the same session. A token that was already
 * exchanged (or is being exchanged concurrently) means it leaked: the whole session is revoked.
 */
export async function rotateSession(em: EntityManager, config: SessionConfig, token: string): Promise<Session> {
  const outcome = await em.transactional(async (tx) => {
    const current = await tx.findOne(RefreshToken, { tokenHash: hashRefreshToken(token) }, { populate: ["user"] });
    if (!current || current.revokedAt) return "invalid" as const;
    if (current.expiresAt.getTime() <= Date.now()) return "expired" as const;
    // The conditional update is the claim: of two requests racing with one token, one wins.
    const claimed = await tx.nativeUpdate(
      RefreshToken,
      { id: current.id, rotatedAt: null, revokedAt: null },
      { rotatedAt: new Date() },
    );
    if (claimed === 0) {
      await revokeFamily(tx, current.familyId);
      return "reused" as const;
    }
    const session = issueSession(tx, config, current.user, current.familyId);
    await tx.flush();
    return session;
  });
  if (outcome === "expired") fail("SESSION_EXPIRED", "Your session has expired; sign in again", ["refreshToken"]);
  if (outcome === "invalid" || outcome === "reused") {
    fail("INVALID_REFRESH_TOKEN", "This session is no longer valid; sign in again", ["refreshToken"]);
  }
  return outcome;
}

/** Ends the session the token belongs to. Unknown tokens end nothing; the answer is the same. */
export async function endSession(em: EntityManager, token: string): Promise<void> {
  const current = await em.findOne(RefreshToken, { tokenHash: hashRefreshToken(token) });
  if (current) await revokeFamily(em, current.familyId);
}

/** Ends every session of the user except `keepFamilyId`. */
export function endOtherSessions(em: EntityManager, user: User, keepFamilyId: string): Promise<number> {
  return em.nativeUpdate(
    RefreshToken,
    { user, familyId: { $ne: keepFamilyId }, revokedAt: null },
    { revokedAt: new Date() },
  );
}
