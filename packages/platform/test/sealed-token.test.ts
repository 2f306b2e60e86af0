import { describe, expect, test } from "vitest";
import { envReader } from "../src/config.js";
import { accountTokenSealContext, mailTokenKey, openToken, readMailTokenKey, sealToken } from "../src/sealed-token.js";

const key = mailTokenKey("a secret of at least thirty-two characters");
const context = accountTokenSealContext("PASSWORD_RESET", "9b2f7c1e-3a4d-4e5f-8a6b-7c8d9e0f1a2b");

describe("sealed account tokens", () => {
  test("open with the key and context they were sealed with, and only with those", () => {
    const sealed = sealToken(key, "the token", context);
    expect(sealed).toMatch(/^v1\.[\w-]{16}\.[\w-]+$/);
    expect(sealed).not.toContain("the token");
    expect(openToken(key, sealed, context)).toBe("the token");
    // Sealed twice, two different texts (a fresh IV each time).
    expect(sealToken(key, "the token", context)).not.toBe(sealed);
    expect(openToken(mailTokenKey("another secret of at least thirty-two chars"), sealed, context)).toBeUndefined();
    expect(
      openToken(key, sealed, accountTokenSealContext("EMAIL_VERIFICATION", "9b2f7c1e-3a4d-4e5f-8a6b-7c8d9e0f1a2b")),
    ).toBeUndefined();
  });

  test("refuse anything altered or malformed", () => {
    const sealed = sealToken(key, "the token", context);
    const [version, iv, body] = sealed.split(".") as [string, string, string];
    const flipped = Buffer.from(body, "base64url");
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    for (const bad of [
      `${version}.${iv}.${flipped.toString("base64url")}`,
      `v2.${iv}.${body}`,
      `${version}.${iv}`,
      `${version}.AAAA.${body}`,
      `${version}.${iv}.AAAA`,
      "",
      "not sealed at all",
    ]) {
      expect(openToken(key, bad, context)).toBeUndefined();
    }
  });

  test("the key: MAIL_TOKEN_SECRET when set (32 characters at least), else derived from REQUEST_SIGNING_SECRET", () => {
    const signing = "s".repeat(40);
    const own = "m".repeat(32);
    const derived = readMailTokenKey(envReader({ REQUEST_SIGNING_SECRET: signing }));
    expect(derived.equals(mailTokenKey(signing))).toBe(true);
    // Never the signing secret itself.
    expect(derived.equals(Buffer.from(signing))).toBe(false);
    expect(
      readMailTokenKey(envReader({ REQUEST_SIGNING_SECRET: signing, MAIL_TOKEN_SECRET: own })).equals(
        mailTokenKey(own),
      ),
    ).toBe(true);
    expect(() => readMailTokenKey(envReader({ REQUEST_SIGNING_SECRET: signing, MAIL_TOKEN_SECRET: "short" }))).toThrow(
      "MAIL_TOKEN_SECRET must be at least 32 characters",
    );
  });
});
