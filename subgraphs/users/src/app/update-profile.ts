import { ProblemList } from "@shopgraph/kernel";
import { type EntityManager } from "@shopgraph/subgraph";
import { checkName, normalizeEmail } from "../domain/credentials.js";
import type { AccountErrorCode } from "../domain/errors.js";
import type { User } from "../entities/index.js";
import { recordUserUpdated } from "../store/user-events.js";
import { getUser } from "../store/users.js";

/**
 * Changes the user's name and announces it as `user.updated`. The email address changes only
 * through changeEmail (the password, then a link to the new address): given here, it must be the
 * current one, else PASSWORD_REQUIRED and nothing changes.
 */
export async function updateProfile(
  em: EntityManager,
  userId: string,
  input: { name?: string | null; email?: string | null },
): Promise<User> {
  const user = await getUser(em, userId);
  const problems = new ProblemList<AccountErrorCode>();
  const name = input.name == null ? user.name : checkName(input.name, problems);
  if (input.email != null && normalizeEmail(input.email) !== user.email) {
    problems.add(
      "PASSWORD_REQUIRED",
      "Change your email address with changeEmail, which asks for your password",
      "email",
    );
  }
  problems.throwIfAny();
  if (name === user.name) return user;
  await em.transactional(async (tx) => {
    user.name = name;
    recordUserUpdated(tx, user);
    await tx.flush();
  });
  return user;
}
