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
 * tells nothing about which. The token expires with the key when the key expires sooner (a
 * retired key in its overlap), rounded up to the second `exp` counts in: the key works to the end of
 * its overlap, not for a token that expires while a request carries it.
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
  const keyExpiresAt = grant.expiresAt?.getTime() ?? Infinity;
  if (keyExpiresAt <= now) return null;
  // Whole seconds, as the token's `exp` says it.
  const expiresAt = new Date(
    Math.ceil(Math.min(now + tokens.appAccessTokenTtlSeconds * 1000, keyExpiresAt) / 1000) * 1000,
  );
  const accessToken = signAppAccessToken(
    tokens.jwtPrivateKey,
    tokens.jwtIssuer,
    { appId: grant.appId, scopes: grant.scopes, accessVersion: grant.accessVersion },
    expiresAt,
  );
  return { accessToken, expiresAt, appId: grant.appId, keyPrefix: grant.keyPrefix };
}
