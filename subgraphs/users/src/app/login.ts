import { reject, type EntityManager } from "@shopgraph/common";
import type { AccountErrorCode } from "../domain/errors.js";
import { normalizeEmail } from "../domain/credentials.js";
import { findUserToSignIn } from "../store/users.js";
import type { UsersServices } from "./services.js";
import { issueSession, type Session } from "./session.js";

/**
 * Starts a session. Unknown email and wrong password get the same answer, after the same work;
 * only the right password learns that the account is disabled.
 */
export async function login(
  em: EntityManager,
  { passwords, tokens }: UsersServices,
  input: { email: string; password: string },
): Promise<Session> {
  const user = await findUserToSignIn(em, normalizeEmail(input.email));
  const matches = await passwords.verify(input.password, user?.passwordHash);
  if (!user || !matches) reject<AccountErrorCode>("INVALID_CREDENTIALS", "Email or password is incorrect");
  if (user.disabled) reject<AccountErrorCode>("ACCOUNT_DISABLED", "This account has been disabled");
  const session = issueSession(em, tokens, user);
  await em.flush();
  return session;
}
