import { isUuid, ProblemList, type TaxCategory } from "@shopgraph/kernel";
import { type EntityManager } from "@shopgraph/subgraph";
import { ProductStatus, type OptionValue } from "../domain/catalog.js";
import { rejectCatalog, type CatalogErrorCode } from "../domain/errors.js";
import {
  checkColour,
  checkCurrency,
  checkDecimalPrice,
  checkDescription,
  checkImages,
  checkName,
  checkPrice,
  checkProduct,
  checkWeight,
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
import type { Category, Product, ProductVariant } from "../entities/index.js";
import {
  categoryBySlug,
  categorySlugTaken,
  lockProductWithVariants,
  nextCategoryPosition,
  productById,
  productIdOfVariant,
  productSlugsStartingWith,
  productSlugTaken,
  takenSkus,
} from "../store/catalog.js";
import { buildCategory, buildProduct, buildVariant } from "../store/catalog-builder.js";
import { recordProductChanged, recordVariantChanged } from "../store/catalog-events.js";
import { mediaById } from "../store/media.js";
import { rethrowUniqueViolation } from "../store/unique-violations.js";

/**
 * Catalog administration. Each use case checks everything first, then writes in one
 * transaction; on any problem it throws a `Rejection` having changed nothing.
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
  weightGrams?: number | null;
  taxCategory?: TaxCategory | null;
}

export interface VariantChanges {
  sku?: string | null;
  options?: readonly OptionValue[] | null;
  priceCents?: number | null;
  /** The price as a Decimal string in the variant's (new) currency; instead of priceCents. */
  price?: string | null;
  currency?: string | null;
  /** Its own weight and tax category (null: unchanged); `clear…`: its product's again. */
  ownWeightGrams?: number | null;
  ownTaxCategory?: TaxCategory | null;
  clearOwnWeight?: boolean | null;
  clearOwnTaxCategory?: boolean | null;
  /** `#rrggbb` or `#rgb`; "" removes it. */
  colour?: string | null;
  /** A media of the variant's product; "" shows none. */
  imageId?: string | null;
}

