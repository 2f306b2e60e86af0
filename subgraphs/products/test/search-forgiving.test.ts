import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { uuidOf } from "@shopgraph/kernel";
import pg from "pg";
import { dataOf, present } from "@shopgraph/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEMO_PRODUCTS } from "../src/seed/demo-data.js";
import { createCategory, createProduct, tokens, uniqueSku } from "./fixtures.js";
import { startProducts, type ProductsUnderTest } from "./harness.js";
import {
  ADD_VARIANT,
  ADJUST_STOCK,
  ARCHIVE_PRODUCT,
  SEARCH_RANKED,
  SEARCH_SUGGESTIONS,
  UPDATE_PRODUCT,
} from "./operations.js";

/**
 * Search that forgives, over the demo catalog (48 products): misspelt words, partial words,
 * colours (variants' option values), "did you mean", suggestions as you type, and input meant to
 * break it. Products added by the tests are in a category of their own, "Test Lab".
 */
let products: ProductsUnderTest;

beforeAll(async () => {
  products = await startProducts({ seedDemoCatalog: true });
  await createCategory(products, "Test Lab", "test-lab");
});
afterAll(() => products?.close());

async function search(variables: { query?: string; first?: number; after?: string; filter?: any; sortKey?: any }) {
  return dataOf(await products.client()(SEARCH_RANKED, variables)).products;
}
async function suggest(prefix: string, first?: number) {
  return dataOf(await products.client()(SEARCH_SUGGESTIONS, { prefix, first })).searchSuggestions;
}
/** Every product of the demo catalog's Hoodies category (8), by name. */
const HOODIES_CATEGORY = DEMO_PRODUCTS.filter((product) => product.category === "hoodies")
  .map((product) => product.name)
  .sort();
const names = (connection: { nodes: { name: string }[] }) => connection.nodes.map((node) => node.name);

async function counted<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables) {
  products.statements.reset();
  const data = dataOf(await products.client()(document, variables));
  return { data, statements: products.statements.count };
}

/** The error code of a request that must fail. */
async function errorCode(document: TypedDocumentNode<any, any>, variables: Record<string, unknown>) {
  const response = await products.client()(document, variables);
  expect(response.data ?? null).toBeNull();
  return response.errors?.[0]?.extensions?.["code"];
}

describe("typos, partial words and colours", () => {
  test('"hodie" finds what "hoodie" finds: the Hoodies category, the six named hoodies first', async () => {
    const result = await search({ query: "hodie", first: 50 });
    expect(names(result).sort()).toEqual(HOODIES_CATEGORY);
    expect(
      names(result)
        .slice(0, 6)
        .every((name) => name.includes("Hoodie")),
    ).toBe(true);
    expect(names(await search({ query: "hoodie", first: 50 })).sort()).toEqual(HOODIES_CATEGORY);
    expect(result.didYouMean).toBeNull();
  });

  test('"grey hoodie" finds the hoodie that comes in Heather Grey, and only it', async () => {
    const result = await search({ query: "grey hoodie" });
    expect(names(result)).toEqual(["Classic Pullover Hoodie"]);
  });

  test('a prefix matches: "hoo" finds the hoodies and the hooded sweater', async () => {
    const found = names(await search({ query: "hoo", first: 50 }));
    expect(found).toContain("Cable Knit Hooded Sweater");
    expect(found.filter((name) => name.includes("Hoodie"))).toHaveLength(6);
  });

  test("a word the catalog knows is not corrected into another: 'tee' does not find the tea towels", async () => {
    const found = names(await search({ query: "tee", first: 50 }));
    expect(found).toContain("Ringer Tee");
    expect(found).not.toContain("Linen Tea Towel Set");
  });

  test("a misspelt word among right ones: every word must still match", async () => {
    expect(names(await search({ query: "chelsae boot" }))).toEqual(["Suede Chelsea Boot"]);
    expect((await search({ query: "chelsae skillet" })).totalCount).toBe(0);
  });
});

