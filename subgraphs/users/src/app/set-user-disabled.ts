import { reject, SessionRevocationReason, type EntityManager } from "@shopgraph/common";
import type { AccountErrorCode } from "../domain/errors.js";
import type { User } from "../entities/index.js";
import { revokeRefreshTokens } from "../store/refresh-tokens.js";
import { revokeAccessTokens } from "../store/session-versions.js";
import { userToAdminister } from "./user-to-administer.js";

/**
 * disableUser and enableUser. A disabled user cannot sign in or refresh, and every token they
 * hold stops working; enabling lets them sign in again, their old sessions staying ended.
 */
export async function setUserDisabled(
  em: EntityManager,
  actorId: string,
  userId: string,
  disabled: boolean,
): Promise<User> {
  if (userId === actorId)
    reject<AccountErrorCode>("CANNOT_DISABLE_SELF", "You cannot disable or enable your own account", ["userId"]);
  const user = await userToAdminister(em, userId);
  if (user.disabled === disabled) return user;
  await em.transactional(async (tx) => {
    if (disabled) {
      await revokeAccessTokens(tx, user.id, SessionRevocationReason.DISABLED);
      await revokeRefreshTokens(tx, user.id);
    }
    user.disabled = disabled;
    await tx.flush();
  });
  return user;
}
