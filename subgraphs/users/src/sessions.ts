import { randomUUID } from "node:crypto";
import { LockMode } from "@mikro-orm/core";
import { SessionRevocationReason } from "@shopgraph/kernel";
import { recordEvent } from "@shopgraph/messaging";
import { signAccessToken } from "@shopgraph/platform";
import { fail, query, sql, type EntityManager } from "@shopgraph/subgraph";
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
    { userId: user.id, role: user.role, sessionId: familyId, sessionVersion: user.sessionVersion },
    config.accessTokenTtlSeconds,
  );
  return {
    user,
    accessToken,
    accessTokenExpiresAt: new Date(now + config.accessTokenTtlSeconds * 1000),
    refreshToken,
  };
}

/**
 * Makes every access token the user holds invalid at once: raises the user's session version
 * (tokens carry the version they were issued with) and records `user.sessions_revoked`, from
 * which the gateway learns the new minimum. Locks the user's row until the caller's transaction
 * ends, so a refresh racing with it (see `rotateSession`) either finishes first or sees the new
 * version; call it before revoking refresh tokens. The event is written by the caller's flush.
 */
export async function revokeAccessTokens(
  em: EntityManager,
  userId: string,
  reason: SessionRevocationReason,
): Promise<void> {
  const [row] = await query<{ session_version: number }>(
    em,
    sql`update "users" set "session_version" = "session_version" + 1 where "id" = ${userId} returning "session_version"`,
  );
  if (!row) throw new Error(`no user ${userId} to revoke the access tokens of`);
  recordEvent(em, "user.sessions_revoked", userId, { userId, sessionVersion: row.session_version, reason });
}

function revokeFamily(em: EntityManager, familyId: string): Promise<number> {
  return em.nativeUpdate(RefreshToken, { familyId, revokedAt: null }, { revokedAt: new Date() });
}

/** Revokes every refresh token of the user. */
export function revokeRefreshTokens(em: EntityManager, userId: string): Promise<number> {
  return em.nativeUpdate(RefreshToken, { user: userId, revokedAt: null }, { revokedAt: new Date() });
}

/**
 * Exchanges a refresh token for a new pair in the same session. A token that was already
 * exchanged (or is being exchanged concurrently) means it leaked: the whole session is revoked,
 * and every access token of the user with it.
 */
export async function rotateSession(em: EntityManager, config: SessionConfig, token: string): Promise<Session> {
  const outcome = await em.transactional(async (tx) => {
    const current = await tx.findOne(RefreshToken, { tokenHash: hashRefreshToken(token) });
    if (!current || current.revokedAt) return "invalid" as const;
    if (current.expiresAt.getTime() <= Date.now()) return "expired" as const;
    // The user's row lock orders this with revocations (revokeAccessTokens takes it too): one that
    // committed first is seen here (its version, its revoked tokens); one that comes later waits
    // until the new token exists, and revokes it. Exclusive, as a reuse below raises the version.
    const user = await tx.findOneOrFail(User, current.user.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (user.disabled) return "disabled" as const;
    // The conditional update is the claim: of two requests racing with one token, one wins.
    const claimed = await tx.nativeUpdate(
      RefreshToken,
      { id: current.id, rotatedAt: null, revokedAt: null },
      { rotatedAt: new Date() },
    );
    if (claimed === 0) {
      await revokeAccessTokens(tx, user.id, SessionRevocationReason.REFRESH_TOKEN_REUSED);
      await revokeFamily(tx, current.familyId);
      await tx.flush();
      return "reused" as const;
    }
    const session = issueSession(tx, config, user, current.familyId);
    await tx.flush();
    return session;
  });
  if (outcome === "expired") fail("SESSION_EXPIRED", "Your session has expired; sign in again", ["refreshToken"]);
  if (outcome === "disabled") fail("ACCOUNT_DISABLED", "This account has been disabled", ["refreshToken"]);
  if (outcome === "invalid" || outcome === "reused") {
    fail("INVALID_REFRESH_TOKEN", "This session is no longer valid; sign in again", ["refreshToken"]);
  }
  return outcome;
}

/**
 * Ends the session the token belongs to, and the user's access tokens with it (other sessions
 * keep their refresh tokens and get a new access token on their next refresh). Unknown or
 * already ended tokens end nothing; the answer is the same.
 */
export async function endSession(em: EntityManager, token: string): Promise<void> {
  await em.transactional(async (tx) => {
    const current = await tx.findOne(RefreshToken, { tokenHash: hashRefreshToken(token), revokedAt: null });
    if (!current) return;
    await revokeAccessTokens(tx, current.user.id, SessionRevocationReason.LOGOUT);
    await revokeFamily(tx, current.familyId);
    await tx.flush();
  });
}

/** Ends every session of the user and every access token. */
export async function endAllSessions(em: EntityManager, userId: string): Promise<void> {
  await em.transactional(async (tx) => {
    await revokeAccessTokens(tx, userId, SessionRevocationReason.LOGOUT_EVERYWHERE);
    await revokeRefreshTokens(tx, userId);
    await tx.flush();
  });
}

/** Ends every session of the user except `keepFamilyId`. */
export function endOtherSessions(em: EntityManager, user: User, keepFamilyId: string): Promise<number> {
  return em.nativeUpdate(
    RefreshToken,
    { user, familyId: { $ne: keepFamilyId }, revokedAt: null },
    { revokedAt: new Date() },
  );
}
