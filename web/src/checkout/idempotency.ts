/**
 * A fresh idempotency key. crypto.randomUUID exists only in secure contexts (https, localhost);
 * a shop opened over plain http on a LAN address still needs keys, so fall back to random bytes.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
