import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildSchema, parse, type OperationDefinitionNode } from "graphql";
import { describe, expect, test } from "vitest";
import { loginAttempts } from "../src/rate-limit/login.js";

const schema = buildSchema(readFileSync(resolve(import.meta.dirname, "../../schema/api.graphql"), "utf8"));

function attempts(source: string, variables?: Record<string, unknown>, userId?: string) {
  const document = parse(source);
  const operation = document.definitions[0] as OperationDefinitionNode;
  return loginAttempts(schema, document, operation, variables, userId);
}

describe("what the login limiter counts", () => {
  test("each requestPasswordReset on its address's reset budget, aliases and variables included; success keeps it spent", () => {
    expect(
      attempts(
        `mutation($e: String!) { a: requestPasswordReset(email: " Ada@Example.com ") b: requestPasswordReset(email: $e) ...F }
         fragment F on Mutation { requestPasswordReset(email: "x@example.com") }`,
        { e: "ADA@example.com" },
      ),
    ).toEqual([
      { responseKey: "a", account: "reset:ada@example.com", keepOnSuccess: true },
      { responseKey: "b", account: "reset:ada@example.com", keepOnSuccess: true },
      { responseKey: "requestPasswordReset", account: "reset:x@example.com", keepOnSuccess: true },
    ]);
  });

  test("each placeGuestOrder on the budget of the address it mails, aliases and variables included", () => {
    const input = (email: string) =>
      `{ email: "${email}", cartId: "c", idempotencyKey: "k", shippingAddress: { name: "n", line1: "l", city: "c", postalCode: "1", country: "US" } }`;
    expect(
      attempts(
        `mutation($i: GuestOrderInput!) { a: placeGuestOrder(input: ${input(" Gus@Example.com ")}) { orderToken }
           b: placeGuestOrder(input: $i) { orderToken } }`,
        { i: { email: "GUS@example.com", cartId: "c", idempotencyKey: "k2", shippingAddress: {} } },
      ),
    ).toEqual([
      { responseKey: "a", account: "guest-order:gus@example.com", keepOnSuccess: true },
      // Variables that do not fit the input type fail at execution; the attempt still counts.
      { responseKey: "b", account: "guest-order:", keepOnSuccess: true },
    ]);
    expect(
      attempts(`mutation($i: GuestOrderInput!) { placeGuestOrder(input: $i) { orderToken } }`, {
        i: {
          email: "x@example.com",
          cartId: "c",
          idempotencyKey: "k",
          shippingAddress: { name: "n", line1: "l", city: "c", postalCode: "1", country: "US" },
        },
      }),
    ).toEqual([{ responseKey: "placeGuestOrder", account: "guest-order:x@example.com", keepOnSuccess: true }]);
  });

  test("changeEmail guesses the signed-in user's password like changePassword; requestEmailVerification mails them", () => {
    const source = `mutation { changeEmail(input: { newEmail: "n@example.com", password: "guess" }) { userErrors { code } }
      requestEmailVerification { userErrors { code } } }`;
    expect(attempts(source, undefined, "u1")).toEqual([
      { responseKey: "changeEmail", account: "user:u1" },
      { responseKey: "requestEmailVerification", account: "verify:user:u1", keepOnSuccess: true },
    ]);
    // Without a valid token users refuses both unauthenticated: nothing to count.
    expect(attempts(source)).toEqual([]);
  });

  test("a login still counts on its account, cleared by success", () => {
    expect(attempts(`mutation { login(input: { email: "A@b.co", password: "p" }) { accessToken } }`)).toEqual([
      { responseKey: "login", account: "a@b.co" },
    ]);
  });
});
