import { Money, money } from "@shopgraph/common";
import { FieldResolver, Resolver, Root } from "type-graphql";
import { ProductStatus } from "../domain/catalog.js";
import type { VariantView } from "../app/catalog-reads.js";
import { VariantType } from "./types.js";

@Resolver(() => VariantType)
export class VariantResolver {
  @FieldResolver(() => Money)
  price(@Root() variant: VariantView): Money {
    return money(variant.priceCents, variant.currency);
  }

  @FieldResolver(() => Boolean, { description: "At least one unit in stock" })
  inStock(@Root() variant: VariantView): boolean {
    return variant.stock > 0;
  }

  @FieldResolver(() => Boolean, { description: "Its product is on sale (ACTIVE)" })
  available(@Root() variant: VariantView): boolean {
    return variant.product.status === ProductStatus.ACTIVE;
  }
}
