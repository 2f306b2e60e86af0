import { accountTokenSealContext, openToken } from "@shopgraph/platform";
import pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { dataOf, eventually, present, type RecordedEvents, recordEvents, rowId } from "@shopgraph/testing";
import {
  CHANGE_EMAIL,
  ME_VERIFIED,
  REQUEST_RESET,
  REQUEST_VERIFICATION,
  RESET_PASSWORD,
  VERIFY_EMAIL,
} from "./account-operations.js";
import { graphql } from "./gql/index.js";
import { startUsers, type UsersUnderTest } from "./harness.js";
import { LOGIN, REFRESH } from "./operations.js";
import { registerCustomer } from "./session.js";

let users: UsersUnderTest;
let recorded: RecordedEvents;
let db: pg.Client;

beforeAll(async () => {
  users = await startUsers();
  recorded = await recordEvents(users.config.events.exchange, "user.*");
  db = new pg.Client({ connectionString: users.config.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await recorded?.close();
  await users?.close();
});

const NEW_PASSWORD = "another fine passphrase 42";

/** Events carry the user's UUID; tests hold the global id the API gave them. */
const eventsOf = (userId: string, type: string) =>
  recorded.events.filter((event) => event.type === type && event.data.userId === rowId(userId));

/** The clear token of the `n`th (1-based) event of this kind for the user, opened as notifications does. */
async function mailedToken(
  userId: string,
  type: "user.password_reset_requested" | "user.email_verification_requested",
  n = 1,
): Promise<string> {
  const events = await eventually(() => eventsOf(userId, type).length >= n && eventsOf(userId, type));
  const data = present(events[n - 1]).data as { sealedToken: string };
  const purpose = type === "user.password_reset_requested" ? "PASSWORD_RESET" : "EMAIL_VERIFICATION";
  return present(
    openToken(users.config.mailTokenKey, data.sealedToken, accountTokenSealContext(purpose, rowId(userId))),
  );
}

const reset = (token: string, newPassword = NEW_PASSWORD) =>
  users.client()(RESET_PASSWORD, { input: { token, newPassword } });

test("requestPasswordReset answers true for an unknown address, stores nothing and publishes nothing", async () => {
  const marker = await registerCustomer(users);
  const before = recorded.events.length;
  const tokensBefore = (await db.query(`select count(*)::int as n from account_tokens`)).rows[0].n;
  for (const email of ["nobody@example.com", "not an address", "x".repeat(300)]) {
    expect(dataOf(await users.client()(REQUEST_RESET, { email })).requestPasswordReset).toBe(true);
  }
  // A known address afterwards: its event arrives, and nothing came before it.
  expect(dataOf(await users.client()(REQUEST_RESET, { email: marker.email })).requestPasswordReset).toBe(true);
  await mailedToken(marker.userId, "user.password_reset_requested");
  const sinceBefore = recorded.events.slice(before).map((event) => event.type);
  expect(sinceBefore.filter((type) => type === "user.password_reset_requested")).toHaveLength(1);
  const tokensAfter = (await db.query(`select count(*)::int as n from account_tokens`)).rows[0].n;
  expect(tokensAfter).toBe(tokensBefore + 1);
});

test("the event carries the token sealed, the table only its hash; the token resets once and signs in", async () => {
  const shopper = await registerCustomer(users, "Grace Hopper");
  await users.client()(REQUEST_RESET, { email: `  ${shopper.email.toUpperCase()} ` });
  const [event] = await eventually(
    () =>
      eventsOf(shopper.userId, "user.password_reset_requested").length === 1 &&
      eventsOf(shopper.userId, "user.password_reset_requested"),
  );
  const data = present(event).data as Record<string, string>;
  expect(data).toMatchObject({ userId: rowId(shopper.userId), email: shopper.email, name: "Grace Hopper" });
  const minutes = (Date.parse(present(data["expiresAt"])) - Date.now()) / 60_000;
  expect(minutes).toBeGreaterThan(28);
  expect(minutes).toBeLessThanOrEqual(30);
  const token = await mailedToken(shopper.userId, "user.password_reset_requested");
  expect(JSON.stringify(data)).not.toContain(token);
  const stored = await db.query(
    `select token_hash from account_tokens where user_id = $1 and purpose = 'PASSWORD_RESET'`,
    [rowId(shopper.userId)],
  );
  expect(stored.rows).toHaveLength(1);
  expect(JSON.stringify(stored.rows)).not.toContain(token);
  // A token sealed for one user does not open as another's.
  expect(
    openToken(
      users.config.mailTokenKey,
      data["sealedToken"] ?? "",
      accountTokenSealContext("PASSWORD_RESET", "00000000-0000-4000-8000-000000000000"),
    ),
  ).toBeUndefined();

  const { resetPassword } = dataOf(await reset(token));
  expect(resetPassword.userErrors).toEqual([]);
  expect(resetPassword.user).toMatchObject({ id: shopper.userId, email: shopper.email, emailVerified: true });
  expect(resetPassword.accessToken).toEqual(expect.any(String));
  const me = dataOf(await users.client(present(resetPassword.accessToken))(ME_VERIFIED)).me;
  expect(me?.id).toBe(shopper.userId);

  const again = dataOf(await reset(token)).resetPassword;
  expect(again.userErrors).toEqual([{ code: "INVALID_TOKEN", field: ["input", "token"], message: expect.any(String) }]);
  expect(again.accessToken).toBeNull();
  expect(
    dataOf(await users.client()(LOGIN, { input: { email: shopper.email, password: shopper.password } })).login
      .userErrors[0]?.code,
  ).toBe("INVALID_CREDENTIALS");
  expect(
    dataOf(await users.client()(LOGIN, { input: { email: shopper.email, password: NEW_PASSWORD } })).login.userErrors,
  ).toEqual([]);
});

test("a reset ends every session: refresh tokens are refused, access tokens revoked (user.sessions_revoked PASSWORD_RESET)", async () => {
  const shopper = await registerCustomer(users);
  const other = dataOf(
    await users.client()(LOGIN, { input: { email: shopper.email, password: shopper.password } }),
  ).login;
  await users.client()(REQUEST_RESET, { email: shopper.email });
  const { resetPassword } = dataOf(await reset(await mailedToken(shopper.userId, "user.password_reset_requested")));
  expect(resetPassword.userErrors).toEqual([]);
  for (const refreshToken of [shopper.refreshToken, present(other.refreshToken)]) {
    const { refreshSession } = dataOf(await users.client()(REFRESH, { token: refreshToken }));
    expect(refreshSession.userErrors[0]?.code).toBe("INVALID_REFRESH_TOKEN");
  }
  const [revoked] = await eventually(
    () =>
      eventsOf(shopper.userId, "user.sessions_revoked").length === 1 &&
      eventsOf(shopper.userId, "user.sessions_revoked"),
  );
  expect(revoked?.data).toMatchObject({ reason: "PASSWORD_RESET", sessionVersion: 1 });
  // The new session carries the new version: the gateway lets it through.
  const sv = JSON.parse(Buffer.from(present(resetPassword.accessToken).split(".")[1] ?? "", "base64url").toString()).sv;
  expect(sv).toBe(1);
  // Its refresh token works.
  const { refreshSession } = dataOf(await users.client()(REFRESH, { token: present(resetPassword.refreshToken) }));
  expect(refreshSession.userErrors).toEqual([]);
});

test("one token used by ten requests at once resets the password once", async () => {
  const shopper = await registerCustomer(users);
  await users.client()(REQUEST_RESET, { email: shopper.email });
  const token = await mailedToken(shopper.userId, "user.password_reset_requested");
  const answers = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      reset(token, `${NEW_PASSWORD} number ${i}`).then((r) => dataOf(r).resetPassword),
    ),
  );
  const winners = answers.filter((answer) => answer.userErrors.length === 0);
  expect(winners).toHaveLength(1);
  expect(answers.filter((answer) => answer.userErrors[0]?.code === "INVALID_TOKEN")).toHaveLength(9);
  // The password is the winner's, and one session was started.
  const index = answers.indexOf(present(winners[0]));
  const login = dataOf(
    await users.client()(LOGIN, { input: { email: shopper.email, password: `${NEW_PASSWORD} number ${index}` } }),
  ).login;
  expect(login.userErrors).toEqual([]);
  const revocations = await eventually(
    () =>
      eventsOf(shopper.userId, "user.sessions_revoked").length === 1 &&
      eventsOf(shopper.userId, "user.sessions_revoked"),
    5_000,
  );
  expect(revocations).toHaveLength(1);
});