describe("pagination, filters and sorting keep working with corrected words", () => {
  test("pages of a misspelt search together are the whole list, without duplicates", async () => {
    const whole = names(await search({ query: "hodie", first: 100 }));
    const paged: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const result = await search({ query: "hodie", first: 2, after });
      paged.push(...names(result));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor ?? undefined;
    }
    expect(paged).toEqual(whole);
    expect(whole).toHaveLength(HOODIES_CATEGORY.length);
  });

  test("filters and a sort apply to a corrected search", async () => {
    const cheap = await search({ query: "hodie", filter: { maxPriceCents: 7000 }, sortKey: "PRICE", first: 50 });
    const prices = cheap.nodes.map((node) => node.priceRange.min.amountCents);
    expect(prices.length).toBeGreaterThan(1);
    expect(prices.every((price) => price <= 7000)).toBe(true);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    expect(cheap.totalCount).toBeLessThan(HOODIES_CATEGORY.length);

    const bags = await search({ query: "backpak", filter: { categorySlugs: ["bags"] } });
    expect(names(bags)).toEqual(["Waxed Canvas Backpack"]);
    const notHoodies = await search({ query: "backpak", filter: { categorySlugs: ["hoodies"] } });
    expect(names(notHoodies)).not.toContain("Waxed Canvas Backpack");
  });
});

describe("did you mean", () => {
  test("a search too far off to correct unasked offers the closest catalog word, which finds something", async () => {
    const result = await search({ query: "sneekers" });
    expect(result.totalCount).toBe(0);
    expect(result.didYouMean).toBe("sneaker");
    expect((await search({ query: result.didYouMean! })).totalCount).toBe(2);
  });

  test("keeps the words that match and corrects the rest", async () => {
    const result = await search({ query: "leather sneekers" });
    expect(result.totalCount).toBe(0);
    expect(result.didYouMean).toBe("leather sneaker");
  });

  test("null with results, with nothing close, and when the correction would find nothing either", async () => {
    expect((await search({ query: "hoodie" })).didYouMean).toBeNull();
    const nonsense = await search({ query: "qzxjvwk" });
    expect(nonsense.totalCount).toBe(0);
    expect(nonsense.didYouMean).toBeNull();
    // Both words are the catalog's, no product has both: nothing to correct.
    const none = await search({ query: "hoodie skillet" });
    expect(none.totalCount).toBe(0);
    expect(none.didYouMean).toBeNull();
  });

  test("costs nothing when the search found something, one statement when it found nothing", async () => {
    expect((await counted(SEARCH_RANKED, { query: "hoodie" })).statements).toBe(1);
    expect((await counted(SEARCH_RANKED, { query: "sneekers" })).statements).toBe(2);
  });
});

describe("suggestions as you type", () => {
  test('"hoo" offers the Hoodies category first, then hoodies', async () => {
    const suggestions = await suggest("hoo");
    expect(suggestions[0]).toMatchObject({ kind: "CATEGORY", text: "Hoodies", category: { slug: "hoodies" } });
    expect(suggestions[0]!.product).toBeNull();
    const rest = suggestions.slice(1);
    expect(rest.length).toBeGreaterThanOrEqual(6);
    expect(rest.every((suggestion) => suggestion.kind === "PRODUCT" && /hood/i.test(suggestion.text))).toBe(true);
    expect(rest.every((suggestion) => suggestion.product?.name === suggestion.text)).toBe(true);
  });

  test("a name that starts with what was typed comes first; every word must fit", async () => {
    expect((await suggest("wool"))[0]?.text).toMatch(/^Wool /);
    expect((await suggest("leather wal")).map((suggestion) => suggestion.text)).toEqual(["Leather Card Wallet"]);
  });

  test('a typo still suggests: "hodie" offers hoodies', async () => {
    const texts = (await suggest("hodie")).map((suggestion) => suggestion.text);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.every((text) => /hoodie/i.test(text))).toBe(true);
  });

  test("first bounds the list (1 to 20, else BAD_USER_INPUT)", async () => {
    expect(await suggest("e", 3)).toHaveLength(3);
    expect(await errorCode(SEARCH_SUGGESTIONS, { prefix: "hoo", first: 0 })).toBe("BAD_USER_INPUT");
    expect(await errorCode(SEARCH_SUGGESTIONS, { prefix: "hoo", first: 21 })).toBe("BAD_USER_INPUT");
  });

  test("one statement for the suggestions, one per kind of thing they name", async () => {
    expect((await counted(SEARCH_SUGGESTIONS, { prefix: "hoo" })).statements).toBe(3);
    expect((await counted(SEARCH_SUGGESTIONS, { prefix: "%%%" })).statements).toBe(0);
  });

  test("archived products are not suggested", async () => {
    const product = await createProduct(products, {
      name: "Quokka Plush",
      categorySlug: "test-lab",
      variants: [{ sku: uniqueSku(), priceCents: 1000, stock: 1 }],
    });
    expect((await suggest("quokka")).map((suggestion) => suggestion.text)).toEqual(["Quokka Plush"]);
    dataOf(await products.client(tokens.admin())(ARCHIVE_PRODUCT, { id: product.id }));
    expect(await suggest("quokka")).toEqual([]);
    expect((await search({ query: "quokka" })).totalCount).toBe(0);
  });
});

