import { type SessionRevocationReason } from "@shopgraph/kernel";
import { query, sql, type EntityManager } from "@shopgraph/subgraph";
import { recordSessionsRevoked } from "./user-events.js";

/**
 * Makes every access token the user holds invalid at once: raises the user's session version
 * (tokens carry the version they were issued with) and records `user.sessions_revoked`, from
 * which the gateway learns the new minimum. Locks the user's row until the caller's transaction
 * ends, so a refresh racing with it (see app/refresh-session.ts) either finishes first or sees the
 * new version; call it before revoking refresh tokens. The event is written by the caller's flush.
 * Answers the new version.
 */
export async function revokeAccessTokens(
  em: EntityManager,
  userId: string,
  reason: SessionRevocationReason,
): Promise<number> {
  const [row] = await query<{ session_version: number }>(
    em,
    sql`update "users" set "session_version" = "session_version" + 1 where "id" = ${userId} returning "session_version"`,
  );
  if (!row) throw new Error(`no user ${userId} to revoke the access tokens of`);
  recordSessionsRevoked(em, userId, row.session_version, reason);
  return row.session_version;
}
