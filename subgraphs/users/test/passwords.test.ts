import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { dataOf } from "@shopgraph/testing";
import { graphql } from "./gql/index.js";
import { startUsers, type UsersUnderTest } from "./harness.js";
import { LOGIN, REGISTER } from "./operations.js";
import { registerCustomer } from "./session.js";

let users: UsersUnderTest;
beforeAll(async () => {
  users = await startUsers();
});
afterAll(() => users.close());

const CHANGE_PASSWORD = graphql(`
  mutation PasswordsChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Long enough, and still among the first guesses of anyone holding a password list. */
const GUESSABLE = [
  ["1234567890", /frequently used password/],
  ["password12", /commonly used password/],
  ["qwertyuiop", /frequently used password/],
  ["iloveyou2026", /./],
  ["abcdefghijkl", /./],
  ["aaaaaaaaaaaa1", /Repeated characters/],
] as const;

describe("the password policy (register, changePassword)", () => {
  test.each(GUESSABLE)("register refuses %s as WEAK_PASSWORD, saying why", async (password, why) => {
    const email = `weak.${password}@example.com`;
    const { register } = dataOf(await users.client()(REGISTER, { input: { email, password, name: "Weak" } }));
    expect(register.accessToken).toBeNull();
    expect(register.userErrors).toEqual([
      { code: "WEAK_PASSWORD", field: ["input", "password"], message: expect.stringMatching(why) },
    ]);
    expect(register.userErrors[0]?.message).toMatch(/^Password is too easy to guess\. /);
    const login = dataOf(await users.client()(LOGIN, { input: { email, password } }));
    expect(login.login.userErrors[0]?.code).toBe("INVALID_CREDENTIALS");
  });

  test("a password made of the user's own name and email is refused", async () => {
    const input = {
      email: "marguerite.yourcenar@example.com",
      password: "marguerite yourcenar",
      name: "Marguerite Yourcenar",
    };
    const { register } = dataOf(await users.client()(REGISTER, { input }));
    expect(register.userErrors[0]).toMatchObject({
      code: "WEAK_PASSWORD",
      message: expect.stringMatching(/personal data/),
    });
  });

  test.each(["correct horse battery", "a long enough passphrase", "Tr0ub4dor&3x-staple"])(
    "accepts %s",
    async (password) => {
      const email = `strong.${password.replace(/\W/g, "")}@example.com`;
      const { register } = dataOf(await users.client()(REGISTER, { input: { email, password, name: "Strong" } }));
      expect(register.userErrors).toEqual([]);
    },
  );

  test.each(GUESSABLE.map(([password]) => password))(
    "changePassword refuses %s and keeps the old password",
    async (password) => {
      const shopper = await registerCustomer(users);
      const { changePassword } = dataOf(
        await users.client(shopper.accessToken)(CHANGE_PASSWORD, {
          input: { currentPassword: shopper.password, newPassword: password },
        }),
      );
      expect(changePassword.userErrors).toEqual([
        expect.objectContaining({ code: "WEAK_PASSWORD", field: ["input", "newPassword"] }),
      ]);
      const login = dataOf(
        await users.client()(LOGIN, { input: { email: shopper.email, password: shopper.password } }),
      );
      expect(login.login.userErrors).toEqual([]);
    },
  );
});