test("expired, unknown, weak: stable codes; a weak password leaves the token usable; a newer reset voids older links", async () => {
  const shopper = await registerCustomer(users);
  await users.client()(REQUEST_RESET, { email: shopper.email });
  await users.client()(REQUEST_RESET, { email: shopper.email });
  const first = await mailedToken(shopper.userId, "user.password_reset_requested", 1);
  const second = await mailedToken(shopper.userId, "user.password_reset_requested", 2);

  expect(dataOf(await reset("not-a-token")).resetPassword.userErrors[0]?.code).toBe("INVALID_TOKEN");
  expect(dataOf(await reset("")).resetPassword.userErrors[0]?.code).toBe("INVALID_TOKEN");
  const weak = dataOf(await reset(first, "password1")).resetPassword;
  expect(weak.userErrors).toEqual([
    { code: "WEAK_PASSWORD", field: ["input", "newPassword"], message: expect.any(String) },
  ]);

  await db.query(
    `update account_tokens set expires_at = now() - interval '1 second' where token_hash = encode(sha256($1::bytea), 'hex')`,
    [first],
  );
  expect(dataOf(await reset(first)).resetPassword.userErrors[0]?.code).toBe("TOKEN_EXPIRED");
  // The second link still works, and using it ends the others.
  expect(dataOf(await reset(second)).resetPassword.userErrors).toEqual([]);
  await db.query(
    `update account_tokens set expires_at = now() + interval '1 hour' where token_hash = encode(sha256($1::bytea), 'hex')`,
    [first],
  );
  expect(dataOf(await reset(first)).resetPassword.userErrors[0]?.code).toBe("INVALID_TOKEN");
});

