import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { dataOf, present, rowId, testSignatureHeaders } from "@shopgraph/testing";
import type { RegisterInput } from "./gql/graphql.js";
import { startUsers, type UsersUnderTest } from "./harness.js";
import { LOGIN, ME, REGISTER } from "./operations.js";
import { registerCustomer } from "./session.js";

let users: UsersUnderTest;
beforeAll(async () => {
  users = await startUsers();
});
afterAll(() => users.close());

const register = (input: RegisterInput) => users.client()(REGISTER, { input });

describe("register", () => {
  test("normalises the email, signs the user in and hashes the password with scrypt", async () => {
    const { register: payload } = dataOf(
      await register({
        email: "  Grace.Hopper@Example.COM ",
        password: "compilers are fun",
        name: "  Grace   Hopper ",
      }),
    );
    expect(payload.userErrors).toEqual([]);
    expect(payload.user).toMatchObject({ email: "grace.hopper@example.com", name: "Grace Hopper", role: "CUSTOMER" });
    expect(payload.accessToken).toMatch(/^ey/);
    expect(payload.refreshToken).toHaveLength(43);

    const me = dataOf(await users.client(present(payload.accessToken))(ME));
    expect(me.me).toMatchObject({ id: payload.user?.id, email: "grace.hopper@example.com" });

    const db = new pg.Client({ connectionString: users.config.databaseUrl });
    await db.connect();
    const { rows } = await db.query("select password_hash from users where id = $1", [rowId(present(payload.user).id)]);
    await db.end();
    expect(rows[0].password_hash).toMatch(/^scrypt\$\d+\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(rows[0].password_hash).not.toContain("compilers");
  });

  test.each([
    ["an invalid email", { email: "not-an-email", password: "long enough pass", name: "A" }, "INVALID_EMAIL", "email"],
    ["an empty email", { email: "   ", password: "long enough pass", name: "A" }, "INVALID_EMAIL", "email"],
    ["a short password", { email: "short@example.com", password: "short", name: "A" }, "WEAK_PASSWORD", "password"],
    [
      "a repetitive password",
      { email: "rep@example.com", password: "aaaaaaaaaaaa", name: "A" },
      "WEAK_PASSWORD",
      "password",
    ],
    [
      "the email as password",
      { email: "same@example.com", password: "same@example.com", name: "A" },
      "WEAK_PASSWORD",
      "password",
    ],
    [
      "a 129-character password",
      { email: "long@example.com", password: "ab1".repeat(43), name: "A" },
      "WEAK_PASSWORD",
      "password",
    ],
    [
      "an empty name",
      { email: "noname@example.com", password: "long enough pass", name: "  " },
      "INVALID_NAME",
      "name",
    ],
    [
      "a 101-character name",
      { email: "longname@example.com", password: "long enough pass", name: "n".repeat(101) },
      "INVALID_NAME",
      "name",
    ],
  ])("refuses %s with a userError and creates nothing", async (_, input, code, field) => {
    const { register: payload } = dataOf(await register(input));
    expect(payload.userErrors).toEqual([expect.objectContaining({ code, field: ["input", field] })]);
    expect(payload.user).toBeNull();
    expect(payload.accessToken).toBeNull();
    const login = dataOf(await users.client()(LOGIN, { input: { email: input.email, password: input.password } }));
    expect(login.login.userErrors[0]?.code).toBe("INVALID_CREDENTIALS");
  });

  test("reports every problem with the input at once, each at its field", async () => {
    const input = { email: "not-an-email", password: "short", name: "  " };
    const { register: payload } = dataOf(await register(input));
    expect(payload.userErrors).toEqual([
      { code: "INVALID_EMAIL", field: ["input", "email"], message: "Enter a valid email address" },
      { code: "INVALID_NAME", field: ["input", "name"], message: "Enter your name" },
      { code: "WEAK_PASSWORD", field: ["input", "password"], message: "Password must be at least 10 characters" },
    ]);
    expect(payload.user).toBeNull();
  });

  test("reports a taken email together with the other problems", async () => {
    const first = await registerCustomer(users);
    const { register: payload } = dataOf(await register({ email: first.email, password: "1234567890", name: "" }));
    expect(payload.userErrors.map((error: { code: string }) => error.code)).toEqual([
      "INVALID_NAME",
      "WEAK_PASSWORD",
      "EMAIL_TAKEN",
    ]);
  });

  test("refuses an email that is taken, whatever its case", async () => {
    const first = await registerCustomer(users);
    const { register: payload } = dataOf(
      await register({ email: first.email.toUpperCase(), password: "another passphrase", name: "Copy" }),
    );
    expect(payload.userErrors).toEqual([expect.objectContaining({ code: "EMAIL_TAKEN", field: ["input", "email"] })]);
  });

  test("of ten registrations racing for one email exactly one succeeds", async () => {
    const input = { email: "race@example.com", password: "racing passphrase", name: "Racer" };
    const results = await Promise.all(Array.from({ length: 10 }, () => register(input)));
    const payloads = results.map((result) => dataOf(result).register);
    expect(payloads.filter((p) => p.user !== null)).toHaveLength(1);
    expect(payloads.filter((p) => p.userErrors[0]?.code === "EMAIL_TAKEN")).toHaveLength(9);
  });

  test("a missing input field is a GraphQL validation error, not a crash", async () => {
    const response = await users.client()(
      `mutation { register(input: { email: "x@example.com" }) { userErrors { code } } }`,
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("login", () => {
  test("signs in with the email in any case", async () => {
    const shopper = await registerCustomer(users);
    const { login } = dataOf(
      await users.client()(LOGIN, { input: { email: ` ${shopper.email.toUpperCase()}`, password: shopper.password } }),
    );
    expect(login.userErrors).toEqual([]);
    expect(login.user?.id).toBe(shopper.userId);
    expect(dataOf(await users.client(present(login.accessToken))(ME)).me?.id).toBe(shopper.userId);
  });

  test("gives the same answer for a wrong password and an unknown email", async () => {
    const shopper = await registerCustomer(users);
    const wrongPassword = dataOf(
      await users.client()(LOGIN, { input: { email: shopper.email, password: "not the password" } }),
    );
    const unknownEmail = dataOf(
      await users.client()(LOGIN, { input: { email: "nobody@example.com", password: shopper.password } }),
    );
    expect(wrongPassword).toEqual(unknownEmail);
    expect(wrongPassword.login).toEqual({
      accessToken: null,
      refreshToken: null,
      user: null,
      userErrors: [{ code: "INVALID_CREDENTIALS", field: null, message: "Email or password is incorrect" }],
    });
  });
});

describe("access tokens", () => {
  test("me is null when signed out", async () => {
    expect(dataOf(await users.client()(ME)).me).toBeNull();
  });

  test("a forged token is UNAUTHENTICATED with HTTP 401", async () => {
    const shopper = await registerCustomer(users);
    const [header, payload] = shopper.accessToken.split(".");
    const claims = JSON.parse(Buffer.from(payload!, "base64url").toString());
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, role: "ADMIN" })).toString("base64url")}.${shopper.accessToken.split(".")[2]}`;
    const response = await users.client(forged)(ME);
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  test("a token signed with the service secret cannot pose as a user", async () => {
    const { testServiceToken } = await import("@shopgraph/testing");
    const response = await users.client(testServiceToken())(ME);
    expect(response.data?.me).toBeNull();
  });

  test("a malformed Authorization header is UNAUTHENTICATED", async () => {
    const response = await users.client()(ME, {});
    expect(response.status).toBe(200);
    const body = JSON.stringify({ query: ME });
    const bad = await fetch(users.subgraph.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: "Token abc",
        ...testSignatureHeaders(users.subgraph.url, "POST", body),
      },
      body,
    });
    expect(bad.status).toBe(401);
    expect((await bad.json()).errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });
});
