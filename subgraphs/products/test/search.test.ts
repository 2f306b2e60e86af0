import { dataOf } from "@shopgraph/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createCategory, createProduct, tokens, uniqueSku } from "./fixtures.js";
import { startProducts, type ProductsUnderTest } from "./harness.js";
import { ARCHIVE_PRODUCT, SEARCH } from "./operations.js";

/**
 * A small catalog whose answers are known:
 *   Blue Oxford Shirt  shirts   $40      in stock
 *   Linen Camp Shirt   shirts   $30      sold out
 *   Zip Hoodie         hoodies  $60 (0 in stock) / $65 (3 in stock); "shirt" only in its description
 *   Ceramic Mug        home     $15      in stock
 *   Retired Mug        home     archived
 * created in that order.
 */
let products: ProductsUnderTest;
let search: (variables: Record<string, unknown>) => Promise<any>;

beforeAll(async () => {
  products = await startProducts();
  await createCategory(products, "Shirts", "shirts");
  await createCategory(products, "Hoodies", "hoodies");
  await createCategory(products, "Home", "home");
  await createCategory(products, "Empty", "empty");
  await createProduct(products, {
    name: "Blue Oxford Shirt",
    categorySlug: "shirts",
    description: "Crisp cotton for the office.",
    variants: [{ sku: uniqueSku(), priceCents: 4000, stock: 5 }],
  });
  await createProduct(products, {
    name: "Linen Camp Shirt",
    categorySlug: "shirts",
    description: "Breezy summer wear.",
    variants: [{ sku: uniqueSku(), priceCents: 3000, stock: 0 }],
  });
  await createProduct(products, {
    name: "Zip Hoodie",
    categorySlug: "hoodies",
    description: "Warm fleece. Wear a shirt underneath, or a shirt over it.",
    options: ["Size"],
    variants: [
      { sku: uniqueSku(), priceCents: 6000, stock: 0, options: [{ name: "Size", value: "S" }] },
      { sku: uniqueSku(), priceCents: 6500, stock: 3, options: [{ name: "Size", value: "M" }] },
    ],
  });
  await createProduct(products, {
    name: "Ceramic Mug",
    categorySlug: "home",
    description: "Holds coffee.",
    variants: [{ sku: uniqueSku(), priceCents: 1500, stock: 10 }],
  });
  const retired = await createProduct(products, {
    name: "Retired Mug",
    categorySlug: "home",
    variants: [{ sku: uniqueSku(), priceCents: 1200, stock: 4 }],
  });
  dataOf(await products.client(tokens.admin())(ARCHIVE_PRODUCT, { id: retired.id }));
  search = async (variables) => dataOf(await products.client()(SEARCH, variables)).products;
});
afterAll(() => products?.close());

const names = (connection: { nodes: { name: string }[] }) => connection.nodes.map((node) => node.name);
const facets = (connection: any) =>
  Object.fromEntries(
    connection.facets.categories.map((facet: any) => [facet.category.slug, facet.count] as [string, number]),
  );

describe("full-text search", () => {
  test("a name match outranks a description match", async () => {
    const result = await search({ query: "shirt" });
    expect(names(result).slice(0, 2).sort()).toEqual(["Blue Oxford Shirt", "Linen Camp Shirt"]);
    expect(names(result)[2]).toBe("Zip Hoodie");
    expect(result.totalCount).toBe(3);
  });

  test("matches words by prefix", async () => {
    expect(names(await search({ query: "shi" })).sort()).toEqual([
      "Blue Oxford Shirt",
      "Linen Camp Shirt",
      "Zip Hoodie",
    ]);
    expect(names(await search({ query: "hood" }))).toEqual(["Zip Hoodie"]);
    expect(names(await search({ query: "CERAM mu" }))).toEqual(["Ceramic Mug"]);
  });

  test("finds products by their category name", async () => {
    expect(names(await search({ query: "hoodies" }))).toEqual(["Zip Hoodie"]);
  });

  test("treats every word as required", async () => {
    expect(names(await search({ query: "blue shirt" }))).toEqual(["Blue Oxford Shirt"]);
    expect(names(await search({ query: "blue mug" }))).toEqual([]);
  });

  test("tsquery syntax and SQL in the input are just text", async () => {
    expect(names(await search({ query: "shirt & !(oxford) | :* <-> '" })).sort()).toEqual(["Blue Oxford Shirt"]);
    const hostile = await search({ query: "'); DROP TABLE products; --" });
    expect(hostile.totalCount).toBe(0);
    expect((await search({})).totalCount).toBe(4);
  });

  test("a query of only stop words or punctuation", async () => {
    expect((await search({ query: "the" })).totalCount).toBe(0);
    expect((await search({ query: " &&& " })).totalCount).toBe(4);
  });
});

