import { createPublicKey, createSecretKey, type KeyObject } from "node:crypto";
import jwt from "jsonwebtoken";
import type { AuthChecker } from "type-graphql";
import { forbidden, unauthenticated } from "./errors.js";

export const Role = { CUSTOMER: "CUSTOMER", ADMIN: "ADMIN" } as const;
export type Role = (typeof Role)[keyof typeof Role];
/** The role a service token carries; `@Authorized(SERVICE)` guards internal fields. */
export const SERVICE = "SERVICE";

export type Viewer =
  | { kind: "anonymous" }
  | { kind: "user"; userId: string; role: Role; sessionId: string }
  | { kind: "service"; service: string };

export const anonymous: Viewer = { kind: "anonymous" };

const ACCESS_AUDIENCE = "shopgraph";
const SERVICE_AUDIENCE = "shopgraph-internal";

export interface TokenKeys {
  /** ES256 public key (PEM): verifies access tokens. */
  jwtPublicKey: string;
  /** HS256 secret: signs and verifies service tokens. */
  serviceTokenSecret: string;
  jwtIssuer: string;
}

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

export function signServiceToken(keys: TokenKeys, service: string, ttlSeconds = 300): string {
  return jwt.sign({}, keys.serviceTokenSecret, {
    algorithm: "HS256",
    subject: `service:${service}`,
    issuer: keys.jwtIssuer,
    audience: SERVICE_AUDIENCE,
    expiresIn: ttlSeconds,
  });
}

function isRole(value: unknown): value is Role {
  return value === Role.CUSTOMER || value === Role.ADMIN;
}

/**
 * Key material parsed once per process: given a PEM string or a secret, jsonwebtoken parses it
 * into a KeyObject on every verification, which costs more than checking the signature.
 */
const keyObjects = new Map<string, KeyObject>();
function keyObject(material: string, parse: (material: string) => KeyObject): KeyObject {
  let key = keyObjects.get(material);
  if (!key) {
    key = parse(material);
    keyObjects.set(material, key);
  }
  return key;
}
const publicKey = (pem: string) => keyObject(pem, createPublicKey);
const secretKey = (secret: string) => keyObject(secret, (value) => createSecretKey(Buffer.from(value, "utf8")));

/**
 * Verifies a bearer token. The algorithm is chosen from the token header but each one is bound
 * to its own key, so an HS256 token can never be checked against the public key.
 */
export function verifyToken(keys: TokenKeys, token: string): Viewer {
  const header = jwt.decode(token, { complete: true })?.header;
  try {
    if (header?.alg === "ES256") {
      const payload = jwt.verify(token, publicKey(keys.jwtPublicKey), {
        algorithms: ["ES256"],
        audience: ACCESS_AUDIENCE,
        issuer: keys.jwtIssuer,
      });
      if (typeof payload === "object" && payload.sub && isRole(payload["role"]) && typeof payload["sid"] === "string") {
        return { kind: "user", userId: payload.sub, role: payload["role"], sessionId: payload["sid"] };
      }
    } else if (header?.alg === "HS256") {
      const payload = jwt.verify(token, secretKey(keys.serviceTokenSecret), {
        algorithms: ["HS256"],
        audience: SERVICE_AUDIENCE,
        issuer: keys.jwtIssuer,
      });
      if (typeof payload === "object" && payload.sub?.startsWith("service:")) {
        return { kind: "service", service: payload.sub.slice("service:".length) };
      }
    }
  } catch (error) {
    if (error instanceof jwt.TokenExpiredError) throw withStatus401(unauthenticated("Access token expired"));
  }
  throw withStatus401(unauthenticated("Invalid access token"));
}

/** When the bearer token of an `authorization` already verified expires, in ms since the epoch. */
export function bearerExpiry(authorization: string): number | undefined {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization.trim())?.[1];
  const exp = token ? (jwt.decode(token) as { exp?: unknown } | null)?.exp : undefined;
  return typeof exp === "number" ? exp * 1000 : undefined;
}

/**
 * The user and session version an access token claims, read without verifying it: for refusing a
 * revoked token, never for trusting one (whoever acts on the token verifies it). Tokens signed
 * before session versions existed count as version 0.
 */
export function accessTokenSession(authorization: string): { userId: string; sessionVersion: number } | undefined {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization.trim())?.[1];
  const payload = token ? (jwt.decode(token) as { sub?: unknown; sv?: unknown } | null) : null;
  if (typeof payload?.sub !== "string" || payload.sub.startsWith("service:")) return undefined;
  return { userId: payload.sub, sessionVersion: Number.isInteger(payload.sv) ? (payload.sv as number) : 0 };
}

/** Reads `Authorization: Bearer <token>`; no header means an anonymous viewer. */
export function viewerFromAuthorization(keys: TokenKeys, authorization: string | undefined | null): Viewer {
  if (!authorization) return anonymous;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match?.[1]) throw withStatus401(unauthenticated("Authorization must be 'Bearer <token>'"));
  return verifyToken(keys, match[1]);
}

function withStatus401<E extends { extensions: Record<string, unknown> }>(error: E): E {
  (error.extensions as Record<string, unknown>)["http"] = { status: 401 };
  return error;
}

/** The signed-in user, or UNAUTHENTICATED. */
export function requireUser(viewer: Viewer): Extract<Viewer, { kind: "user" }> {
  if (viewer.kind !== "user") throw unauthenticated();
  return viewer;
}

export function isAdmin(viewer: Viewer): boolean {
  return viewer.kind === "user" && viewer.role === Role.ADMIN;
}

/**
 * type-graphql `authChecker`: `@Authorized()` needs a signed-in user, `@Authorized(Role.ADMIN)`
 * an admin, `@Authorized(SERVICE)` a service token. Throws our coded errors instead of
 * type-graphql's own so clients see UNAUTHENTICATED / FORBIDDEN.
 */
export const authChecker: AuthChecker<{ viewer: Viewer }> = ({ context }, roles) => {
  const { viewer } = context;
  if (roles.includes(SERVICE)) {
    if (viewer.kind === "service") return true;
    throw viewer.kind === "anonymous" ? unauthenticated() : forbidden();
  }
  if (viewer.kind !== "user") throw viewer.kind === "service" ? forbidden() : unauthenticated();
  if (roles.length > 0 && !roles.includes(viewer.role)) throw forbidden();
  return true;
};
