import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  graphqlSync,
  parse,
  printSchema,
  validate,
  type IntrospectionQuery,
} from "graphql";
import { describe, expect, it } from "vitest";
import { shallowIntrospection, TYPE_REF_LEVELS } from "../graphiql/introspection";
import { exampleTabs } from "../graphiql/tabs";

const api = buildSchema(readFileSync(resolve(import.meta.dirname, "../../schema/api.graphql"), "utf8"));

/** Deepest selection nesting of a document's operation, its fragments expanded (as the gateway counts). */
function depth(query: string): number {
  const document = parse(query);
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === "FragmentDefinition" ? [[d.name.value, d] as const] : [])),
  );
  const measure = (selections: readonly any[]): number =>
    Math.max(
      0,
      ...selections.map((s) =>
        s.kind === "Field"
          ? s.selectionSet
            ? 1 + measure(s.selectionSet.selections)
            : 1
          : s.kind === "FragmentSpread"
            ? measure(fragments.get(s.name.value)!.selectionSet.selections)
            : measure(s.selectionSet.selections),
      ),
    );
  const operation = document.definitions.find((d) => d.kind === "OperationDefinition") as any;
  return measure(operation.selectionSet.selections);
}

describe("GraphiQL's introspection", () => {
  const full = getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true });

  it("stays within the gateway's default depth limit (12), where graphql-js's own does not", () => {
    expect(depth(full)).toBeGreaterThan(12);
    expect(depth(shallowIntrospection(full))).toBeLessThanOrEqual(12);
  });

  it(`still describes the whole API: its type references are at most ${TYPE_REF_LEVELS} wrappers deep`, () => {
    const result = graphqlSync({ schema: api, source: shallowIntrospection(full) });
    expect(result.errors).toBeUndefined();
    const client = buildClientSchema(result.data as unknown as IntrospectionQuery);
    expect(printSchema(client)).toBe(printSchema(api));
  });
});

describe("GraphiQL's example tabs", () => {
  const documents = {
    "./examples/a.graphql": "query A { ...Shared }",
    "../src/x/x.graphql": "fragment Shared on Query { me { ...Who } }\nfragment Who on User { id }",
    "../src/admin/admin.graphql": "query Users { users(first: 1) { totalCount } }",
  };

  it("opens one tab per document with an operation, partner examples first, borrowing the fragments it spreads", () => {
    const tabs = exampleTabs(documents);
    expect(tabs.map((tab) => tab.query.split("\n")[0])).toEqual([
      "# web/graphiql/examples/a.graphql",
      "# web/src/admin/admin.graphql",
    ]);
    expect(validate(api, parse(tabs[0]!.query))).toEqual([]);
    expect(tabs[0]!.query).toContain("fragment Who on User");
  });

  it("gives admin documents a header template for the ADMIN token they need", () => {
    const [, admin] = exampleTabs(documents);
    expect(JSON.parse(admin!.headers!)).toEqual({ authorization: "Bearer <an ADMIN access token>" });
  });

  it("makes every shipped tab a valid operation of the API", () => {
    const shipped = {
      ...Object.fromEntries(
        ["partner-catalog", "partner-guest-cart", "partner-order-status"].map((name) => [
          `./examples/${name}.graphql`,
          readFileSync(resolve(import.meta.dirname, `../graphiql/examples/${name}.graphql`), "utf8"),
        ]),
      ),
    };
    for (const tab of exampleTabs(shipped)) expect(validate(api, parse(tab.query)), tab.query).toEqual([]);
  });
});
