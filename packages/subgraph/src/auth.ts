import { createSecretKey, type KeyObject } from "node:crypto";
import { anonymous, type PartnerScope, type Viewer } from "@shopgraph/kernel";
import {
  bearerToken,
  forbidden,
  unauthenticated,
  verifyAccessToken,
  withStatus401,
  type AccessTokenKeys,
  type SignedInUser,
} from "@shopgraph/platform";
import jwt from "jsonwebtoken";
import type { AuthChecker } from "type-graphql";

/** The role a service token carries; `@Authorized(SERVICE)` guards internal fields. */
export const SERVICE = "SERVICE";

/**
 * The role of one service's token: `@Authorized(serviceRole("orders"))` lets orders in and no
 * other service (every subgraph holds the secret service tokens are signed with, so this keeps a
 * service to the calls it is meant to make rather than stopping a thief of the secret).
 */
export function serviceRole(service: string): string {
  return `${SERVICE}:${service}`;
}

/** `SERVICE:<name>`, one service's role. */
export function isServiceRole(role: unknown): boolean {
  return typeof role === "string" && role.startsWith(`${SERVICE}:`);
}

const SERVICE_AUDIENCE = "shopgraph-internal";

/** What a subgraph verifies tokens with: access tokens (the gateway's too) and service tokens (subgraphs' only). */
export interface TokenKeys extends AccessTokenKeys {
  /** HS256 secret: signs and verifies service tokens. */
  serviceTokenSecret: string;
}

export function signServiceToken(keys: TokenKeys, service: string, ttlSeconds = 300): string {
  return jwt.sign({}, keys.serviceTokenSecret, {
    algorithm: "HS256",
    subject: `service:${service}`,
    issuer: keys.jwtIssuer,
    audience: SERVICE_AUDIENCE,
    expiresIn: ttlSeconds,
  });
}

/** Secrets parsed once per process: jsonwebtoken would turn one into a KeyObject on every verification. */
const secretKeys = new Map<string, KeyObject>();
function secretKey(secret: string): KeyObject {
  let key = secretKeys.get(secret);
  if (!key) {
    key = createSecretKey(Buffer.from(secret, "utf8"));
    secretKeys.set(secret, key);
  }
  return key;
}

/** How many verified service tokens a process remembers: a caller signs a new one a minute. */
export const VERIFIED_SERVICE_TOKENS_KEPT = 100;

/**
 * Service tokens verified lately, by their exact text and the secret that verified them: a
 * service reuses its token for every call for a minute (orders' stock reservation of every
 * checkout), so its HMAC and claims are checked once; a hit checks only the expiry again.
 */
const verifiedServiceTokens = new Map<string, { service: string; exp: number; secret: string; issuer: string }>();

/** jsonwebtoken's expiry rule: expired once the current whole second reaches `exp`. */
const expired = (exp: number) => Math.floor(Date.now() / 1000) >= exp;

function verifyServiceToken(keys: TokenKeys, token: string): Viewer {
  const known = verifiedServiceTokens.get(token);
  if (known && known.secret === keys.serviceTokenSecret && known.issuer === keys.jwtIssuer) {
    if (!expired(known.exp)) return { kind: "service", service: known.service };
    verifiedServiceTokens.delete(token);
    throw withStatus401(unauthenticated("Access token expired"));
  }
  try {
    const payload = jwt.verify(token, secretKey(keys.serviceTokenSecret), {
      algorithms: ["HS256"],
      audience: SERVICE_AUDIENCE,
      issuer: keys.jwtIssuer,
    });
    if (typeof payload === "object" && payload.sub?.startsWith("service:")) {
      const service = payload.sub.slice("service:".length);
      // Only tokens that expire are kept: one without `exp` is verified every time.
      if (typeof payload.exp === "number") {
        if (verifiedServiceTokens.size >= VERIFIED_SERVICE_TOKENS_KEPT) {
          const oldest = verifiedServiceTokens.keys().next();
          if (!oldest.done) verifiedServiceTokens.delete(oldest.value);
        }
        const entry = { service, exp: payload.exp, secret: keys.serviceTokenSecret, issuer: keys.jwtIssuer };
        verifiedServiceTokens.set(token, entry);
      }
      return { kind: "service", service };
    }
  } catch (error) {
    if (error instanceof jwt.TokenExpiredError) throw withStatus401(unauthenticated("Access token expired"));
  }
  throw withStatus401(unauthenticated("Invalid access token"));
}

