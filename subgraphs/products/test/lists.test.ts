import fc from "fast-check";
import { encodeCursor } from "@shopgraph/subgraph";
import { dataOf } from "@shopgraph/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createCategory, createProduct, uniqueSku, type ProductSpec } from "./fixtures.js";
import { startProducts, type ProductsUnderTest } from "./harness.js";

/**
 * Issue 20's lists: paging both ways, sortKey + reverse, multi-value filters and their facets.
 * Two catalogs apart by their words: "tee" (small, answers known) and "gizmo" (random, with ties).
 */
let products: ProductsUnderTest;

const LIST = `query(
  $first: Int, $after: String, $last: Int, $before: String, $query: String, $filter: ProductFilter,
  $sort: ProductSort, $sortKey: ProductSortKeys, $reverse: Boolean
) {
  products(first: $first, after: $after, last: $last, before: $before, query: $query, filter: $filter,
           sort: $sort, sortKey: $sortKey, reverse: $reverse) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id name } }
    facets { categories { category { slug } count } options { name values { value count } } }
  }
}`;

async function list(variables: Record<string, unknown>) {
  return dataOf(await products.client()(LIST, variables)).products;
}

async function refusal(variables: Record<string, unknown>) {
  const response = await products.client()(LIST, variables);
  expect(response.data).toBeNull();
  return response.errors?.[0] as { message: string; extensions: { code: string; field?: string } };
}

const names = (connection: { edges: { node: { name: string } }[] }) => connection.edges.map((edge) => edge.node.name);

/**
 *   Tee A   tees  S/Red $10 (1 in stock), M/Red $10 (none)
 *   Tee B   tees  M/Blue $20 (2), L/Blue $25 (2)
 *   Tee C   tees  S/Blue $15 (none)
 *   Tee Cap caps  Red $12 (3), no Size
 */
const TEES: ProductSpec[] = [
  tee("Tee A", [
    ["S", "Red", 1000, 1],
    ["M", "Red", 1000, 0],
  ]),
  tee("Tee B", [
    ["M", "Blue", 2000, 2],
    ["L", "Blue", 2500, 2],
  ]),
  tee("Tee C", [["S", "Blue", 1500, 0]]),
  {
    name: "Tee Cap",
    categorySlug: "caps",
    options: ["Colour"],
    variants: [{ sku: uniqueSku("CAP"), priceCents: 1200, stock: 3, options: [{ name: "Colour", value: "Red" }] }],
  },
];

function tee(name: string, variants: [string, string, number, number][]): ProductSpec {
  return {
    name,
    categorySlug: "tees",
    options: ["Size", "Colour"],
    variants: variants.map(([size, colour, priceCents, stock]) => ({
      sku: uniqueSku("TEE"),
      priceCents,
      stock,
      options: [
        { name: "Size", value: size },
        { name: "Colour", value: colour },
      ],
    })),
  };
}

/** A random catalog of gizmos (fixed seed): prices and names repeat, so sort keys tie. */
const GIZMOS = fc.sample(
  fc.array(
    fc.record({
      name: fc.constantFrom("Gizmo Alpha", "Gizmo Beta", "Gizmo Gamma", "Gizmo Delta"),
      price: fc.constantFrom(500, 900, 1300),
      size: fc.constantFrom("S", "M", "L"),
      stock: fc.constantFrom(0, 4),
      category: fc.constantFrom("gizmos", "widgets"),
    }),
    { minLength: 14, maxLength: 14 },
  ),
  { seed: 20, numRuns: 1 },
)[0]!;

beforeAll(async () => {
  products = await startProducts();
  for (const [name, slug] of [
    ["Tees", "tees"],
    ["Caps", "caps"],
    ["Gizmos", "gizmos"],
    ["Widgets", "widgets"],
  ] as const) {
    await createCategory(products, name, slug);
  }
  for (const spec of TEES) await createProduct(products, spec);
  for (const gizmo of GIZMOS) {
    await createProduct(products, {
      name: gizmo.name,
      categorySlug: gizmo.category,
      options: ["Size"],
      variants: [
        {
          sku: uniqueSku("GZ"),
          priceCents: gizmo.price,
          stock: gizmo.stock,
          options: [{ name: "Size", value: gizmo.size }],
        },
      ],
    });
  }
}, 60_000);
afterAll(() => products?.close());

