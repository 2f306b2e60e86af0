import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { dataOf, present, rowParams } from "@shopgraph/testing";
import { graphql } from "./gql/index.js";
import { startUsers, type UsersUnderTest } from "./harness.js";
import { LOGIN, LOGOUT, ME, REFRESH } from "./operations.js";
import { registerCustomer } from "./session.js";

let users: UsersUnderTest;
beforeAll(async () => {
  users = await startUsers();
});
afterAll(() => users.close());

const refresh = async (token: string) => dataOf(await users.client()(REFRESH, { token })).refreshSession;
const CHANGE_PASSWORD = graphql(`
  mutation SessionsChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      user {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

async function sql(query: string, params: unknown[] = []) {
  const db = new pg.Client({ connectionString: users.config.databaseUrl });
  await db.connect();
  try {
    return (await db.query(query, rowParams(params))).rows;
  } finally {
    await db.end();
  }
}

describe("refreshSession", () => {
  test("rotates: a new pair for the same user, and the old refresh token is spent", async () => {
    const shopper = await registerCustomer(users);
    const next = await refresh(shopper.refreshToken);
    expect(next.userErrors).toEqual([]);
    expect(next.user?.id).toBe(shopper.userId);
    expect(next.refreshToken).not.toBe(shopper.refreshToken);
    expect(dataOf(await users.client(present(next.accessToken))(ME)).me?.id).toBe(shopper.userId);
    expect((await refresh(present(next.refreshToken))).userErrors).toEqual([]);
  });

  test("reusing a rotated token revokes the whole session, including its newest token", async () => {
    const shopper = await registerCustomer(users);
    const second = await refresh(shopper.refreshToken);
    const third = await refresh(present(second.refreshToken));

    const replay = await refresh(shopper.refreshToken);
    expect(replay.userErrors).toEqual([
      expect.objectContaining({ code: "INVALID_REFRESH_TOKEN", field: ["refreshToken"] }),
    ]);
    expect((await refresh(present(third.refreshToken))).userErrors[0]?.code).toBe("INVALID_REFRESH_TOKEN");
  });

  test("reuse revokes only that session: the user's other sessions live on", async () => {
    const shopper = await registerCustomer(users);
    const other = dataOf(await users.client()(LOGIN, { input: { email: shopper.email, password: shopper.password } }));
    await refresh(shopper.refreshToken);
    await refresh(shopper.refreshToken);
    expect((await refresh(present(other.login.refreshToken))).userErrors).toEqual([]);
  });

  test("of five refreshes racing with one token at most one wins, and the race ends the session", async () => {
    const shopper = await registerCustomer(users);
    const results = await Promise.all(Array.from({ length: 5 }, () => refresh(shopper.refreshToken)));
    const winners = results.filter((result) => result.userErrors.length === 0);
    expect(winners.length).toBeLessThanOrEqual(1);
    for (const winner of winners) {
      expect((await refresh(present(winner.refreshToken))).userErrors[0]?.code).toBe("INVALID_REFRESH_TOKEN");
    }
  });

  test("an expired refresh token is SESSION_EXPIRED", async () => {
    const shopper = await registerCustomer(users);
    await sql("update refresh_tokens set expires_at = now() - interval '1 second' where user_id = $1", [
      shopper.userId,
    ]);
    expect((await refresh(shopper.refreshToken)).userErrors[0]?.code).toBe("SESSION_EXPIRED");
  });

  test.each(["", "garbage", "x".repeat(10_000)])("an unknown token %# is INVALID_REFRESH_TOKEN", async (token) => {
    const payload = await refresh(token);
    expect(payload.accessToken).toBeNull();
    expect(payload.userErrors[0]?.code).toBe("INVALID_REFRESH_TOKEN");
  });

  test("only hashes of refresh tokens are stored", async () => {
    const shopper = await registerCustomer(users);
    const rows = await sql("select token_hash from refresh_tokens where user_id = $1", [shopper.userId]);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].token_hash).not.toContain(shopper.refreshToken);
  });
});

describe("logout", () => {
  test("ends the session: its refresh token no longer works", async () => {
    const shopper = await registerCustomer(users);
    const rotated = await refresh(shopper.refreshToken);
    expect(dataOf(await users.client()(LOGOUT, { token: present(rotated.refreshToken) })).logout).toBe(true);
    expect((await refresh(present(rotated.refreshToken))).userErrors[0]?.code).toBe("INVALID_REFRESH_TOKEN");
  });

  test("answers true for an unknown token too, revealing nothing", async () => {
    expect(dataOf(await users.client()(LOGOUT, { token: "unknown" })).logout).toBe(true);
  });
});

describe("changePassword", () => {
  test("needs the current password", async () => {
    const shopper = await registerCustomer(users);
    const { changePassword } = dataOf(
      await users.client(shopper.accessToken)(CHANGE_PASSWORD, {
        input: { currentPassword: "wrong password!", newPassword: "a brand new passphrase" },
      }),
    );
    expect(changePassword.userErrors).toEqual([
      expect.objectContaining({ code: "INVALID_CREDENTIALS", field: ["input", "currentPassword"] }),
    ]);
  });

  test("applies the password policy to the new password", async () => {
    const shopper = await registerCustomer(users);
    const { changePassword } = dataOf(
      await users.client(shopper.accessToken)(CHANGE_PASSWORD, {
        input: { currentPassword: shopper.password, newPassword: "short" },
      }),
    );
    expect(changePassword.userErrors).toEqual([
      expect.objectContaining({ code: "WEAK_PASSWORD", field: ["input", "newPassword"] }),
    ]);
    const login = dataOf(await users.client()(LOGIN, { input: { email: shopper.email, password: shopper.password } }));
    expect(login.login.userErrors).toEqual([]);
  });

  test("changes the password and signs out every other session, keeping this one", async () => {
    const shopper = await registerCustomer(users);
    const laptop = dataOf(await users.client()(LOGIN, { input: { email: shopper.email, password: shopper.password } }));
    const { changePassword } = dataOf(
      await users.client(shopper.accessToken)(CHANGE_PASSWORD, {
        input: { currentPassword: shopper.password, newPassword: "a brand new passphrase" },
      }),
    );
    expect(changePassword.userErrors).toEqual([]);

    expect((await refresh(present(laptop.login.refreshToken))).userErrors[0]?.code).toBe("INVALID_REFRESH_TOKEN");
    expect((await refresh(shopper.refreshToken)).userErrors).toEqual([]);
    const oldPassword = dataOf(
      await users.client()(LOGIN, { input: { email: shopper.email, password: shopper.password } }),
    );
    expect(oldPassword.login.userErrors[0]?.code).toBe("INVALID_CREDENTIALS");
    const newPassword = dataOf(
      await users.client()(LOGIN, { input: { email: shopper.email, password: "a brand new passphrase" } }),
    );
    expect(newPassword.login.userErrors).toEqual([]);
  });

  test("is UNAUTHENTICATED without a token", async () => {
    const response = await users.client()(CHANGE_PASSWORD, {
      input: { currentPassword: "whatever it is", newPassword: "a brand new passphrase" },
    });
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