test("a disabled account gets no reset link", async () => {
  const shopper = await registerCustomer(users);
  await db.query(`update users set disabled = true where id = $1`, [rowId(shopper.userId)]);
  expect(dataOf(await users.client()(REQUEST_RESET, { email: shopper.email })).requestPasswordReset).toBe(true);
  const marker = await registerCustomer(users);
  await users.client()(REQUEST_RESET, { email: marker.email });
  await mailedToken(marker.userId, "user.password_reset_requested");
  expect(eventsOf(shopper.userId, "user.password_reset_requested")).toEqual([]);
});

test("registering mails a verification link; verifyEmail uses it once", async () => {
  const shopper = await registerCustomer(users);
  const [event] = await eventually(
    () =>
      eventsOf(shopper.userId, "user.email_verification_requested").length === 1 &&
      eventsOf(shopper.userId, "user.email_verification_requested"),
  );
  expect(event?.data).toMatchObject({ email: shopper.email, previousEmail: null });
  const client = users.client(shopper.accessToken);
  expect(dataOf(await client(ME_VERIFIED)).me?.emailVerified).toBe(false);
  const token = await mailedToken(shopper.userId, "user.email_verification_requested");
  const verified = dataOf(await users.client()(VERIFY_EMAIL, { token })).verifyEmail;
  expect(verified).toEqual({ user: { id: shopper.userId, email: shopper.email, emailVerified: true }, userErrors: [] });
  expect(dataOf(await client(ME_VERIFIED)).me?.emailVerified).toBe(true);
  expect(dataOf(await users.client()(VERIFY_EMAIL, { token })).verifyEmail.userErrors).toEqual([
    { code: "INVALID_TOKEN", field: ["token"] },
  ]);
  expect(dataOf(await client(REQUEST_VERIFICATION)).requestEmailVerification.userErrors).toEqual([
    { code: "EMAIL_ALREADY_VERIFIED" },
  ]);
  // A reset token is no verification token, nor the reverse.
  await users.client()(REQUEST_RESET, { email: shopper.email });
  const resetToken = await mailedToken(shopper.userId, "user.password_reset_requested");
  expect(dataOf(await users.client()(VERIFY_EMAIL, { token: resetToken })).verifyEmail.userErrors[0]?.code).toBe(
    "INVALID_TOKEN",
  );
});

