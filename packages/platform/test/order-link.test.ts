import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { envReader } from "../src/config.js";
import { mailTokenKey } from "../src/sealed-token.js";
import { orderLinkKey, orderLinkToken, readOrderLinkKey, verifyOrderLinkToken } from "../src/order-link.js";

const key = orderLinkKey("a secret of at least thirty-two characters");

describe("order link tokens", () => {
  test("name their order and verify with their key only", () => {
    const orderId = randomUUID();
    const token = orderLinkToken(key, orderId);
    expect(token).toMatch(/^v1\.[\w-]{22}\.[\w-]{43}$/);
    expect(orderLinkToken(key, orderId)).toBe(token);
    expect(verifyOrderLinkToken(key, token)).toBe(orderId);
    expect(verifyOrderLinkToken(orderLinkKey("another secret of at least thirty-two chars"), token)).toBeUndefined();
  });

  test("every single-bit change of the id or signature, another order's signature, and junk verify as nothing", () => {
    const a = randomUUID();
    const b = randomUUID();
    const [, idA, macA] = orderLinkToken(key, a).split(".") as [string, string, string];
    const [, idB, macB] = orderLinkToken(key, b).split(".") as [string, string, string];
    const flips = (part: string) =>
      Array.from({ length: Buffer.from(part, "base64url").length * 8 }, (_, bit) => {
        const bytes = Buffer.from(part, "base64url");
        bytes[bit >> 3] = bytes[bit >> 3]! ^ (1 << (bit & 7));
        return bytes.toString("base64url");
      });
    const forged = [
      ...flips(idA).map((id) => `v1.${id}.${macA}`),
      ...flips(macA).map((mac) => `v1.${idA}.${mac}`),
      `v1.${idA}.${macB}`,
      `v1.${idB}.${macA}`,
      `v0.${idA}.${macA}`,
      `v1.${idA}.${macA}.`,
      `v1.${idA}`,
      `v1.${idA}==.${macA}`,
      "",
      "v1..",
      "x".repeat(1000),
    ];
    expect(forged.length).toBeGreaterThan(128 + 256);
    for (const token of forged) expect(verifyOrderLinkToken(key, token), token).toBeUndefined();
  });

  test("the key: ORDER_LINK_SECRET when set (32 characters at least), else derived from REQUEST_SIGNING_SECRET apart from the mail key", () => {
    const signing = "the request signing secret, long enough";
    const derived = readOrderLinkKey(envReader({ REQUEST_SIGNING_SECRET: signing }));
    expect(derived.equals(orderLinkKey(signing))).toBe(true);
    expect(derived.equals(mailTokenKey(signing))).toBe(false);
    const own = "an order link secret of 32 characters or more";
    expect(
      readOrderLinkKey(envReader({ REQUEST_SIGNING_SECRET: signing, ORDER_LINK_SECRET: own })).equals(
        orderLinkKey(own),
      ),
    ).toBe(true);
    expect(() => readOrderLinkKey(envReader({ REQUEST_SIGNING_SECRET: signing, ORDER_LINK_SECRET: "short" }))).toThrow(
      "ORDER_LINK_SECRET must be at least 32 characters",
    );
  });
});
