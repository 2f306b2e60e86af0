import { TAX_CATEGORY_DESCRIPTION, TAX_CATEGORY_MEANINGS, TaxCategory, type MoneyValue } from "@shopgraph/kernel";
import { ADMIN_TAG, ConnectionType, DecimalScalar, INHERITED, Money, NodeId, payloadWith } from "@shopgraph/subgraph";
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";

import { ProductStatus, type OptionValue } from "../domain/catalog.js";
import type { CategoryView, MediaView, ProductView, VariantView } from "../app/catalog-reads.js";
import { ProductMediaType } from "./media-types.js";
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
  description: "Whether a product is on sale",
  valuesConfig: {
    ACTIVE: { description: "On sale: listed and reservable" },
    ARCHIVED: { description: "Off sale: unlisted, still resolvable for past orders" },
  },
});

// Declared alike in orders (its tax rates), so the two compose into one enum.
registerEnumType(TaxCategory, {
  name: "TaxCategory",
  description: TAX_CATEGORY_DESCRIPTION,
  valuesConfig: {
    STANDARD: { description: TAX_CATEGORY_MEANINGS.STANDARD },
    REDUCED: { description: TAX_CATEGORY_MEANINGS.REDUCED },
    ZERO: { description: TAX_CATEGORY_MEANINGS.ZERO },
  },
});

