import { createHash } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { ErrorCode } from "@shopgraph/kernel";
import { bearerToken } from "@shopgraph/platform";
import { GraphQLError } from "graphql";

/** Partner keys start so (users' domain/api-keys.ts makes them); anything else in Bearer is a token. */
export const API_KEY_PREFIX = "sg_live_";
const KEY_PATTERN = /^sg_live_[A-Za-z0-9_-]{43}$/;
/** How much of a key the logs may show: the prefix users stores and shows too. */
const SHOWN = API_KEY_PREFIX.length + 8;

export const API_KEY_HEADER = "x-api-key";

export function invalidApiKey(message = "Invalid API key"): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
}

/**
 * The partner API key a request carries, in `x-api-key: <key>` or `Authorization: Bearer <key>`;
 * undefined when it carries none (an access token, or nothing). Both headers at once, or a
 * malformed key, is refused here: nothing is asked of users for it.
 */
export function apiKeyOf(headers: IncomingHttpHeaders): string | undefined {
  const header = headers[API_KEY_HEADER];
  const fromHeader = Array.isArray(header) ? header[0] : header;
  const bearer = headers.authorization ? bearerToken(headers.authorization) : undefined;
  const fromBearer = bearer?.startsWith(API_KEY_PREFIX) ? bearer : undefined;
  if (fromHeader === undefined && fromBearer === undefined) return undefined;
  if (fromHeader !== undefined && headers.authorization) {
    throw invalidApiKey("Send an API key or an Authorization header, not both");
  }
  const key = (fromHeader ?? fromBearer)!.trim();
  if (!KEY_PATTERN.test(key)) throw invalidApiKey("Malformed API key");
  return key;
}

/**
 * What the gateway keeps of a key: its SHA-256 (the cache's key; a key is 256 random bits, so a
 * fast hash is as good as a slow one) and the prefix its logs may show. The key itself is kept
 * nowhere and never logged.
 */
export function keyIdentity(key: string): { hash: string; prefix: string } {
  return { hash: createHash("sha256").update(key).digest("hex"), prefix: key.slice(0, SHOWN) };
}
