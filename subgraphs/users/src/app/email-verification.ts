import { ProblemList, reject } from "@shopgraph/kernel";
import { accountTokenSealContext, sealToken } from "@shopgraph/platform";
import { type EntityManager } from "@shopgraph/subgraph";
import { checkEmail } from "../domain/credentials.js";
import type { AccountErrorCode } from "../domain/errors.js";
import { hashAccountToken, newAccountToken } from "../domain/tokens.js";
import { AccountTokenPurpose, type User } from "../entities/index.js";
import {
  addAccountToken,
  claimAccountToken,
  discardAccountTokens,
  findAccountToken,
  pruneAccountTokens,
} from "../store/account-tokens.js";
import { isUniqueViolation } from "../store/unique-violation.js";
import { recordEmailVerificationRequested, recordEmailVerified, recordUserUpdated } from "../store/user-events.js";
import { emailTaken, getUser } from "../store/users.js";
import type { AccountTokenSettings, UsersServices } from "./services.js";

const EMAIL_TAKEN = "An account with this email already exists";

/**
 * Stores a verification token for `email` and records the event whose mail carries it; written
 * with the caller's flush. `previousEmail` is set when `email` is a change the user asked for.
 */
export function issueEmailVerification(
  em: EntityManager,
  settings: AccountTokenSettings,
  user: User,
  email: string,
  previousEmail: string | null,
): void {
  const token = newAccountToken();
  const expiresAt = new Date(Date.now() + settings.emailVerificationTtlHours * 3_600_000);
  addAccountToken(em, {
    user,
    purpose: AccountTokenPurpose.EMAIL_VERIFICATION,
    tokenHash: hashAccountToken(token),
    email,
    expiresAt,
  });
  const sealedToken = sealToken(settings.mailTokenKey, token, accountTokenSealContext("EMAIL_VERIFICATION", user.id));
  recordEmailVerificationRequested(em, {
    userId: user.id,
    email,
    name: user.name,
    previousEmail,
    sealedToken,
    expiresAt,
  });
}

/** Mails the signed-in user a new link for their address; EMAIL_ALREADY_VERIFIED when it is. */
export async function requestEmailVerification(
  em: EntityManager,
  { accountTokens }: UsersServices,
  userId: string,
): Promise<User> {
  const user = await getUser(em, userId);
  if (user.emailVerified) reject<AccountErrorCode>("EMAIL_ALREADY_VERIFIED", "Your email address is already verified");
  await em.transactional(async (tx) => {
    await pruneAccountTokens(tx, user.id);
    issueEmailVerification(tx, accountTokens, user, user.email, null);
    await tx.flush();
  });
  return user;
}

/**
 * Asks to move the account to `newEmail`, with the password as proof. Nothing changes yet: the new
 * address gets a link (verifyEmail makes the change), and the current address is told.
 */
export async function changeEmail(
  em: EntityManager,
  { passwords, accountTokens }: UsersServices,
  userId: string,
  input: { newEmail: string; password: string },
): Promise<User> {
  const user = await getUser(em, userId, { withPassword: true });
  if (!(await passwords.verify(input.password, user.passwordHash))) {
    reject<AccountErrorCode>("INVALID_CREDENTIALS", "Password is incorrect", "password");
  }
  const problems = new ProblemList<AccountErrorCode>();
  const newEmail = checkEmail(input.newEmail, problems, "newEmail");
  if (!problems.has(["input", "newEmail"])) {
    if (newEmail === user.email) problems.add("EMAIL_UNCHANGED", "This is already your email address", "newEmail");
    else if (await emailTaken(em, newEmail)) problems.add("EMAIL_TAKEN", EMAIL_TAKEN, "newEmail");
  }
  problems.throwIfAny();
  await em.transactional(async (tx) => {
    await pruneAccountTokens(tx, user.id);
    issueEmailVerification(tx, accountTokens, user, newEmail, user.email);
    await tx.flush();
  });
  return user;
}

/**
 * Uses a verification link, once: the account's address is verified, or, for a link sent to a
 * new address, the account moves to it (announced as `user.updated`). The user's other
 * verification links stop working, so an older link cannot move the account back. Either way
 * `user.email_verified` announces the verified address (orders claims guest orders placed with it).
 */
export async function verifyEmail(em: EntityManager, token: string): Promise<User> {
  const found = await findAccountToken(em, hashAccountToken(token), AccountTokenPurpose.EMAIL_VERIFICATION);
  if (!found || found.usedAt !== null) {
    reject<AccountErrorCode>("INVALID_TOKEN", "This link is not valid; ask for a new one", ["token"]);
  }
  if (found.expiresAt.getTime() <= Date.now()) {
    reject<AccountErrorCode>("TOKEN_EXPIRED", "This link has expired; ask for a new one", ["token"]);
  }
  const user = found.user;
  try {
    await em.transactional(async (tx) => {
      if (!(await claimAccountToken(tx, found.id))) {
        reject<AccountErrorCode>("INVALID_TOKEN", "This link is not valid; ask for a new one", ["token"]);
      }
      await discardAccountTokens(tx, user.id, AccountTokenPurpose.EMAIL_VERIFICATION);
      const changed = found.email !== user.email;
      user.email = found.email;
      user.emailVerified = true;
      if (changed) recordUserUpdated(tx, user);
      // After user.updated, so a consumer of both sees the address move before it is verified.
      recordEmailVerified(tx, user);
      await tx.flush();
    });
  } catch (error) {
    // Someone took the address between the request and the link.
    if (isUniqueViolation(error)) reject<AccountErrorCode>("EMAIL_TAKEN", EMAIL_TAKEN, ["token"]);
    throw error;
  }
  return user;
}
