import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  parse,
  type OperationDefinitionNode,
} from "graphql";
import { describe, expect, it } from "vitest";
import { readGatewayConfig } from "../src/config.js";
import { operationCost } from "../src/cost/estimate.js";
import { LIST_SIZES } from "../src/cost/list-sizes.js";
import { RESULT_SIZE_FLOOD } from "./floods.js";
import { webOperations, worstCaseVariables } from "./web-operations.js";

const schema = buildSchema(readFileSync(resolve(import.meta.dirname, "../../schema/api.graphql"), "utf8"));
const cost = (query: string, variables: Record<string, unknown> = {}) => operationCost(schema, parse(query), variables);
const budget = readGatewayConfig({ JWT_PUBLIC_KEY: "unused", REQUEST_SIGNING_SECRET: "x".repeat(32) }).cost.maxCost;

describe("list sizes", () => {
  const schemaFields = Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith("__"))
    .flatMap((type) =>
      Object.values((type as ReturnType<typeof schema.getQueryType> & object).getFields()).map((field) => ({
        type,
        field,
      })),
    );

  it("has an entry for every list and connection field of the public schema, and no other", () => {
    const listFields = schemaFields
      .filter(
        ({ field }) => isListType(getNullableType(field.type)) || getNamedType(field.type).name.endsWith("Connection"),
      )
      .map(({ type, field }) => `${type.name}.${field.name}`)
      .sort();
    expect(Object.keys(LIST_SIZES).sort()).toEqual(listFields);
  });

  it("sizes every argument-sized list by an argument the field has", () => {
    for (const { type, field } of schemaFields) {
      const entry = LIST_SIZES[`${type.name}.${field.name}`];
      if (entry?.kind === "argument") {
        for (const argument of entry.arguments) expect(field.args.map((arg) => arg.name)).toContain(argument);
      }
    }
  });
});

describe("the cost of an operation", () => {
  it("counts objects, multiplying by each list's size", () => {
    // 1 connection + 5 nodes, each with up to 100 variants
    expect(cost("{ products(first: 5) { nodes { id variants { id } } } }")).toBe(1 + 5 * (1 + 100));
  });

  it("takes the documented default page when first is omitted and the maximum above it", () => {
    expect(cost("{ products { nodes { id } } }")).toBe(1 + 20);
    expect(cost("{ products(first: 5000) { nodes { id } } }")).toBe(1 + 100);
    expect(cost("query($n: Int) { products(first: $n) { edges { node { id } } } }", { n: 7 })).toBe(1 + 7 * 2);
  });

  it("sizes a page backward by last, as a page forward by first", () => {
    expect(cost("{ products(last: 7) { nodes { id } } }")).toBe(1 + 7);
    expect(cost("{ products(last: 5000) { nodes { id } } }")).toBe(1 + 100);
    // Refused by the subgraph; costed at the larger.
    expect(cost("{ products(first: 3, last: 9) { nodes { id } } }")).toBe(1 + 9);
  });

  it("sizes nodes by the ids it is given, at most 100", () => {
    expect(cost('{ nodes(ids: ["a", "b", "c"]) { id } }')).toBe(3);
    expect(cost("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", { ids: Array.from({ length: 500 }, String) })).toBe(
      100,
    );
  });

  it("sizes search suggestions by first: 8 when omitted, at most 20", () => {
    const suggestion = "kind text product { id name } category { id }";
    expect(cost(`{ searchSuggestions(prefix: "hoo") { ${suggestion} } }`)).toBe(8 * 3);
    expect(cost(`{ searchSuggestions(prefix: "hoo", first: 2) { ${suggestion} } }`)).toBe(2 * 3);
    expect(cost(`{ searchSuggestions(prefix: "hoo", first: 1000) { ${suggestion} } }`)).toBe(20 * 3);
  });

  it("sizes a connection's edges and nodes by its own page, not by its siblings", () => {
    expect(cost("{ products(first: 3) { totalCount pageInfo { hasNextPage } facets { categories { count } } } }")).toBe(
      1 + 1 + 1 + 100,
    );
  });

  it("multiplies by aliases and by fragment spreads", () => {
    const one = cost("{ products(first: 10) { nodes { variants { id } } } }");
    expect(
      cost(
        "{ a: products(first: 10) { nodes { variants { id } } } b: products(first: 10) { nodes { variants { id } } } }",
      ),
    ).toBe(2 * one);
    expect(
      cost("{ products(first: 10) { ...P ...P } } fragment P on ProductConnection { nodes { variants { id } } }"),
    ).toBe(2 * one - 1);
  });

  it("prices the result-size flood far over the budget", () => {
    expect(cost(RESULT_SIZE_FLOOD)).toBeGreaterThan(1000 * budget);
  });

  it("lets every operation of the README through", () => {
    const readme = readFileSync(resolve(import.meta.dirname, "../../README.md"), "utf8");
    const queries = [...readme.matchAll(/"?query"?: ("(?:{|query|mutation|subscription)(?:[^"\\]|\\.)*")/g)].map(
      (match) => JSON.parse(match[1]!) as string,
    );
    expect(queries.length).toBeGreaterThanOrEqual(4);
    const variables = { input: { email: "ada@example.com", password: "correct horse battery", name: "Ada" } };
    expect(queries.map((query) => cost(query, variables)).filter((estimate) => estimate > budget)).toEqual([]);
  });

  it("lets every operation the shop sends through, at its costliest variables", () => {
    const operations = webOperations();
    expect(operations.length).toBeGreaterThan(20);
    const overBudget = operations
      .map(({ name, document }) => {
        const variables = worstCaseVariables(schema, document.definitions[0] as OperationDefinitionNode);
        return { name, cost: operationCost(schema, document, variables, name) };
      })
      .filter((operation) => operation.cost > budget);
    expect(overBudget).toEqual([]);
  });

  it("costs a document kept between requests by each request's variables where they size a list or pick a field", () => {
    const pages = parse("query($n: Int) { products(first: $n) { nodes { id } } }");
    const picked = parse(
      "query($all: Boolean!) { products(first: 5) { nodes { id variants @include(if: $all) { id } } } }",
    );
    const fixed = parse("query($key: String!) { products(first: 5, query: $key) { nodes { id } } }");
    for (let round = 0; round < 2; round++) {
      expect(operationCost(schema, pages, { n: 3 })).toBe(1 + 3);
      expect(operationCost(schema, pages, { n: 50 })).toBe(1 + 50);
      expect(operationCost(schema, picked, { all: false })).toBe(1 + 5);
      expect(operationCost(schema, picked, { all: true })).toBe(1 + 5 * (1 + 100));
      expect(operationCost(schema, fixed, { key: "shirt" })).toBe(1 + 5);
      // Variables that do not fit are refused on every request, costed before or not.
      expect(() => operationCost(schema, fixed, { key: 5 })).toThrow();
    }
  });
});
