import { graphql, GraphQLNonNull, GraphQLObjectType, GraphQLSchema } from "graphql";
import { describe, expect, test } from "vitest";
import { DecimalScalar } from "../src/money.js";

/** A schema with one Decimal argument, echoed back as a Decimal. */
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: "Query",
    fields: {
      echo: {
        type: DecimalScalar,
        args: { value: { type: new GraphQLNonNull(DecimalScalar) } },
        resolve: (_root, { value }: { value: string }) => value,
      },
      float: { type: DecimalScalar, resolve: () => 19.99 },
    },
  }),
});

describe("the Decimal scalar", () => {
  test("takes and gives plain decimal strings", async () => {
    const result = await graphql({
      schema,
      source: 'query($v: Decimal!) { a: echo(value: $v) b: echo(value: "-0.50") }',
      variableValues: { v: "19.99" },
    });
    expect(result).toEqual({ data: { a: "19.99", b: "-0.50" } });
  });

  test.each([19.99, "1e3", "+5", " 5", "5.", "abc", true, null])(
    "refuses the variable %j as BAD_USER_INPUT",
    async (value) => {
      const result = await graphql({
        schema,
        source: "query($v: Decimal!) { echo(value: $v) }",
        variableValues: { v: value },
      });
      expect(result.data).toBeUndefined();
      if (value !== null) expect(result.errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
    },
  );

  test("refuses a literal that is a number or not a plain decimal", async () => {
    for (const literal of ["19.99", '"1,5"']) {
      const result = await graphql({ schema, source: `{ echo(value: ${literal}) }` });
      expect(result.errors?.[0]?.message).toMatch(/Decimal/);
    }
  });

  test("never serializes a float: a resolver returning one is an error, not a number", async () => {
    const result = await graphql({ schema, source: "{ float }" });
    expect(result.data).toEqual({ float: null });
    expect(result.errors?.[0]?.message).toMatch(/Decimal cannot represent 19.99/);
  });
});
