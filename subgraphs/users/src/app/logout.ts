import { SessionRevocationReason, type EntityManager } from "@shopgraph/common";
import { hashRefreshToken } from "../domain/tokens.js";
import { findRefreshToken, revokeFamily } from "../store/refresh-tokens.js";
import { revokeAccessTokens } from "../store/session-versions.js";

/**
 * Ends the session the token belongs to, and the user's access tokens with it (other sessions
 * keep their refresh tokens and get a new access token on their next refresh). Unknown or
 * already ended tokens end nothing; the answer is the same.
 */
export async function logout(em: EntityManager, token: string): Promise<void> {
  await em.transactional(async (tx) => {
    const current = await findRefreshToken(tx, hashRefreshToken(token), { unrevoked: true });
    if (!current) return;
    await revokeAccessTokens(tx, current.user.id, SessionRevocationReason.LOGOUT);
    await revokeFamily(tx, current.familyId);
    await tx.flush();
  });
}