registerEnumType(ProductSort, {
  name: "ProductSort",
  description: "The older way to sort products (products(sort:)); use ProductSortKeys with reverse",
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
@ObjectType("Category", {
  implements: Node,
  description: "A section of the catalog (Tees, Mugs...); every product is in exactly one",
})
export class CategoryType {
  @Field(() => ID, { description: "Global id (`Category_…`)" })
  id!: string;

  @Field({ description: "Unique, URL-safe (lower-case letters, digits, dashes; at most 80 characters)" })
  slug!: string;

  @Field({ description: "Display name, at most 200 characters" })
  name!: string;

  @Field(() => Int, { description: "Navigation order, lowest first" })
  position!: number;
}

@Directive(INHERITED)
@ObjectType("VariantOption", { description: "The value a variant has for one option, e.g. Size: M" })
export class VariantOptionType {
  @Field({ description: 'The option\'s name as the product lists it, e.g. "Size"' })
  name!: string;

  @Field({ description: 'This variant\'s value for it, e.g. "M"' })
  value!: string;
}

@Directive(INHERITED)
@ObjectType("ProductOption", { description: "An option of a product with the values its variants offer" })
export class ProductOptionType {
  @Field({ description: 'The option\'s name, e.g. "Size"; a product has at most 3 options' })
  name!: string;

  @Field(() => [String], { description: "The values its variants have, in variant order, each once" })
  values!: string[];
}

@Directive(INHERITED)
@ObjectType("ProductPriceRange", { description: "The lowest and the highest price of a product's variants" })
export class ProductPriceRangeType {
  @Field(() => Money, { description: "The cheapest variant's price" })
  min!: MoneyValue;

  @Field(() => Money, { description: "The dearest variant's price (equal to min when all cost the same)" })
  max!: MoneyValue;
}

@Directive('@key(fields: "id")')
@Directive(CATALOG_HINT)
@ObjectType("ProductVariant", {
  implements: Node,
  description: "What is bought: one size and colour of a product, with price and stock",
})
export class VariantType {
  @Field(() => ID, { description: "Global id (`ProductVariant_…`); what a cart line takes" })
  id!: string;

  @Field({
    description:
      "Stock-keeping unit, unique across the catalog: 1 to 64 letters, digits, dots, dashes or underscores, upper-case",
  })
  sku!: string;

  @Field({ description: 'The option values, e.g. "M / Black"; "Default" without options' })
  title!: string;

  @Field(() => [VariantOptionType], {
    description: "One value per option of its product, in the product's option order",
  })
  options!: OptionValue[];

  // Exact stock is for admins: the storefront schema leaves tagged fields out.
  @Directive(`@tag(name: "${ADMIN_TAG}")`)
  @Directive(ADMIN_HINT)
  @Field(() => Int, { description: "ADMIN: the exact units in stock; shoppers see quantityAvailable" })
  stock!: number;

  @Field(() => ProductType, { description: "The product this is a variant of" })
  product!: ProductView;

  @Field(() => String, {
    nullable: true,
    description: "The colour a swatch shows for it, `#rrggbb` (lower case); null when it has none",
  })
  colour!: string | null;

  @Field({
    description: "Taken off sale by an admin (archiveVariant): only admins see it among Product.variants",
  })
  archived!: boolean;
}

@Directive('@key(fields: "id")')
@Directive(CATALOG_HINT)
@ObjectType("Product", {
  implements: Node,
  description: "An article of the catalog, sold as one or more variants (sizes, colours)",
})
export class ProductType {
  @Field(() => ID, { description: "Global id (`Product_…`)" })
  id!: string;

  @Field({ description: "Unique, URL-safe; stays when the name changes" })
  slug!: string;

  @Field({ description: "Display name, at most 200 characters" })
  name!: string;

  @Field({ description: "Plain text, at most 5000 characters; empty when there is none" })
  description!: string;

  @Field(() => CategoryType, { description: "The one category it is listed in" })
  category!: CategoryView;

  @Field(() => [String], { description: "Image URLs; paths are relative to the shop's origin" })
  images!: string[];

  @Field(() => [VariantType], {
    description: "In display order; archived ones to admins only (a shopper may see none when all are archived)",
  })
  variants!: VariantView[];

  @Field(() => [ProductMediaType], {
    description: "Its uploaded images in display order (the first is the main one), at most 20; empty when none",
  })
  media!: MediaView[];

  @Field(() => ProductStatus, { description: "ACTIVE (on sale) or ARCHIVED; shoppers only ever see ACTIVE products" })
  status!: ProductStatus;

  @Field(() => Int, {
    nullable: true,
    description: "Shipping weight of one unit in grams (every variant alike); null when not set, which ships as 0 g",
  })
  weightGrams!: number | null;

  @Field(() => TaxCategory, { description: "Which of a country's tax rates applies to it; STANDARD unless set" })
  taxCategory!: TaxCategory;

  @Field({ description: "When it was added to the catalog" })
  createdAt!: Date;

  @Field({ description: "When its own fields last changed (variant and stock changes do not count)" })
  updatedAt!: Date;
}

@Directive(INHERITED)
@ObjectType("CategoryFacet", { description: "How many products of the current search are in one category" })
export class CategoryFacetType {
  @Field(() => CategoryType, { description: "The category counted" })
  category!: CategoryView;

  @Field(() => Int, { description: "Matching products in this category" })
  count!: number;
}

@Directive(INHERITED)
@ObjectType("OptionValueFacet", { description: "How many products of the current search have one option value" })
export class OptionValueFacetType {
  @Field({ description: 'The option value, e.g. "M"' })
  value!: string;

  @Field(() => Int, { description: "Matching products with a variant of this value" })
  count!: number;
}

@Directive(INHERITED)
@ObjectType("OptionFacet", { description: "Counts of one option's values across the current search" })
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
@ObjectType({ description: "A page of products from the catalog search, with the search's facets" })
export class ProductConnection extends ConnectionType(ProductType, "Product") {
  @Field(() => ProductFacetsType, {
    description: "Category and option counts for the whole search, not just this page",
  })
  facets!: ProductFacetsType;

  @Field(() => String, {
    nullable: true,
    description:
      "When a search finds nothing: the query with each word the catalog does not know replaced by the closest " +
      'catalog word ("leather sneekers" -> "leather sneaker"), offered only when it finds something; null otherwise. ' +
      "Words a little misspelt are already matched without asking",
  })
  didYouMean?: string | null;
}

export const SearchSuggestionKind = { PRODUCT: "PRODUCT", CATEGORY: "CATEGORY" } as const;
export type SearchSuggestionKind = (typeof SearchSuggestionKind)[keyof typeof SearchSuggestionKind];
registerEnumType(SearchSuggestionKind, {
  name: "SearchSuggestionKind",
  description: "What a search suggestion names",
  valuesConfig: {
    PRODUCT: { description: "A product on sale: `product` is set" },
    CATEGORY: { description: "A category: `category` is set" },
  },
});

@Directive(CATALOG_HINT)
@ObjectType("SearchSuggestion", {
  description: "Something to offer while a shopper types a search: a product or a category whose name fits",
})
export class SearchSuggestionType {
  @Field(() => SearchSuggestionKind, { description: "Whether it names a product or a category" })
  kind!: SearchSuggestionKind;

  @Field({ description: "The text to show: the product's or the category's name" })
  text!: string;

  /** The product's or category's id, for the field resolvers. */
  id!: string;
}

@InputType({ description: 'An option value a variant must have, e.g. { name: "Size", value: "M" }' })
export class VariantOptionFilter {
  @Field({ description: "An option name exactly as the catalog spells it (BAD_USER_INPUT when unknown)" })
  name!: string;

  @Field({ description: "One of its values exactly as the catalog spells it (BAD_USER_INPUT when unknown)" })
  value!: string;
}

@InputType({
  description:
    "Every given filter must hold. A category slug, option name or option value the catalog does not know is " +
    "BAD_USER_INPUT naming it, never an empty list",
})
export class ProductFilter {
  @Field(() => String, {
    nullable: true,
    deprecationReason: "Use categorySlugs",
    description: "In this one category; not with categorySlugs",
  })
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

  @Field(() => Int, {
    nullable: true,
    description: "Some variant costs at least this, in minor units of its currency (cents)",
  })
  minPriceCents?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Some variant costs at most this, in minor units (cents); with inStock, that same variant is in stock",
  })
  maxPriceCents?: number | null;

  @Field(() => Boolean, { nullable: true, description: "true: some variant in stock; false: none" })
  inStock?: boolean | null;

  @Field(() => ProductStatus, { nullable: true, description: "ADMIN only; ACTIVE when omitted" })
  status?: ProductStatus | null;
}

