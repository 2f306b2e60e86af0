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
  setVariantArchived,
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
  @Mutation(() => CategoryPayload, {
    description: "ADMIN: adds a category. userErrors: INVALID_NAME, INVALID_SLUG, INVALID_POSITION, SLUG_TAKEN",
  })
  createCategory(
    @Arg("input", { description: "Its name, and optionally slug and position" }) input: CreateCategoryInput,
    @Ctx() { em }: ProductsContext,
  ) {
    return withUserErrors(CatalogErrorCode, async () => {
      const [category] = await loadCategories(em, [await createCategory(em, input)]);
      return { category: category ?? null };
    });
  }

  @Mutation(() => ProductPayload, {
    description:
      "ADMIN: adds a product, on sale at once, with its variants. userErrors: " +
      "INVALID_NAME, INVALID_SLUG, INVALID_DESCRIPTION, INVALID_IMAGE, INVALID_IMAGE_URL, INVALID_OPTIONS, INVALID_VARIANT_OPTIONS, INVALID_SKU, INVALID_PRICE, INVALID_STOCK, INVALID_CURRENCY, UNSUPPORTED_CURRENCY, CURRENCY_MISMATCH, SLUG_TAKEN, SKU_TAKEN, DUPLICATE_VARIANT, NO_VARIANTS, TOO_MANY_VARIANTS, CATEGORY_NOT_FOUND, INVALID_COLOUR",
  })
  createProduct(
    @Arg("input", { description: "The product and 1 to 100 variants" }) input: CreateProductInput,
    @Ctx() { em, viewer, imageOrigins }: ProductsContext,
  ) {
    return withUserErrors(CatalogErrorCode, async () =>
      productNow(em, await createProduct(em, actorOf(viewer), input, imageOrigins)),
    );
  }

  @Mutation(() => ProductPayload, {
    description:
      "ADMIN: changes the given fields of a product. userErrors: PRODUCT_NOT_FOUND, INVALID_NAME, INVALID_SLUG, " +
      "INVALID_DESCRIPTION, INVALID_IMAGE, INVALID_IMAGE_URL, SLUG_TAKEN, CATEGORY_NOT_FOUND",
  })
  updateProduct(@Args() { id, input }: UpdateProductArgs, @Ctx() { em, imageOrigins }: ProductsContext) {
    return withUserErrors(CatalogErrorCode, async () =>
      productNow(em, await updateProduct(em, id, input, imageOrigins)),
    );
  }

  @Mutation(() => ProductPayload, {
    description:
      "ADMIN: takes a product off sale (status ARCHIVED); past orders still show it, updateProduct(status: ACTIVE) " +
      "undoes it. userErrors: PRODUCT_NOT_FOUND",
  })
  archiveProduct(
    @Arg("id", () => ID, { description: "The product's id (global or raw UUID)" }) @NodeId("Product") id: string,
    @Ctx() { em }: ProductsContext,
  ) {
    return withUserErrors(CatalogErrorCode, async () => productNow(em, await archiveProduct(em, id)));
  }

  @Mutation(() => VariantPayload, {
    description:
      "ADMIN: adds a variant to a product. userErrors: PRODUCT_NOT_FOUND, INVALID_SKU, INVALID_PRICE, INVALID_STOCK, " +
      "INVALID_CURRENCY, UNSUPPORTED_CURRENCY, CURRENCY_MISMATCH, INVALID_VARIANT_OPTIONS, SKU_TAKEN, " +
      "DUPLICATE_VARIANT, TOO_MANY_VARIANTS, INVALID_COLOUR, MEDIA_NOT_FOUND",
  })
  addVariant(@Args() { productId, input }: AddVariantArgs, @Ctx() { em, viewer }: ProductsContext) {
    return withUserErrors(CatalogErrorCode, async () =>
      variantNow(em, await addVariant(em, actorOf(viewer), productId, input)),
    );
  }

  @Mutation(() => VariantPayload, {
    description:
      "ADMIN: changes the given fields of a variant (its stock through adjustStock). userErrors: VARIANT_NOT_FOUND, " +
      "INVALID_SKU, INVALID_PRICE, INVALID_CURRENCY, UNSUPPORTED_CURRENCY, CURRENCY_MISMATCH, " +
      "INVALID_VARIANT_OPTIONS, SKU_TAKEN, DUPLICATE_VARIANT, INVALID_WEIGHT, INVALID_TAX_CATEGORY, INVALID_COLOUR, MEDIA_NOT_FOUND",
  })
  updateVariant(@Args() { id, input }: UpdateVariantArgs, @Ctx() { em }: ProductsContext) {
    return withUserErrors(CatalogErrorCode, async () => variantNow(em, await updateVariant(em, id, input)));
  }

  @Mutation(() => VariantPayload, {
    description:
      "ADMIN: takes a variant off sale: shoppers no longer see it (Product.variants, filters, facets, prices) and " +
      "checkouts refuse it (VARIANT_UNAVAILABLE); carts and past orders still show it; restoreVariant undoes it. " +
      "userErrors: VARIANT_NOT_FOUND",
  })
  archiveVariant(
    @Arg("id", () => ID, { description: "The variant's id (global or raw UUID)" }) @NodeId("ProductVariant") id: string,
    @Ctx() { em }: ProductsContext,
  ) {
    return withUserErrors(CatalogErrorCode, async () => variantNow(em, await setVariantArchived(em, id, true)));
  }

  @Mutation(() => VariantPayload, {
    description: "ADMIN: puts an archived variant back on sale. userErrors: VARIANT_NOT_FOUND",
  })
  restoreVariant(
    @Arg("id", () => ID, { description: "The variant's id (global or raw UUID)" }) @NodeId("ProductVariant") id: string,
    @Ctx() { em }: ProductsContext,
  ) {
    return withUserErrors(CatalogErrorCode, async () => variantNow(em, await setVariantArchived(em, id, false)));
  }

  @Authorized(Role.ADMIN, scope(PartnerScope.STOCK_WRITE))
  @Mutation(() => AdjustStockPayload, {
    description:
      "ADMIN: adds delta units to a variant's stock (negative removes), recorded in the stock ledger. userErrors: " +
      "VARIANT_NOT_FOUND, INVALID_QUANTITY, INVALID_REASON, INSUFFICIENT_STOCK (rather than going below zero), INVALID_STOCK",
  })
  adjustStock(@Args() { variantId, delta, reason }: AdjustStockArgs, @Ctx() { em, viewer }: ProductsContext) {
    return withUserErrors(StockErrorCode, async () =>
      variantNow(em, await adjustStock(em, actorOf(viewer), variantId, delta, reason ?? null)),
    );
  }
}
