import { reject, SessionRevocationReason, type EntityManager } from "@shopgraph/common";
import type { AccountErrorCode } from "../domain/errors.js";
import { hashRefreshToken } from "../domain/tokens.js";
import { claimRefreshToken, findRefreshToken, revokeFamily } from "../store/refresh-tokens.js";
import { revokeAccessTokens } from "../store/session-versions.js";
import { lockUser } from "../store/users.js";
import type { UsersServices } from "./services.js";
import { issueSession, type Session } from "./session.js";

/**
 * Exchanges a refresh token for a new pair in the same session. A token that was already
 * exchanged (or is being exchanged concurrently) means it leaked: the whole session is revoked,
 * and every access token of the user with it. No token at all (no argument, no cookie) refreshes
 * nothing.
 */
export async function refreshSession(
  em: EntityManager,
  { tokens }: UsersServices,
  token: string | undefined,
): Promise<Session> {
  if (token === undefined) {
    reject<AccountErrorCode>("INVALID_REFRESH_TOKEN", "There is no session to refresh; sign in", ["refreshToken"]);
  }
  const outcome = await em.transactional(async (tx) => {
    const current = await findRefreshToken(tx, hashRefreshToken(token));
    if (!current || current.revokedAt) return "invalid" as const;
    if (current.expiresAt.getTime() <= Date.now()) return "expired" as const;
    // The user's row lock orders this with revocations (revokeAccessTokens takes it too): one that
    // committed first is seen here (its version, its revoked tokens); one that comes later waits
    // until the new token exists, and revokes it. Exclusive, as a reuse below raises the version.
    const user = await lockUser(tx, current.user.id);
    if (user.disabled) return "disabled" as const;
    if (!(await claimRefreshToken(tx, current.id))) {
      await revokeAccessTokens(tx, user.id, SessionRevocationReason.REFRESH_TOKEN_REUSED);
      await revokeFamily(tx, current.familyId);
      await tx.flush();
      return "reused" as const;
    }
    const session = issueSession(tx, tokens, user, current.familyId);
    await tx.flush();
    return session;
  });
  if (outcome === "expired")
    reject<AccountErrorCode>("SESSION_EXPIRED", "Your session has expired; sign in again", ["refreshToken"]);
  if (outcome === "disabled")
    reject<AccountErrorCode>("ACCOUNT_DISABLED", "This account has been disabled", ["refreshToken"]);
  if (outcome === "invalid" || outcome === "reused") {
    reject<AccountErrorCode>("INVALID_REFRESH_TOKEN", "This session is no longer valid; sign in again", [
      "refreshToken",
    ]);
  }
  return outcome;
}
