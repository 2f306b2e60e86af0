import { signAppAccessToken } from "@shopgraph/platform";
import { type EntityManager } from "@shopgraph/subgraph";
import { hashApiKey, isWellFormedApiKey } from "../domain/api-keys.js";
import { findKeyGrant } from "../store/partner-apps.js";
import type { UsersServices } from "./services.js";

export interface AppAccessToken {
  accessToken: string;
  expiresAt: Date;
  appId: string;
  /** The key's public prefix, for the gateway's logs. */
  keyPrefix: string;
}

/**
 * The gateway's exchange: a working key (well formed, known, not revoked or expired, its app
 * enabled) for a short-lived app access token; null for anything else, alike, so the answer
 * tells nothing about which. The token never outlives the key's own expiry.
 */
export async function exchangeApiKey(
  em: EntityManager,
  { tokens }: UsersServices,
  key: string,
): Promise<AppAccessToken | null> {
  if (!isWellFormedApiKey(key)) return null;
  const grant = await findKeyGrant(em, hashApiKey(key));
  const now = Date.now();
  if (!grant || grant.appDisabled || grant.revokedAt) return null;
  const keyLeftMs = grant.expiresAt === null ? Infinity : grant.expiresAt.getTime() - now;
  if (keyLeftMs <= 1000) return null;
  const ttlSeconds = Math.min(tokens.appAccessTokenTtlSeconds, Math.floor(keyLeftMs / 1000));
  const accessToken = signAppAccessToken(
    tokens.jwtPrivateKey,
    tokens.jwtIssuer,
    { appId: grant.appId, scopes: grant.scopes, accessVersion: grant.accessVersion },
    ttlSeconds,
  );
  return { accessToken, expiresAt: new Date(now + ttlSeconds * 1000), appId: grant.appId, keyPrefix: grant.keyPrefix };
}
