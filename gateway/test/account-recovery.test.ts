import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { dataOf, eventually, present } from "@shopgraph/testing";
import { startSupergraph, type SupergraphUnderTest } from "./harness.js";

/**
 * Account recovery and verification end to end: users records the event, notifications mails the
 * link through its embedded SMTP sink, the test reads the link from the mail's text part (as an
 * admin, through `sentMail`) and follows it through the gateway.
 */
let supergraph: SupergraphUnderTest;
const ADMIN = { email: "admin@recovery.test", password: "admin password, long enough" };
const PASSWORD = "a long passphrase";
const NEW_PASSWORD = "another fine passphrase 42";

beforeAll(async () => {
  supergraph = await startSupergraph({ subgraphEnv: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password } });
}, 60_000);
afterAll(() => supergraph?.close());

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { id } userErrors { code } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken userErrors { code } } }`;
const REQUEST_RESET = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation($input: ResetPasswordInput!) {
  resetPassword(input: $input) { accessToken user { id email emailVerified } userErrors { code field } }
}`;
const VERIFY = `mutation($token: String!) { verifyEmail(token: $token) { user { id email emailVerified } userErrors { code } } }`;
const ME = `{ me { id email emailVerified } }`;

async function register(name = "Shopper") {
  const email = `${name.toLowerCase()}-${randomUUID().slice(0, 8)}@example.com`;
  const { register } = dataOf(await supergraph.client()(REGISTER, { input: { email, password: PASSWORD, name } }));
  expect(register.userErrors).toEqual([]);
  return { email, userId: register.user.id as string, accessToken: register.accessToken as string };
}

/** The text of the one mail to `recipient` with this subject, once the sink has it. */
async function mailTo(recipient: string, subject: string): Promise<string> {
  const { login } = dataOf(await supergraph.client()(LOGIN, { input: ADMIN }));
  const admin = supergraph.client(login.accessToken);
  const found = await eventually(async () => {
    const { sentMail } = dataOf(await admin(`{ sentMail(first: 100) { recipient subject text } }`));
    const matching = sentMail.filter((mail: any) => mail.recipient === recipient && mail.subject === subject);
    return matching.length > 0 && matching;
  }, 20_000);
  expect(found).toHaveLength(1);
  return found[0].text as string;
}

/** The `token` of the shop link in a mail's text. */
function tokenIn(text: string, page: string): string {
  const link = present(new RegExp(`https?://\\S+/${page}\\?token=\\S+`).exec(text), `a ${page} link`)[0];
  return present(new URL(link).searchParams.get("token"));
}

describe("forgot password", () => {
  test("the link in the mail resets the password, signs in and ends the old sessions at the gateway", async () => {
    const shopper = await register("Grace");
    const old = supergraph.client(shopper.accessToken);
    expect(dataOf(await old(ME)).me.id).toBe(shopper.userId);

    // The same answer whether or not the address has an account.
    for (const email of [shopper.email, `nobody-${randomUUID()}@example.com`]) {
      expect(dataOf(await supergraph.client()(REQUEST_RESET, { email }))).toEqual({ requestPasswordReset: true });
    }
    const text = await mailTo(shopper.email, "Reset your Shopgraph password");
    const token = tokenIn(text, "reset-password");

    const { resetPassword } = dataOf(await supergraph.client()(RESET, { input: { token, newPassword: NEW_PASSWORD } }));
    expect(resetPassword).toMatchObject({
      user: { id: shopper.userId, email: shopper.email, emailVerified: true },
      userErrors: [],
    });
    // The access token from before the reset is refused at the gateway once it heard of the revocation.
    await eventually(async () => (await old(ME)).errors?.[0]?.extensions?.["code"] === "UNAUTHENTICATED", 10_000);
    expect(dataOf(await supergraph.client(resetPassword.accessToken)(ME)).me.id).toBe(shopper.userId);

    // Once only.
    const again = dataOf(await supergraph.client()(RESET, { input: { token, newPassword: NEW_PASSWORD } }));
    expect(again.resetPassword.userErrors).toEqual([{ code: "INVALID_TOKEN", field: ["input", "token"] }]);
    const { login } = dataOf(
      await supergraph.client()(LOGIN, { input: { email: shopper.email, password: NEW_PASSWORD } }),
    );
    expect(login.userErrors).toEqual([]);
  }, 60_000);

  test("reset requests count against the address's budget like logins: the sixth in the window is 429", async () => {
    const email = `flood-${randomUUID().slice(0, 8)}@example.com`;
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await supergraph.request(REQUEST_RESET, { email }));
    expect(answers.slice(0, 5).map((answer) => answer.data)).toEqual(Array(5).fill({ requestPasswordReset: true }));
    expect(answers[5]?.status).toBe(429);
    expect(answers[5]?.errors?.[0]?.extensions?.["code"]).toBe("RATE_LIMITED");
    // Another address is not held back by it.
    const other = await supergraph.request(REQUEST_RESET, { email: `other-${randomUUID()}@example.com` });
    expect(other.data).toEqual({ requestPasswordReset: true });
  });
});

