import { fail } from "@shopgraph/subgraph";
import { passwordWeakness } from "./password-strength.js";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
const NAME_MAX_LENGTH = 100;
// Deliberately plain: one @, no spaces, a dot in the domain. Deliverability is proven by mail, not regex.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Trimmed and lower-cased, so Alice@Example.com and alice@example.com are one account. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function validEmail(email: string, field = "email"): string {
  const normalized = normalizeEmail(email);
  if (normalized.length > 254 || !EMAIL_PATTERN.test(normalized)) {
    fail("INVALID_EMAIL", "Enter a valid email address", field);
  }
  return normalized;
}

export function validName(name: string, field = "name"): string {
  const trimmed = name.trim().replace(/\s+/g, " ");
  if (trimmed.length === 0) fail("INVALID_NAME", "Enter your name", field);
  if (trimmed.length > NAME_MAX_LENGTH)
    fail("INVALID_NAME", `Name must be at most ${NAME_MAX_LENGTH} characters`, field);
  return trimmed;
}

/**
 * NIST SP 800-63B style: length over composition rules. Rejects short or very long passwords,
 * the account's own email, and what zxcvbn can guess: common and breached passwords, keyboard
 * patterns, sequences, repeats, dates, the user's own email and name.
 */
export function checkPasswordPolicy(password: string, user: { email: string; name: string }, field = "password"): void {
  const { email } = user;
  if (password.length < PASSWORD_MIN_LENGTH) {
    fail("WEAK_PASSWORD", `Password must be at least ${PASSWORD_MIN_LENGTH} characters`, field);
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    fail("WEAK_PASSWORD", `Password must be at most ${PASSWORD_MAX_LENGTH} characters`, field);
  }
  const lower = password.toLowerCase();
  if (lower === email || lower === email.split("@")[0]) {
    fail("WEAK_PASSWORD", "Password must not be your email address", field);
  }
  const weakness = passwordWeakness(password, [email, ...email.split("@"), user.name]);
  if (weakness) fail("WEAK_PASSWORD", `Password is too easy to guess. ${weakness}`, field);
}
