import { createHash } from "node:crypto";
import { ProblemList } from "@shopgraph/kernel";
import { query, sql, type EntityManager } from "@shopgraph/subgraph";
import type { OptionValue } from "../domain/catalog.js";
import type { CatalogErrorCode } from "../domain/errors.js";
import { checkProduct, type ProductData, type VariantData } from "../domain/product-rules.js";
import { slugify } from "../domain/slugs.js";
import { Category, Product } from "../entities/index.js";
import { buildProduct, placeholderImage } from "../store/catalog-builder.js";
import { DEMO_COLOURS } from "./demo-look.js";
import { DEMO_CATEGORIES, DEMO_PRODUCTS, type DemoProduct, type StockLevel } from "./demo-data.js";

const SEED_LOCK = 4002_0001;
const HOUR_MS = 3_600_000;

/**
 * Fills an empty catalog with the demo catalog, in one transaction; a catalog that has products
 * is left alone, so every start but the first seeds nothing (also when two instances start at
 * once). The products go through the same checks as createProduct.
 */
export async function seedDemoCatalog(em: EntityManager): Promise<{ categories: number; products: number }> {
  return em.transactional(async (tx) => {
    await query(tx, sql`SELECT pg_advisory_xact_lock(${SEED_LOCK})`);
    if ((await tx.count(Product)) > 0) return { categories: 0, products: 0 };

    const existing = await tx.find(Category, { slug: { $in: DEMO_CATEGORIES.map((category) => category.slug) } });
    const categories = new Map(existing.map((category) => [category.slug, category]));
    DEMO_CATEGORIES.forEach((category, position) => {
      if (!categories.has(category.slug)) categories.set(category.slug, tx.create(Category, { ...category, position }));
    });

    // The first product in the list is the newest, an hour apart, so NEWEST has an order to show.
    const now = Date.now();
    DEMO_PRODUCTS.forEach((demo, index) => {
      const problems = new ProblemList<CatalogErrorCode>();
      const product = checkProduct(demoInput(demo, index), [], problems);
      try {
        problems.throwIfAny();
      } catch (error) {
        throw new Error(`Demo product "${demo.name}" is invalid`, { cause: error });
      }
      const entity = buildProduct(
        tx,
        categories.get(demo.category)!,
        { ...product, slug: slugify(demo.name) },
        "system:seed",
      );
      entity.createdAt = entity.updatedAt = new Date(now - index * HOUR_MS);
    });
    await tx.flush();
    return { categories: categories.size - existing.length, products: DEMO_PRODUCTS.length };
  });
}

function demoInput(demo: DemoProduct, index: number): ProductData {
  const slug = slugify(demo.name);
  const optionNames = Object.keys(demo.options ?? {});
  const combinations = cartesian(
    optionNames.map((name) => (demo.options?.[name] ?? []).map((value) => ({ name, value }))),
  );
  const code = `SG${String(index + 1).padStart(3, "0")}`;
  return {
    name: demo.name,
    slug,
    description: demo.description,
    categorySlug: demo.category,
    images: [placeholderImage(slug)],
    options: optionNames,
    variants: combinations.map((options, i): VariantData => {
      const sku = [code, ...options.map((option) => skuPart(option.value))].join("-");
      const surcharge = options.reduce((sum, option) => sum + (demo.surcharges?.[option.value] ?? 0), 0);
      const colour = options.find((option) => option.name === "Colour")?.value;
      return {
        sku,
        options,
        priceCents: demo.priceCents + surcharge,
        stock: stockFor(demo.stock, sku, i),
        colour: colour === undefined ? null : (DEMO_COLOURS[colour] ?? null),
      };
    }),
  };
}

/** "S (36-38)" -> "S-36-38" */
function skuPart(value: string): string {
  return value
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function cartesian(dimensions: OptionValue[][]): OptionValue[][] {
  return dimensions.reduce<OptionValue[][]>(
    (combinations, values) => combinations.flatMap((combination) => values.map((value) => [...combination, value])),
    [[]],
  );
}

/** Varied but the same on every machine: derived from the SKU, not random. */
function stockFor(level: StockLevel, sku: string, variantIndex: number): number {
  const spread = createHash("sha256").update(sku).digest().readUInt16BE(0);
  switch (level) {
    case "plenty":
      return 8 + (spread % 53);
    case "low":
      return 1 + (spread % 3);
    case "partial":
      return variantIndex % 3 === 1 ? 0 : 2 + (spread % 20);
    case "soldOut":
      return 0;
  }
}
