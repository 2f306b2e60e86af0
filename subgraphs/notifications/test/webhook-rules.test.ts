import { describe, expect, test } from "vitest";
import { jitteredRetryDelayMs } from "../src/domain/backoff.js";
import { SecretBox } from "../src/domain/secret-box.js";
import { classifyAddress } from "../src/domain/webhook-addresses.js";
import { signatureHeader, verifySignature } from "../src/domain/webhook-signature.js";
import { checkWebhookEvents, checkWebhookUrl } from "../src/domain/webhooks.js";

describe("webhook addresses", () => {
  test.each([
    ["93.184.216.34", "public"],
    ["2606:2800:220:1:248:1893:25c8:1946", "public"],
    ["127.0.0.1", "private"],
    ["127.255.0.9", "private"],
    ["::1", "private"],
    ["[::1]", "private"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["172.32.0.1", "public"],
    ["192.168.0.1", "private"],
    ["100.64.0.1", "private"],
    ["100.127.255.255", "private"],
    ["100.128.0.1", "public"],
    ["fc00::1", "private"],
    ["fdff::1", "private"],
    ["::ffff:127.0.0.1", "private"],
    ["::ffff:7f00:1", "private"],
    ["::ffff:93.184.216.34", "public"],
    ["64:ff9b::a00:1", "private"],
    ["2002:a00:1::", "private"],
    ["0.0.0.0", "forbidden"],
    ["::", "forbidden"],
    ["169.254.169.254", "forbidden"],
    ["::ffff:169.254.169.254", "forbidden"],
    ["fe80::1", "forbidden"],
    ["fe80::1%eth0", "forbidden"],
    ["224.0.0.1", "forbidden"],
    ["255.255.255.255", "forbidden"],
    ["ff02::1", "forbidden"],
    ["example.com", "forbidden"],
    ["1.2.3", "forbidden"],
    ["1::2::3", "forbidden"],
  ])("%s is %s", (address, verdict) => {
    expect(classifyAddress(address)).toBe(verdict);
  });
});

describe("webhook URLs", () => {
  const production = { requireHttps: true, allowPrivateNetworks: false };
  const development = { requireHttps: false, allowPrivateNetworks: true };
  const codes = (url: string, policy = production) => {
    const checked = checkWebhookUrl(url, policy);
    return checked.ok ? [] : checked.problems.map((problem) => problem.code);
  };

  test("production takes public https only; development also http and loopback, never metadata", () => {
    expect(codes("https://partner.example/hooks?x=1")).toEqual([]);
    expect(codes("http://partner.example/hooks")).toEqual(["URL_NOT_ALLOWED"]);
    expect(codes("https://127.0.0.1/")).toEqual(["URL_NOT_ALLOWED"]);
    // The URL parser normalises other spellings of an address before it is checked.
    expect(codes("https://2130706433/")).toEqual(["URL_NOT_ALLOWED"]);
    expect(codes("https://0177.0.0.1/")).toEqual(["URL_NOT_ALLOWED"]);
    expect(codes("http://127.0.0.1:3000/", development)).toEqual([]);
    expect(codes("http://[::1]:3000/", development)).toEqual([]);
    expect(codes("http://169.254.169.254/", development)).toEqual(["URL_NOT_ALLOWED"]);
    expect(codes("http://0.0.0.0:3000/", development)).toEqual(["URL_NOT_ALLOWED"]);
  });

  test("malformed URLs, other schemes, credentials, fragments and very long URLs are INVALID_URL", () => {
    for (const url of [
      "",
      "partner.example",
      "javascript:alert(1)",
      "file:///etc/passwd",
      "gopher://x/",
      "https://a:b@partner.example/",
      "https://partner.example/#x",
      `https://partner.example/${"a".repeat(2_100)}`,
    ]) {
      expect([url, codes(url)]).toEqual([url, ["INVALID_URL"]]);
    }
  });

  test("events: known, webhook-able, at least one, no repeats", () => {
    expect(checkWebhookEvents(["order.placed", "stock.changed"])).toEqual([]);
    expect(checkWebhookEvents([]).map((p) => p.code)).toEqual(["INVALID_EVENTS"]);
    expect(checkWebhookEvents(["order.placed", "order.placed"]).map((p) => p.code)).toEqual(["INVALID_EVENTS"]);
    expect(checkWebhookEvents(Array.from({ length: 10_000 }, (_, n) => `x${n}`)).map((p) => p.code)).toEqual([
      "INVALID_EVENTS",
    ]);
    expect(checkWebhookEvents(["user.registered", "x"]).map((p) => [p.code, p.field])).toEqual([
      ["UNKNOWN_EVENT", ["input", "events", "0"]],
      ["UNKNOWN_EVENT", ["input", "events", "1"]],
    ]);
  });
});

describe("signatures, secrets and backoff", () => {
  test("a signature verifies with its secret, body and a timestamp within five minutes only", () => {
    const header = signatureHeader("whsec_a", 1_700_000_000, '{"id":1}');
    expect(verifySignature("whsec_a", header, '{"id":1}', 1_700_000_100)).toBe(true);
    expect(verifySignature("whsec_b", header, '{"id":1}', 1_700_000_100)).toBe(false);
    expect(verifySignature("whsec_a", header, '{"id":2}', 1_700_000_100)).toBe(false);
    expect(verifySignature("whsec_a", header, '{"id":1}', 1_700_000_301)).toBe(false);
    expect(verifySignature("whsec_a", "t=1700000000,v1=00", '{"id":1}', 1_700_000_000)).toBe(false);
  });

  test("a sealed secret opens only with its key and for its own endpoint", () => {
    const box = SecretBox.fromKey("ab".repeat(32));
    const sealed = box.seal("whsec_secret", "endpoint-1");
    expect(sealed).not.toContain("whsec_secret");
    expect(box.open(sealed, "endpoint-1")).toBe("whsec_secret");
    expect(() => box.open(sealed, "endpoint-2")).toThrow();
    expect(() => SecretBox.fromKey("cd".repeat(32)).open(sealed, "endpoint-1")).toThrow();
  });

  test("retry delays double up to the maximum, each between half and all of it", () => {
    expect([1, 2, 3, 4, 10].map((n) => jitteredRetryDelayMs(n, 1_000, 6_000, () => 1))).toEqual([
      1_000, 2_000, 4_000, 6_000, 6_000,
    ]);
    expect([1, 2, 3].map((n) => jitteredRetryDelayMs(n, 1_000, 60_000, () => 0))).toEqual([500, 1_000, 2_000]);
  });
});
