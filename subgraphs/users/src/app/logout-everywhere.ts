import { SessionRevocationReason, type EntityManager } from "@shopgraph/common";
import { revokeRefreshTokens } from "../store/refresh-tokens.js";
import { revokeAccessTokens } from "../store/session-versions.js";

/** Ends every session of the user, this one included, and every access token. */
export async function logoutEverywhere(em: EntityManager, userId: string): Promise<void> {
  await em.transactional(async (tx) => {
    await revokeAccessTokens(tx, userId, SessionRevocationReason.LOGOUT_EVERYWHERE);
    await revokeRefreshTokens(tx, userId);
    await tx.flush();
  });
}
