import { query, sql, type EntityManager } from "@shopgraph/subgraph";
import { AccountToken, type AccountTokenPurpose, type User } from "../entities/index.js";

/** Persisted with the caller's flush. */
export function addAccountToken(
  em: EntityManager,
  data: { user: User; purpose: AccountTokenPurpose; tokenHash: string; email: string; expiresAt: Date },
): AccountToken {
  return em.create(AccountToken, data);
}

/**
 * A password reset token for the enabled account of `email`, if there is one: one statement that
 * does the same work whether or not the account exists (requestPasswordReset must not tell).
 * The account's id and name when a token was stored, else undefined.
 */
export async function insertPasswordResetToken(
  em: EntityManager,
  data: { id: string; email: string; tokenHash: string; expiresAt: Date },
): Promise<{ userId: string; name: string } | undefined> {
  const [row] = await query<{ user_id: string; name: string }>(
    em,
    sql`with account as (select "id", "name" from "users" where "email" = ${data.email} and not "disabled"),
             stored as (
               insert into "account_tokens" ("id", "user_id", "purpose", "token_hash", "email", "expires_at", "created_at")
               select ${data.id}, "id", 'PASSWORD_RESET', ${data.tokenHash}, ${data.email}, ${data.expiresAt}, now()
               from account
               returning "user_id")
        select stored."user_id", account."name" from stored join account on account."id" = stored."user_id"`,
  );
  return row && { userId: row.user_id, name: row.name };
}

/** The token of this hash and purpose, with its user (password hash included), used or not. */
export function findAccountToken(
  em: EntityManager,
  tokenHash: string,
  purpose: AccountTokenPurpose,
): Promise<AccountToken | null> {
  return em.findOne(AccountToken, { tokenHash, purpose }, { populate: ["user", "user.passwordHash"] });
}

/**
 * Marks the token used, if nobody did and it has not expired: of requests racing with one token,
 * the one whose update changed the row wins (the others wait for its row lock, then find it used).
 */
export async function claimAccountToken(em: EntityManager, id: string): Promise<boolean> {
  const rows = await query<{ id: string }>(
    em,
    sql`update "account_tokens" set "used_at" = now()
        where "id" = ${id} and "used_at" is null and "expires_at" > now() returning "id"`,
  );
  return rows.length > 0;
}

/** The user's other unused tokens of this purpose stop working (a newer link, or the password, made them moot). */
export function discardAccountTokens(em: EntityManager, userId: string, purpose: AccountTokenPurpose): Promise<number> {
  return em.nativeUpdate(AccountToken, { user: userId, purpose, usedAt: null }, { usedAt: new Date() });
}

/**
 * Deletes the user's tokens that can no longer be used (expired, or used), so the table holds
 * about as many rows as there are live links. A deleted token answers INVALID_TOKEN, as a used one did.
 */
export function pruneAccountTokens(em: EntityManager, userId: string): Promise<number> {
  return em.nativeDelete(AccountToken, {
    user: userId,
    $or: [{ usedAt: { $ne: null } }, { expiresAt: { $lt: new Date() } }],
  });
}
