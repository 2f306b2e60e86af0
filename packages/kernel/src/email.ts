/**
 * E-mail addresses as the shop keys them: users' accounts and orders' guest orders compare them in
 * this one form, so a guest order placed as Alice@Example.com is claimed by alice@example.com.
 */

/** At most what SMTP carries (RFC 5321's path limit). */
export const EMAIL_MAX_LENGTH = 254;

// Deliberately plain: one @, no spaces, a dot in the domain. Deliverability is proven by mail, not regex.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Trimmed and lower-cased, so Alice@Example.com and alice@example.com are one address. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Whether an already normalised address is one the shop accepts. */
export function isEmailAddress(normalized: string): boolean {
  return normalized.length <= EMAIL_MAX_LENGTH && EMAIL_PATTERN.test(normalized);
}
