/**
 * The catalog's reads, for resolvers and loaders: each is one statement of the store, returning
 * the read model's plain objects.
 */
export { listCategories, loadCategories } from "../store/categories.js";
export { loadProductBySlug, loadProducts, loadVariants } from "../store/products.js";
export type { CategoryView, MediaView, ProductView, VariantView } from "../store/read-model.js";
