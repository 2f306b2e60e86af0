import DataLoader from "dataloader";
import { keyedLoader, type EntityManager } from "@shopgraph/subgraph";
import { loadCategories, loadProducts, loadVariants } from "../app/catalog-reads.js";
import type { ProductsContext } from "./context.js";

/** One loader set per request: every batch of keys resolved in one tick is one statement. */
export function requestLoaders(
  em: EntityManager,
): Pick<ProductsContext, "productById" | "variantById" | "activeProductCount" | "categoryById"> {
  return {
    productById: keyedLoader(
      (ids) => loadProducts(em, ids),
      (product) => product.id,
    ),
    variantById: keyedLoader(
      (ids) => loadVariants(em, ids),
      (variant) => variant.id,
    ),
    categoryById: keyedLoader(
      (ids) => loadCategories(em, ids),
      (category) => category.id,
    ),
    activeProductCount: new DataLoader(async (ids) => {
      const counts = new Map((await loadCategories(em, ids)).map((category) => [category.id, category.productCount]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  };
}
