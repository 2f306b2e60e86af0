import { testKeys } from "@shopgraph/testing";
import { describe, expect, test } from "vitest";
import { readUsersConfig } from "../src/config.js";

const keys = testKeys();
const required = {
  JWT_PUBLIC_KEY: keys.jwtPublicKey,
  JWT_PRIVATE_KEY: keys.jwtPrivateKey,
  SERVICE_TOKEN_SECRET: "secret",
  REQUEST_SIGNING_SECRET: keys.requestSigningSecret,
};

describe("readUsersConfig", () => {
  test("the session cookie is Secure everywhere but in development (a shop on http://localhost)", () => {
    expect(readUsersConfig({ ...required, NODE_ENV: "development" }).sessionCookieSecure).toBe(false);
    expect(readUsersConfig({ ...required, NODE_ENV: "production" }).sessionCookieSecure).toBe(true);
    expect(readUsersConfig({ ...required, NODE_ENV: "test" }).sessionCookieSecure).toBe(true);
  });

  test("reset and verification links live 30 minutes and 48 hours unless told otherwise, within bounds", () => {
    expect(readUsersConfig(required)).toMatchObject({ passwordResetTtlMinutes: 30, emailVerificationTtlHours: 48 });
    expect(readUsersConfig({ ...required, PASSWORD_RESET_TTL_MINUTES: "15" }).passwordResetTtlMinutes).toBe(15);
    expect(() => readUsersConfig({ ...required, PASSWORD_RESET_TTL_MINUTES: "1" })).toThrow(
      /PASSWORD_RESET_TTL_MINUTES/,
    );
    expect(() => readUsersConfig({ ...required, EMAIL_VERIFICATION_TTL_HOURS: "0" })).toThrow(
      /EMAIL_VERIFICATION_TTL_HOURS/,
    );
  });
});
