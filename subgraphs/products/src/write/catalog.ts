import { LockMode } from "@mikro-orm/core";
import { isUuid } from "@shopgraph/kernel";
import { fail, type EntityManager } from "@shopgraph/subgraph";
import { ProductStatus, type OptionValue } from "../domain/catalog.js";
import { Problems } from "../domain/problems.js";
import {
  checkCurrency,
  checkDescription,
  checkImages,
  checkName,
  checkPrice,
  checkProduct,
  checkSiblings,
  checkSku,
  checkSlug,
  checkVariant,
  checkVariantOptions,
  LIMITS,
  variantTitle,
  type ProductData,
  type VariantData,
} from "../domain/product-rules.js";
import { firstFreeSlug, slugify } from "../domain/slugs.js";
import { Category, Product, ProductVariant } from "../entities/index.js";
import { buildProduct, buildVariant } from "./build.js";
import { rethrowUniqueViolation } from "./unique-violations.js";

/**
 * Catalog administration. Each use case checks everything first, then writes in one
 * transaction; on any problem it throws `UserErrors` having changed nothing.
 */

export interface CategoryData {
  name: string;
  slug?: string | null;
  position?: number | null;
}

export interface ProductChanges {
  name?: string | null;
  slug?: string | null;
  description?: string | null;
  categorySlug?: string | null;
  images?: readonly string[] | null;
  status?: ProductStatus | null;
}

export interface VariantChanges {
  sku?: string | null;
  options?: readonly OptionValue[] | null;
  priceCents?: number | null;
  currency?: string | null;
}

export async function createCategory(em: EntityManager, input: CategoryData): Promise<string> {
  const problems = new Problems();
  const name = checkName(input.name, problems, ["input", "name"]);
  const slug = input.slug == null ? slugify(name) : checkSlug(input.slug, problems, ["input", "slug"]);
  if (!problems.has(["input"]) && !slug) {
    problems.add("INVALID_SLUG", "Give the category a slug; its name has no letters to make one from", [
      "input",
      "slug",
    ]);
  }
  const position = input.position ?? (await nextCategoryPosition(em));
  if (!Number.isSafeInteger(position) || Math.abs(position) > 1_000_000) {
    problems.add("INVALID_POSITION", "Position is a whole number from -1000000 to 1000000", ["input", "position"]);
  }
  if (slug && (await em.count(Category, { slug }))) {
    problems.add("SLUG_TAKEN", `The slug ${slug} is already in use`, ["input", "slug"]);
  }
  problems.throwIfAny();
  try {
    const category = em.create(Category, { name, slug, position });
    await em.flush();
    return category.id;
  } catch (error) {
    return rethrowUniqueViolation(error, { slug: ["input", "slug"] });
  }
}

export async function createProduct(
  em: EntityManager,
  actor: string,
  input: ProductData,
  imageOrigins: readonly string[],
): Promise<string> {
  const problems = new Problems();
  const product = checkProduct(input, imageOrigins, problems);
  try {
    return await em.transactional(async (tx) => {
      const category = await tx.findOne(Category, { slug: product.categorySlug });
      if (!category) {
        problems.add("UNKNOWN_CATEGORY", `There is no category ${input.categorySlug}`, ["input", "categorySlug"]);
      }
      let slug = product.slug;
      if (slug === null) {
        slug = await freeSlug(tx, product.name);
      } else if (!problems.has(["input", "slug"]) && (await tx.count(Product, { slug }))) {
        problems.add("SLUG_TAKEN", `The slug ${slug} is already in use`, ["input", "slug"]);
      }
      await checkSkusFree(
        tx,
        product.variants.map((variant) => variant.sku),
        problems,
        (i) => ["input", "variants", String(i), "sku"],
      );
      problems.throwIfAny();
      const entity = buildProduct(tx, category!, { ...product, slug }, actor);
      await tx.flush();
      return entity.id;
    });
  } catch (error) {
    return rethrowUniqueViolation(error, {
      slug: ["input", "slug"],
      sku: (sku) => ["input", "variants", String(product.variants.findIndex((v) => v.sku === sku)), "sku"],
    });
  }
}

export async function updateProduct(
  em: EntityManager,
  id: string,
  input: ProductChanges,
  imageOrigins: readonly string[],
): Promise<string> {
  const problems = new Problems();
  const name = input.name == null ? undefined : checkName(input.name, problems, ["input", "name"]);
  const slug = input.slug == null ? undefined : checkSlug(input.slug, problems, ["input", "slug"]);
  const description =
    input.description == null ? undefined : checkDescription(input.description, problems, ["input", "description"]);
  const images =
    input.images == null ? undefined : checkImages(input.images, imageOrigins, problems, ["input", "images"]);
  try {
    return await em.transactional(async (tx) => {
      const product = await findProduct(tx, id);
      let category: Category | null = null;
      if (input.categorySlug != null) {
        category = await tx.findOne(Category, { slug: input.categorySlug.trim().toLowerCase() });
        if (!category) {
          problems.add("UNKNOWN_CATEGORY", `There is no category ${input.categorySlug}`, ["input", "categorySlug"]);
        }
      }
      if (slug !== undefined && slug !== product.slug && !problems.has(["input", "slug"])) {
        if (await tx.count(Product, { slug })) {
          problems.add("SLUG_TAKEN", `The slug ${slug} is already in use`, ["input", "slug"]);
        }
      }
      problems.throwIfAny();
      if (name !== undefined) product.name = name;
      if (slug !== undefined) product.slug = slug;
      if (description !== undefined) product.description = description;
      if (images !== undefined) product.images = images;
      if (input.status != null) product.status = input.status;
      if (category) {
        product.category = category;
        product.categoryName = category.name;
      }
      await tx.flush();
      return product.id;
    });
  } catch (error) {
    return rethrowUniqueViolation(error, { slug: ["input", "slug"] });
  }
}

