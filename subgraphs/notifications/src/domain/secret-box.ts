import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/**
 * Endpoint secrets at rest: AES-256-GCM under WEBHOOK_SECRET_KEY, stored as
 * `v1.<iv>.<tag>.<ciphertext>` (base64url). The database alone (a dump, a replica, a backup)
 * does not give the secrets; the key lives in the service's environment only. The endpoint's id is
 * the additional data, so a ciphertext copied onto another endpoint's row does not decrypt.
 */
export class SecretBox {
  private constructor(private readonly key: Buffer) {}

  /** From 32 bytes given as 64 hex characters or 43+ base64url characters. */
  static fromKey(text: string): SecretBox {
    const key = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, "hex") : Buffer.from(text, "base64url");
    if (key.length !== 32) throw new Error("WEBHOOK_SECRET_KEY must be 32 bytes (64 hex characters or base64url)");
    return new SecretBox(key);
  }

  seal(plain: string, boundTo: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.key, iv).setAAD(Buffer.from(boundTo));
    const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
    return ["v1", iv, cipher.getAuthTag(), sealed]
      .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
      .join(".");
  }

  open(sealed: string, boundTo: string): string {
    const [version, iv, tag, data] = sealed.split(".");
    if (version !== "v1" || !iv || !tag || data === undefined) throw new Error("not a sealed secret");
    const decipher = createDecipheriv("aes-256-gcm", this.key, Buffer.from(iv, "base64url"))
      .setAAD(Buffer.from(boundTo))
      .setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  }
}
