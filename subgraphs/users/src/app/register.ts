import { ProblemList, reject } from "@shopgraph/kernel";
import { type EntityManager } from "@shopgraph/subgraph";
import { checkRegistration } from "../domain/credentials.js";
import type { AccountErrorCode } from "../domain/errors.js";
import { isUniqueViolation } from "../store/unique-violation.js";
import { recordUserRegistered } from "../store/user-events.js";
import { addUser, emailTaken } from "../store/users.js";
import { issueEmailVerification } from "./email-verification.js";
import type { UsersServices } from "./services.js";
import { issueSession, type Session } from "./session.js";

const EMAIL_TAKEN = "An account with this email already exists";

/**
 * Creates a CUSTOMER account, signs it in and mails a link to verify its address; or changes
 * nothing and reports every problem with the input at once (a form shows them all, not one per
 * attempt).
 */
export async function register(
  em: EntityManager,
  { passwords, tokens, accountTokens }: UsersServices,
  input: { email: string; password: string; name: string },
): Promise<Session> {
  const problems = new ProblemList<AccountErrorCode>();
  const { email, name, password } = checkRegistration(input, problems);
  if (!problems.has(["input", "email"]) && (await emailTaken(em, email))) {
    problems.add("EMAIL_TAKEN", EMAIL_TAKEN, "email");
  }
  problems.throwIfAny();
  const passwordHash = await passwords.hash(password);
  try {
    return await em.transactional(async (tx) => {
      const user = addUser(tx, { email, name, passwordHash });
      recordUserRegistered(tx, user);
      issueEmailVerification(tx, accountTokens, user, user.email, null);
      const session = issueSession(tx, tokens, user);
      await tx.flush();
      return session;
    });
  } catch (error) {
    // Two registrations racing for one email: the unique index decides.
    if (isUniqueViolation(error)) reject<AccountErrorCode>("EMAIL_TAKEN", EMAIL_TAKEN, "email");
    throw error;
  }
}
