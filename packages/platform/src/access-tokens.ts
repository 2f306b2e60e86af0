import { createPublicKey, type KeyObject } from "node:crypto";
import { anonymous, isPartnerScope, isRole, type PartnerScope, type Role, type Viewer } from "@shopgraph/kernel";
import jwt from "jsonwebtoken";
import { unauthenticated, withStatus401 } from "./graphql-errors.js";

/**
 * Access tokens: ES256 JWTs that only the users subgraph signs and that the gateway and every
 * subgraph verify with the public key. (Service tokens, which only subgraphs accept, are the
 * subgraph package's.)
 */
export const ACCESS_AUDIENCE = "shopgraph";

export interface AccessTokenKeys {
  /** ES256 public key (PEM): verifies access tokens. */
  jwtPublicKey: string;
  jwtIssuer: string;
}

export type SignedInUser = Extract<Viewer, { kind: "user" }>;
export type SignedInApp = Extract<Viewer, { kind: "app" }>;
/** Who an access token speaks for: a user, or a partner app. */
export type TokenHolder = SignedInUser | SignedInApp;

/** The subject of an app access token: `app:<the app's UUID>`. */
export const APP_SUBJECT_PREFIX = "app:";

/**
 * Signs a short-lived access token. Only the users subgraph holds the private key. `sv` is the
 * user's session version when the token was issued: the gateway refuses a token whose version is
 * below the user's current minimum (see `accessTokenSession`).
 */
export function signAccessToken(
  privateKey: string,
  issuer: string,
  claims: { userId: string; role: Role; sessionId: string; sessionVersion?: number },
  ttlSeconds: number,
): string {
  return jwt.sign({ role: claims.role, sid: claims.sessionId, sv: claims.sessionVersion ?? 0 }, privateKey, {
    algorithm: "ES256",
    subject: claims.userId,
    issuer,
    audience: ACCESS_AUDIENCE,
    expiresIn: ttlSeconds,
  });
}

/**
 * Signs a short-lived app access token, for a partner app's API key (the gateway exchanges keys
 * for these, and subgraphs trust them as they trust users' tokens). `sub` is `app:<id>`, `scp`
 * its scopes, and `sv` the app's access version, which the gateway checks against revocations as
 * it does a user's session version. It expires at `expiresAt` (`exp` is in whole seconds: the
 * second that follows it), not after a number of seconds counted from a rounded-down `iat`, which
 * could leave a token for a key about to expire only milliseconds to live.
 */
export function signAppAccessToken(
  privateKey: string,
  issuer: string,
  claims: { appId: string; scopes: readonly PartnerScope[]; accessVersion: number },
  expiresAt: Date,
): string {
  const exp = Math.ceil(expiresAt.getTime() / 1000);
  return jwt.sign({ scp: claims.scopes, sv: claims.accessVersion, exp }, privateKey, {
    algorithm: "ES256",
    subject: `${APP_SUBJECT_PREFIX}${claims.appId}`,
    issuer,
    audience: ACCESS_AUDIENCE,
  });
}

/** The holder an access token's verified payload names; undefined when it has no valid shape. */
function holderOf(payload: jwt.JwtPayload): TokenHolder | undefined {
  const sub = payload.sub;
  if (!sub) return undefined;
  if (sub.startsWith(APP_SUBJECT_PREFIX)) {
    const scopes: unknown = payload["scp"];
    if (!Array.isArray(scopes) || !scopes.every(isPartnerScope)) return undefined;
    return { kind: "app", appId: sub.slice(APP_SUBJECT_PREFIX.length), scopes };
  }
  if (isRole(payload["role"]) && typeof payload["sid"] === "string") {
    return { kind: "user", userId: sub, role: payload["role"], sessionId: payload["sid"] };
  }
  return undefined;
}

/**
 * Public keys parsed once per process: given a PEM string, jsonwebtoken parses it into a KeyObject
 * on every verification, which costs more than checking the signature.
 */
const publicKeys = new Map<string, KeyObject>();
function publicKey(pem: string): KeyObject {
  let key = publicKeys.get(pem);
  if (!key) {
    key = createPublicKey(pem);
    publicKeys.set(pem, key);
  }
  return key;
}

/** How many verified access tokens a process remembers (a few MB at most). */
export const VERIFIED_TOKENS_KEPT = 5_000;

