import { composeServices } from "@apollo/composition";
import { parse, printSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { apiSchemas, taggedCoordinates } from "../src/storefront/schema.js";

const LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@tag", "@shareable"])`;

/** Two subgraphs with admin-tagged elements of every kind. */
function supergraph(): string {
  const result = composeServices([
    {
      name: "products",
      url: "http://products",
      typeDefs: parse(`${LINK}
        type Query {
          products(status: ProductStatus @tag(name: "admin")): [Product!]!
          stockReport: StockReport! @tag(name: "admin")
        }
        type Mutation { archiveProduct(id: ID!): Product @tag(name: "admin") }
        type Product @key(fields: "id") {
          id: ID!
          name: String!
          stock: Int! @tag(name: "admin")
          quantityAvailable: Int!
          status: ProductStatus!
        }
        enum ProductStatus { ACTIVE ARCHIVED @tag(name: "admin") }
        type StockReport { lowStock: [Product!]! movements: [StockMovement!]! }
        type StockMovement { delta: Int! }
        input ProductFilter { name: String costPrice: Int @tag(name: "admin") }
        type Search { search(filter: ProductFilter): [Product!]! }
        extend type Query { finder: Search! }`),
    },
    {
      name: "users",
      url: "http://users",
      typeDefs: parse(`${LINK}
        type Query { me: User users: [User!]! @tag(name: "admin") }
        type User @key(fields: "id") { id: ID! name: String! role: String! @tag(name: "admin") }`),
    },
  ]);
  if (result.errors) throw new Error(result.errors.map(String).join("\n"));
  return result.supergraphSdl;
}

describe("the storefront schema", () => {
  it("finds every element tagged admin in the supergraph", () => {
    expect([...taggedCoordinates(supergraph(), "admin")].sort()).toEqual([
      "Mutation.archiveProduct",
      "Product.stock",
      "ProductFilter.costPrice",
      "ProductStatus.ARCHIVED",
      "Query.products(status:)",
      "Query.stockReport",
      "Query.users",
      "User.role",
    ]);
  });

  it("is the API without them and without what only they reached; the admin schema keeps all", () => {
    const { admin, storefront } = apiSchemas(supergraph());
    const shop = printSchema(storefront);
    for (const gone of [
      "stockReport",
      "StockReport",
      "StockMovement",
      "archiveProduct",
      "costPrice",
      "ARCHIVED",
      "role",
      "users",
      "stock:",
      "products(status",
    ]) {
      expect(shop, gone).not.toContain(gone);
    }
    // Nothing but admin mutations existed: the storefront has no Mutation type at all.
    expect(storefront.getMutationType()).toBeUndefined();
    expect(shop).toContain("quantityAvailable: Int!");
    expect(shop).toContain("products: [Product!]!");
    expect(shop).toContain("enum ProductStatus {\n  ACTIVE\n}");

    const full = printSchema(admin);
    for (const kept of [
      "stockReport: StockReport!",
      "type StockMovement",
      "archiveProduct",
      "costPrice",
      "ARCHIVED",
      "role: String!",
      "stock: Int!",
    ]) {
      expect(full, kept).toContain(kept);
    }
  });
});
