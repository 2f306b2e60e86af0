import { generateKeyPairSync, randomUUID } from "node:crypto";
import { afterEach, describe, expect, test, vi } from "vitest";
import jwt from "jsonwebtoken";
import { Role } from "@shopgraph/kernel";
import { signAccessToken, verifyAccessToken } from "../src/access-tokens.js";

const keyPair = () =>
  generateKeyPairSync("ec", {
    namedCurve: "P-256",
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  });
const ours = keyPair();
const theirs = keyPair();
const keys = { jwtPublicKey: ours.publicKey, jwtIssuer: "shopgraph" };
const sign = (ttlSeconds = 60, privateKey = ours.privateKey) =>
  signAccessToken(privateKey, "shopgraph", { userId: randomUUID(), role: Role.CUSTOMER, sessionId: "s" }, ttlSeconds);
const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return "verified";
};

afterEach(() => vi.useRealTimers());

describe("verified access tokens are remembered", () => {
  test("a token verified once verifies again, as the same user, without checking its signature again", () => {
    const token = sign();
    const verify = vi.spyOn(jwt, "verify");
    try {
      const first = verifyAccessToken(keys, token);
      expect(verifyAccessToken(keys, token)).toEqual(first);
      expect(verify).toHaveBeenCalledTimes(1);
    } finally {
      verify.mockRestore();
    }
  });

  test("a remembered token still expires", () => {
    const token = sign(60);
    verifyAccessToken(keys, token);
    vi.useFakeTimers({ now: Date.now() + 61_000 });
    expect(failure(() => verifyAccessToken(keys, token))).toBe("Access token expired");
  });

  test("a token verified with one key is not taken for another key or issuer", () => {
    const token = sign();
    verifyAccessToken(keys, token);
    expect(failure(() => verifyAccessToken({ ...keys, jwtPublicKey: theirs.publicKey }, token))).toBe(
      "Invalid access token",
    );
    expect(failure(() => verifyAccessToken({ ...keys, jwtIssuer: "someone-else" }, token))).toBe(
      "Invalid access token",
    );
  });

  test("hostile tokens: another signer, an altered signature or payload are refused, also after the real one", () => {
    const token = sign();
    verifyAccessToken(keys, token);
    const [header, payload, signature] = token.split(".");
    const otherUser = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload!, "base64url").toString()), sub: randomUUID() }),
    ).toString("base64url");
    for (const forged of [
      sign(60, theirs.privateKey),
      `${header}.${payload}.${signature!.slice(0, -2)}AA`,
      `${header}.${otherUser}.${signature}`,
      `${token} `,
    ]) {
      expect(failure(() => verifyAccessToken(keys, forged))).toBe("Invalid access token");
    }
  });

  test("a user taken from memory is the caller's own copy", () => {
    const token = sign();
    verifyAccessToken(keys, token);
    const user = verifyAccessToken(keys, token) as { role: string };
    user.role = Role.ADMIN;
    expect((verifyAccessToken(keys, token) as { role: string }).role).toBe(Role.CUSTOMER);
  });
});