@InputType({ description: "A variant's value for one option of its product" })
export class VariantOptionInput {
  @Field({ description: "One of the product's option names" })
  name!: string;

  @Field({ description: "The value, 1 to 60 characters" })
  value!: string;
}

@InputType({ description: "A new variant of a product" })
export class VariantInput {
  @Field({ description: "Unique across the catalog; stored upper-case" })
  sku!: string;

  @Field(() => [VariantOptionInput], {
    nullable: true,
    description: "Exactly one value per option of the product; omitted for a product without options",
  })
  options?: VariantOptionInput[] | null;

  @Field(() => Int, { description: "The price in minor units of the currency (cents): 0 to 100,000,000" })
  priceCents!: number;

  @Field(() => String, {
    nullable: true,
    description: "ISO 4217 code, USD, EUR or GBP (one for all variants of a product); USD when omitted",
  })
  currency?: string | null;

  @Field(() => Int, { nullable: true, description: "Units in stock at the start, 0 to 1,000,000; 0 when omitted" })
  stock?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Its swatch colour, `#rrggbb` or `#rgb` (INVALID_COLOUR otherwise); none when omitted",
  })
  colour?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "addVariant only: a ProductMedia.id of its product that shows it (MEDIA_NOT_FOUND otherwise)",
  })
  imageId?: string | null;
}

@InputType({ description: "A new product with its variants" })
export class CreateProductInput {
  @Field({ description: "Display name, 1 to 200 characters" })
  name!: string;

  @Field(() => String, { nullable: true, description: "Made from the name when omitted" })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: "Plain text, at most 5000 characters; empty when omitted" })
  description?: string | null;

  @Field({ description: "The slug of an existing category (CATEGORY_NOT_FOUND otherwise)" })
  categorySlug!: string;

  @Field(() => [String], {
    nullable: true,
    description:
      "At most 20 image URLs: paths on this shop (/images/...) or allowed origins; a generated placeholder when omitted",
  })
  images?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Option names, e.g. ["Size", "Colour"]; at most 3' })
  options?: string[] | null;

  @Field(() => [VariantInput], { description: "1 to 100 variants, all in one currency" })
  variants!: VariantInput[];

  @Field(() => Int, {
    nullable: true,
    description: "Shipping weight of one unit in grams, 0 to 1,000,000 (INVALID_WEIGHT otherwise); none when omitted",
  })
  weightGrams?: number | null;

  @Field(() => TaxCategory, { nullable: true, description: "Which tax rates apply to it; STANDARD when omitted" })
  taxCategory?: TaxCategory | null;
}

@InputType({ description: "Only the given fields change" })
export class UpdateProductInput {
  @Field(() => String, { nullable: true, description: "New display name, 1 to 200 characters" })
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "New slug, unused elsewhere; links with the old one stop working",
  })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: "New description, at most 5000 characters" })
  description?: string | null;

  @Field(() => String, { nullable: true, description: "Moves the product to the category with this slug" })
  categorySlug?: string | null;

  @Field(() => [String], { nullable: true, description: "Replaces every image: at most 20 URLs, as in createProduct" })
  images?: string[] | null;

  @Field(() => ProductStatus, { nullable: true, description: "ACTIVE puts an archived product back on sale" })
  status?: ProductStatus | null;

  @Field(() => Int, {
    nullable: true,
    description: "New shipping weight in grams, 0 to 1,000,000 (INVALID_WEIGHT otherwise)",
  })
  weightGrams?: number | null;

  @Field(() => TaxCategory, { nullable: true, description: "New tax category; orders placed before keep their tax" })
  taxCategory?: TaxCategory | null;
}

@InputType({ description: "Only the given fields change; stock changes through adjustStock" })
export class UpdateVariantInput {
  @Field(() => String, { nullable: true, description: "New SKU, unused by any other variant" })
  sku?: string | null;

  @Field(() => [VariantOptionInput], {
    nullable: true,
    description: "Replaces every option value: exactly one per option of the product",
  })
  options?: VariantOptionInput[] | null;