interface VerifiedToken {
  holder: TokenHolder;
  /** The token's `exp`, in seconds since the epoch. */
  exp: number;
  /** What it was verified with: a hit must be for the same key and issuer. */
  jwtPublicKey: string;
  jwtIssuer: string;
}

/**
 * Access tokens verified lately, by their exact text. A token serves many requests, and each one
 * is verified by the gateway and again by the subgraph it reaches: checking an ES256 signature
 * costs more than everything else in authenticating a request (0.15 to 0.4 ms here). The same
 * bytes verified with the same key and issuer verify the same way again, so a hit only checks the
 * expiry again, as jsonwebtoken does. The oldest entry goes first when it is full. (Revocation is
 * not a property of the token: the gateway checks it per request, cached or not.)
 */
const verifiedTokens = new Map<string, VerifiedToken>();

function rememberVerified(token: string, entry: VerifiedToken): void {
  if (verifiedTokens.size >= VERIFIED_TOKENS_KEPT) {
    const oldest = verifiedTokens.keys().next();
    if (!oldest.done) verifiedTokens.delete(oldest.value);
  }
  verifiedTokens.set(token, entry);
}

/** jsonwebtoken's expiry rule: expired once the current whole second reaches `exp`. */
const expired = (exp: number) => Math.floor(Date.now() / 1000) >= exp;

/**
 * The user or app of a valid access token; UNAUTHENTICATED (HTTP 401) for anything else, a
 * service token included.
 */
export function verifyAccessToken(keys: AccessTokenKeys, token: string): TokenHolder {
  const known = verifiedTokens.get(token);
  if (known && known.jwtPublicKey === keys.jwtPublicKey && known.jwtIssuer === keys.jwtIssuer) {
    if (!expired(known.exp)) return { ...known.holder };
    verifiedTokens.delete(token);
    throw withStatus401(unauthenticated("Access token expired"));
  }
  try {
    const payload = jwt.verify(token, publicKey(keys.jwtPublicKey), {
      algorithms: ["ES256"],
      audience: ACCESS_AUDIENCE,
      issuer: keys.jwtIssuer,
    });
    const holder = typeof payload === "object" ? holderOf(payload) : undefined;
    if (typeof payload === "object" && holder) {
      // Only tokens that expire are kept: one without `exp` is verified every time.
      if (typeof payload.exp === "number") {
        rememberVerified(token, {
          holder,
          exp: payload.exp,
          jwtPublicKey: keys.jwtPublicKey,
          jwtIssuer: keys.jwtIssuer,
        });
      }
      return holder;
    }
  } catch (error) {
    if (error instanceof jwt.TokenExpiredError) throw withStatus401(unauthenticated("Access token expired"));
  }
  throw withStatus401(unauthenticated("Invalid access token"));
}

/** The token of `Authorization: Bearer <token>`; undefined when the header has another form. */
export function bearerToken(authorization: string): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(authorization.trim())?.[1];
}

/**
 * Reads `Authorization: Bearer <access token>`: no header means an anonymous viewer, anything but
 * a valid access token is UNAUTHENTICATED (HTTP 401).
 */
export function accessTokenViewer(keys: AccessTokenKeys, authorization: string | undefined | null): Viewer {
  if (!authorization) return anonymous;
  const token = bearerToken(authorization);
  if (!token) throw withStatus401(unauthenticated("Authorization must be 'Bearer <token>'"));
  return verifyAccessToken(keys, token);
}

/** When the bearer token of an `authorization` already verified expires, in ms since the epoch. */
export function bearerExpiry(authorization: string): number | undefined {
  const token = bearerToken(authorization);
  const exp = token ? (jwt.decode(token) as { exp?: unknown } | null)?.exp : undefined;
  return typeof exp === "number" ? exp * 1000 : undefined;
}

/**
 * The user and session version an access token claims, read without verifying it: for refusing a
 * revoked token, never for trusting one (whoever acts on the token verifies it). Tokens signed
 * before session versions existed count as version 0. An app token answers `app:<id>` and its
 * access version: apps' revocations are kept beside users' under that subject.
 */
export function accessTokenSession(authorization: string): { userId: string; sessionVersion: number } | undefined {
  const token = bearerToken(authorization);
  const payload = token ? (jwt.decode(token) as { sub?: unknown; sv?: unknown } | null) : null;
  if (typeof payload?.sub !== "string" || payload.sub.startsWith("service:")) return undefined;
  return { userId: payload.sub, sessionVersion: Number.isInteger(payload.sv) ? (payload.sv as number) : 0 };
}