test("requestEmailVerification mails a new link; an expired link is TOKEN_EXPIRED; anonymous callers are refused", async () => {
  const shopper = await registerCustomer(users);
  const client = users.client(shopper.accessToken);
  const { requestEmailVerification } = dataOf(await client(REQUEST_VERIFICATION));
  expect(requestEmailVerification).toEqual({ user: { id: shopper.userId, emailVerified: false }, userErrors: [] });
  const second = await mailedToken(shopper.userId, "user.email_verification_requested", 2);
  await db.query(
    `update account_tokens set expires_at = now() - interval '1 second' where token_hash = encode(sha256($1::bytea), 'hex')`,
    [second],
  );
  expect(dataOf(await users.client()(VERIFY_EMAIL, { token: second })).verifyEmail.userErrors[0]?.code).toBe(
    "TOKEN_EXPIRED",
  );
  const anonymous = await users.client()(REQUEST_VERIFICATION);
  expect(anonymous.errors?.[0]?.extensions?.["code"]).toBe("UNAUTHENTICATED");
});

test("changeEmail needs the password; the new address takes effect once its link is used, and the old one is named", async () => {
  const shopper = await registerCustomer(users, "Ada");
  const taken = await registerCustomer(users);
  const client = users.client(shopper.accessToken);
  const change = (input: { newEmail: string; password: string }) =>
    client(CHANGE_EMAIL, { input }).then((r) => dataOf(r).changeEmail);
  const newEmail = `moved.${Date.now()}@example.com`;

  expect((await change({ newEmail, password: "wrong password here" })).userErrors).toEqual([
    { code: "INVALID_CREDENTIALS", field: ["input", "password"] },
  ]);
  expect((await change({ newEmail: "nope", password: shopper.password })).userErrors).toEqual([
    { code: "INVALID_EMAIL", field: ["input", "newEmail"] },
  ]);
  expect((await change({ newEmail: shopper.email.toUpperCase(), password: shopper.password })).userErrors).toEqual([
    { code: "EMAIL_UNCHANGED", field: ["input", "newEmail"] },
  ]);
  expect((await change({ newEmail: taken.email, password: shopper.password })).userErrors).toEqual([
    { code: "EMAIL_TAKEN", field: ["input", "newEmail"] },
  ]);
  const asked = await change({ newEmail: ` ${newEmail.toUpperCase()}`, password: shopper.password });
  expect(asked).toEqual({ user: { id: shopper.userId, email: shopper.email, emailVerified: false }, userErrors: [] });
  const events = await eventually(
    () =>
      eventsOf(shopper.userId, "user.email_verification_requested").length === 2 &&
      eventsOf(shopper.userId, "user.email_verification_requested"),
  );
  expect(events[1]?.data).toMatchObject({ email: newEmail, previousEmail: shopper.email, name: "Ada" });
  // Nothing changed yet: the old address still signs in.
  expect(dataOf(await client(ME_VERIFIED)).me?.email).toBe(shopper.email);

  const token = await mailedToken(shopper.userId, "user.email_verification_requested", 2);
  const oldLink = await mailedToken(shopper.userId, "user.email_verification_requested", 1);
  const { verifyEmail } = dataOf(await users.client()(VERIFY_EMAIL, { token }));
  expect(verifyEmail).toEqual({ user: { id: shopper.userId, email: newEmail, emailVerified: true }, userErrors: [] });
  const [updated] = await eventually(
    () => eventsOf(shopper.userId, "user.updated").length === 1 && eventsOf(shopper.userId, "user.updated"),
  );
  expect(updated?.data).toEqual({ userId: rowId(shopper.userId), email: newEmail, name: "Ada" });
  expect(
    dataOf(await users.client()(LOGIN, { input: { email: newEmail, password: shopper.password } })).login.userErrors,
  ).toEqual([]);
  // The link of the registration cannot move the account back.
  expect(dataOf(await users.client()(VERIFY_EMAIL, { token: oldLink })).verifyEmail.userErrors[0]?.code).toBe(
    "INVALID_TOKEN",
  );
});