  @Field(() => Int, {
    nullable: true,
    deprecationReason: "Use price",
    description: "New price in minor units (cents); not with price",
  })
  priceCents?: number | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'The new price in the variant\'s currency (the new one if `currency` is given), e.g. "24.90"',
  })
  price?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "New ISO 4217 currency (USD, EUR or GBP); the product's other variants must share it",
  })
  currency?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Its own shipping weight in grams, 0 to 1,000,000, instead of its product's (INVALID_WEIGHT)",
  })
  ownWeightGrams?: number | null;

  @Field(() => TaxCategory, { nullable: true, description: "Its own tax category, instead of its product's" })
  ownTaxCategory?: TaxCategory | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "True: it weighs what its product weighs again (its own weight is removed); not with ownWeightGrams",
  })
  clearOwnWeight?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "True: it is taxed by its product's category again; not with ownTaxCategory",
  })
  clearOwnTaxCategory?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'New swatch colour, `#rrggbb` or `#rgb` (INVALID_COLOUR otherwise); "" removes it',
  })
  colour?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A ProductMedia.id of its product that shows it (MEDIA_NOT_FOUND otherwise); "" shows none',
  })
  imageId?: string | null;
}

@InputType({ description: "A new category" })
export class CreateCategoryInput {
  @Field({ description: "Display name, 1 to 200 characters" })
  name!: string;

  @Field(() => String, { nullable: true, description: "Made from the name when omitted" })
  slug?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Navigation order, -1000000 to 1000000, lowest first; after the existing categories when omitted",
  })
  position?: number | null;
}

@ObjectType({ description: "ADMIN: the product a catalog mutation made or changed, or why it did not" })
export class ProductPayload extends payloadWith(CatalogUserError) {
  @Field(() => ProductType, { nullable: true, description: "The product as it is now; null with userErrors" })
  product?: ProductView | null;
}

@ObjectType({ description: "ADMIN: the variant a catalog mutation made or changed, or why it did not" })
export class VariantPayload extends payloadWith(CatalogUserError) {
  @Field(() => VariantType, { nullable: true, description: "The variant as it is now; null with userErrors" })
  variant?: VariantView | null;
}

@ObjectType({ description: "ADMIN: the variant whose stock changed, or why it did not" })
export class AdjustStockPayload extends payloadWith(StockUserError) {
  @Field(() => VariantType, {
    nullable: true,
    description: "With its stock after the change; null with userErrors",
  })
  variant?: VariantView | null;
}

@ObjectType({ description: "ADMIN: the category createCategory made, or why it did not" })
export class CategoryPayload extends payloadWith(CatalogUserError) {
  @Field(() => CategoryType, { nullable: true, description: "The new category; null with userErrors" })
  category?: CategoryView | null;
}

/** For the orders subgraph only: absent from the public API. */
@Directive("@inaccessible")
@InputType({ description: "SERVICE: units of one variant an order reserves" })
export class StockLineInput {
  @Field(() => ID, { description: "The variant's id (global or raw UUID)" })
  @NodeId("ProductVariant")
  variantId!: string;

  @Field(() => Int, { description: "Units, 1 to 1000" })
  quantity!: number;
}

@Directive("@inaccessible")
@ObjectType("ReservedStockLine", { description: "A reserved line as the order records it" })
export class ReservedStockLineType {
  @Field(() => ID, { description: "The variant reserved (raw UUID)" })
  variantId!: string;

  @Field(() => ID, { description: "Its product (raw UUID)" })
  productId!: string;

  @Field({ description: "The product's name at reservation, kept on the order line" })
  productName!: string;

  @Field({ description: "The variant's title at reservation" })
  variantTitle!: string;

  @Field({ description: "The variant's SKU at reservation" })
  sku!: string;

  @Field(() => Money, { description: "The price the order is charged per unit" })
  unitPrice!: MoneyValue;

  @Field(() => Int, { description: "Units reserved" })
  quantity!: number;

  @Field(() => Int, { nullable: true, description: "The product's weight of one unit in grams; null when not set" })
  weightGrams!: number | null;

  @Field(() => TaxCategory, { description: "The product's tax category" })
  taxCategory!: TaxCategory;

  @Field(() => ID, {
    nullable: true,
    description: "The product's category (raw UUID), what promotions limited to categories match",
  })
  categoryId!: string | null;
}

@Directive("@inaccessible")
@ObjectType({ description: "SERVICE: what reserveStock did for an order, or why it reserved nothing" })
export class StockReservationPayload extends payloadWith(StockUserError) {
  @Field(() => ID, { nullable: true, description: "The order the stock is reserved for" })
  orderId?: string | null;

  @Field(() => [ReservedStockLineType], { description: "In request order; empty on failure" })
  lines!: ReservedStockLineType[];

  @Field({ description: "True when the order's stock was reserved by an earlier call and nothing was reserved now" })
  alreadyReserved!: boolean;
}
