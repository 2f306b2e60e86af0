import { readFileSync } from "node:fs";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { buildSchema, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { API_SCHEMA, STOREFRONT_SCHEMA, SUPERGRAPH_SCHEMA } from "../src/composition.js";
import {
  definingSubgraphs,
  descriptionCoverageOfSdl,
  formatUndescribed,
  subgraphGaps,
} from "../src/schema-descriptions.js";
import { readSupergraphConfig } from "../src/supergraph.js";

const read = (path: string) => readFileSync(path, "utf8");

/** The gaps as the failure message shows them: one coordinate a line, with the subgraph to fix. */
function gaps(sdl: string): string {
  return formatUndescribed(descriptionCoverageOfSdl(sdl), definingSubgraphs(read(SUPERGRAPH_SCHEMA)));
}

describe("every public schema element has a description", () => {
  it("in the whole API (schema/api.graphql): types, fields, arguments, input fields, enum values", () => {
    expect(gaps(read(API_SCHEMA))).toBe("");
  });

  it("in the storefront schema (schema/storefront.graphql)", () => {
    expect(gaps(read(STOREFRONT_SCHEMA))).toBe("");
  });

  it.each(readSupergraphConfig().subgraphs.map((subgraph) => [subgraph.name, subgraph.schemaFile]))(
    "in the %s subgraph's own schema, its @inaccessible parts included",
    (_name, schemaFile) => {
      const schema = buildSubgraphSchema(parse(read(schemaFile)));
      expect(subgraphGaps(schema, buildSchema(read(API_SCHEMA)))).toEqual([]);
    },
  );
});

describe("subgraphGaps", () => {
  const api = buildSchema(/* GraphQL */ `
    type Query {
      "Described"
      product: Product
    }
    "Described by its owner"
    type Product {
      "Described by its owner"
      id: ID!
    }
  `);
  const subgraph = buildSubgraphSchema(
    parse(/* GraphQL */ `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@inaccessible"])
      type Query {
        internalStock(variantId: ID!): Int @inaccessible
      }
      type Product @key(fields: "id", resolvable: false) {
        id: ID!
      }
    `),
  );

  it("reports the subgraph's own undescribed elements, @inaccessible ones too, not federation's nor described stubs", () => {
    expect(subgraphGaps(subgraph, api)).toEqual([
      { coordinate: "Query.internalStock", kind: "field" },
      { coordinate: "Query.internalStock(variantId:)", kind: "argument" },
    ]);
  });
});

describe("descriptionCoverage", () => {
  // One undescribed element of every kind, beside described ones; root types need none of their own.
  const fixture = /* GraphQL */ `
    type Query {
      "A described root field"
      shelf("A described argument" id: ID!, size: Int): Shelf
      bare: Int
    }
    type Mutation {
      "Described"
      restock(input: RestockInput!): Shelf
    }
    "A described type"
    type Shelf {
      "Described"
      id: ID!
      label: String
    }
    input RestockInput {
      "Described"
      shelfId: ID!
      units: Int
    }
    "Described"
    enum Colour {
      "Described"
      RED
      BLUE
    }
    type Undescribed {
      "Described"
      colour: Colour
    }
  `;

  it("names each undescribed element by its schema coordinate and kind", () => {
    expect(descriptionCoverageOfSdl(fixture).undescribed).toEqual([
      { coordinate: "Colour.BLUE", kind: "enumValue" },
      { coordinate: "Mutation.restock(input:)", kind: "argument" },
      { coordinate: "Query.bare", kind: "field" },
      { coordinate: "Query.shelf(size:)", kind: "argument" },
      { coordinate: "RestockInput", kind: "type" },
      { coordinate: "RestockInput.units", kind: "inputField" },
      { coordinate: "Shelf.label", kind: "field" },
      { coordinate: "Undescribed", kind: "type" },
    ]);
  });

  it("counts described and total elements per kind (built-in scalars and introspection left out)", () => {
    expect(descriptionCoverageOfSdl(fixture).counts).toEqual({
      type: { described: 2, total: 4 },
      field: { described: 4, total: 6 },
      argument: { described: 1, total: 3 },
      inputField: { described: 1, total: 2 },
      enumValue: { described: 1, total: 2 },
    });
  });

  it("treats a blank description as none", () => {
    const coverage = descriptionCoverageOfSdl('type Query { "   " blank: Int }');
    expect(coverage.undescribed).toEqual([{ coordinate: "Query.blank", kind: "field" }]);
  });

  it("fails the API check when a field of the committed API loses its description", () => {
    const api = read(API_SCHEMA);
    const stripped = api.replace(/"""[^"]*"""\s*(?=cartLinesRemove\()/, "");
    expect(stripped).not.toBe(api);
    expect(gaps(stripped)).toBe("  Mutation.cartLinesRemove (field, orders)");
  });
});

describe("definingSubgraphs", () => {
  const owners = definingSubgraphs(read(SUPERGRAPH_SCHEMA));

  it("attributes types, fields, arguments and enum values to the subgraphs that define them", () => {
    expect(owners.get("Query.me")).toEqual(["users"]);
    expect(owners.get("Query.products(query:)")).toEqual(["products"]);
    expect(owners.get("User.orders")).toEqual(["orders"]);
    expect(owners.get("OrderStatus.PAID")).toEqual(["orders"]);
    expect(owners.get("PageInfo")).toEqual(["notifications", "orders", "products", "users"]);
  });
});
