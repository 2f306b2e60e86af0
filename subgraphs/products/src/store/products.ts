import { isUuid, query, sql, uuidArray, type EntityManager, type Sql } from "@shopgraph/common";
import { PRODUCT_JSON, toProductView, type ProductJson } from "./product-json.js";
import type { ProductView, VariantView } from "./read-model.js";

async function productsWhere(em: EntityManager, condition: Sql): Promise<ProductView[]> {
  const rows = await query<{ product: ProductJson }>(
    em,
    sql`SELECT ${PRODUCT_JSON} AS product FROM products p JOIN categories c ON c.id = p.category_id WHERE ${condition}`,
  );
  return rows.map((row) => toProductView(row.product));
}

/** Products by id, any status, in one statement; malformed and unknown ids are simply absent. */
export function loadProducts(em: EntityManager, ids: readonly string[]): Promise<ProductView[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return Promise.resolve([]);
  return productsWhere(em, sql`p.id = ANY(${uuidArray(valid)})`);
}

export async function loadProductBySlug(em: EntityManager, slug: string): Promise<ProductView | null> {
  const [product] = await productsWhere(em, sql`p.slug = ${slug}`);
  return product ?? null;
}

/**
 * Variants by id, each with its whole product (and so its siblings and category), in one
 * statement: `variant { product { name } }` costs nothing more.
 */
export async function loadVariants(em: EntityManager, ids: readonly string[]): Promise<VariantView[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return [];
  const products = await productsWhere(
    em,
    sql`p.id IN (SELECT product_id FROM product_variants WHERE id = ANY(${uuidArray(valid)}))`,
  );
  const wanted = new Set(valid);
  return products.flatMap((product) => product.variants.filter((variant) => wanted.has(variant.id)));
}
