import { ProblemList, reject, SessionRevocationReason, type EntityManager } from "@shopgraph/common";
import type { AccountErrorCode } from "../domain/errors.js";
import { checkPassword } from "../domain/credentials.js";
import type { User } from "../entities/index.js";
import { revokeOtherFamilies } from "../store/refresh-tokens.js";
import { revokeAccessTokens } from "../store/session-versions.js";
import { getUser } from "../store/users.js";
import type { UsersServices } from "./services.js";

/**
 * Changes the password and signs out every other session of the user. Every access token of
 * the user stops working, this session's too: it gets a new one with its refresh token.
 */
export async function changePassword(
  em: EntityManager,
  { passwords }: UsersServices,
  viewer: { userId: string; sessionId: string },
  input: { currentPassword: string; newPassword: string },
): Promise<User> {
  const user = await getUser(em, viewer.userId, { withPassword: true });
  if (!(await passwords.verify(input.currentPassword, user.passwordHash))) {
    reject<AccountErrorCode>("INVALID_CREDENTIALS", "Current password is incorrect", "currentPassword");
  }
  const problems = new ProblemList<AccountErrorCode>();
  checkPassword(input.newPassword, user, problems, "newPassword");
  problems.throwIfAny();
  user.passwordHash = await passwords.hash(input.newPassword);
  await em.transactional(async (tx) => {
    await revokeAccessTokens(tx, user.id, SessionRevocationReason.PASSWORD_CHANGED);
    await revokeOtherFamilies(tx, user, viewer.sessionId);
    await tx.flush();
  });
  return user;
}
