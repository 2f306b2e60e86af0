import { randomUUID } from "node:crypto";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { toGlobalId } from "@shopgraph/kernel";
import { dataOf } from "@shopgraph/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { tokens } from "./fixtures.js";
import { graphql } from "./gql/index.js";
import { startProducts, type ProductsUnderTest } from "./harness.js";
import { ENTITIES, PRODUCT, RESERVE_STOCK, SEARCH } from "./operations.js";

/**
 * The performance contract: one SQL statement per subgraph fetch, whatever its size. Runs on
 * the demo catalog (48 products, some 250 variants).
 */
let products: ProductsUnderTest;

const CATEGORY_COUNTS = graphql(`
  query CategoryCounts {
    categories {
      slug
      productCount
    }
  }
`);

const COUNTS_UNDER_PRODUCTS = graphql(`
  query CountsUnderProducts {
    products(first: 40) {
      nodes {
        category {
          slug
          productCount
        }
      }
      facets {
        categories {
          category {
            productCount
          }
        }
      }
    }
  }
`);
let productIds: string[];
let variantIds: string[];

beforeAll(async () => {
  products = await startProducts({ seedDemoCatalog: true });
  productIds = (await products.sql("SELECT id FROM products ORDER BY name")).map((row) => row.id);
  variantIds = (await products.sql("SELECT id FROM product_variants ORDER BY sku")).map((row) => row.id);
});
afterAll(() => products?.close());

/** Runs a request and returns its data with the number of SQL statements it cost. */
async function counted<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  token?: string,
) {
  products.statements.reset();
  const data = dataOf(await products.client(token)(document, variables));
  return { data, statements: products.statements.count };
}

describe("one statement per fetch", () => {
  test("a search page with variants, facets and count is 1 statement, whatever the page size", async () => {
    for (const first of [1, 20, 100]) {
      const { data, statements } = await counted(SEARCH, { first });
      expect(data.products.nodes.length).toBe(Math.min(first, 48));
      expect(statements).toBe(1);
    }
    const { data, statements } = await counted(SEARCH, {
      query: "cotton",
      filter: { inStock: true, minPriceCents: 1000 },
      sort: "PRICE_DESC",
      first: 5,
    });
    expect(data.products.totalCount).toBeGreaterThan(0);
    expect(statements).toBe(1);
  });

  test("the next page is 1 statement too", async () => {
    const first = await counted(SEARCH, { first: 10, sort: "NAME" });
    const next = await counted(SEARCH, { first: 10, sort: "NAME", after: first.data.products.pageInfo.endCursor });
    expect(next.data.products.nodes).toHaveLength(10);
    expect(next.statements).toBe(1);
  });

  test("_entities for every product (and unknown and malformed ids) is 1 statement", async () => {
    const representations = [
      ...productIds.map((id) => ({ __typename: "Product", id })),
      { __typename: "Product", id: randomUUID() },
      { __typename: "Product", id: "not-a-uuid" },
    ];
    expect(representations).toHaveLength(50);
    const { data, statements } = await counted(ENTITIES, { representations }, tokens.service());
    // Keys given as raw UUIDs resolve to the objects, whose ids answer as global ids.
    expect(data._entities.slice(0, 48).map((entity: any) => entity.id)).toEqual(
      productIds.map((id) => toGlobalId("Product", id)),
    );
    expect(data._entities.slice(0, 48).every((entity: any) => entity.variants.length > 0)).toBe(true);
    expect(data._entities.slice(48)).toEqual([null, null]);
    expect(statements).toBe(1);
  });

  test("_entities for 50 variants, each with its product, is 1 statement", async () => {
    const wanted = variantIds.filter((_, i) => i % 4 === 0).slice(0, 50);
    expect(wanted).toHaveLength(50);
    const representations = wanted.map((id) => ({ __typename: "ProductVariant", id: id.toUpperCase() }));
    const { data, statements } = await counted(ENTITIES, { representations }, tokens.service());
    expect(data._entities.map((entity: any) => entity.id)).toEqual(
      wanted.map((id) => toGlobalId("ProductVariant", id)),
    );
    expect(data._entities.every((entity: any) => entity.product.name && entity.product.category.name)).toBe(true);
    expect(statements).toBe(1);
  });

  test("products and variants mixed in one _entities call are 2 statements", async () => {
    const representations = [
      ...productIds.slice(0, 10).map((id) => ({ __typename: "Product", id })),
      ...variantIds.slice(0, 10).map((id) => ({ __typename: "ProductVariant", id })),
    ];
    const { statements } = await counted(ENTITIES, { representations }, tokens.service());
    expect(statements).toBe(2);
  });

  test("a product by id or by slug is 1 statement", async () => {
    expect((await counted(PRODUCT, { id: productIds[0] })).statements).toBe(1);
    expect((await counted(PRODUCT, { slug: "stoneware-mug" })).statements).toBe(1);
    products.statements.reset();
    const malformed = await products.client()(PRODUCT, { id: "nonsense" });
    expect(malformed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(products.statements.count).toBe(0);
  });

  test("categories with product counts is 1 statement; counts under products are 1 more in all", async () => {
    expect((await counted(CATEGORY_COUNTS, {})).statements).toBe(1);
    const { data, statements } = await counted(COUNTS_UNDER_PRODUCTS, {});
    expect(data.products.nodes).toHaveLength(40);
    expect(statements).toBe(2);
  });
});

describe("reserving stock", () => {
  test("is 1 statement whatever the number of lines (reserve_stock: the order's lock, then the rest; no begin or commit), refused or repeated too", async () => {
    const rows = await products.sql<{ id: string; stock: number }>(
      `SELECT v.id, v.stock FROM product_variants v JOIN products p ON p.id = v.product_id
       WHERE p.status = 'ACTIVE' AND v.stock BETWEEN 1 AND 999 ORDER BY v.sku LIMIT 3`,
    );
    expect(rows).toHaveLength(3);
    const lines = rows.map((row) => ({ variantId: row.id, quantity: 1 }));
    const orderId = randomUUID();
    for (const repeated of [false, true]) {
      const { data, statements } = await counted(RESERVE_STOCK, { orderId, lines }, tokens.service());
      expect(data.reserveStock).toMatchObject({ userErrors: [], alreadyReserved: repeated });
      expect(statements).toBe(1);
    }
    const tooMany = [{ variantId: rows[0]!.id, quantity: rows[0]!.stock + 1 }];
    const refused = await counted(RESERVE_STOCK, { orderId: randomUUID(), lines: tooMany }, tokens.service());
    expect(refused.data.reserveStock.userErrors.map((e: { code: string }) => e.code)).toEqual(["OUT_OF_STOCK"]);
    expect(refused.statements).toBe(1);
  });
});
