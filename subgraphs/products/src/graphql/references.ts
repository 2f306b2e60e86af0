import type { ProductsContext } from "./context.js";

/**
 * How `_entities` turns `{ __typename, id }` representations into objects: through the
 * request's loaders, so a batch of any size is one statement. Unknown ids resolve to null.
 */
export const referenceResolvers = {
  Product: {
    __resolveReference(reference: { id: unknown }, { productById }: ProductsContext) {
      return productById.load(String(reference.id).toLowerCase());
    },
  },
  ProductVariant: {
    __resolveReference(reference: { id: unknown }, { variantById }: ProductsContext) {
      return variantById.load(String(reference.id).toLowerCase());
    },
  },
};
