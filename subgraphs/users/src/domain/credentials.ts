import { isEmailAddress, normalizeEmail, type ProblemList } from "@shopgraph/kernel";
import type { AccountErrorCode } from "./errors.js";
import { passwordWeakness } from "./password-strength.js";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
const NAME_MAX_LENGTH = 100;

/**
 * Each check adds what is wrong with one input field to `problems` (at most one problem per field)
 * and returns the normalised value, so a caller can check every field before answering.
 */
type Problems = ProblemList<AccountErrorCode>;

/** Trimmed and lower-cased (kernel's, shared with orders' guest orders), so Alice@Example.com and alice@example.com are one account. */
export { normalizeEmail };

export function checkEmail(email: string, problems: Problems, field = "email"): string {
  const normalized = normalizeEmail(email);
  if (!isEmailAddress(normalized)) {
    problems.add("INVALID_EMAIL", "Enter a valid email address", field);
  }
  return normalized;
}

export function checkName(name: string, problems: Problems, field = "name"): string {
  const trimmed = name.trim().replace(/\s+/g, " ");
  if (trimmed.length === 0) problems.add("INVALID_NAME", "Enter your name", field);
  else if (trimmed.length > NAME_MAX_LENGTH) {
    problems.add("INVALID_NAME", `Name must be at most ${NAME_MAX_LENGTH} characters`, field);
  }
  return trimmed;
}

/**
 * NIST SP 800-63B style: length over composition rules. Refuses short or very long passwords,
 * the account's own email, and what zxcvbn can guess: common and breached passwords, keyboard
 * patterns, sequences, repeats, dates, the user's own email and name.
 */
export function checkPassword(
  password: string,
  user: { email: string; name: string },
  problems: Problems,
  field = "password",
): void {
  const weakness = passwordProblem(password, user);
  if (weakness) problems.add("WEAK_PASSWORD", weakness, field);
}

function passwordProblem(password: string, { email, name }: { email: string; name: string }): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) return `Password must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Password must be at most ${PASSWORD_MAX_LENGTH} characters`;
  const lower = password.toLowerCase();
  if (lower === email || lower === email.split("@")[0]) return "Password must not be your email address";
  const weakness = passwordWeakness(password, [email, ...email.split("@"), name]);
  return weakness && `Password is too easy to guess. ${weakness}`;
}

/** A new account's email, name and password, every field checked (not just the first wrong one). */
export function checkRegistration(
  input: { email: string; password: string; name: string },
  problems: Problems,
): { email: string; name: string; password: string } {
  const email = checkEmail(input.email, problems);
  const name = checkName(input.name, problems);
  checkPassword(input.password, { email, name }, problems);
  return { email, name, password: input.password };
}