describe("the vocabulary and colours follow catalog changes", () => {
  test("a new variant's colour is searchable at once, misspelt too", async () => {
    const product = await createProduct(products, {
      name: "Field Jacket",
      categorySlug: "test-lab",
      options: ["Colour"],
      variants: [{ sku: uniqueSku(), priceCents: 9000, stock: 1, options: [{ name: "Colour", value: "Olive" }] }],
    });
    expect((await search({ query: "burgundy jacket" })).totalCount).toBe(0);
    const { addVariant } = dataOf(
      await products.client(tokens.admin())(ADD_VARIANT, {
        productId: product.id,
        input: { sku: uniqueSku(), priceCents: 9000, stock: 1, options: [{ name: "Colour", value: "Burgundy" }] },
      }),
    );
    expect(addVariant.userErrors).toEqual([]);
    expect(names(await search({ query: "burgundy jacket" }))).toEqual(["Field Jacket"]);
    expect(names(await search({ query: "burgandy jaket" }))).toEqual(["Field Jacket"]);
  });

  test("two writers adding variants to one product at once: both colours end up searchable", async () => {
    const product = await createProduct(products, {
      name: "Race Parka",
      categorySlug: "test-lab",
      options: ["Colour"],
      variants: [{ sku: uniqueSku(), priceCents: 9000, stock: 1, options: [{ name: "Colour", value: "Olive" }] }],
    });
    // Straight to the table, without the application's product lock: the trigger alone must hold.
    const productId = present(uuidOf(product.id, "Product"), "the product's uuid");
    const [a, b] = [new pg.Client(products.config.databaseUrl), new pg.Client(products.config.databaseUrl)];
    await Promise.all([a.connect(), b.connect()]);
    try {
      const insert = (client: pg.Client, colour: string) =>
        client.query(
          `INSERT INTO product_variants (id, product_id, sku, title, options, price_cents, currency, stock, position, created_at, updated_at)
           VALUES (gen_random_uuid(), $1, $2, $3, $4::jsonb, 9000, 'USD', 1, 1, now(), now())`,
          [productId, uniqueSku(), colour, JSON.stringify([{ name: "Colour", value: colour }])],
        );
      await a.query("BEGIN");
      await b.query("BEGIN");
      await insert(a, "Cobalt");
      const second = insert(b, "Mauve"); // waits for a's lock on the product
      await new Promise((resolve) => setTimeout(resolve, 200));
      await a.query("COMMIT");
      await second;
      await b.query("COMMIT");
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
    const [row] = await products.sql(`SELECT option_values FROM products WHERE id = $1`, [product.id]);
    expect(row?.["option_values"]).toBe("Cobalt Mauve Olive");
    expect(names(await search({ query: "cobalt parka" }))).toEqual(["Race Parka"]);
    expect(names(await search({ query: "mauve parka" }))).toEqual(["Race Parka"]);
  });

  test("a stock change leaves the product row alone: checkouts never wait on the search upkeep", async () => {
    const product = await createProduct(products, {
      name: "Enamel Camp Mug",
      categorySlug: "test-lab",
      variants: [{ sku: uniqueSku(), priceCents: 1500, stock: 3 }],
    });
    const version = async () =>
      (await products.sql(`SELECT xmin::text AS xmin, option_values FROM products WHERE id = $1`, [product.id]))[0];
    const before = await version();
    const { adjustStock } = dataOf(
      await products.client(tokens.admin())(ADJUST_STOCK, {
        variantId: product.variants[0]!.id,
        delta: 5,
        reason: "recount",
      }),
    );
    expect(adjustStock.userErrors).toEqual([]);
    expect(adjustStock.variant?.stock).toBe(8);
    expect(await version()).toEqual(before);
  });

  test("a renamed product is found by its new name, not its old one", async () => {
    const product = await createProduct(products, {
      name: "Copper Kettle",
      categorySlug: "test-lab",
      variants: [{ sku: uniqueSku(), priceCents: 5000, stock: 1 }],
    });
    expect(names(await search({ query: "kettel" }))).toEqual(["Copper Kettle"]);
    const { updateProduct } = dataOf(
      await products.client(tokens.admin())(UPDATE_PRODUCT, { id: product.id, input: { name: "Copper Percolator" } }),
    );
    expect(updateProduct.userErrors).toEqual([]);
    expect(names(await search({ query: "percolatr" }))).toEqual(["Copper Percolator"]);
    expect((await search({ query: "kettle" })).totalCount).toBe(0);
    expect((await search({ query: "kettel" })).totalCount).toBe(0);
    const [row] = await products.sql(`SELECT count(*)::int AS n FROM search_terms WHERE word = 'kettle'`);
    expect(row?.["n"]).toBe(0);
  });
});

describe("hostile input", () => {
  const hostile = [
    "%",
    "_",
    "\\",
    "%_\\",
    "100%",
    "'; DROP TABLE products; --",
    "hood' OR '1'='1",
    "a & b | !c <-> d:*",
    "(((",
    "日本語 ☕ café",
    "🧥🧥🧥",
    "\u200b\u200b",
    "ﬁ ligature Ǆ",
    "x".repeat(200),
    "hoodie ".repeat(28).slice(0, 200),
  ];

  test.each(hostile)("a search for %j answers cleanly", async (query) => {
    const result = await search({ query });
    expect(result.totalCount).toBeGreaterThanOrEqual(0);
  });

  test.each(hostile)("suggestions for %j answer cleanly", async (prefix) => {
    const suggestions = await suggest(prefix);
    expect(Array.isArray(suggestions)).toBe(true);
  });

  test("LIKE and regex characters are never patterns: '%', '_' and '\\' suggest nothing", async () => {
    for (const prefix of ["%", "_", "\\", "%_\\", "  ", "", ".*", "[(*+?])"]) expect(await suggest(prefix)).toEqual([]);
    // "_oodie" is the word "oodie": found inside "Hoodie", not a one-character wildcard.
    const texts = (await suggest("_oodie")).map((suggestion) => suggestion.text);
    expect(texts.every((text) => /oodie/i.test(text))).toBe(true);
  });

  test("a 1,000-character prefix or query is BAD_USER_INPUT", async () => {
    expect(await errorCode(SEARCH_SUGGESTIONS, { prefix: "a".repeat(1000) })).toBe("BAD_USER_INPUT");
    expect(await errorCode(SEARCH_RANKED, { query: "a".repeat(1000) })).toBe("BAD_USER_INPUT");
    expect(await errorCode(SEARCH_SUGGESTIONS, { prefix: "a".repeat(201) })).toBe("BAD_USER_INPUT");
  });

  test("a NUL character is BAD_USER_INPUT before any SQL", async () => {
    expect(await errorCode(SEARCH_SUGGESTIONS, { prefix: "hoo\u0000die" })).toBe("BAD_USER_INPUT");
  });

  test("many at once: 30 parallel suggestions and searches all answer the same", async () => {
    const [one] = await Promise.all([suggest("hodie")]);
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => (i % 2 ? suggest("hodie") : search({ query: "hodie", first: 50 }))),
    );
    for (const [i, answer] of answers.entries()) {
      if (i % 2) expect(answer).toEqual(one);
      else expect(present((answer as { totalCount: number }).totalCount, "count")).toBe(HOODIES_CATEGORY.length);
    }
  });
});
