import { parse, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { measureOperation } from "../src/limits.js";
import { startSupergraph, type SupergraphUnderTest } from "./harness.js";

function measure(query: string) {
  const document = parse(query);
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === "FragmentDefinition")
      .map((d) => [d.name.value, d]),
  );
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition");
  return measureOperation(operation!, fragments);
}

describe("measuring an operation", () => {
  it("counts depth, aliases and fields with fragments expanded as often as they are spread", () => {
    expect(measure("{ a: me { id } b: me { id ...F } } fragment F on User { name role }")).toEqual({
      depth: 2,
      aliases: 2,
      fields: 6,
    });
  });

  it("counts nesting inside inline fragments and fragments", () => {
    expect(
      measure("{ users { ... on UserConnection { edges { node { ...N } } } } } fragment N on User { id }"),
    ).toEqual({ depth: 4, aliases: 0, fields: 4 });
  });

  it("does not loop on a fragment cycle (graphql-js reports it)", () => {
    expect(measure("{ me { ...A } } fragment A on User { id ...B } fragment B on User { ...A }").fields).toBe(2);
  });
});

describe("request limits at the gateway", () => {
  let supergraph: SupergraphUnderTest;
  beforeAll(async () => {
    supergraph = await startSupergraph({
      gatewayEnv: { MAX_QUERY_DEPTH: "3", MAX_ALIASES: "2", MAX_FIELDS: "20", MAX_BODY_BYTES: "2000" },
    });
  }, 60_000);
  afterAll(() => supergraph?.close());

  const post = (body: string, contentType = "application/json") =>
    fetch(supergraph.url, { method: "POST", headers: { "content-type": contentType }, body });

  it.each([
    ["too deep", "{ users { edges { node { id } } } }", "depth", /nested 4 levels deep; at most 3/],
    ["too many aliases", "{ a: me { id } b: me { id } c: me { id } }", "aliases", /3 aliases; at most 2/],
    [
      "too many fields, counting each fragment spread",
      "{ me { ...F ...F ...F ...F } } fragment F on User { id name email role createdAt }",
      "fields",
      /selects 21 fields; at most 20/,
    ],
  ])("refuses a query %s with 400 and BAD_USER_INPUT", async (_case, query, limit, message) => {
    const response = await supergraph.request(query);
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(message),
        extensions: { code: "BAD_USER_INPUT", limit, max: expect.any(Number) },
      }),
    ]);
  });

  it("runs a query within every limit", async () => {
    const response = await supergraph.request("{ a: me { id } b: me { name } }");
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ a: null, b: null });
  });

  it("refuses a body over MAX_BODY_BYTES with 413 and a JSON GraphQL error", async () => {
    const response = await post(JSON.stringify({ query: `{ me { id } } # ${"x".repeat(3000)}` }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: expect.stringContaining("2000 bytes"), extensions: { code: "PAYLOAD_TOO_LARGE" } }],
    });
  });

  it("refuses malformed JSON with 400 and a JSON GraphQL error", async () => {
    const response = await post('{"query": "{ me { id } }"');
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^application\/graphql-response\+json/);
    expect(await response.json()).toEqual({
      errors: [{ message: "The request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }],
    });
  });

  it("refuses a content type other than JSON with 415 and a JSON GraphQL error", async () => {
    const response = await post("query={ me { id } }", "application/x-www-form-urlencoded");
    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({
      errors: [{ message: expect.any(String), extensions: { code: "UNSUPPORTED_MEDIA_TYPE" } }],
    });
  });

  it("refuses a syntax error with 400 and GRAPHQL_PARSE_FAILED", async () => {
    const response = await supergraph.request("{ me { id ");
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.["code"]).toBe("GRAPHQL_PARSE_FAILED");
  });
});