describe("filters", () => {
  test("by category", async () => {
    expect(names(await search({ filter: { categorySlug: "shirts" }, sort: "NAME" }))).toEqual([
      "Blue Oxford Shirt",
      "Linen Camp Shirt",
    ]);
    // An unknown slug is named in a BAD_USER_INPUT, never a silent empty list (issue 20).
    const unknown = await products.client()(SEARCH, { filter: { categorySlug: "no-such-category" } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(unknown.errors?.[0]?.message).toContain('"no-such-category"');
  });

  test("by price, on the variants' prices", async () => {
    expect(names(await search({ filter: { minPriceCents: 5000 } }))).toEqual(["Zip Hoodie"]);
    expect(names(await search({ filter: { maxPriceCents: 2000 } }))).toEqual(["Ceramic Mug"]);
    expect(names(await search({ filter: { minPriceCents: 3500, maxPriceCents: 4500 } }))).toEqual([
      "Blue Oxford Shirt",
    ]);
    expect(names(await search({ filter: { minPriceCents: 6200, maxPriceCents: 6600 } }))).toEqual(["Zip Hoodie"]);
  });

  test("by stock", async () => {
    expect(names(await search({ filter: { inStock: true }, sort: "NAME" }))).toEqual([
      "Blue Oxford Shirt",
      "Ceramic Mug",
      "Zip Hoodie",
    ]);
    expect(names(await search({ filter: { inStock: false } }))).toEqual(["Linen Camp Shirt"]);
  });

  test("price and stock must hold for the same variant", async () => {
    // The hoodie's $60 variant is sold out and its $65 one is above the limit.
    expect(names(await search({ filter: { inStock: true, maxPriceCents: 6200 }, sort: "NAME" }))).toEqual([
      "Blue Oxford Shirt",
      "Ceramic Mug",
    ]);
  });

  test("combine with the query", async () => {
    expect(names(await search({ query: "shirt", filter: { inStock: true } }))).toEqual([
      "Blue Oxford Shirt",
      "Zip Hoodie",
    ]);
  });

  test("refuse impossible values", async () => {
    for (const filter of [{ minPriceCents: -1 }, { maxPriceCents: -5 }, { minPriceCents: 500, maxPriceCents: 100 }]) {
      const response = await products.client()(SEARCH, { filter });
      expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
    for (const variables of [{ first: 0 }, { first: 101 }, { query: "x".repeat(201) }]) {
      const response = await products.client()(SEARCH, variables);
      expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });
});

describe("sorting", () => {
  test("RELEVANCE by default with a query, NEWEST without", async () => {
    expect(names(await search({ query: "shirt" }))[2]).toBe("Zip Hoodie");
    expect(names(await search({}))).toEqual(["Ceramic Mug", "Zip Hoodie", "Linen Camp Shirt", "Blue Oxford Shirt"]);
  });

  test("by price, lowest variant price first or last", async () => {
    expect(names(await search({ sort: "PRICE_ASC" }))).toEqual([
      "Ceramic Mug",
      "Linen Camp Shirt",
      "Blue Oxford Shirt",
      "Zip Hoodie",
    ]);
    expect(names(await search({ sort: "PRICE_DESC" }))).toEqual([
      "Zip Hoodie",
      "Blue Oxford Shirt",
      "Linen Camp Shirt",
      "Ceramic Mug",
    ]);
  });

  test("by name and by age", async () => {
    expect(names(await search({ sort: "NAME" }))).toEqual([
      "Blue Oxford Shirt",
      "Ceramic Mug",
      "Linen Camp Shirt",
      "Zip Hoodie",
    ]);
    expect(names(await search({ sort: "NEWEST", query: "shirt" }))).toEqual([
      "Zip Hoodie",
      "Linen Camp Shirt",
      "Blue Oxford Shirt",
    ]);
  });

  test("RELEVANCE without a query lists newest first", async () => {
    expect(names(await search({ sort: "RELEVANCE" }))).toEqual(names(await search({ sort: "NEWEST" })));
  });
});

describe("facets", () => {
  test("count matches per category for the current search", async () => {
    expect(facets(await search({ query: "shirt" }))).toEqual({ shirts: 2, hoodies: 1 });
    expect(facets(await search({ filter: { inStock: true } }))).toEqual({ shirts: 1, hoodies: 1, home: 1 });
  });

  test("ignore the category filter itself, so shoppers can switch category", async () => {
    const result = await search({ query: "shirt", filter: { categorySlug: "hoodies" } });
    expect(names(result)).toEqual(["Zip Hoodie"]);
    expect(result.totalCount).toBe(1);
    expect(facets(result)).toEqual({ shirts: 2, hoodies: 1 });
  });

  test("come in navigation order and leave out empty categories", async () => {
    const result = await search({});
    expect(result.facets.categories.map((facet: any) => facet.category.slug)).toEqual(["shirts", "hoodies", "home"]);
  });
});

describe("archived products", () => {
  test("are not listed to the public", async () => {
    expect(names(await search({ query: "mug" }))).toEqual(["Ceramic Mug"]);
  });

  test("are listed to an admin who asks for them", async () => {
    const response = await products.client(tokens.admin())(SEARCH, { filter: { status: "ARCHIVED" } });
    expect(names(dataOf(response).products)).toEqual(["Retired Mug"]);
    expect(dataOf(response).products.nodes[0]?.status).toBe("ARCHIVED");
  });

  test("are refused to anyone else who asks", async () => {
    for (const token of [undefined, tokens.customer()]) {
      const response = await products.client(token)(SEARCH, { filter: { status: "ARCHIVED" } });
      expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect(dataOf(await products.client()(SEARCH, { filter: { status: "ACTIVE" } })).products.totalCount).toBe(4);
  });
});
