import type { MoneyValue } from "@shopgraph/kernel";
import { ADMIN_TAG, ConnectionType, DecimalScalar, INHERITED, Money, NodeId, payloadWith } from "@shopgraph/subgraph";
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";

import { ProductStatus, type OptionValue } from "../domain/catalog.js";
import type { CategoryView, ProductView, VariantView } from "../app/catalog-reads.js";
import { ProductSort, ProductSortKeys } from "../domain/product-sort.js";
import { ADMIN_HINT, CATALOG_HINT } from "./cache-hints.js";
import { CatalogUserError, StockUserError } from "./user-errors.js";
import { Node } from "./node.js";

/**
 * The products subgraph's GraphQL types. Resolvers return the read model's plain objects
 * (store/read-model.ts, through app/catalog-reads.ts); fields computed from them live in the resolvers. Object-valued
 * properties are typed with those views: the GraphQL type is named in each `@Field`.
 */

registerEnumType(ProductStatus, {
  name: "ProductStatus",
  valuesConfig: {
    ACTIVE: { description: "On sale: listed and reservable" },
    ARCHIVED: { description: "Off sale: unlisted, still resolvable for past orders" },
  },
});

registerEnumType(ProductSort, {
  name: "ProductSort",
  valuesConfig: {
    RELEVANCE: { description: "Best match first; the default when there is a query" },
    PRICE_ASC: { description: "Lowest variant price first" },
    PRICE_DESC: { description: "Lowest variant price, highest first" },
    NEWEST: { description: "Newest first; the default without a query" },
    NAME: { description: "Alphabetical" },
  },
});

registerEnumType(ProductSortKeys, {
  name: "ProductSortKeys",
  description: "What products are sorted by; reverse: true turns the order around",
  valuesConfig: {
    RELEVANCE: { description: "Best match first; without a query, as CREATED_AT reversed" },
    TITLE: { description: "By name, A to Z" },
    PRICE: { description: "By lowest variant price, lowest first" },
    CREATED_AT: { description: "Oldest first (reverse: newest first)" },
  },
});

@Directive(CATALOG_HINT)
@Directive('@key(fields: "id")')
@ObjectType("Category", { implements: Node })
export class CategoryType {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field(() => Int, { description: "Navigation order, lowest first" })
  position!: number;
}

@Directive(INHERITED)
@ObjectType("VariantOption", { description: "The value a variant has for one option, e.g. Size: M" })
export class VariantOptionType {
  @Field()
  name!: string;

  @Field()
  value!: string;
}

@Directive(INHERITED)
@ObjectType("ProductOption", { description: "An option of a product with the values its variants offer" })
export class ProductOptionType {
  @Field()
  name!: string;

  @Field(() => [String])
  values!: string[];
}

@Directive(INHERITED)
@ObjectType("ProductPriceRange")
export class ProductPriceRangeType {
  @Field(() => Money)
  min!: MoneyValue;

  @Field(() => Money)
  max!: MoneyValue;
}

@Directive('@key(fields: "id")')
@Directive(CATALOG_HINT)
@ObjectType("ProductVariant", {
  implements: Node,
  description: "What is bought: one size and colour of a product, with price and stock",
})
export class VariantType {
  @Field(() => ID)
  id!: string;

  @Field()
  sku!: string;

  @Field({ description: 'The option values, e.g. "M / Black"; "Default" without options' })
  title!: string;

  @Field(() => [VariantOptionType])
  options!: OptionValue[];

  // Exact stock is for admins: the storefront schema leaves tagged fields out.
  @Directive(`@tag(name: "${ADMIN_TAG}")`)
  @Directive(ADMIN_HINT)
  @Field(() => Int, { description: "ADMIN: the exact units in stock; shoppers see quantityAvailable" })
  stock!: number;

  @Field(() => ProductType)
  product!: ProductView;
}

