import { ProblemList, reject, type EntityManager } from "@shopgraph/common";
import { checkEmail, checkName } from "../domain/credentials.js";
import type { AccountErrorCode } from "../domain/errors.js";
import type { User } from "../entities/index.js";
import { isUniqueViolation } from "../store/unique-violation.js";
import { recordUserUpdated } from "../store/user-events.js";
import { emailTaken, getUser } from "../store/users.js";

const EMAIL_TAKEN = "An account with this email already exists";

/**
 * Changes the user's name or email (each optional; every problem reported at once) and announces
 * the change as `user.updated`.
 */
export async function updateProfile(
  em: EntityManager,
  userId: string,
  input: { name?: string | null; email?: string | null },
): Promise<User> {
  const user = await getUser(em, userId);
  const problems = new ProblemList<AccountErrorCode>();
  const name = input.name == null ? user.name : checkName(input.name, problems);
  const email = input.email == null ? user.email : checkEmail(input.email, problems);
  if (email !== user.email && !problems.has(["input", "email"]) && (await emailTaken(em, email))) {
    problems.add("EMAIL_TAKEN", EMAIL_TAKEN, "email");
  }
  problems.throwIfAny();
  if (name === user.name && email === user.email) return user;
  try {
    await em.transactional(async (tx) => {
      Object.assign(user, { name, email });
      recordUserUpdated(tx, user);
      await tx.flush();
    });
  } catch (error) {
    if (isUniqueViolation(error)) reject<AccountErrorCode>("EMAIL_TAKEN", EMAIL_TAKEN, "email");
    throw error;
  }
  return user;
}