test("a change link whose address was taken meanwhile is EMAIL_TAKEN; updateProfile no longer changes the address", async () => {
  const shopper = await registerCustomer(users);
  const newEmail = `contested.${Date.now()}@example.com`;
  await users.client(shopper.accessToken)(CHANGE_EMAIL, { input: { newEmail, password: shopper.password } });
  const token = await mailedToken(shopper.userId, "user.email_verification_requested", 2);
  await users.client()(
    graphql(`
      mutation RecoveryRegister($input: RegisterInput!) {
        register(input: $input) {
          userErrors {
            code
          }
        }
      }
    `),
    { input: { email: newEmail, password: "a long enough passphrase", name: "Squatter" } },
  );
  expect(dataOf(await users.client()(VERIFY_EMAIL, { token })).verifyEmail.userErrors).toEqual([
    { code: "EMAIL_TAKEN", field: ["token"] },
  ]);

  const update = graphql(`
    mutation RecoveryUpdateProfile($input: UpdateProfileInput!) {
      updateProfile(input: $input) {
        user {
          email
          name
        }
        userErrors {
          code
          field
        }
      }
    }
  `);
  const client = users.client(shopper.accessToken);
  const refused = dataOf(
    await client(update, { input: { email: `elsewhere.${Date.now()}@example.com`, name: "Renamed" } }),
  ).updateProfile;
  expect(refused).toEqual({ user: null, userErrors: [{ code: "PASSWORD_REQUIRED", field: ["input", "email"] }] });
  const same = dataOf(await client(update, { input: { email: shopper.email, name: "Renamed" } })).updateProfile;
  expect(same).toEqual({ user: { email: shopper.email, name: "Renamed" }, userErrors: [] });
});

test("asking for a link deletes the user's used and expired tokens: the table keeps the live ones only", async () => {
  const shopper = await registerCustomer(users);
  const rows = async () =>
    (
      await db.query(
        `select purpose, used_at is not null as used from account_tokens where user_id = $1 order by created_at`,
        [rowId(shopper.userId)],
      )
    ).rows;
  await users.client()(VERIFY_EMAIL, { token: await mailedToken(shopper.userId, "user.email_verification_requested") });
  await users.client()(REQUEST_RESET, { email: shopper.email });
  expect(
    dataOf(await reset(await mailedToken(shopper.userId, "user.password_reset_requested"))).resetPassword.userErrors,
  ).toEqual([]);
  // The reset's request deleted the used verification token; the reset used its own.
  expect(await rows()).toEqual([{ purpose: "PASSWORD_RESET", used: true }]);
  await users.client()(REQUEST_RESET, { email: shopper.email });
  await mailedToken(shopper.userId, "user.password_reset_requested", 2);
  expect(await rows()).toEqual([{ purpose: "PASSWORD_RESET", used: false }]);
});

test("user.email_verified is published once per verification, never on registration, a refused or reused link", async () => {
  const shopper = await registerCustomer(users);
  const token = await mailedToken(shopper.userId, "user.email_verification_requested");
  // Registered: no verified event (registering an address proves nothing; orders claims on this event).
  expect(eventsOf(shopper.userId, "user.email_verified")).toEqual([]);
  expect(dataOf(await users.client()(VERIFY_EMAIL, { token: `${token}x` })).verifyEmail.userErrors[0]?.code).toBe(
    "INVALID_TOKEN",
  );
  // Ten uses of the link at once verify once.
  await Promise.all(Array.from({ length: 10 }, () => users.client()(VERIFY_EMAIL, { token })));
  const [verified] = await eventually(
    () =>
      eventsOf(shopper.userId, "user.email_verified").length === 1 && eventsOf(shopper.userId, "user.email_verified"),
  );
  expect(verified?.data).toEqual({ userId: rowId(shopper.userId), email: shopper.email });
  // A marker behind it: nothing more was published for this user.
  const marker = await registerCustomer(users);
  await mailedToken(marker.userId, "user.email_verification_requested");
  expect(eventsOf(shopper.userId, "user.email_verified")).toHaveLength(1);
});

test("a password reset proves the address too: user.email_verified once, when the address was not verified yet", async () => {
  const shopper = await registerCustomer(users);
  await users.client()(REQUEST_RESET, { email: shopper.email });
  expect((await reset(await mailedToken(shopper.userId, "user.password_reset_requested"))).errors).toBeUndefined();
  const [verified] = await eventually(
    () =>
      eventsOf(shopper.userId, "user.email_verified").length === 1 && eventsOf(shopper.userId, "user.email_verified"),
  );
  expect(verified?.data).toEqual({ userId: rowId(shopper.userId), email: shopper.email });
  // A second reset of the now verified address announces nothing new.
  await users.client()(REQUEST_RESET, { email: shopper.email });
  await reset(await mailedToken(shopper.userId, "user.password_reset_requested", 2), "yet another passphrase 77");
  const marker = await registerCustomer(users);
  await mailedToken(marker.userId, "user.email_verification_requested");
  expect(eventsOf(shopper.userId, "user.email_verified")).toHaveLength(1);
});
