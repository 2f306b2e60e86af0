import { PartnerScope, Role } from "@shopgraph/kernel";
import { type EntityManager, NodeId, scope, withUserErrors } from "@shopgraph/subgraph";
import { Arg, Args, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import {
  loadCategories,
  loadProducts,
  loadVariants,
  type ProductView,
  type VariantView,
} from "../app/catalog-reads.js";
import {
  addVariant,
  archiveProduct,
  createCategory,
  createProduct,
  updateProduct,
  updateVariant,
} from "../app/catalog.js";
import { adjustStock } from "../app/stock.js";
import { CatalogErrorCode, StockErrorCode } from "../domain/errors.js";
import { actorOf } from "./actor.js";
import { AddVariantArgs, AdjustStockArgs, UpdateProductArgs, UpdateVariantArgs } from "./args.js";
import type { ProductsContext } from "./context.js";
import {
  AdjustStockPayload,
  CategoryPayload,
  CreateCategoryInput,
  CreateProductInput,
  ProductPayload,
  VariantPayload,
} from "./types.js";

/** The product as it is now, after a change in this request. */
async function productNow(em: EntityManager, id: string): Promise<{ product: ProductView | null }> {
  const [product] = await loadProducts(em, [id]);
  return { product: product ?? null };
}

async function variantNow(em: EntityManager, id: string): Promise<{ variant: VariantView | null }> {
  const [variant] = await loadVariants(em, [id]);
  return { variant: variant ?? null };
}

/**
 * Catalog administration: ADMIN users and apps with CATALOG_WRITE (STOCK_WRITE for stock); every
 * mutation changes nothing when it has userErrors.
 */
@Authorized(Role.ADMIN, scope(PartnerScope.CATALOG_WRITE))
@Resolver()
export class AdminResolver {
  @Mutation(() => CategoryPayload, { description: "ADMIN: adds a category" })
  createCategory(@Arg("input") input: CreateCategoryInput, @Ctx() { em }: ProductsContext) {
    return withUserErrors(CatalogErrorCode, async () => {
      const [category] = await loadCategories(em, [await createCategory(em, input)]);
      return { category: category ?? null };
    });
  }

  @Mutation(() => ProductPayload, { description: "ADMIN: adds a product with its variants" })
  createProduct(@Arg("input") input: CreateProductInput, @Ctx() { em, viewer, imageOrigins }: ProductsContext) {
    return withUserErrors(CatalogErrorCode, async () =>
      productNow(em, await createProduct(em, actorOf(viewer), input, imageOrigins)),
    );
  }

  @Mutation(() => ProductPayload, { description: "ADMIN: changes the given fields of a product" })
  updateProduct(@Args() { id, input }: UpdateProductArgs, @Ctx() { em, imageOrigins }: ProductsContext) {
    return withUserErrors(CatalogErrorCode, async () =>
      productNow(em, await updateProduct(em, id, input, imageOrigins)),
    );
  }

  @Mutation(() => ProductPayload, { description: "ADMIN: takes a product off sale; past orders still show it" })
  archiveProduct(@Arg("id", () => ID) @NodeId("Product") id: string, @Ctx() { em }: ProductsContext) {
    return withUserErrors(CatalogErrorCode, async () => productNow(em, await archiveProduct(em, id)));
  }

  @Mutation(() => VariantPayload, { description: "ADMIN: adds a variant to a product" })
  addVariant(@Args() { productId, input }: AddVariantArgs, @Ctx() { em, viewer }: ProductsContext) {
    return withUserErrors(CatalogErrorCode, async () =>
      variantNow(em, await addVariant(em, actorOf(viewer), productId, input)),
    );
  }

  @Mutation(() => VariantPayload, { description: "ADMIN: changes the given fields of a variant" })
  updateVariant(@Args() { id, input }: UpdateVariantArgs, @Ctx() { em }: ProductsContext) {
    return withUserErrors(CatalogErrorCode, async () => variantNow(em, await updateVariant(em, id, input)));
  }

  @Authorized(Role.ADMIN, scope(PartnerScope.STOCK_WRITE))
  @Mutation(() => AdjustStockPayload, {
    description: "ADMIN: adds delta units (negative removes); INSUFFICIENT_STOCK rather than going below zero",
  })
  adjustStock(@Args() { variantId, delta, reason }: AdjustStockArgs, @Ctx() { em, viewer }: ProductsContext) {
    return withUserErrors(StockErrorCode, async () =>
      variantNow(em, await adjustStock(em, actorOf(viewer), variantId, delta, reason ?? null)),
    );
  }
}
