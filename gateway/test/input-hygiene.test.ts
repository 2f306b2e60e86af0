import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Role } from "@shopgraph/kernel";
import { graphqlRequest, testAccessToken } from "@shopgraph/testing";
import {
  astFromValue,
  buildSchema,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  print,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSupergraph, type SupergraphUnderTest } from "./harness.js";

/**
 * A sweep of hostile input over every argument of every root field of the public API, generated
 * from schema/api.graphql so a new field is covered the day it appears.
 */
const api = buildSchema(readFileSync(resolve(import.meta.dirname, "../../schema/api.graphql"), "utf8"));

const cursor = (json: string) => Buffer.from(json).toString("base64url");
const HOSTILE_STRINGS: [string, string][] = [
  ["a NUL byte", "a\u0000b"],
  ["a lone high surrogate", "a\ud800b"],
  ["a lone low surrogate", "\udc00"],
];
const MALFORMED_IDS: [string, string][] = [
  ["a malformed id", "not-an-id"],
  ["an integer id", "42"],
  ["an id with a NUL byte", `${randomUUID()}\u0000`],
];
const MALFORMED_CURSORS: [string, string][] = [
  ["a cursor that is not base64 JSON", "%%%"],
  ["a cursor of another shape", cursor('["x"]')],
  ["a cursor whose time is not a time", cursor(`["yesterday","${randomUUID()}"]`)],
  ["a cursor whose id is not an id", cursor('["2026-01-01T00:00:00.000Z","42"]')],
  ["a product cursor with a malformed id", cursor('["NEWEST","2026-01-01T00:00:00.000Z","42"]')],
];

/** A value of `type` that passes GraphQL coercion (every optional field given, to reach them all). */
function plausible(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return plausible(type.ofType);
  if (isListType(type)) return [plausible(type.ofType)];
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).map((field) => [field.name, plausible(field.type)]));
  }
  if (isEnumType(type)) return type.getValues()[0]!.value;
  switch (type.name) {
    case "ID":
      return randomUUID();
    case "Int":
    case "Float":
      return 1;
    case "Boolean":
      return false;
    case "DateTimeISO":
      return new Date().toISOString();
    case "Decimal":
      return "1.00";
    default:
      return "x";
  }
}

type Path = (string | number)[];

/** Paths to every String and ID leaf in a value made by `plausible`, with the leaf's type name. */
function leaves(type: GraphQLInputType, path: Path): { path: Path; scalar: string }[] {
  if (isNonNullType(type)) return leaves(type.ofType, path);
  if (isListType(type)) return leaves(type.ofType, [...path, 0]);
  if (isInputObjectType(type)) {
    return Object.values(type.getFields()).flatMap((field) => leaves(field.type, [...path, field.name]));
  }
  const name = getNamedType(type).name;
  return name === "String" || name === "ID" ? [{ path, scalar: name }] : [];
}

function withLeaf(args: Record<string, unknown>, path: Path, value: unknown): Record<string, unknown> {
  const copy = structuredClone(args);
  let at: any = copy;
  for (const key of path.slice(0, -1)) at = at[key];
  at[path.at(-1)!] = value;
  return copy;
}

interface Call {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** The codes a refusal may carry. */
  codes: string[];
}

/** The field called once with `args`, as variables or, with `inline`, as literals in the document. */
function call(
  kind: "query" | "mutation",
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  inline: boolean,
): Pick<Call, "query" | "variables"> {
  const selection = isCompositeType(getNamedType(field.type)) ? " { __typename }" : "";
  const present = field.args.filter((arg) => args[arg.name] !== undefined);
  const literal = (arg: GraphQLArgument) => print(astFromValue(args[arg.name], arg.type)!);
  const argumentList = present.map((arg) => `${arg.name}: ${inline ? literal(arg) : `$${arg.name}`}`).join(", ");
  const definitions = inline ? "" : present.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(", ");
  return {
    query: `${kind}${definitions ? `(${definitions})` : ""} { ${field.name}${argumentList ? `(${argumentList})` : ""}${selection} }`,
    variables: inline ? {} : Object.fromEntries(present.map((arg) => [arg.name, args[arg.name]])),
  };
}