/** The `alg` of a JWT's header, read without jsonwebtoken decoding the whole token. */
function algorithmOf(token: string): unknown {
  try {
    return (
      JSON.parse(Buffer.from(token.slice(0, token.indexOf(".")), "base64url").toString("utf8")) as {
        alg?: unknown;
      } | null
    )?.alg;
  } catch {
    return undefined;
  }
}

/**
 * Verifies a bearer token. The algorithm is chosen from the token header but each one is bound
 * to its own key, so an HS256 token can never be checked against the public key.
 */
export function verifyToken(keys: TokenKeys, token: string): Viewer {
  return algorithmOf(token) === "HS256" ? verifyServiceToken(keys, token) : verifyAccessToken(keys, token);
}

/** Reads `Authorization: Bearer <token>`; no header means an anonymous viewer. */
export function viewerFromAuthorization(keys: TokenKeys, authorization: string | undefined | null): Viewer {
  if (!authorization) return anonymous;
  const token = bearerToken(authorization);
  if (!token) throw withStatus401(unauthenticated("Authorization must be 'Bearer <token>'"));
  return verifyToken(keys, token);
}

/** The signed-in user, or UNAUTHENTICATED (FORBIDDEN for an app: it is signed in, and no user). */
export function requireUser(viewer: Viewer): SignedInUser {
  if (viewer.kind === "app") throw forbidden("Only a signed-in user may do this");
  if (viewer.kind !== "user") throw unauthenticated();
  return viewer;
}

const SCOPE_PREFIX = "scope:";

/**
 * What `@Authorized` lists for a partner app's scope: `@Authorized(Role.ADMIN, scope(CATALOG_WRITE))`
 * lets admins and apps holding CATALOG_WRITE in, nobody else.
 */
export function scope(name: PartnerScope): string {
  return `${SCOPE_PREFIX}${name}`;
}

export function isScopeMarker(role: unknown): boolean {
  return typeof role === "string" && role.startsWith(SCOPE_PREFIX);
}

/**
 * type-graphql `authChecker`: `@Authorized()` needs a signed-in user, `@Authorized(Role.ADMIN)`
 * an admin, `@Authorized(SERVICE)` a service token (`serviceRole(name)`: that service's), and a partner app passes only where a
 * `scope(...)` it holds is listed (an app is never a user: every other guarded field is FORBIDDEN
 * to it). Throws our coded errors instead of type-graphql's own so clients see UNAUTHENTICATED /
 * FORBIDDEN.
 */
export const authChecker: AuthChecker<{ viewer: Viewer }> = ({ context }, roles) => {
  const { viewer } = context;
  if (viewer.kind === "app") {
    if (viewer.scopes.some((granted) => roles.includes(scope(granted)))) return true;
    throw forbidden("This app's scopes do not allow it");
  }
  const serviceRoles = roles.filter((role) => role === SERVICE || isServiceRole(role));
  if (serviceRoles.length > 0) {
    if (
      viewer.kind === "service" &&
      serviceRoles.some((role) => role === SERVICE || role === serviceRole(viewer.service))
    )
      return true;
    throw viewer.kind === "anonymous" ? unauthenticated() : forbidden();
  }
  if (viewer.kind !== "user") throw viewer.kind === "service" ? forbidden() : unauthenticated();
  // Scopes are for apps: a field listing only scopes lets no user in.
  const userRoles = roles.filter((role) => !isScopeMarker(role));
  if (roles.length > 0 && (userRoles.length === 0 || !userRoles.includes(viewer.role))) throw forbidden();
  return true;
};