describe("paging backward", () => {
  /** Every page forward (first/after), and every page backward (last/before) put back in order. */
  async function forwardAndBackward(variables: Record<string, unknown>, size: number) {
    const forward: string[] = [];
    let after: string | null = null;
    for (let pages = 0; ; pages++) {
      expect(pages).toBeLessThan(50);
      const page: any = await list({ ...variables, first: size, after });
      forward.push(...page.edges.map((edge: any) => edge.node.id));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null && forward.length > page.edges.length);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const backward: string[] = [];
    let before: string | null = null;
    for (let pages = 0; ; pages++) {
      expect(pages).toBeLessThan(50);
      const page: any = await list({ ...variables, last: size, before });
      backward.unshift(...page.edges.map((edge: any) => edge.node.id));
      expect(page.pageInfo.hasNextPage).toBe(before !== null && backward.length > page.edges.length);
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    return { forward, backward };
  }

  test("gives the same items as paging forward, for any sort, direction, page size and filter", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("RELEVANCE", "TITLE", "PRICE", "CREATED_AT"),
        fc.boolean(),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom<Record<string, unknown>>(
          {},
          { categorySlugs: ["gizmos"] },
          {
            options: [
              { name: "Size", value: "S" },
              { name: "Size", value: "L" },
            ],
          },
          { inStock: true, maxPriceCents: 1000 },
        ),
        async (sortKey, reverse, size, filter) => {
          const variables = { query: "gizmo", sortKey, reverse, filter };
          const whole = (await list({ ...variables, first: 100 })).edges.map((edge: any) => edge.node.id);
          const { forward, backward } = await forwardAndBackward(variables, size);
          expect(forward).toEqual(whole);
          expect(backward).toEqual(whole);
        },
      ),
      { seed: 20, numRuns: 12 },
    );
  }, 120_000);

  test("reversed, a list is the same list backward", async () => {
    for (const sortKey of ["TITLE", "PRICE", "CREATED_AT"]) {
      const ahead = (await list({ query: "gizmo", sortKey, first: 100 })).edges.map((edge: any) => edge.node.id);
      const reversed = (await list({ query: "gizmo", sortKey, reverse: true, first: 100 })).edges;
      expect(reversed.map((edge: any) => edge.node.id)).toEqual([...ahead].reverse());
    }
  });

  test("pageInfo tells the truth on both sides of a window", async () => {
    const whole = await list({ query: "tee", sortKey: "TITLE", first: 100 });
    expect(names(whole)).toEqual(["Tee A", "Tee B", "Tee C", "Tee Cap"]);
    const [a, b, c] = whole.edges.map((edge: any) => edge.cursor);
    const middle = await list({ query: "tee", sortKey: "TITLE", after: a, before: c, first: 5 });
    expect(names(middle)).toEqual(["Tee B"]);
    expect(middle.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const lastTwo = await list({ query: "tee", sortKey: "TITLE", last: 2 });
    expect(names(lastTwo)).toEqual(["Tee C", "Tee Cap"]);
    expect(lastTwo.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const beforeB = await list({ query: "tee", sortKey: "TITLE", before: b });
    expect(names(beforeB)).toEqual(["Tee A"]);
    expect(beforeB.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
  });

  test("costs one statement, filters and facets included", async () => {
    const first = await list({ query: "tee", sortKey: "PRICE", first: 2 });
    products.statements.reset();
    await list({
      query: "tee",
      sortKey: "PRICE",
      last: 1,
      before: first.pageInfo.endCursor,
      filter: { categorySlugs: ["tees", "caps"], options: [{ name: "Colour", value: "Red" }] },
    });
    expect(products.statements.count).toBe(1);
  });
});

describe("page arguments", () => {
  test.each([
    ["first and last together", { first: 2, last: 2 }, "first"],
    ["a negative last", { last: -1 }, "last"],
    ["last of zero", { last: 0 }, "last"],
    ["last over the limit", { last: 101 }, "last"],
    ["a tampered before", { last: 2, before: "%%%" }, "before"],
    ["a before of another shape", { before: encodeCursor(["TITLE", "Tee", "not-a-uuid"]) }, "before"],
  ])("%s is BAD_USER_INPUT", async (_, variables, field) => {
    const error = await refusal({ query: "tee", sortKey: "TITLE", ...variables });
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });

  test("a cursor of another order is BAD_USER_INPUT, reversed or not", async () => {
    const cursor = (await list({ query: "tee", sortKey: "PRICE", first: 1 })).pageInfo.endCursor;
    expect((await refusal({ query: "tee", sortKey: "PRICE", reverse: true, after: cursor })).extensions.code).toBe(
      "BAD_USER_INPUT",
    );
    // The deprecated sort names the same order: its cursors carry on.
    expect(names(await list({ query: "tee", sort: "PRICE_ASC", first: 1, after: cursor }))).toEqual(["Tee Cap"]);
  });
});

describe("sortKey and reverse", () => {
  test("sort by key, and reverse turns it around", async () => {
    expect(names(await list({ query: "tee", sortKey: "PRICE" }))).toEqual(["Tee A", "Tee Cap", "Tee C", "Tee B"]);
    expect(names(await list({ query: "tee", sortKey: "PRICE", reverse: true }))).toEqual([
      "Tee B",
      "Tee C",
      "Tee Cap",
      "Tee A",
    ]);
    expect(names(await list({ query: "tee", sortKey: "CREATED_AT" }))).toEqual(["Tee A", "Tee B", "Tee C", "Tee Cap"]);
    expect(names(await list({ query: "tee", sortKey: "TITLE", reverse: true }))).toEqual([
      "Tee Cap",
      "Tee C",
      "Tee B",
      "Tee A",
    ]);
  });

  test("the deprecated sort and sortKey or reverse together are BAD_USER_INPUT", async () => {
    for (const extra of [{ sortKey: "PRICE" }, { reverse: true }]) {
      const error = await refusal({ query: "tee", sort: "PRICE_ASC", ...extra });
      expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "sort" });
    }
  });
});

