import { fail, type EntityManager } from "@shopgraph/common";
import { checkPasswordPolicy, validEmail, validName } from "../domain/credentials.js";
import { isUniqueViolation } from "../store/unique-violation.js";
import { recordUserRegistered } from "../store/user-events.js";
import { addUser, emailTaken } from "../store/users.js";
import type { UsersServices } from "./services.js";
import { issueSession, type Session } from "./session.js";

/** Creates a CUSTOMER account and signs it in; completes or changes nothing. */
export async function register(
  em: EntityManager,
  { passwords, tokens }: UsersServices,
  input: { email: string; password: string; name: string },
): Promise<Session> {
  const email = validEmail(input.email);
  const name = validName(input.name);
  checkPasswordPolicy(input.password, { email, name });
  if (await emailTaken(em, email)) fail("EMAIL_TAKEN", "An account with this email already exists", "email");
  const passwordHash = await passwords.hash(input.password);
  try {
    return await em.transactional(async (tx) => {
      const user = addUser(tx, { email, name, passwordHash });
      recordUserRegistered(tx, user);
      const session = issueSession(tx, tokens, user);
      await tx.flush();
      return session;
    });
  } catch (error) {
    // Two registrations racing for one email: the unique index decides.
    if (isUniqueViolation(error)) fail("EMAIL_TAKEN", "An account with this email already exists", "email");
    throw error;
  }
}
