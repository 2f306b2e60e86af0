import { PageArgs } from "@shopgraph/common";
import { ArgsType, Field, ID, Int } from "type-graphql";
import { ProductSort } from "../domain/product-sort.js";
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

  @Field(() => ProductSort, { nullable: true, description: "RELEVANCE with a query, NEWEST without, when omitted" })
  sort?: ProductSort | null;
}

@ArgsType()
export class ProductArgs {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => String, { nullable: true })
  slug?: string | null;
}

@ArgsType()
export class UpdateProductArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => UpdateProductInput)
  input!: UpdateProductInput;
}

@ArgsType()
export class AddVariantArgs {
  @Field(() => ID)
  productId!: string;

  @Field(() => VariantInput)
  input!: VariantInput;
}

@ArgsType()
export class UpdateVariantArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => UpdateVariantInput)
  input!: UpdateVariantInput;
}

@ArgsType()
export class AdjustStockArgs {
  @Field(() => ID)
  variantId!: string;

  @Field(() => Int, { description: "Units to add; negative to remove" })
  delta!: number;

  @Field(() => String, { nullable: true, description: "Recorded in the stock ledger" })
  reason?: string | null;
}

@ArgsType()
export class ReserveStockArgs {
  @Field(() => ID, { description: "The order the stock is for; repeating it returns the same reservation" })
  orderId!: string;

  @Field(() => [StockLineInput])
  lines!: StockLineInput[];
}