describe("email verification", () => {
  test("the registration mail's link verifies the address", async () => {
    const shopper = await register("Vera");
    const client = supergraph.client(shopper.accessToken);
    expect(dataOf(await client(ME)).me.emailVerified).toBe(false);
    const token = tokenIn(await mailTo(shopper.email, "Verify your email address"), "verify-email");
    const { verifyEmail } = dataOf(await supergraph.client()(VERIFY, { token }));
    expect(verifyEmail).toEqual({
      user: { id: shopper.userId, email: shopper.email, emailVerified: true },
      userErrors: [],
    });
    expect(dataOf(await client(ME)).me.emailVerified).toBe(true);
  }, 60_000);

  test("changing the address: the old one is told, the new one takes effect with its link", async () => {
    const shopper = await register("Chang");
    const client = supergraph.client(shopper.accessToken);
    const newEmail = `changed-${randomUUID().slice(0, 8)}@example.com`;
    const { changeEmail } = dataOf(
      await client(
        `mutation($input: ChangeEmailInput!) { changeEmail(input: $input) { user { email } userErrors { code } } }`,
        { input: { newEmail, password: PASSWORD } },
      ),
    );
    expect(changeEmail).toEqual({ user: { email: shopper.email }, userErrors: [] });
    const notice = await mailTo(shopper.email, "Your Shopgraph email address is being changed");
    expect(notice).toContain(newEmail);
    expect(notice).not.toMatch(/token=/);
    const token = tokenIn(await mailTo(newEmail, "Confirm your new email address"), "verify-email");
    expect(dataOf(await client(ME)).me.email).toBe(shopper.email);
    const { verifyEmail } = dataOf(await supergraph.client()(VERIFY, { token }));
    expect(verifyEmail.user).toEqual({ id: shopper.userId, email: newEmail, emailVerified: true });
    expect(dataOf(await client(ME)).me.email).toBe(newEmail);
  }, 60_000);
});

describe("saved addresses", () => {
  test("node(id) answers a saved address to its owner only", async () => {
    const owner = await register("Owner");
    const other = await register("Other");
    const { saveAddress } = dataOf(
      await supergraph.client(owner.accessToken)(
        `mutation($input: SaveAddressInput!) { saveAddress(input: $input) { address { id } userErrors { code } } }`,
        { input: { name: "Owner", line1: "1 Main St", city: "Springfield", postalCode: "12345", country: "US" } },
      ),
    );
    expect(saveAddress.userErrors).toEqual([]);
    const NODE = `query($id: ID!) { node(id: $id) { __typename id ... on SavedAddress { city defaultShipping } } }`;
    const id = saveAddress.address.id;
    expect(dataOf(await supergraph.client(owner.accessToken)(NODE, { id })).node).toEqual({
      __typename: "SavedAddress",
      id,
      city: "Springfield",
      defaultShipping: true,
    });
    expect(dataOf(await supergraph.client(other.accessToken)(NODE, { id })).node).toBeNull();
    expect(dataOf(await supergraph.client()(NODE, { id })).node).toBeNull();
  });
});
