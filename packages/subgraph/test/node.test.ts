import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { toGlobalId } from "@shopgraph/kernel";
import { graphql, parse } from "graphql";
import { Arg, Field, ID, InputType, ObjectType, Query, Resolver } from "type-graphql";
import { describe, expect, test } from "vitest";
import { inputProblem } from "../src/input-hygiene.js";
import { NodeId, nodeInterface } from "../src/node.js";
import { buildFederatedSchema } from "../src/schema.js";

const Node = nodeInterface();

@ObjectType("Order", { implements: Node })
class TestOrder {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  @NodeId("User")
  by!: string | null;
}

@InputType()
class TestLineInput {
  @Field(() => ID)
  @NodeId("ProductVariant")
  variantId!: string;
}

/** Echoes what its resolver received, so a test sees what reached the subgraph's code. */
@Resolver()
class TestResolver {
  @Query(() => TestOrder)
  order(@Arg("id", () => ID) @NodeId("Order") id: string): TestOrder {
    return { id, by: id };
  }

  @Query(() => [String])
  received(
    @Arg("lines", () => [TestLineInput]) lines: TestLineInput[],
    @Arg("anyId", () => ID) @NodeId("Node") anyId: string,
  ): string[] {
    return [...lines.map((line) => line.variantId), anyId];
  }
}

@Resolver()
class UndeclaredResolver {
  @Query(() => String)
  undeclared(@Arg("id", () => ID) id: string): string {
    return id;
  }
}

describe("global ids at a subgraph's edge", () => {
  test("a subgraph does not build with an ID argument that does not say what it names", async () => {
    await expect(buildFederatedSchema({ resolvers: [UndeclaredResolver] })).rejects.toThrow(
      "ID inputs without @NodeId(type): Query.undeclared(id:)",
    );
  });

  test("resolvers receive raw UUIDs from either spelling; Node ids go out global", async () => {
    const schema = await buildFederatedSchema({ resolvers: [TestResolver], orphanedTypes: [TestOrder] });
    const uuid = randomUUID();
    const variant = randomUUID();
    const anyId = toGlobalId("Cart", randomUUID());
    for (const id of [uuid.toUpperCase(), toGlobalId("Order", uuid)]) {
      const result = await graphql({
        schema,
        source: `query($id: ID!, $lines: [TestLineInput!]!, $anyId: ID!) {
          order(id: $id) { id by } received(lines: $lines, anyId: $anyId)
        }`,
        variableValues: { id, lines: [{ variantId: toGlobalId("ProductVariant", variant) }], anyId },
      });
      expect(result).toEqual({
        data: {
          order: { id: toGlobalId("Order", uuid), by: toGlobalId("User", uuid) },
          // `@NodeId("Node")` (node(id:)) is left for its resolver to decode.
          received: [variant, anyId],
        },
      });
    }
  });

  test("the input hygiene refuses another type's global id, at its path", async () => {
    const schema = await buildFederatedSchema({ resolvers: [TestResolver], orphanedTypes: [TestOrder] });
    const problem = (variables: Record<string, unknown>) =>
      inputProblem(
        schema,
        parse(
          `query($id: ID!, $lines: [TestLineInput!]!) { order(id: $id) { id } received(lines: $lines, anyId: $id) }`,
        ),
        null,
        variables,
      );
    const order = toGlobalId("Order", randomUUID());
    expect(problem({ id: order, lines: [] })).toBeUndefined();
    expect(problem({ id: toGlobalId("Cart", randomUUID()), lines: [] })?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "id",
    });
    expect(problem({ id: order, lines: [{ variantId: order }] })?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "lines.0.variantId",
    });
  });

  test("one document used again (as a server keeps it) is checked afresh each time, per operation, fragments too", async () => {
    const schema = await buildFederatedSchema({ resolvers: [TestResolver], orphanedTypes: [TestOrder] });
    const document = parse(`
      query ByOrder($id: ID!) { order(id: $id) { id } }
      query ByLines($lines: [TestLineInput!]!, $id: ID!) { ...Lines }
      fragment Lines on Query { received(lines: $lines, anyId: $id) }`);
    const order = toGlobalId("Order", randomUUID());
    const variant = toGlobalId("ProductVariant", randomUUID());
    const cart = toGlobalId("Cart", randomUUID());
    const problem = (operationName: string, variables: Record<string, unknown>) =>
      inputProblem(schema, document, operationName, variables)?.extensions["field"];
    for (let round = 0; round < 2; round++) {
      expect(problem("ByOrder", { id: order })).toBeUndefined();
      expect(problem("ByOrder", { id: cart })).toBe("id");
      expect(problem("ByLines", { id: order, lines: [{ variantId: variant }] })).toBeUndefined();
      expect(problem("ByLines", { id: order, lines: [{ variantId: variant }, { variantId: order }] })).toBe(
        "lines.1.variantId",
      );
      expect(problem("ByLines", { id: "a\0b", lines: [] })).toBe("anyId");
      // The other operation's argument is not this one's: ByOrder asks nothing of lines.
      expect(problem("ByOrder", { id: order, lines: [{ variantId: order }] })).toBeUndefined();
    }
  });
});