export async function createCategory(em: EntityManager, input: CategoryData): Promise<string> {
  const problems = new ProblemList<CatalogErrorCode>();
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
  if (slug && (await categorySlugTaken(em, slug))) {
    problems.add("SLUG_TAKEN", `The slug ${slug} is already in use`, ["input", "slug"]);
  }
  problems.throwIfAny();
  try {
    const category = buildCategory(em, { name, slug, position });
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
  const problems = new ProblemList<CatalogErrorCode>();
  const product = checkProduct(input, imageOrigins, problems);
  try {
    return await em.transactional(async (tx) => {
      const category = await categoryBySlug(tx, product.categorySlug);
      if (!category) {
        problems.add("CATEGORY_NOT_FOUND", `There is no category ${input.categorySlug}`, ["input", "categorySlug"]);
      }
      let slug = product.slug;
      if (slug === null) {
        slug = await freeSlug(tx, product.name);
      } else if (!problems.has(["input", "slug"]) && (await productSlugTaken(tx, slug))) {
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
      await recordProductChanged(tx, entity.id, [category!.id]);
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
  const problems = new ProblemList<CatalogErrorCode>();
  const name = input.name == null ? undefined : checkName(input.name, problems, ["input", "name"]);
  const slug = input.slug == null ? undefined : checkSlug(input.slug, problems, ["input", "slug"]);
  const description =
    input.description == null ? undefined : checkDescription(input.description, problems, ["input", "description"]);
  const images =
    input.images == null ? undefined : checkImages(input.images, imageOrigins, problems, ["input", "images"]);
  const weightGrams =
    input.weightGrams == null ? undefined : checkWeight(input.weightGrams, problems, ["input", "weightGrams"]);
  try {
    return await em.transactional(async (tx) => {
      const product = await findProduct(tx, id);
      let category: Category | null = null;
      if (input.categorySlug != null) {
        category = await categoryBySlug(tx, input.categorySlug.trim().toLowerCase());
        if (!category) {
          problems.add("CATEGORY_NOT_FOUND", `There is no category ${input.categorySlug}`, ["input", "categorySlug"]);
        }
      }
      if (slug !== undefined && slug !== product.slug && !problems.has(["input", "slug"])) {
        if (await productSlugTaken(tx, slug)) {
          problems.add("SLUG_TAKEN", `The slug ${slug} is already in use`, ["input", "slug"]);
        }
      }
      problems.throwIfAny();
      const categoryBefore = product.category.id;
      if (name !== undefined) product.name = name;
      if (slug !== undefined) product.slug = slug;
      if (description !== undefined) product.description = description;
      if (images !== undefined) product.images = images;
      if (input.status != null) product.status = input.status;
      if (weightGrams !== undefined) product.weightGrams = weightGrams;
      if (input.taxCategory != null) product.taxCategory = input.taxCategory;
      if (category) {
        product.category = category;
        product.categoryName = category.name;
      }
      await recordProductChanged(tx, product.id, [categoryBefore, product.category.id]);
      await tx.flush();
      return product.id;
    });
  } catch (error) {
    return rethrowUniqueViolation(error, { slug: ["input", "slug"] });
  }
}

/** Takes the product off sale: it leaves listings and its variants can no longer be reserved. */
export async function archiveProduct(em: EntityManager, id: string): Promise<string> {
  return em.transactional(async (tx) => {
    const product = await findProduct(tx, id);
    product.status = ProductStatus.ARCHIVED;
    await recordProductChanged(tx, product.id, [product.category.id]);
    await tx.flush();
    return product.id;
  });
}

export async function addVariant(
  em: EntityManager,
  actor: string,
  productId: string,
  input: VariantData & { imageId?: string | null },
): Promise<string> {
  try {
    return await em.transactional(async (tx) => {
      const { product, siblings } = await lockProduct(tx, productId, ["productId"]);
      const problems = new ProblemList<CatalogErrorCode>();
      const variant = checkVariant(input, product.optionNames, problems, ["input"]);
      const imageId = await checkImageOf(tx, product.id, input.imageId, problems);
      checkSiblings(variant, siblings, problems, ["input"]);
      if (siblings.length >= LIMITS.variants) {
        problems.add("TOO_MANY_VARIANTS", `A product has at most ${LIMITS.variants} variants`, ["input"]);
      }
      await checkSkusFree(tx, [variant.sku], problems, () => ["input", "sku"]);
      problems.throwIfAny();
      const position = Math.max(-1, ...siblings.map((sibling) => sibling.position)) + 1;
      const entity = buildVariant(tx, product, variant, position, actor);
      if (imageId) entity.imageId = imageId;
      product.updatedAt = new Date();
      recordVariantChanged(tx, entity.id, product.id);
      await tx.flush();
      return entity.id;
    });
  } catch (error) {
    return rethrowUniqueViolation(error, { sku: () => ["input", "sku"] });
  }
}

/** Changes what a variant is and costs; its stock changes only through adjustStock. */
export async function updateVariant(em: EntityManager, id: string, input: VariantChanges): Promise<string> {
  if (!isUuid(id)) rejectCatalog("VARIANT_NOT_FOUND", "There is no variant with this id", ["id"]);
  try {
    return await em.transactional(async (tx) => {
      const productId = await productIdOfVariant(tx, id);
      if (productId === null) rejectCatalog("VARIANT_NOT_FOUND", "There is no variant with this id", ["id"]);
      const { product, siblings } = await lockProduct(tx, productId, ["id"]);
      const variant = siblings.find((sibling) => sibling.id === id)!;
      const others = siblings.filter((sibling) => sibling !== variant);
      const problems = new ProblemList<CatalogErrorCode>();
      const sku = input.sku == null ? variant.sku : checkSku(input.sku, problems, ["input", "sku"]);
      const options =
        input.options == null
          ? variant.options
          : checkVariantOptions(input.options, product.optionNames, problems, ["input", "options"]);
      const currency =
        input.currency == null ? variant.currency : checkCurrency(input.currency, problems, ["input", "currency"]);
      if (input.price != null && input.priceCents != null) {
        problems.add("INVALID_PRICE", "Give price or priceCents, not both", ["input", "price"]);
      }
      const priceCents =
        input.price != null
          ? checkDecimalPrice(input.price, currency, problems, ["input", "price"])
          : input.priceCents == null
            ? variant.priceCents
            : checkPrice(input.priceCents, problems, ["input", "priceCents"]);
      const colour =
        input.colour == null
          ? variant.colour
          : input.colour.trim() === ""
            ? null
            : checkColour(input.colour, problems, ["input", "colour"]);
      const imageId =
        input.imageId == null
          ? variant.imageId
          : ((await checkImageOf(tx, product.id, input.imageId, problems)) ?? null);
      const changed = {
        sku,
        options,
        title: variantTitle(options),
        priceCents,
        currency,
        stock: variant.stock,
        colour,
      };
      checkSiblings(changed, others, problems, ["input"]);
      const own = checkOwnShipping(input, problems);
      if (sku !== variant.sku) await checkSkusFree(tx, [sku], problems, () => ["input", "sku"]);
      problems.throwIfAny();
      Object.assign(variant, { sku, options, title: changed.title, priceCents, currency, colour, imageId, ...own });
      product.updatedAt = new Date();
      recordVariantChanged(tx, variant.id, product.id);
      await tx.flush();
      return variant.id;
    });
  } catch (error) {
    return rethrowUniqueViolation(error, { sku: () => ["input", "sku"] });
  }
}

/** A variant's own weight and tax category as updateVariant changes them (what is absent stays). */
function checkOwnShipping(
  input: VariantChanges,
  problems: ProblemList<CatalogErrorCode>,
): { weightGrams?: number | null; taxCategory?: TaxCategory | null } {
  const own: { weightGrams?: number | null; taxCategory?: TaxCategory | null } = {};
  if (input.clearOwnWeight && input.ownWeightGrams != null) {
    problems.add("INVALID_WEIGHT", "Give ownWeightGrams or clearOwnWeight, not both", ["input", "clearOwnWeight"]);
  } else if (input.clearOwnWeight) own.weightGrams = null;
  else if (input.ownWeightGrams != null) {
    own.weightGrams = checkWeight(input.ownWeightGrams, problems, ["input", "ownWeightGrams"]);
  }
  if (input.clearOwnTaxCategory && input.ownTaxCategory != null) {
    problems.add("INVALID_TAX_CATEGORY", "Give ownTaxCategory or clearOwnTaxCategory, not both", [
      "input",
      "clearOwnTaxCategory",
    ]);
  } else if (input.clearOwnTaxCategory) own.taxCategory = null;
  else if (input.ownTaxCategory != null) own.taxCategory = input.ownTaxCategory;
  return own;
}

/** Takes a variant off sale (`archived`) or puts it back; carts and past orders still show it. */
export async function setVariantArchived(em: EntityManager, id: string, archived: boolean): Promise<string> {
  if (!isUuid(id)) rejectCatalog("VARIANT_NOT_FOUND", "There is no variant with this id", ["id"]);
  return em.transactional(async (tx) => {
    const productId = await productIdOfVariant(tx, id);
    if (productId === null) rejectCatalog("VARIANT_NOT_FOUND", "There is no variant with this id", ["id"]);
    const { product, siblings } = await lockProduct(tx, productId, ["id"]);
    const variant = siblings.find((sibling) => sibling.id === id)!;
    if ((variant.archivedAt !== null) !== archived) {
      variant.archivedAt = archived ? new Date() : null;
      product.updatedAt = new Date();
      recordVariantChanged(tx, variant.id, product.id);
      await tx.flush();
    }
    return variant.id;
  });
}

/** A variant's image: one of its product's media; "" or absent for none. */
async function checkImageOf(
  em: EntityManager,
  productId: string,
  imageId: string | null | undefined,
  problems: ProblemList<CatalogErrorCode>,
): Promise<string | undefined> {
  if (imageId == null || imageId.trim() === "") return undefined;
  const media = await mediaById(em, imageId.trim().toLowerCase());
  if (!media || media.product.id !== productId) {
    problems.add("MEDIA_NOT_FOUND", "The product has no media with this id", ["input", "imageId"]);
    return undefined;
  }
  return media.id;
}

async function findProduct(em: EntityManager, id: string, field = ["id"]): Promise<Product> {
  const product = await productById(em, id);
  if (!product) rejectCatalog("PRODUCT_NOT_FOUND", "There is no product with this id", field);
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
  const locked = await lockProductWithVariants(em, id);
  if (!locked) rejectCatalog("PRODUCT_NOT_FOUND", "There is no product with this id", field);
  return locked;
}

async function checkSkusFree(
  em: EntityManager,
  skus: string[],
  problems: ProblemList<CatalogErrorCode>,
  fieldOf: (index: number) => string[],
): Promise<void> {
  const taken = await takenSkus(em, skus);
  skus.forEach((sku, i) => {
    if (taken.has(sku) && !problems.has(fieldOf(i))) {
      problems.add("SKU_TAKEN", `SKU ${sku} is already in use`, fieldOf(i));
    }
  });
}

/** A slug made from the name, numbered when products already use it. */
async function freeSlug(em: EntityManager, name: string): Promise<string> {
  const base = slugify(name) || "product";
  return firstFreeSlug(base, await productSlugsStartingWith(em, base));
}
