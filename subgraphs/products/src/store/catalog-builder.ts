import type { EntityManager } from "@shopgraph/subgraph";
import { StockMovementKind } from "../domain/catalog.js";
import type { ValidProduct, ValidVariant } from "../domain/product-rules.js";
import { Category, Product, ProductVariant, StockMovement } from "../entities/index.js";

/** A new category's entity, persisted with the caller's flush. */
export function buildCategory(em: EntityManager, category: { name: string; slug: string; position: number }): Category {
  return em.create(Category, category);
}

/** Where the gateway serves a generated placeholder image for a product. */
export function placeholderImage(slug: string): string {
  return `/images/products/${slug}.svg`;
}

/**
 * Entities of a checked product and its variants, persisted with the caller's flush; initial
 * stock is written to the ledger like any other stock change.
 */
export function buildProduct(
  em: EntityManager,
  category: Category,
  product: ValidProduct & { slug: string },
  actor: string,
): Product {
  const entity = em.create(Product, {
    slug: product.slug,
    name: product.name,
    description: product.description,
    category,
    categoryName: category.name,
    images: product.images ?? [placeholderImage(product.slug)],
    optionNames: product.optionNames,
    weightGrams: product.weightGrams,
    taxCategory: product.taxCategory,
  });
  product.variants.forEach((variant, position) => buildVariant(em, entity, variant, position, actor));
  return entity;
}

export function buildVariant(
  em: EntityManager,
  product: Product,
  variant: ValidVariant,
  position: number,
  actor: string,
): ProductVariant {
  const entity = em.create(ProductVariant, {
    product,
    sku: variant.sku,
    title: variant.title,
    options: variant.options,
    priceCents: variant.priceCents,
    currency: variant.currency,
    stock: variant.stock,
    colour: variant.colour,
    position,
  });
  if (variant.stock > 0) {
    em.create(StockMovement, {
      variant: entity,
      delta: variant.stock,
      stockAfter: variant.stock,
      kind: StockMovementKind.INITIAL,
      actor,
    });
  }
  return entity;
}
