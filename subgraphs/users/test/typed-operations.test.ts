import { dataOf, type GraphQLClient } from "@shopgraph/testing";
import { expectTypeOf, test } from "vitest";
import type { Role } from "./gql/graphql.js";
import { LOGIN, ME } from "./operations.js";

/**
 * What the typed test documents promise, checked by `npm run lint` (tsc over the tests): each
 * `@ts-expect-error` below fails the lint if its call ever compiles. Nothing is sent.
 */
test("a typed document types the data and refuses wrong variables at compile time", () => {
  const typed = async (client: GraphQLClient) => {
    // @ts-expect-error LOGIN's input is required.
    await client(LOGIN);
    // @ts-expect-error An email is a string.
    await client(LOGIN, { input: { email: 42, password: "a long enough passphrase" } });
    // @ts-expect-error A variable LOGIN does not declare.
    await client(LOGIN, { input: { email: "ada@example.com", password: "a long enough passphrase" }, extra: 1 });
    // A string is not checked: how hostile-input tests send what codegen would refuse.
    await client("mutation { login }", { anything: true });
    const { me } = dataOf(await client(ME));
    expectTypeOf(me).toEqualTypeOf<{
      id: string;
      email: string;
      name: string;
      role: Role;
      createdAt: string;
    } | null>();
  };
  expectTypeOf(typed).toBeFunction();
});
