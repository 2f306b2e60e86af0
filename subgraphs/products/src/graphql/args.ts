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
  @Field(() => String, { nullable: true, description: "Words to find in names, categories and descriptions" })
  query?: string | null;

  @Field(() => ProductFilter, { nullable: true })
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
export class ProductArgs {
  @Field(() => ID, { nullable: true })
  @NodeId("Product")
  id?: string | null;

  @Field(() => String, { nullable: true })
  slug?: string | null;
}

@ArgsType()
export class UpdateProductArgs {
  @Field(() => ID)
  @NodeId("Product")
  id!: string;

  @Field(() => UpdateProductInput)
  input!: UpdateProductInput;
}

@ArgsType()
export class AddVariantArgs {
  @Field(() => ID)
  @NodeId("Product")
  productId!: string;

  @Field(() => VariantInput)
  input!: VariantInput;
}

@ArgsType()
export class UpdateVariantArgs {
  @Field(() => ID)
  @NodeId("ProductVariant")
  id!: string;

  @Field(() => UpdateVariantInput)
  input!: UpdateVariantInput;
}

@ArgsType()
export class AdjustStockArgs {
  @Field(() => ID)
  @NodeId("ProductVariant")
  variantId!: string;

  @Field(() => Int, { description: "Units to add; negative to remove" })
  delta!: number;

  @Field(() => String, { nullable: true, description: "Recorded in the stock ledger" })
  reason?: string | null;
}

@ArgsType()
export class ReserveStockArgs {
  @Field(() => ID, { description: "The order the stock is for; repeating it returns the same reservation" })
  @NodeId("Order")
  orderId!: string;

  @Field(() => [StockLineInput])
  lines!: StockLineInput[];
}
