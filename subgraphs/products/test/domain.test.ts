import { ProblemList } from "@shopgraph/kernel";
import { describe, expect, test } from "vitest";
import type { CatalogErrorCode } from "../src/domain/errors.js";
import { checkProduct, optionValues, variantTitle, type ProductData } from "../src/domain/product-rules.js";
import { searchTerms } from "../src/domain/search-query.js";
import { firstFreeSlug, slugify } from "../src/domain/slugs.js";

function problemsOf(input: ProductData, imageOrigins: string[] = []) {
  const problems = new ProblemList<CatalogErrorCode>();
  checkProduct(input, imageOrigins, problems);
  return problems.problems.map((e) => ({ code: e.code, field: e.field?.join(".") }));
}

const valid: ProductData = {
  name: "Tee",
  categorySlug: "t-shirts",
  options: ["Size"],
  variants: [{ sku: "tee-s", priceCents: 1000, options: [{ name: "Size", value: "S" }] }],
};

describe("search input", () => {
  test("keeps only words, so tsquery operators in the input cannot change the query", () => {
    expect(searchTerms("shi & !(hood | x):* <-> 'a' \\")).toEqual(["shi", "hood", "x", "a"]);
    expect(searchTerms("Blue  SHIRT")).toEqual(["blue", "shirt"]);
    // Nor LIKE's or a regular expression's: suggestions put the words in ILIKE and ~* patterns.
    expect(searchTerms("%_\\ .* [a] ( ) + ? ^$ |")).toEqual(["a"]);
  });

  test("keeps letters of any script and digits, drops duplicates, caps the number of terms", () => {
    expect(searchTerms("Crème brûlée 42 crème")).toEqual(["crème", "brûlée", "42"]);
    expect(searchTerms("a b c d e f g h i j")).toHaveLength(8);
  });

  test("input without words searches for nothing", () => {
    expect(searchTerms("  &|!  ")).toEqual([]);
    expect(searchTerms("%_\\")).toEqual([]);
  });
});

describe("slugs", () => {
  test("are made from names without accents or punctuation", () => {
    expect(slugify("Café Crème Hoodie!")).toBe("cafe-creme-hoodie");
    expect(slugify("  Graphic Tee - Mountain Sunrise ")).toBe("graphic-tee-mountain-sunrise");
    expect(slugify("日本")).toBe("");
  });

  test("are numbered when taken", () => {
    expect(firstFreeSlug("tee", new Set())).toBe("tee");
    expect(firstFreeSlug("tee", new Set(["tee", "tee-2"]))).toBe("tee-3");
  });
});

describe("product rules", () => {
  test("a valid product has no problems and normalised values", () => {
    const problems = new ProblemList<CatalogErrorCode>();
    const product = checkProduct(valid, [], problems);
    expect(() => problems.throwIfAny()).not.toThrow();
    expect(product.variants[0]).toMatchObject({ sku: "TEE-S", title: "S", currency: "USD", stock: 0 });
  });

  test("reports every problem at once, each at its field", () => {
    expect(
      problemsOf({
        name: " ",
        categorySlug: "x",
        options: ["Size"],
        variants: [
          { sku: "ok-1", priceCents: -1, stock: -2, currency: "XYZ", options: [{ name: "Size", value: "S" }] },
          { sku: "bad sku!", priceCents: 100, options: [{ name: "Colour", value: "Red" }] },
        ],
      }),
    ).toEqual([
      { code: "INVALID_NAME", field: "input.name" },
      { code: "INVALID_PRICE", field: "input.variants.0.priceCents" },
      { code: "INVALID_CURRENCY", field: "input.variants.0.currency" },
      { code: "INVALID_STOCK", field: "input.variants.0.stock" },
      { code: "INVALID_VARIANT_OPTIONS", field: "input.variants.1.options" },
      { code: "INVALID_SKU", field: "input.variants.1.sku" },
    ]);
  });

  test("variants of a product differ in SKU and options and share a currency", () => {
    const variant = (sku: string, size: string, currency = "USD") => ({
      sku,
      priceCents: 100,
      currency,
      options: [{ name: "size", value: size }],
    });
    expect(
      problemsOf({
        ...valid,
        variants: [variant("a", "S"), variant("A", "M"), variant("b", "s"), variant("c", "L", "EUR")],
      }),
    ).toEqual([
      { code: "SKU_TAKEN", field: "input.variants.1.sku" },
      { code: "DUPLICATE_VARIANT", field: "input.variants.2.options" },
      { code: "CURRENCY_MISMATCH", field: "input.variants.3.currency" },
    ]);
  });

  test("prices, stock and currencies outside what a shop sells are refused", () => {
    const withVariant = (patch: object) => problemsOf({ ...valid, variants: [{ ...valid.variants[0]!, ...patch }] });
    expect(withVariant({ priceCents: 100_000_001 })).toEqual([
      { code: "INVALID_PRICE", field: "input.variants.0.priceCents" },
    ]);
    expect(withVariant({ priceCents: 10.5 })).toEqual([
      { code: "INVALID_PRICE", field: "input.variants.0.priceCents" },
    ]);
    expect(withVariant({ stock: 1_000_001 })).toEqual([{ code: "INVALID_STOCK", field: "input.variants.0.stock" }]);
    expect(withVariant({ currency: "JPY" })).toEqual([
      { code: "UNSUPPORTED_CURRENCY", field: "input.variants.0.currency" },
    ]);
    expect(withVariant({ currency: "eur" })).toEqual([]);
  });

  test("a product needs a variant, distinct option names and images from the shop or an allowed origin", () => {
    expect(problemsOf({ ...valid, variants: [] })).toEqual([{ code: "NO_VARIANTS", field: "input.variants" }]);
    expect(problemsOf({ ...valid, options: ["Size", "size"] })).toEqual([
      { code: "INVALID_OPTIONS", field: "input.options.1" },
    ]);
    const cdn = ["https://cdn.example.com"];
    expect(problemsOf({ ...valid, images: ["/images/a.svg", "https://cdn.example.com/a.jpg"] }, cdn)).toEqual([]);
    expect(problemsOf({ ...valid, images: ["https://cdn.example.com/a.jpg"] })).toEqual([
      { code: "INVALID_IMAGE_URL", field: "input.images.0" },
    ]);
    const hostile = [
      "javascript:alert(1)",
      "//evil.example/x.png",
      "/\\evil.example/x.png",
      "http://cdn.example.com/a.png",
      "https://cdn.example.com.evil.example/a.png",
      "https://user:pw@cdn.example.com/a.png",
      "https://evil.example/track.png",
    ];
    expect(problemsOf({ ...valid, images: hostile }, cdn)).toEqual(
      hostile.map((_, i) => ({ code: "INVALID_IMAGE_URL", field: `input.images.${i}` })),
    );
  });

  test("titles and option values come in the product's option order", () => {
    const options = [
      { name: "Size", value: "M" },
      { name: "Colour", value: "Black" },
    ];
    expect(variantTitle(options)).toBe("M / Black");
    expect(variantTitle([])).toBe("Default");
    expect(
      optionValues(
        ["Size", "Colour"],
        [
          { options },
          {
            options: [
              { name: "Size", value: "L" },
              { name: "Colour", value: "Black" },
            ],
          },
        ],
      ),
    ).toEqual([
      { name: "Size", values: ["M", "L"] },
      { name: "Colour", values: ["Black"] },
    ]);
  });
});
