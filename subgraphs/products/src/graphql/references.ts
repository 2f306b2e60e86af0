import { seesWholeCatalog } from "../domain/catalog-access.js";
import { ProductStatus } from "../domain/catalog.js";
import type { ProductsContext } from "./context.js";

/**
 * How `_entities` (and so `node(id:)`) turns `{ __typename, id }` representations into objects:
 * through the request's loaders, so a batch of any size is one statement. Ids arrive as raw UUIDs
 * (the subgraph package decodes global ids). Unknown ids resolve to null, and a product that is
 * not on sale to anyone but an admin (or a service), as `product(id:)` shows it. Variants resolve whatever their
 * product's status: carts and past orders point at them.
 */
export const referenceResolvers = {
  Product: {
    async __resolveReference(reference: { id: string }, { productById, viewer }: ProductsContext) {
      const product = await productById.load(reference.id);
      const maySee = product?.status === ProductStatus.ACTIVE || seesWholeCatalog(viewer) || viewer.kind === "service";
      return product && maySee ? product : null;
    },
  },
  ProductVariant: {
    __resolveReference(reference: { id: string }, { variantById }: ProductsContext) {
      return variantById.load(reference.id);
    },
  },
  Category: {
    __resolveReference(reference: { id: string }, { categoryById }: ProductsContext) {
      return categoryById.load(reference.id);
    },
  },
};
