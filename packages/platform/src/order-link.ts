import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { ConfigError, type EnvReader } from "./config.js";

/**
 * The link that opens a guest's order (`orderByToken`): `v1.<order id, base64url>.<HMAC-SHA256,
 * base64url>`. Orders verifies it; notifications makes it for the order's mail, so both hold the
 * key and nothing else can make one. It names one order and opens that order only, read-only.
 *
 * It does not expire: a guest has no account to ask for a new link, and the order is theirs to
 * follow for as long as it lives (paid, shipped, delivered, refunded weeks later). Changing the
 * secret ends every link at once; that is the revocation there is.
 */
const VERSION = "v1";
const MAC_BYTES = 32;

/** A 256-bit key for order links. */
export type OrderLinkKey = Buffer;

/**
 * `ORDER_LINK_SECRET` (at least 32 characters; give it to orders and notifications only), or else
 * one derived from `REQUEST_SIGNING_SECRET` with a label of its own, so a local setup needs nothing
 * more and the derived key stays apart from the signing key and the mail token key.
 */
export function readOrderLinkKey(env: EnvReader): OrderLinkKey {
  const own = env.optional("ORDER_LINK_SECRET");
  if (own !== undefined && own.length < 32) throw new ConfigError("ORDER_LINK_SECRET must be at least 32 characters");
  return orderLinkKey(own ?? env.string("REQUEST_SIGNING_SECRET"));
}

export function orderLinkKey(secret: string): OrderLinkKey {
  return Buffer.from(hkdfSync("sha256", secret, "shopgraph", "order link key v1", 32));
}

function uuidBytes(orderId: string): Buffer {
  return Buffer.from(orderId.replaceAll("-", ""), "hex");
}

function mac(key: OrderLinkKey, id: Buffer): Buffer {
  return createHmac("sha256", key).update(`order-link:${VERSION}:`).update(id).digest();
}

/** The token of the link to one order (its raw UUID). */
export function orderLinkToken(key: OrderLinkKey, orderId: string): string {
  const id = uuidBytes(orderId);
  return `${VERSION}.${id.toString("base64url")}.${mac(key, id).toString("base64url")}`;
}

/** The raw UUID of the order a token opens, or undefined for anything not made with this key. */
export function verifyOrderLinkToken(key: OrderLinkKey, token: string): string | undefined {
  if (token.length > 100) return undefined;
  const [version, id, signature, ...rest] = token.split(".");
  if (version !== VERSION || !id || !signature || rest.length > 0) return undefined;
  const idBytes = Buffer.from(id, "base64url");
  const given = Buffer.from(signature, "base64url");
  // Canonical encodings only: another spelling of the same bytes is not the token that was mailed.
  if (idBytes.length !== 16 || given.length !== MAC_BYTES) return undefined;
  if (idBytes.toString("base64url") !== id || given.toString("base64url") !== signature) return undefined;
  if (!timingSafeEqual(mac(key, idBytes), given)) return undefined;
  const hex = idBytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
