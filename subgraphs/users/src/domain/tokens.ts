import { createHash } from "node:crypto";

/** Refresh tokens are stored only as this hash: a leaked table signs nobody in. */
export function hashRefreshToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
