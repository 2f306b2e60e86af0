import { generateKeyPairSync } from "node:crypto";
import jwt from "jsonwebtoken";
import type { AuthCheckerFn } from "type-graphql";
import { afterEach, expect, test, vi } from "vitest";
import { signAccessToken } from "@shopgraph/platform";
import { Role, type Viewer } from "@shopgraph/kernel";
import { authChecker, SERVICE, serviceRole, signServiceToken, verifyToken, type TokenKeys } from "../src/auth.js";

const { publicKey, privateKey } = generateKeyPairSync("ec", {
  namedCurve: "P-256",
  privateKeyEncoding: { type: "pkcs8", format: "pem" },
  publicKeyEncoding: { type: "spki", format: "pem" },
});
const keys: TokenKeys = { jwtPublicKey: publicKey, jwtIssuer: "shopgraph", serviceTokenSecret: "s".repeat(32) };

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

test("a service token verified once verifies again as the same service, without its HMAC checked again", () => {
  const token = signServiceToken(keys, "orders");
  const verify = vi.spyOn(jwt, "verify");
  expect(verifyToken(keys, token)).toEqual({ kind: "service", service: "orders" });
  expect(verifyToken(keys, token)).toEqual({ kind: "service", service: "orders" });
  expect(verify).toHaveBeenCalledTimes(1);
});

test("a remembered token is refused once it expires, and under another secret or issuer", () => {
  vi.useFakeTimers({ now: new Date("2026-01-01T00:00:00Z") });
  const token = signServiceToken(keys, "orders", 60);
  expect(verifyToken(keys, token)).toMatchObject({ service: "orders" });
  // The same text under another secret or issuer is checked anew, and fails.
  expect(() => verifyToken({ ...keys, serviceTokenSecret: "t".repeat(32) }, token)).toThrow("Invalid access token");
  expect(() => verifyToken({ ...keys, jwtIssuer: "someone-else" }, token)).toThrow("Invalid access token");
  vi.setSystemTime(new Date("2026-01-01T00:01:00Z"));
  expect(() => verifyToken(keys, token)).toThrow("Access token expired");
  expect(() => verifyToken(keys, token)).toThrow("Access token expired");
});

test("forged, altered and malformed tokens are refused; an HS256 token is never checked as an access token", () => {
  const token = signServiceToken(keys, "orders");
  const forged = signServiceToken({ ...keys, serviceTokenSecret: "f".repeat(32) }, "orders");
  const [header, payload, signature] = token.split(".");
  const claims = JSON.parse(Buffer.from(payload!, "base64url").toString("utf8")) as Record<string, unknown>;
  const altered = [
    header,
    Buffer.from(JSON.stringify({ ...claims, sub: "service:admin" })).toString("base64url"),
    signature,
  ].join(".");
  // An HS256 token signed with the public key's PEM as its secret (the classic algorithm confusion).
  const confused = jwt.sign({ sub: "user-1", role: Role.ADMIN }, publicKey, {
    algorithm: "HS256",
    issuer: "shopgraph",
  });
  for (const bad of [forged, altered, confused, "not-a-token", "a.b", `${header}.${payload}`, ""]) {
    expect(() => verifyToken(keys, bad), bad).toThrow("Invalid access token");
  }
  // The genuine token still verifies (a refused one was remembered by nothing).
  expect(verifyToken(keys, token)).toMatchObject({ service: "orders" });
});

test("access tokens still verify as users", () => {
  const token = signAccessToken(privateKey, "shopgraph", { userId: "user-1", role: Role.CUSTOMER, sessionId: "s" }, 60);
  expect(verifyToken(keys, token)).toMatchObject({ kind: "user", userId: "user-1", role: Role.CUSTOMER });
});

test("a field for one service's token lets that service in and refuses every other caller", () => {
  const checker = authChecker as AuthCheckerFn<{ viewer: Viewer }>;
  const check = (viewer: Viewer, roles: string[]) => () =>
    checker({ context: { viewer }, root: {}, args: {}, info: {} as never }, roles);
  const orders: Viewer = { kind: "service", service: "orders" };
  const notifications: Viewer = { kind: "service", service: "notifications" };
  expect(check(orders, [serviceRole("orders")])()).toBe(true);
  expect(check(notifications, [SERVICE])()).toBe(true);
  expect(check(notifications, [serviceRole("orders")])).toThrow(
    expect.objectContaining({ extensions: expect.objectContaining({ code: "FORBIDDEN" }) }),
  );
  expect(check({ kind: "anonymous" }, [serviceRole("orders")])).toThrow(
    expect.objectContaining({ extensions: expect.objectContaining({ code: "UNAUTHENTICATED" }) }),
  );
  expect(check({ kind: "user", userId: "u", role: Role.ADMIN, sessionId: "s" }, [serviceRole("orders")])).toThrow(
    expect.objectContaining({ extensions: expect.objectContaining({ code: "FORBIDDEN" }) }),
  );
});