/** Every root field with arguments, with each String/ID leaf in turn replaced by something hostile. */
function hostileCalls(): Call[] {
  const calls: Call[] = [];
  for (const [kind, root] of [
    ["query", api.getQueryType()],
    ["mutation", api.getMutationType()],
  ] as const) {
    for (const field of Object.values((root as GraphQLObjectType).getFields())) {
      const base = Object.fromEntries(field.args.map((arg) => [arg.name, plausible(arg.type)]));
      for (const arg of field.args) {
        for (const { path, scalar } of leaves(arg.type, [arg.name])) {
          const values =
            scalar === "ID"
              ? MALFORMED_IDS
              : path.at(-1) === "after"
                ? [...HOSTILE_STRINGS, ...MALFORMED_CURSORS]
                : HOSTILE_STRINGS;
          for (const [what, value] of values) {
            const args = withLeaf(base, path, value);
            // Strings reach a subgraph as variables and as literals in the operation the gateway plans.
            for (const inline of [false, true]) {
              calls.push({
                name: `${field.name}(${path.join(".")}: ${what}${inline ? ", inline" : ""})`,
                ...call(kind, field, args, inline),
                // GraphQL's syntax has no escape for a lone surrogate: such a literal is a parse error.
                codes: inline && what.includes("surrogate") ? ["GRAPHQL_PARSE_FAILED"] : ["BAD_USER_INPUT"],
              });
            }
          }
        }
      }
    }
  }
  return calls;
}

describe("hostile input through the gateway", () => {
  let supergraph: SupergraphUnderTest;
  beforeAll(async () => {
    // Hundreds of hostile calls from one address: logins, reset requests and guest checkouts
    // would run out the address's login budget (tested in protection and guest-checkout), so
    // what answers here is the input hygiene alone.
    supergraph = await startSupergraph({
      gatewayEnv: { LOGIN_ATTEMPTS_PER_IP: "100000", LOGIN_ATTEMPTS_PER_ACCOUNT: "100000" },
    });
  }, 60_000);
  afterAll(() => supergraph?.close());

  it("covers every root field that takes a string or an id", () => {
    const covered = new Set(hostileCalls().map((c) => c.name.split("(")[0]));
    expect(covered).toContain("login");
    expect(covered).toContain("register");
    expect(covered).toContain("users");
    expect(covered).toContain("placeOrder");
    expect(covered).toContain("markNotificationsRead");
  });

  it("is BAD_USER_INPUT for NUL bytes, lone surrogates, malformed ids and cursors in every argument, never an internal error", async () => {
    const calls = hostileCalls();
    const outcomes: string[] = [];
    // Four at a time: enough to finish quickly, gentle on a shared machine.
    for (let i = 0; i < calls.length; i += 4) {
      const batch = calls.slice(i, i + 4);
      const responses = await Promise.all(
        // An admin of its own per call: changePassword guesses count against their user's logins.
        batch.map((c) =>
          graphqlRequest(supergraph.url, c.query, c.variables, { token: testAccessToken({ role: Role.ADMIN }) }),
        ),
      );
      responses.forEach((response, j) => {
        const codes = (response.errors ?? []).map((error) => String(error.extensions?.["code"]));
        const expected = batch[j]!.codes;
        if (response.status >= 500 || codes.length === 0 || codes.some((code) => !expected.includes(code))) {
          outcomes.push(`${batch[j]!.name}: ${response.status} ${JSON.stringify(codes)}`);
        }
      });
    }
    expect(calls.length).toBeGreaterThan(100);
    expect(outcomes).toEqual([]);
  }, 120_000);
});