@Directive('@key(fields: "id")')
@Directive(CATALOG_HINT)
@ObjectType("Product", { implements: Node })
export class ProductType {
  @Field(() => ID)
  id!: string;

  @Field({ description: "Unique, URL-safe; stays when the name changes" })
  slug!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => CategoryType)
  category!: CategoryView;

  @Field(() => [String], { description: "Image URLs; paths are relative to the shop's origin" })
  images!: string[];

  @Field(() => [VariantType], { description: "In display order; at least one" })
  variants!: VariantView[];

  @Field(() => ProductStatus)
  status!: ProductStatus;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@Directive(INHERITED)
@ObjectType("CategoryFacet")
export class CategoryFacetType {
  @Field(() => CategoryType)
  category!: CategoryView;

  @Field(() => Int, { description: "Matching products in this category" })
  count!: number;
}

@Directive(INHERITED)
@ObjectType("OptionValueFacet")
export class OptionValueFacetType {
  @Field()
  value!: string;

  @Field(() => Int, { description: "Matching products with a variant of this value" })
  count!: number;
}

@Directive(INHERITED)
@ObjectType("OptionFacet")
export class OptionFacetType {
  @Field({ description: 'An option name, e.g. "Size"' })
  name!: string;

  @Field(() => [OptionValueFacetType], { description: "Values with at least one matching product, A to Z" })
  values!: OptionValueFacetType[];
}

@Directive(INHERITED)
@ObjectType("ProductFacets", {
  description:
    "Counts beside a search, as storefronts show them: each facet counts the search with every filter " +
    "except its own (selecting a category leaves the other categories' counts as they were)",
})
export class ProductFacetsType {
  @Field(() => [CategoryFacetType], {
    description: "Per category, for the current search and filters except the category filter",
  })
  categories!: CategoryFacetType[];

  @Field(() => [OptionFacetType], {
    description: "Per option value, for the current search and filters except that option's own filter",
  })
  options!: OptionFacetType[];
}

@Directive(CATALOG_HINT)
@ObjectType()
export class ProductConnection extends ConnectionType(ProductType, "Product") {
  @Field(() => ProductFacetsType)
  facets!: ProductFacetsType;
}

@InputType({ description: 'An option value a variant must have, e.g. { name: "Size", value: "M" }' })
export class VariantOptionFilter {
  @Field()
  name!: string;

  @Field()
  value!: string;
}

@InputType({
  description:
    "Every given filter must hold. A category slug, option name or option value the catalog does not know is " +
    "BAD_USER_INPUT naming it, never an empty list",
})
export class ProductFilter {
  @Field(() => String, { nullable: true, deprecationReason: "Use categorySlugs" })
  categorySlug?: string | null;

  @Field(() => [String], { nullable: true, description: "In any of these categories; not with categorySlug" })
  categorySlugs?: string[] | null;

  @Field(() => [VariantOptionFilter], {
    nullable: true,
    description:
      "Some variant has these option values: values of one option are alternatives (Size M or L), " +
      "different options must all hold, on the same variant as the price and stock filters",
  })
  options?: VariantOptionFilter[] | null;

  @Field(() => Int, { nullable: true, description: "Some variant costs at least this" })
  minPriceCents?: number | null;

  @Field(() => Int, { nullable: true, description: "Some variant costs at most this (and is in stock, with inStock)" })
  maxPriceCents?: number | null;

  @Field(() => Boolean, { nullable: true, description: "true: some variant in stock; false: none" })
  inStock?: boolean | null;

  @Field(() => ProductStatus, { nullable: true, description: "ADMIN only; ACTIVE when omitted" })
  status?: ProductStatus | null;
}

@InputType()
export class VariantOptionInput {
  @Field()
  name!: string;

  @Field()
  value!: string;
}

@InputType()
export class VariantInput {
  @Field({ description: "Unique across the catalog; stored upper-case" })
  sku!: string;

