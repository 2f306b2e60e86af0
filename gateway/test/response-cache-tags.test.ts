import { buildSchema, parse, type OperationDefinitionNode } from "graphql";
import { toGlobalId } from "@shopgraph/kernel";
import { describe, expect, it } from "vitest";
import { answerTags } from "../src/response-cache/tags.js";
import { staleTags } from "../src/response-cache/invalidation.js";

// A small schema of the test's own: its operations are parsed against it, not the public API, so
// they stay strings rather than typed documents.
const schema = buildSchema(`
  type Query { products: [Product!]! product(slug: String): Product node(id: ID!): Node categories: [Category!]! }
  interface Node { id: ID! }
  type Product implements Node { id: ID! name: String! category: Category! variants: [ProductVariant!]! }
  type ProductVariant implements Node { id: ID! price: Money! }
  type Category implements Node { id: ID! name: String! }
  type Money { amount: String! }
`);

const tagsOf = (source: string, data: Record<string, unknown>) => {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition")!;
  return answerTags(schema, document, operation, data).sort();
};

describe("the tags of a cached answer", () => {
  it("names every object with its id, aliases and fragments included, and each root field", () => {
    const tags = tagsOf(
      `{ list: products { key: id ...Fields } }
       fragment Fields on Product { variants { id price { amount } } category { name } }`,
      {
        list: [
          { key: "p1", variants: [{ id: "v1", price: { amount: "1.00" } }], category: { name: "Tees" } },
          { key: "p2", variants: [], category: { name: "Tees" } },
        ],
      },
    );
    expect(tags).toEqual(["Category:*", "Product:p1", "Product:p2", "ProductVariant:v1", "Query.products"]);
  });

  it("files an object shown with its global id under its row's UUID, as catalog events name it", () => {
    const uuid = "5fe4faea-080f-43d1-bcbf-5e316e8aae30";
    const tags = tagsOf(`{ product(slug: "tee") { id } }`, { product: { id: toGlobalId("Product", uuid) } });
    expect(tags).toEqual([`Product:${uuid}`, "Query.product"]);
    const changed = { id: "e", type: "product.changed", occurredAt: "", correlationId: null };
    const event = { ...changed, data: { productId: uuid, variantIds: [], categoryIds: [] } };
    expect(staleTags(event as unknown as Parameters<typeof staleTags>[0])).toContain(`Product:${uuid}`);
  });

  it("tags a type as a whole where an object of it could appear but is null", () => {
    expect(tagsOf(`{ product(slug: "gone") { id } }`, { product: null })).toEqual(["Product:*", "Query.product"]);
  });

  it("reads the concrete type of an interface from __typename, and tags every possible type without it", () => {
    expect(
      tagsOf(`{ node(id: "v1") { __typename id } }`, { node: { __typename: "ProductVariant", id: "v1" } }),
    ).toEqual(["ProductVariant:v1", "Query.node"]);
    expect(tagsOf(`{ node(id: "v1") { id } }`, { node: { id: "v1" } })).toEqual([
      "Category:*",
      "Product:*",
      "ProductVariant:*",
      "Query.node",
    ]);
  });
});

describe("what a catalog event makes stale", () => {
  const event = <T>(type: string, data: T) =>
    ({ id: "e", type, occurredAt: "", correlationId: null, data }) as unknown as Parameters<typeof staleTags>[0];

  it("a price change: the variant, its product, either as a whole, and searches", () => {
    expect(staleTags(event("variant.changed", { variantId: "v1", productId: "p1" })).sort()).toEqual([
      "Product:*",
      "Product:p1",
      "ProductVariant:*",
      "ProductVariant:v1",
      "Query.products",
    ]);
  });

  it("a product's own change (a name, archived, a new product): searches and search suggestions", () => {
    const tags = staleTags(event("product.changed", { productId: "p1", variantIds: ["v1"], categoryIds: ["c1"] }));
    expect(tags).toEqual(expect.arrayContaining(["Product:p1", "Query.products", "Query.searchSuggestions"]));
    // Suggestions show names only: a price or stock change leaves them.
    expect(staleTags(event("variant.changed", { variantId: "v1", productId: "p1" }))).not.toContain(
      "Query.searchSuggestions",
    );
  });

  it("stock: searches only when a variant sells out or comes back", () => {
    const level = (stock: number, previousStock: number) => ({
      variantId: "v1",
      productId: "p1",
      stock,
      previousStock,
    });
    const moved = (stock: number, previousStock: number) =>
      staleTags(
        event("stock.changed", { reason: "RESERVATION", orderId: "o", variants: [level(stock, previousStock)] }),
      );
    expect(moved(3, 5)).not.toContain("Query.products");
    expect(moved(0, 2)).toContain("Query.products");
    expect(moved(2, 0)).toContain("Query.products");
    expect(moved(3, 5)).toEqual(expect.arrayContaining(["ProductVariant:v1", "Product:p1"]));
  });

  it("ignores every other event", () => {
    expect(staleTags(event("user.updated", { userId: "u", email: "", name: "" }))).toEqual([]);
  });
});
