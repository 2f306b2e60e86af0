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

function verifyServiceToken(keys: TokenKeys, token: string): Viewer {
  try {
    const payload = jwt.verify(token, secretKey(keys.serviceTokenSecret), {
      algorithms: ["HS256"],
      audience: SERVICE_AUDIENCE,
      issuer: keys.jwtIssuer,
    });
    if (typeof payload === "object" && payload.sub?.startsWith("service:")) {
      return { kind: "service", service: payload.sub.slice("service:".length) };
    }
  } catch (error) {
    if (error instanceof jwt.TokenExpiredError) throw withStatus401(unauthenticated("Access token expired"));
  }
  throw withStatus401(unauthenticated("Invalid access token"));
}

/**
 * Verifies a bearer token. The algorithm is chosen from the token header but each one is bound
 * to its own key, so an HS256 token can never be checked against the public key.
 */
export function verifyToken(keys: TokenKeys, token: string): Viewer {
  const header = jwt.decode(token, { complete: true })?.header;
  return header?.alg === "HS256" ? verifyServiceToken(keys, token) : verifyAccessToken(keys, token);
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
 * an admin, `@Authorized(SERVICE)` a service token, and a partner app passes only where a
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
  if (roles.includes(SERVICE)) {
    if (viewer.kind === "service") return true;
    throw viewer.kind === "anonymous" ? unauthenticated() : forbidden();
  }
  if (viewer.kind !== "user") throw viewer.kind === "service" ? forbidden() : unauthenticated();
  // Scopes are for apps: a field listing only scopes lets no user in.
  const userRoles = roles.filter((role) => !isScopeMarker(role));
  if (roles.length > 0 && (userRoles.length === 0 || !userRoles.includes(viewer.role))) throw forbidden();
  return true;
};