/** Takes the product off sale: it leaves listings and its variants can no longer be reserved. */
export async function archiveProduct(em: EntityManager, id: string): Promise<string> {
  const product = await findProduct(em, id);
  product.status = ProductStatus.ARCHIVED;
  await em.flush();
  return product.id;
}

export async function addVariant(
  em: EntityManager,
  actor: string,
  productId: string,
  input: VariantData,
): Promise<string> {
  try {
    return await em.transactional(async (tx) => {
      const { product, siblings } = await lockProduct(tx, productId, ["productId"]);
      const problems = new Problems();
      const variant = checkVariant(input, product.optionNames, problems, ["input"]);
      checkSiblings(variant, siblings, problems, ["input"]);
      if (siblings.length >= LIMITS.variants) {
        problems.add("TOO_MANY_VARIANTS", `A product has at most ${LIMITS.variants} variants`, ["input"]);
      }
      await checkSkusFree(tx, [variant.sku], problems, () => ["input", "sku"]);
      problems.throwIfAny();
      const position = Math.max(-1, ...siblings.map((sibling) => sibling.position)) + 1;
      const entity = buildVariant(tx, product, variant, position, actor);
      product.updatedAt = new Date();
      await tx.flush();
      return entity.id;
    });
  } catch (error) {
    return rethrowUniqueViolation(error, { sku: () => ["input", "sku"] });
  }
}

/** Changes what a variant is and costs; its stock changes only through adjustStock. */
export async function updateVariant(em: EntityManager, id: string, input: VariantChanges): Promise<string> {
  if (!isUuid(id)) fail("UNKNOWN_VARIANT", "There is no variant with this id", ["id"]);
  try {
    return await em.transactional(async (tx) => {
      const current = await tx.findOne(ProductVariant, id, { fields: ["product"] });
      if (!current) fail("UNKNOWN_VARIANT", "There is no variant with this id", ["id"]);
      const { product, siblings } = await lockProduct(tx, current.product.id, ["id"]);
      const variant = siblings.find((sibling) => sibling.id === id)!;
      const others = siblings.filter((sibling) => sibling !== variant);
      const problems = new Problems();
      const sku = input.sku == null ? variant.sku : checkSku(input.sku, problems, ["input", "sku"]);
      const options =
        input.options == null
          ? variant.options
          : checkVariantOptions(input.options, product.optionNames, problems, ["input", "options"]);
      const priceCents =
        input.priceCents == null ? variant.priceCents : checkPrice(input.priceCents, problems, ["input", "priceCents"]);
      const currency =
        input.currency == null ? variant.currency : checkCurrency(input.currency, problems, ["input", "currency"]);
      const changed = { sku, options, title: variantTitle(options), priceCents, currency, stock: variant.stock };
      checkSiblings(changed, others, problems, ["input"]);
      if (sku !== variant.sku) await checkSkusFree(tx, [sku], problems, () => ["input", "sku"]);
      problems.throwIfAny();
      Object.assign(variant, { sku, options, title: changed.title, priceCents, currency });
      product.updatedAt = new Date();
      await tx.flush();
      return variant.id;
    });
  } catch (error) {
    return rethrowUniqueViolation(error, { sku: () => ["input", "sku"] });
  }
}

/** A new category goes after the existing ones unless told otherwise. */
async function nextCategoryPosition(em: EntityManager): Promise<number> {
  const [last] = await em.find(Category, {}, { orderBy: { position: "desc" }, limit: 1, fields: ["position"] });
  return last ? last.position + 1 : 0;
}

async function findProduct(em: EntityManager, id: string, field = ["id"]): Promise<Product> {
  const product = isUuid(id) ? await em.findOne(Product, id) : null;
  if (!product) fail("UNKNOWN_PRODUCT", "There is no product with this id", field);
  return product;
}

/**
 * Locks the product row for the rest of the transaction, so two requests changing variants of
 * one product (duplicate option combinations, positions) take turns.
 */
async function lockProduct(
  em: EntityManager,
  id: string,
  field: string[],
): Promise<{ product: Product; siblings: ProductVariant[] }> {
  const product = isUuid(id) ? await em.findOne(Product, id, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!product) fail("UNKNOWN_PRODUCT", "There is no product with this id", field);
  const siblings = await em.find(ProductVariant, { product }, { orderBy: { position: "asc" } });
  return { product, siblings };
}

async function checkSkusFree(
  em: EntityManager,
  skus: string[],
  problems: Problems,
  fieldOf: (index: number) => string[],
): Promise<void> {
  if (skus.length === 0) return;
  const taken = new Set((await em.find(ProductVariant, { sku: { $in: skus } }, { fields: ["sku"] })).map((v) => v.sku));
  skus.forEach((sku, i) => {
    if (taken.has(sku) && !problems.has(fieldOf(i))) {
      problems.add("SKU_TAKEN", `SKU ${sku} is already in use`, fieldOf(i));
    }
  });
}

/** A slug made from the name, numbered when products already use it. */
async function freeSlug(em: EntityManager, name: string): Promise<string> {
  const base = slugify(name) || "product";
  // The base is [a-z0-9-] only, so it carries no LIKE wildcards.
  const similar = await em.find(Product, { slug: { $like: `${base}%` } }, { fields: ["slug"] });
  return firstFreeSlug(base, new Set(similar.map((product) => product.slug)));
}
