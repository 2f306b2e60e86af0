import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { dataOf, eventually, present, type RecordedEvents, recordEvents, rowId } from "@shopgraph/testing";
import { graphql } from "./gql/index.js";
import { startUsers, type UsersUnderTest } from "./harness.js";
import { LOGIN, LOGOUT, REFRESH } from "./operations.js";
import { registerCustomer, type TestSession } from "./session.js";

const ADMIN = { email: "root@revocation.test", password: "admin passphrase 1" };
let users: UsersUnderTest;
let recorded: RecordedEvents;
let adminToken: string;

beforeAll(async () => {
  users = await startUsers({ admin: ADMIN });
  recorded = await recordEvents(users.config.events.exchange, "user.sessions_revoked");
  adminToken = present(dataOf(await users.client()(LOGIN, { input: ADMIN })).login.accessToken);
});
afterAll(async () => {
  await recorded?.close();
  await users?.close();
});

/** Events carry the user's UUID; tests hold the global id the API gave them. */
const revocationsOf = (userId: string) => recorded.events.filter((event) => event.data.userId === rowId(userId));
/** The `sv` claim of an access token. */
const sv = (token: string) => JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString()).sv;

const CHANGE_PASSWORD = graphql(`
  mutation RevocationChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const SET_ROLE = graphql(`
  mutation RevocationSetRole($userId: ID!, $role: Role!) {
    setUserRole(userId: $userId, role: $role) {
      userErrors {
        code
      }
    }
  }
`);
const DISABLE = graphql(`
  mutation RevocationDisable($userId: ID!) {
    disableUser(userId: $userId) {
      user {
        disabled
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const ENABLE = graphql(`
  mutation RevocationEnable($userId: ID!) {
    enableUser(userId: $userId) {
      user {
        disabled
      }
      userErrors {
        code
      }
    }
  }
`);
const LOGOUT_EVERYWHERE = graphql(`
  mutation RevocationLogoutEverywhere {
    logoutEverywhere
  }
`);
const ME_DISABLED = graphql(`
  query RevocationMeDisabled {
    me {
      id
      disabled
    }
  }
`);

async function refresh(token: string) {
  return dataOf(await users.client()(REFRESH, { token })).refreshSession;
}

describe("session versions", () => {
  test("each revocation raises the version by one and publishes it; new tokens carry it", async () => {
    const shopper: TestSession = await registerCustomer(users);
    expect(sv(shopper.accessToken)).toBe(0);
    const { userId } = shopper;
    const client = users.client(adminToken);

    expect(dataOf(await client(SET_ROLE, { userId, role: "ADMIN" })).setUserRole.userErrors).toEqual([]);
    // The same role again changes nothing, so revokes nothing.
    expect(dataOf(await client(SET_ROLE, { userId, role: "ADMIN" })).setUserRole.userErrors).toEqual([]);
    const afterRole = await refresh(shopper.refreshToken);
    expect(sv(present(afterRole.accessToken))).toBe(1);

    await users.client(present(afterRole.accessToken))(CHANGE_PASSWORD, {
      input: { currentPassword: shopper.password, newPassword: "another long passphrase" },
    });
    const afterPassword = await refresh(present(afterRole.refreshToken));
    expect(sv(present(afterPassword.accessToken))).toBe(2);

    await users.client()(LOGOUT, { token: present(afterPassword.refreshToken) });
    // Logging out of an ended session again revokes nothing more.
    await users.client()(LOGOUT, { token: present(afterPassword.refreshToken) });

    const events = await eventually(() => revocationsOf(userId).length === 3 && revocationsOf(userId));
    expect(events.map((event) => [event.type, event.data])).toEqual([
      ["user.sessions_revoked", { userId: rowId(userId), sessionVersion: 1, reason: "ROLE_CHANGED" }],
      ["user.sessions_revoked", { userId: rowId(userId), sessionVersion: 2, reason: "PASSWORD_CHANGED" }],
      ["user.sessions_revoked", { userId: rowId(userId), sessionVersion: 3, reason: "LOGOUT" }],
    ]);
    const login = dataOf(
      await users.client()(LOGIN, { input: { email: shopper.email, password: "another long passphrase" } }),
    );
    expect(sv(present(login.login.accessToken))).toBe(3);
  });

  test("refresh token reuse and logoutEverywhere revoke too", async () => {
    const shopper = await registerCustomer(users);
    const rotated = await refresh(shopper.refreshToken);
    expect((await refresh(shopper.refreshToken)).userErrors[0]?.code).toBe("INVALID_REFRESH_TOKEN");
    const phone = dataOf(await users.client()(LOGIN, { input: { email: shopper.email, password: shopper.password } }));
    const everywhere = dataOf(await users.client(present(phone.login.accessToken))(LOGOUT_EVERYWHERE));
    expect(everywhere.logoutEverywhere).toBe(true);
    expect((await refresh(present(phone.login.refreshToken))).userErrors[0]?.code).toBe("INVALID_REFRESH_TOKEN");
    expect((await refresh(present(rotated.refreshToken))).userErrors[0]?.code).toBe("INVALID_REFRESH_TOKEN");
    const events = await eventually(() => revocationsOf(shopper.userId).length === 2 && revocationsOf(shopper.userId));
    expect(events.map((event) => event.data.reason)).toEqual(["REFRESH_TOKEN_REUSED", "LOGOUT_EVERYWHERE"]);
  });

  test("of concurrent revocations of one user, each gets its own version", async () => {
    const shopper = await registerCustomer(users);
    const sessions = await Promise.all(
      Array.from(
        { length: 6 },
        async () =>
          dataOf(await users.client()(LOGIN, { input: { email: shopper.email, password: shopper.password } })).login,
      ),
    );
    await Promise.all(sessions.map((session) => users.client()(LOGOUT, { token: present(session.refreshToken) })));
    const events = await eventually(() => revocationsOf(shopper.userId).length === 6 && revocationsOf(shopper.userId));
    expect(events.map((event) => event.data.sessionVersion)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe("disableUser / enableUser", () => {
  test("disabling revokes, refuses login and refresh; enabling lets the user sign in again", async () => {
    const shopper = await registerCustomer(users);
    const { disableUser } = dataOf(await users.client(adminToken)(DISABLE, { userId: shopper.userId }));
    expect(disableUser).toEqual({ user: { disabled: true }, userErrors: [] });
    // Disabled already: nothing more to revoke.
    await users.client(adminToken)(DISABLE, { userId: shopper.userId });
    const login = dataOf(await users.client()(LOGIN, { input: { email: shopper.email, password: shopper.password } }));
    expect(login.login).toMatchObject({ accessToken: null, userErrors: [{ code: "ACCOUNT_DISABLED" }] });
    expect((await refresh(shopper.refreshToken)).userErrors[0]?.code).toBe("INVALID_REFRESH_TOKEN");
    const [event] = await eventually(() => revocationsOf(shopper.userId).length === 1 && revocationsOf(shopper.userId));
    expect(event?.data).toEqual({ userId: rowId(shopper.userId), sessionVersion: 1, reason: "DISABLED" });

    expect(dataOf(await users.client(adminToken)(ENABLE, { userId: shopper.userId })).enableUser.user?.disabled).toBe(
      false,
    );
    const again = dataOf(await users.client()(LOGIN, { input: { email: shopper.email, password: shopper.password } }));
    expect(again.login.userErrors).toEqual([]);
    expect(sv(present(again.login.accessToken))).toBe(1);
    expect(revocationsOf(shopper.userId)).toHaveLength(1);
  });

  test("a refresh token that outlived the disabling is refused as ACCOUNT_DISABLED", async () => {
    const shopper = await registerCustomer(users);
    // As when a refresh raced with disableUser: the flag is set, this token escaped revocation.
    const db = new pg.Client({ connectionString: users.config.databaseUrl });
    await db.connect();
    await db.query("update users set disabled = true where id = $1", [rowId(shopper.userId)]);
    await db.end();
    const refused = await refresh(shopper.refreshToken);
    expect(refused).toMatchObject({ accessToken: null, userErrors: [{ code: "ACCOUNT_DISABLED" }] });
  });

  test("disabled is for admins' eyes only", async () => {
    const shopper = await registerCustomer(users);
    const response = await users.client(shopper.accessToken)(ME_DISABLED);
    expect(response.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
    const self = await users.client(shopper.accessToken)(DISABLE, { userId: shopper.userId });
    expect(self.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
  });
});
