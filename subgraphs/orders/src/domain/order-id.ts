import { createHash } from "node:crypto";

/** Fixed namespace of order ids; changing it would let a retried checkout create a second order. */
export const ORDER_ID_NAMESPACE = "2f6d9c3e-6a57-4c59-9d4a-6f1e0b8a3c21";

/** RFC 9562 UUID version 5 (SHA-1, name-based). */
export function uuidV5(name: string, namespace: string): string {
  const hash = createHash("sha1")
    .update(Buffer.from(namespace.replaceAll("-", ""), "hex"))
    .update(name, "utf8")
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The id of the order a checkout creates, derived from who checks out and their idempotency key:
 * requests that repeat or race share one id, so they share one stock reservation in products
 * (idempotent per order id) and the order's primary key lets exactly one of them insert it.
 */
export function orderIdFor(userId: string, idempotencyKey: string): string {
  return uuidV5(`${userId}\n${idempotencyKey}`, ORDER_ID_NAMESPACE);
}

export const IDEMPOTENCY_KEY_MAX_LENGTH = 128;

export function validIdempotencyKey(key: string): boolean {
  return key.length > 0 && key.length <= IDEMPOTENCY_KEY_MAX_LENGTH && /^[\x21-\x7e]+$/.test(key);
}

/** Order numbers are this and a value of the `order_number_seq` sequence, e.g. SG-100042. */
export const ORDER_NUMBER_PREFIX = "SG-";
