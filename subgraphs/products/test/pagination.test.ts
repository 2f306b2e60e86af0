import { randomUUID } from "node:crypto";
import { encodeCursor } from "@shopgraph/subgraph";
import { dataOf } from "@shopgraph/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createCategory, createProduct, uniqueSku } from "./fixtures.js";
import { startProducts, type ProductsUnderTest } from "./harness.js";
import { SEARCH } from "./operations.js";
import type { ProductSort } from "./gql/graphql.js";

/**
 * 24 "widget" products with deliberate ties: four share each price, three share the name
 * "Widget Twin", and relevance varies with how often the description says "widget".
 */
let products: ProductsUnderTest;
const SORTS = ["RELEVANCE", "PRICE_ASC", "PRICE_DESC", "NEWEST", "NAME"] as const;

beforeAll(async () => {
  products = await startProducts();
  await createCategory(products, "Widgets", "widgets");
  for (let i = 0; i < 24; i++) {
    await createProduct(products, widget(i));
  }
});
afterAll(() => products?.close());

function widget(i: number, priceCents = 1000 + (i % 6) * 250) {
  return {
    name: i % 8 === 0 ? "Widget Twin" : `Widget ${String(i).padStart(2, "0")}`,
    categorySlug: "widgets",
    description: `A fine gadget. ${"widget ".repeat(i % 3)}`,
    variants: [{ sku: uniqueSku("W"), priceCents, stock: i % 5 }],
  };
}

async function page(variables: Record<string, unknown>) {
  return dataOf(await products.client()(SEARCH, { query: "widget", ...variables })).products;
}

/** Every page of a listing, `first` at a time, with the cursor of each. */
async function allPages(variables: Record<string, unknown>, first: number) {
  const ids: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 50; pages++) {
    const result: any = await page({ ...variables, first, after });
    ids.push(...result.edges.map((edge: any) => edge.node.id));
    expect(result.pageInfo.hasPreviousPage).toBe(after !== null);
    if (!result.pageInfo.hasNextPage) return ids;
    after = result.pageInfo.endCursor;
  }
  throw new Error("pagination did not end");
}

describe("keyset pagination", () => {
  test.each(SORTS)("%s: pages together are the whole list, without duplicates or gaps", async (sort) => {
    const whole = (await page({ sort, first: 100 })).nodes.map((node: any) => node.id);
    expect(whole).toHaveLength(24);
    for (const first of [1, 5, 7]) {
      expect(await allPages({ sort }, first)).toEqual(whole);
    }
  });

  test("every page reports the total count and its own cursors", async () => {
    const first = await page({ sort: "NAME", first: 10 });
    expect(first.totalCount).toBe(24);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.pageInfo.startCursor).toBe(first.edges[0]?.cursor);
    expect(first.pageInfo.endCursor).toBe(first.edges[9]?.cursor);
    const last = await page({
      sort: "NAME",
      first: 10,
      after: (await page({ sort: "NAME", first: 20 })).pageInfo.endCursor,
    });
    expect(last.totalCount).toBe(24);
    expect(last.edges).toHaveLength(4);
    expect(last.pageInfo.hasNextPage).toBe(false);
  });

  test("stays stable while products are added between page requests", async () => {
    for (const sort of ["NEWEST", "PRICE_ASC", "NAME"] as const) {
      const before = new Set<string>((await page({ sort, first: 100 })).nodes.map((node: any) => node.id));
      const seen: string[] = [];
      let after: string | null = null;
      let added = 0;
      do {
        const result: any = await page({ sort, first: 5, after });
        seen.push(...result.nodes.map((node: any) => node.id));
        after = result.pageInfo.hasNextPage ? result.pageInfo.endCursor : null;
        // New rows land both before and after the cursor: cheapest and dearest, first and last by name.
        await createProduct(products, { ...widget(added, 1), name: `Aaa Widget ${sort} ${added}` });
        await createProduct(products, { ...widget(added, 99_999), name: `Zzz Widget ${sort} ${added}` });
        added++;
      } while (after);
      expect(new Set(seen).size).toBe(seen.length);
      for (const id of before) expect(seen).toContain(id);
      // Newer rows sort before the cursor; cheaper and dearer, earlier and later names on both sides.
      if (sort === "NEWEST") expect(seen).toHaveLength(before.size);
      else expect(seen.length).toBeGreaterThan(before.size);
    }
  });
});

describe("cursors", () => {
  const anId = randomUUID();

  test.each([
    ["not base64 JSON", "%%%"],
    ["another shape", encodeCursor([{ a: 1 }])],
    ["too few values", encodeCursor(["PRICE_ASC", 1000])],
    ["a key of the wrong type", encodeCursor(["PRICE_ASC", "1000", anId])],
    ["a fractional timestamp", encodeCursor(["NEWEST", 1.5, anId])],
    ["an id that is not a uuid", encodeCursor(["PRICE_ASC", 1000, "1 OR 1=1"])],
  ])("a tampered cursor (%s) is BAD_USER_INPUT", async (_, after) => {
    const response = await products.client()(SEARCH, { query: "widget", sort: "PRICE_ASC", after });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.data).toBeNull();
  });

  test.each<[string, ProductSort, string]>([
    ["a price beyond any stored price", "PRICE_ASC", encodeCursor(["PRICE_ASC", 2 ** 40, anId])],
    ["a relevance beyond any rank", "RELEVANCE", encodeCursor(["RELEVANCE", 1e300, anId])],
    ["a name with a NUL character", "NAME", encodeCursor(["NAME", "Widget\u0000", anId])],
  ])("a cursor holding %s is BAD_USER_INPUT, never an error of the database", async (_, sort, after) => {
    const response = await products.client()(SEARCH, { query: "widget", sort, after });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.data).toBeNull();
  });

  test("a cursor made for another sort is BAD_USER_INPUT", async () => {
    const cursor = (await page({ sort: "NEWEST", first: 2 })).pageInfo.endCursor;
    const response = await products.client()(SEARCH, { query: "widget", sort: "PRICE_ASC", after: cursor });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  test("text in a cursor is a value, never SQL", async () => {
    const after = encodeCursor(["NAME", "'); DROP TABLE products; --", anId]);
    const result = await page({ sort: "NAME", first: 3, after });
    expect(result.nodes.length).toBeGreaterThan(0);
    expect((await page({ first: 1 })).totalCount).toBeGreaterThan(0);
  });
});
