import type { MoneyValue } from "@shopgraph/kernel";
import { Money, payloadWith, userErrorType } from "@shopgraph/subgraph";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { CartErrorCode } from "../domain/errors.js";
import { ProductVariantReference } from "./references.types.js";

/** `CartUserError`, with its `CartErrorCode` enum: why a cart mutation failed. */
export const CartUserError = userErrorType("Cart", CartErrorCode);

@ObjectType("CartLine")
export class CartLineType {
  @Field(() => ProductVariantReference, { nullable: true })
  variant!: ProductVariantReference | null;

  @Field(() => Int)
  quantity!: number;

  @Field(() => Money, { nullable: true, description: "The current price; null when products no longer knows it" })
  unitPrice!: MoneyValue | null;

  @Field(() => Money, { nullable: true, description: "unitPrice × quantity, at the current price" })
  lineTotal!: MoneyValue | null;

  @Field({ description: "The line can be checked out now: on sale, and enough in stock" })
  available!: boolean;

  @Field()
  addedAt!: Date;
}

@ObjectType("Cart", { description: "The signed-in shopper's cart, priced at current prices" })
export class CartType {
  @Field(() => [CartLineType], { description: "Oldest first" })
  lines!: CartLineType[];

  @Field(() => Money, { description: "Sum of the priced lines' totals" })
  subtotal!: MoneyValue;

  @Field(() => Int)
  totalQuantity!: number;
}

@ObjectType()
export class CartPayload extends payloadWith(CartUserError) {
  @Field(() => CartType, { nullable: true })
  cart?: CartType | null;
}

@InputType()
export class CartLineInput {
  @Field(() => ID)
  variantId!: string;

  @Field(() => Int)
  quantity!: number;
}
