import { money, TaxCategory, type MoneyValue } from "@shopgraph/kernel";
import { Money } from "@shopgraph/subgraph";
import { forbidden } from "@shopgraph/platform";
import { Ctx, Directive, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { seesWholeCatalog } from "../domain/catalog-access.js";
import { QUANTITY_AVAILABLE_CAP, quantityAvailable } from "../domain/stock-rules.js";
import { ProductStatus } from "../domain/catalog.js";
import type { MediaView, VariantView } from "../app/catalog-reads.js";
import { ProductMediaType } from "./media-types.js";
import { STOCK_HINT } from "./cache-hints.js";
import type { ProductsContext } from "./context.js";
import { VariantType } from "./types.js";

@Resolver(() => VariantType)
export class VariantResolver {
  @FieldResolver(() => Money, { description: "What one unit costs now, in the product's currency" })
  price(@Root() variant: VariantView): MoneyValue {
    return money(variant.priceCents, variant.currency);
  }

  /**
   * Admin-tagged, so only admins' operations pass the gateway's storefront check; partner apps
   * work against the whole API and need a catalog or stock scope for it.
   */
  @FieldResolver()
  stock(@Root() variant: VariantView, @Ctx() { viewer }: ProductsContext): number {
    if (viewer.kind === "app" && !seesWholeCatalog(viewer))
      throw forbidden("Exact stock needs a catalog or stock scope");
    return variant.stock;
  }

  @Directive(STOCK_HINT)
  @FieldResolver(() => Boolean, {
    description: "Whether at least one unit is in stock (also when its product is archived)",
  })
  inStock(@Root() variant: VariantView): boolean {
    return variant.stock > 0;
  }

  @Directive(STOCK_HINT)
  @FieldResolver(() => Int, {
    description: `Units a shopper may order now: the stock, but never more than ${QUANTITY_AVAILABLE_CAP}`,
  })
  quantityAvailable(@Root() variant: VariantView): number {
    return quantityAvailable(variant.stock);
  }

  @Directive(STOCK_HINT)
  @FieldResolver(() => Boolean, {
    description: "It can be bought now: it and its product are on sale and it is in stock",
  })
  availableForSale(@Root() variant: VariantView): boolean {
    return variant.product.status === ProductStatus.ACTIVE && !variant.archived && variant.stock > 0;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "Shipping weight of one unit in grams: its own (ownWeightGrams) or else its product's (Product.weightGrams); " +
      "null when neither is set",
  })
  weightGrams(@Root() variant: VariantView): number | null {
    return variant.ownWeightGrams ?? variant.product.weightGrams;
  }

  @FieldResolver(() => TaxCategory, {
    description: "Its tax category: its own (ownTaxCategory) or else its product's (Product.taxCategory)",
  })
  taxCategory(@Root() variant: VariantView): TaxCategory {
    return variant.ownTaxCategory ?? variant.product.taxCategory;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "Its own shipping weight in grams, set where it differs from its product's; null: its product's",
  })
  ownWeightGrams(@Root() variant: VariantView): number | null {
    return variant.ownWeightGrams;
  }

  @FieldResolver(() => TaxCategory, {
    nullable: true,
    description: "Its own tax category, set where it differs from its product's; null: its product's",
  })
  ownTaxCategory(@Root() variant: VariantView): TaxCategory | null {
    return variant.ownTaxCategory;
  }

  @FieldResolver(() => ProductMediaType, {
    nullable: true,
    description: "The image of its product that shows this variant (its colour, say); null when none is chosen",
  })
  image(@Root() variant: VariantView): MediaView | null {
    return variant.product.media.find((media) => media.id === variant.imageId) ?? null;
  }

  @FieldResolver(() => Boolean, {
    description: "Whether it is on sale (its product ACTIVE and it not archived), in stock or not",
  })
  available(@Root() variant: VariantView): boolean {
    return variant.product.status === ProductStatus.ACTIVE && !variant.archived;
  }
}
