import { LockMode } from "@mikro-orm/core";
import { isUuid, type EntityManager } from "@shopgraph/common";
import { Category, Product, ProductVariant } from "../entities/index.js";

/** The lookups catalog administration makes before it writes; malformed ids find nothing. */

export function categoryBySlug(em: EntityManager, slug: string): Promise<Category | null> {
  return em.findOne(Category, { slug });
}

export async function categorySlugTaken(em: EntityManager, slug: string): Promise<boolean> {
  return (await em.count(Category, { slug })) > 0;
}

export async function productSlugTaken(em: EntityManager, slug: string): Promise<boolean> {
  return (await em.count(Product, { slug })) > 0;
}

/** The position after the last category's; 0 for the first. */
export async function nextCategoryPosition(em: EntityManager): Promise<number> {
  const [last] = await em.find(Category, {}, { orderBy: { position: "desc" }, limit: 1, fields: ["position"] });
  return last ? last.position + 1 : 0;
}

export async function productById(em: EntityManager, id: string): Promise<Product | null> {
  return isUuid(id) ? em.findOne(Product, id) : null;
}

/**
 * The product, its row locked for the rest of the transaction (so two requests changing variants
 * of one product take turns), with its variants in position order.
 */
export async function lockProductWithVariants(
  em: EntityManager,
  id: string,
): Promise<{ product: Product; siblings: ProductVariant[] } | null> {
  const product = isUuid(id) ? await em.findOne(Product, id, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!product) return null;
  const siblings = await em.find(ProductVariant, { product }, { orderBy: { position: "asc" } });
  return { product, siblings };
}

/** The id of the product a variant belongs to, or null when there is no such variant. */
export async function productIdOfVariant(em: EntityManager, variantId: string): Promise<string | null> {
  if (!isUuid(variantId)) return null;
  const variant = await em.findOne(ProductVariant, variantId, { fields: ["product"] });
  return variant?.product.id ?? null;
}

/** Which of `skus` variants already use. */
export async function takenSkus(em: EntityManager, skus: readonly string[]): Promise<Set<string>> {
  if (skus.length === 0) return new Set();
  const variants = await em.find(ProductVariant, { sku: { $in: [...skus] } }, { fields: ["sku"] });
  return new Set(variants.map((variant) => variant.sku));
}

/** Product slugs that start with `base` (which is [a-z0-9-] only, so it carries no LIKE wildcards). */
export async function productSlugsStartingWith(em: EntityManager, base: string): Promise<Set<string>> {
  const similar = await em.find(Product, { slug: { $like: `${base}%` } }, { fields: ["slug"] });
  return new Set(similar.map((product) => product.slug));
}
