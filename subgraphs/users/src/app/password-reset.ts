import { randomUUID } from "node:crypto";
import { ProblemList, reject, SessionRevocationReason } from "@shopgraph/kernel";
import { accountTokenSealContext, sealToken } from "@shopgraph/platform";
import { type EntityManager } from "@shopgraph/subgraph";
import { checkPassword, normalizeEmail } from "../domain/credentials.js";
import type { AccountErrorCode } from "../domain/errors.js";
import { hashAccountToken, newAccountToken } from "../domain/tokens.js";
import { AccountTokenPurpose } from "../entities/index.js";
import {
  claimAccountToken,
  discardAccountTokens,
  findAccountToken,
  insertPasswordResetToken,
  pruneAccountTokens,
} from "../store/account-tokens.js";
import { revokeRefreshTokens } from "../store/refresh-tokens.js";
import { revokeAccessTokens } from "../store/session-versions.js";
import { recordEmailVerified, recordPasswordResetRequested } from "../store/user-events.js";
import type { UsersServices } from "./services.js";
import { issueSession, type Session } from "./session.js";

/** Longer input names no account (see checkEmail); it is not looked up. */
const EMAIL_MAX_LENGTH = 254;

/**
 * Mails a single-use reset link to the account of `email`, when there is an enabled one. The
 * caller learns nothing either way: the resolver answers before this runs (see DetachedWork),
 * and the work itself is the same up to the commit (a token is made and sealed, one statement
 * stores it only if the account exists); only the outbox row of the event is extra.
 */
export async function requestPasswordReset(
  em: EntityManager,
  { accountTokens }: UsersServices,
  rawEmail: string,
): Promise<void> {
  const email = normalizeEmail(rawEmail);
  if (email.length > EMAIL_MAX_LENGTH) return;
  const token = newAccountToken();
  const expiresAt = new Date(Date.now() + accountTokens.passwordResetTtlMinutes * 60_000);
  await em.transactional(async (tx) => {
    const account = await insertPasswordResetToken(tx, {
      id: randomUUID(),
      email,
      tokenHash: hashAccountToken(token),
      expiresAt,
    });
    const sealedToken = sealToken(
      accountTokens.mailTokenKey,
      token,
      accountTokenSealContext("PASSWORD_RESET", account?.userId ?? randomUUID()),
    );
    if (!account) return;
    await pruneAccountTokens(tx, account.userId);
    recordPasswordResetRequested(tx, { userId: account.userId, email, name: account.name, sealedToken, expiresAt });
    await tx.flush();
  });
}

/**
 * Sets a new password with a mailed token and signs the user in. The token works once: of
 * concurrent uses, one succeeds and the others get INVALID_TOKEN, as an unknown or already used
 * token does (and one mailed to an address the account no longer has). Every session of the user
 * ends, every access token stops working, and the user's other reset links with them. A working
 * link proves the user reads mail at their address: it counts as verified.
 */
export async function resetPassword(
  em: EntityManager,
  { passwords, tokens }: UsersServices,
  input: { token: string; newPassword: string },
): Promise<Session> {
  const found = await findAccountToken(em, hashAccountToken(input.token), AccountTokenPurpose.PASSWORD_RESET);
  if (!found || found.usedAt !== null || found.email !== found.user.email) {
    reject<AccountErrorCode>("INVALID_TOKEN", "This reset link is not valid; ask for a new one", "token");
  }
  if (found.expiresAt.getTime() <= Date.now()) {
    reject<AccountErrorCode>("TOKEN_EXPIRED", "This reset link has expired; ask for a new one", "token");
  }
  const user = found.user;
  if (user.disabled) reject<AccountErrorCode>("ACCOUNT_DISABLED", "This account has been disabled");
  const problems = new ProblemList<AccountErrorCode>();
  checkPassword(input.newPassword, user, problems, "newPassword");
  problems.throwIfAny();
  const passwordHash = await passwords.hash(input.newPassword);
  return em.transactional(async (tx) => {
    if (!(await claimAccountToken(tx, found.id))) {
      reject<AccountErrorCode>("INVALID_TOKEN", "This reset link is not valid; ask for a new one", "token");
    }
    user.sessionVersion = await revokeAccessTokens(tx, user.id, SessionRevocationReason.PASSWORD_RESET);
    await revokeRefreshTokens(tx, user.id);
    await discardAccountTokens(tx, user.id, AccountTokenPurpose.PASSWORD_RESET);
    user.passwordHash = passwordHash;
    // The link reached the address: verified now, announced as verifyEmail does (guest orders).
    if (!user.emailVerified) recordEmailVerified(tx, user);
    user.emailVerified = true;
    const session = issueSession(tx, tokens, user);
    await tx.flush();
    return session;
  });
}