describe("filters", () => {
  const tees = (filter: Record<string, unknown>) => list({ query: "tee", sortKey: "TITLE", filter });

  test("several categories: any of them", async () => {
    expect(names(await tees({ categorySlugs: ["caps"] }))).toEqual(["Tee Cap"]);
    expect(names(await tees({ categorySlugs: ["TEES ", "caps"] }))).toEqual(["Tee A", "Tee B", "Tee C", "Tee Cap"]);
  });

  test("option values: alternatives within an option, every option on the same variant", async () => {
    expect(names(await tees({ options: [{ name: "Size", value: "M" }] }))).toEqual(["Tee A", "Tee B"]);
    const mOrS = [
      { name: "Size", value: "M" },
      { name: "Size", value: "S" },
    ];
    expect(names(await tees({ options: mOrS }))).toEqual(["Tee A", "Tee B", "Tee C"]);
    const mInBlue = [
      { name: "Size", value: "M" },
      { name: "Colour", value: "Blue" },
    ];
    expect(names(await tees({ options: mInBlue }))).toEqual(["Tee B"]);
    // Tee A's M is sold out: in stock means an M in stock.
    expect(names(await tees({ inStock: true, options: [{ name: "Size", value: "M" }] }))).toEqual(["Tee B"]);
  });

  test("an unknown category, option or option value is BAD_USER_INPUT naming each, never an empty list", async () => {
    const slug = await refusal({ query: "tee", filter: { categorySlugs: ["tees", "no-such-slug"] } });
    expect(slug.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.categorySlugs" });
    expect(slug.message).toContain('"no-such-slug"');
    expect(slug.message).not.toContain('"tees"');
    const options = await refusal({
      query: "tee",
      filter: {
        options: [
          { name: "Fabric", value: "Silk" },
          { name: "Size", value: "XXL" },
          { name: "Size", value: "M" },
        ],
      },
    });
    expect(options.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.options" });
    expect(options.message).toContain('"Fabric"');
    expect(options.message).toContain('"XXL"');
    expect(options.message).not.toContain('"M"');
    const both = await refusal({ query: "tee", filter: { categorySlug: "tees", categorySlugs: ["caps"] } });
    expect(both.extensions.code).toBe("BAD_USER_INPUT");
  });
});

describe("facets", () => {
  const facetsOf = async (filter: Record<string, unknown> = {}) => {
    const { facets, totalCount } = await list({ query: "tee", filter });
    return {
      totalCount,
      categories: Object.fromEntries(facets.categories.map((facet: any) => [facet.category.slug, facet.count])),
      options: Object.fromEntries(
        facets.options.map((option: any) => [
          option.name,
          Object.fromEntries(option.values.map((value: any) => [value.value, value.count])),
        ]),
      ),
    };
  };

  test("count products per category and per option value", async () => {
    expect(await facetsOf()).toEqual({
      totalCount: 4,
      categories: { tees: 3, caps: 1 },
      options: { Colour: { Blue: 2, Red: 2 }, Size: { L: 1, M: 2, S: 2 } },
    });
  });

  test("each facet counts every filter but its own", async () => {
    expect(await facetsOf({ options: [{ name: "Size", value: "M" }] })).toEqual({
      totalCount: 2,
      categories: { tees: 2 },
      // Size ignores its own filter; Colour counts the variants that are M.
      options: { Colour: { Blue: 1, Red: 1 }, Size: { L: 1, M: 2, S: 2 } },
    });
    expect(await facetsOf({ categorySlugs: ["caps"] })).toEqual({
      totalCount: 1,
      categories: { tees: 3, caps: 1 },
      options: { Colour: { Red: 1 } },
    });
    expect(await facetsOf({ inStock: true })).toEqual({
      totalCount: 3,
      categories: { tees: 2, caps: 1 },
      options: { Colour: { Blue: 1, Red: 2 }, Size: { L: 1, M: 1, S: 1 } },
    });
  });
});
