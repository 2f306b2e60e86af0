import { NodeId, PageArgs } from "@shopgraph/subgraph";
import { ArgsType, Field, ID, Int } from "type-graphql";
import { ProductSort, ProductSortKeys } from "../domain/product-sort.js";
import { ProductFilter, StockLineInput, UpdateProductInput, UpdateVariantInput, VariantInput } from "./types.js";

/**
 * Argument lists of more than one argument, as classes: type-graphql lists the arguments of a
 * class in declaration order (separate `@Arg` parameters come out reversed).
 */

@ArgsType()
export class ProductsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description:
      "Words to find in names, categories and descriptions, each as a prefix; omitted or blank: every product",
  })
  query?: string | null;

  @Field(() => ProductFilter, { nullable: true, description: "Conditions every product listed must meet" })
  filter?: ProductFilter | null;

  @Field(() => ProductSort, {
    nullable: true,
    deprecationReason: "Use sortKey and reverse",
    description: "RELEVANCE with a query, NEWEST without, when omitted; BAD_USER_INPUT with sortKey or reverse",
  })
  sort?: ProductSort | null;

  @Field(() => ProductSortKeys, {
    nullable: true,
    description: "RELEVANCE with a query, CREATED_AT reversed (newest first) without, when omitted",
  })
  sortKey?: ProductSortKeys | null;

  @Field(() => Boolean, { nullable: true, description: "Turns the sort key's order around; false when omitted" })
  reverse?: boolean | null;
}

@ArgsType()
export class SearchSuggestionsArgs {
  @Field(() => String, {
    description:
      "What the shopper has typed so far; words match anywhere in a name, the last one as a prefix, and a " +
      "misspelt word still finds names with a word like it. At most 200 characters (BAD_USER_INPUT); blank or " +
      "punctuation only suggests nothing",
  })
  prefix!: string;

  @Field(() => Int, { nullable: true, description: "How many suggestions at most: 1 to 20, 8 when omitted" })
  first?: number | null;
}

@ArgsType()
export class ProductArgs {
  @Field(() => ID, { nullable: true, description: "The product's id (global or raw UUID); not with slug" })
  @NodeId("Product")
  id?: string | null;

  @Field(() => String, { nullable: true, description: "The product's slug, as in its URL; not with id" })
  slug?: string | null;
}

@ArgsType()
export class UpdateProductArgs {
  @Field(() => ID, { description: "The product's id (global or raw UUID)" })
  @NodeId("Product")
  id!: string;

  @Field(() => UpdateProductInput, { description: "The fields to change; omitted ones stay" })
  input!: UpdateProductInput;
}

@ArgsType()
export class AddVariantArgs {
  @Field(() => ID, { description: "The product's id (global or raw UUID)" })
  @NodeId("Product")
  productId!: string;

  @Field(() => VariantInput, { description: "The new variant" })
  input!: VariantInput;
}

@ArgsType()
export class UpdateVariantArgs {
  @Field(() => ID, { description: "The variant's id (global or raw UUID)" })
  @NodeId("ProductVariant")
  id!: string;

  @Field(() => UpdateVariantInput, { description: "The fields to change; omitted ones stay" })
  input!: UpdateVariantInput;
}

@ArgsType()
export class AdjustStockArgs {
  @Field(() => ID, { description: "The variant's id (global or raw UUID)" })
  @NodeId("ProductVariant")
  variantId!: string;

  @Field(() => Int, {
    description: "Units to add, negative to remove: a whole number from -1000000 to 1000000, not 0",
  })
  delta!: number;

  @Field(() => String, {
    nullable: true,
    description: "Why, recorded in the stock ledger: at most 500 characters",
  })
  reason?: string | null;
}

@ArgsType()
export class ReserveStockArgs {
  @Field(() => ID, { description: "The order the stock is for; repeating it returns the same reservation" })
  @NodeId("Order")
  orderId!: string;

  @Field(() => [StockLineInput], { description: "1 to 100 lines, each variant once" })
  lines!: StockLineInput[];
}
