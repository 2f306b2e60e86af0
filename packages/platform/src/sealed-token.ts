import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { ConfigError, type EnvReader } from "./config.js";

/**
 * Account tokens (password reset, address verification) reach the mail that carries them inside
 * an event. Users keeps only their hash; the event carries them sealed with AES-256-GCM under a key
 * that only users and notifications hold, so the outbox row, the broker, the notification row and
 * any log of them hold nothing that resets a password. The associated data binds a sealed token
 * to its purpose and user: moved to another event, it does not open.
 */
const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A 256-bit key for sealing account tokens. */
export type MailTokenKey = Buffer;

/**
 * `MAIL_TOKEN_SECRET` (at least 32 characters; give it to users and notifications only), or else
 * one derived from `REQUEST_SIGNING_SECRET`, which every service has: a local setup needs nothing
 * more. HKDF with a label of its own keeps the derived key apart from the signing key.
 */
export function readMailTokenKey(env: EnvReader): MailTokenKey {
  const own = env.optional("MAIL_TOKEN_SECRET");
  if (own !== undefined && own.length < 32) throw new ConfigError("MAIL_TOKEN_SECRET must be at least 32 characters");
  const secret = own ?? env.string("REQUEST_SIGNING_SECRET");
  return mailTokenKey(secret);
}

export function mailTokenKey(secret: string): MailTokenKey {
  return Buffer.from(hkdfSync("sha256", secret, "shopgraph", "mail token key v1", 32));
}

/** What an account token is sealed for: its purpose and user, the associated data of its seal. */
export function accountTokenSealContext(purpose: "PASSWORD_RESET" | "EMAIL_VERIFICATION", userId: string): string {
  return `${purpose}:${userId}`;
}

/** `v1.<iv>.<ciphertext and tag>`, base64url. */
export function sealToken(key: MailTokenKey, token: string, context: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(context));
  const sealed = Buffer.concat([cipher.update(token, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return `${VERSION}.${iv.toString("base64url")}.${sealed.toString("base64url")}`;
}

/** The token, or undefined when it was sealed with another key or context, or is not a sealed token. */
export function openToken(key: MailTokenKey, sealed: string, context: string): string | undefined {
  const [version, iv, body] = sealed.split(".");
  if (version !== VERSION || !iv || !body) return undefined;
  const ivBytes = Buffer.from(iv, "base64url");
  const bytes = Buffer.from(body, "base64url");
  if (ivBytes.length !== IV_BYTES || bytes.length <= TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, ivBytes);
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - TAG_BYTES)), decipher.final()]).toString(
      "utf8",
    );
  } catch {
    return undefined;
  }
}
