import { fail, type EntityManager } from "@shopgraph/common";
import { validEmail, validName } from "../domain/credentials.js";
import type { User } from "../entities/index.js";
import { isUniqueViolation } from "../store/unique-violation.js";
import { recordUserUpdated } from "../store/user-events.js";
import { emailTaken, getUser } from "../store/users.js";

/** Changes the user's name or email (each optional); announces the change as `user.updated`. */
export async function updateProfile(
  em: EntityManager,
  userId: string,
  input: { name?: string | null; email?: string | null },
): Promise<User> {
  const user = await getUser(em, userId);
  const name = input.name == null ? user.name : validName(input.name);
  const email = input.email == null ? user.email : validEmail(input.email);
  if (name === user.name && email === user.email) return user;
  if (email !== user.email && (await emailTaken(em, email))) {
    fail("EMAIL_TAKEN", "An account with this email already exists", "email");
  }
  try {
    await em.transactional(async (tx) => {
      Object.assign(user, { name, email });
      recordUserUpdated(tx, user);
      await tx.flush();
    });
  } catch (error) {
    if (isUniqueViolation(error)) fail("EMAIL_TAKEN", "An account with this email already exists", "email");
    throw error;
  }
  return user;
}