  @Field(() => [VariantOptionInput], { nullable: true, description: "One value per product option" })
  options?: VariantOptionInput[] | null;

  @Field(() => Int)
  priceCents!: number;

  @Field(() => String, { nullable: true, description: "ISO 4217; USD when omitted" })
  currency?: string | null;

  @Field(() => Int, { nullable: true, description: "0 when omitted" })
  stock?: number | null;
}

@InputType()
export class CreateProductInput {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: "Made from the name when omitted" })
  slug?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field()
  categorySlug!: string;

  @Field(() => [String], { nullable: true, description: "A generated placeholder when omitted" })
  images?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Option names, e.g. ["Size", "Colour"]; at most 3' })
  options?: string[] | null;

  @Field(() => [VariantInput])
  variants!: VariantInput[];
}

@InputType({ description: "Only the given fields change" })
export class UpdateProductInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  slug?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  categorySlug?: string | null;

  @Field(() => [String], { nullable: true })
  images?: string[] | null;

  @Field(() => ProductStatus, { nullable: true, description: "ACTIVE puts an archived product back on sale" })
  status?: ProductStatus | null;
}

@InputType({ description: "Only the given fields change; stock changes through adjustStock" })
export class UpdateVariantInput {
  @Field(() => String, { nullable: true })
  sku?: string | null;

  @Field(() => [VariantOptionInput], { nullable: true })
  options?: VariantOptionInput[] | null;

  @Field(() => Int, { nullable: true, deprecationReason: "Use price" })
  priceCents?: number | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'The new price in the variant\'s currency (the new one if `currency` is given), e.g. "24.90"',
  })
  price?: string | null;

  @Field(() => String, { nullable: true })
  currency?: string | null;
}

@InputType()
export class CreateCategoryInput {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: "Made from the name when omitted" })
  slug?: string | null;

  @Field(() => Int, { nullable: true, description: "After the existing categories when omitted" })
  position?: number | null;
}

@ObjectType()
export class ProductPayload extends payloadWith(CatalogUserError) {
  @Field(() => ProductType, { nullable: true })
  product?: ProductView | null;
}

@ObjectType()
export class VariantPayload extends payloadWith(CatalogUserError) {
  @Field(() => VariantType, { nullable: true })
  variant?: VariantView | null;
}

@ObjectType()
export class AdjustStockPayload extends payloadWith(StockUserError) {
  @Field(() => VariantType, { nullable: true, description: "With its stock after the change" })
  variant?: VariantView | null;
}

@ObjectType()
export class CategoryPayload extends payloadWith(CatalogUserError) {
  @Field(() => CategoryType, { nullable: true })
  category?: CategoryView | null;
}

/** For the orders subgraph only: absent from the public API. */
@Directive("@inaccessible")
@InputType()
export class StockLineInput {
  @Field(() => ID)
  @NodeId("ProductVariant")
  variantId!: string;

  @Field(() => Int)
  quantity!: number;
}

@Directive("@inaccessible")
@ObjectType("ReservedStockLine", { description: "A reserved line as the order records it" })
export class ReservedStockLineType {
  @Field(() => ID)
  variantId!: string;

  @Field(() => ID)
  productId!: string;

  @Field()
  productName!: string;

  @Field()
  variantTitle!: string;

  @Field()
  sku!: string;

  @Field(() => Money)
  unitPrice!: MoneyValue;

  @Field(() => Int)
  quantity!: number;
}

@Directive("@inaccessible")
@ObjectType()
export class StockReservationPayload extends payloadWith(StockUserError) {
  @Field(() => ID, { nullable: true })
  orderId?: string | null;

  @Field(() => [ReservedStockLineType], { description: "In request order; empty on failure" })
  lines!: ReservedStockLineType[];

  @Field({ description: "True when the order's stock was reserved by an earlier call and nothing was reserved now" })
  alreadyReserved!: boolean;
}
