import { reject, SessionRevocationReason, type EntityManager, type Role } from "@shopgraph/common";
import type { AccountErrorCode } from "../domain/errors.js";
import type { User } from "../entities/index.js";
import { revokeAccessTokens } from "../store/session-versions.js";
import { userToAdminister } from "./user-to-administer.js";

/** Access tokens carry the role: the user's are revoked, and the next refresh carries the new role. */
export async function setUserRole(em: EntityManager, actorId: string, userId: string, role: Role): Promise<User> {
  if (userId === actorId)
    reject<AccountErrorCode>("CANNOT_CHANGE_OWN_ROLE", "You cannot change your own role", ["userId"]);
  const user = await userToAdminister(em, userId);
  if (user.role === role) return user;
  await em.transactional(async (tx) => {
    await revokeAccessTokens(tx, user.id, SessionRevocationReason.ROLE_CHANGED);
    user.role = role;
    await tx.flush();
  });
  return user;
}
