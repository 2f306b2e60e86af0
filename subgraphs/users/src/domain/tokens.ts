import { createHash, randomBytes } from "node:crypto";

/** Refresh and account tokens are stored only as this hash: a leaked table signs nobody in. */
export function hashRefreshToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The same hash for account tokens (password reset, address verification). */
export const hashAccountToken = hashRefreshToken;

/** An opaque single-use account token: 256 random bits, URL-safe. */
export function newAccountToken(): string {
  return randomBytes(32).toString("base64url");
}
