import type { MoneyValue } from "@shopgraph/kernel";
import { Money, NodeId, payloadWith, PRIVATE, userErrorType } from "@shopgraph/subgraph";
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { CartErrorCode, CartWarningCode } from "../domain/errors.js";
import { ProductVariantReference } from "./references.types.js";
import { Node } from "./node.js";

/** `CartUserError`, with its `CartErrorCode` enum: why a cart mutation failed. */
export const CartUserError = userErrorType("Cart", CartErrorCode, {
  CART_NOT_FOUND:
    "No cart you may use has this id (someone else's account cart, or a removed guest cart, is as unknown)",
  LINE_NOT_FOUND: "The cart has no line with this id",
  INVALID_QUANTITY: "A quantity outside 1..99 (0..99 in cartLinesUpdate, where 0 removes the line)",
  VARIANT_NOT_FOUND: "No variant has this id (any longer)",
  VARIANT_UNAVAILABLE: "The variant's product is archived: it is no longer sold",
  OUT_OF_STOCK: "Not that many units in stock; `field` names the line",
  NOT_IN_CART: "Deprecated mutations by variant: the variant is not in the cart",
  CART_FULL: "The cart already holds 50 lines, the most it may",
  TOO_MANY_LINES: "More than 100 lines added or merged in one call",
  QUANTITY_REDUCED: "mergeCart only: merged with fewer units than asked (elsewhere this is a warning)",
  CURRENCY_MISMATCH: "The variant is priced in another currency than the cart",
  AMOUNT_TOO_LARGE: "The cart's total would exceed what one order may be (2^31-1 minor units)",
});

registerEnumType(CartWarningCode, {
  name: "CartWarningCode",
  description: "What a cart mutation did other than asked, though it succeeded",
  valuesConfig: {
    QUANTITY_REDUCED: { description: "A quantity was cut to the stock or to 99 per line" },
    LINE_MERGED: {
      description: "The variant was already in the cart (or named twice): its units were added on one line",
    },
    LINE_REMOVED: {
      description:
        "cartAttach: a guest line could not move (no longer sold, out of stock, cart full); target is its variant",
    },
  },
});

@ObjectType("CartWarning", { description: "A cart mutation succeeded, but not quite as asked" })
export class CartWarningType {
  @Field(() => CartWarningCode, { description: "Stable, machine-readable kind of warning" })
  code!: CartWarningCode;

  @Field({ description: "What happened, in English, for a person" })
  message!: string;

  /** The raw UUID of the line (or variant); CartWarningResolver answers with its global id. */
  target!: string | null;
}

@Directive('@key(fields: "id")')
@ObjectType("CartLine", { implements: Node, description: "Units of one variant in a cart" })
export class CartLineType {
  @Field(() => ID, { description: "Global id (`CartLine_…`): what cartLinesUpdate and cartLinesRemove take" })
  id!: string;

  @Field(() => ProductVariantReference, {
    nullable: true,
    description: "The variant on the line; null when products no longer knows it",
  })
  variant!: ProductVariantReference | null;

  @Field(() => Int, { description: "Units, 1 to 99" })
  quantity!: number;

  @Field(() => Money, { nullable: true, description: "The current price; null when products no longer knows it" })
  unitPrice!: MoneyValue | null;

  @Field(() => Money, { nullable: true, description: "unitPrice × quantity, at the current price" })
  lineTotal!: MoneyValue | null;

  @Field({ description: "The line can be checked out now: on sale, and enough in stock" })
  available!: boolean;

  @Field({ description: "When the variant was first put in the cart" })
  addedAt!: Date;
}

@Directive(PRIVATE)
@Directive('@key(fields: "id")')
@ObjectType("Cart", {
  implements: Node,
  description:
    "A cart, priced at current prices: a guest's (anyone holding its id may use it) or a shopper's account cart",
})
export class CartType {
  @Field(() => ID, { description: "Unguessable: for a guest cart, the only key to it" })
  id!: string;

  @Field(() => [CartLineType], { description: "Oldest first" })
  lines!: CartLineType[];

  @Field(() => Money, { description: "Sum of the priced lines' totals" })
  subtotal!: MoneyValue;

  @Field(() => Int, { description: "Units across every line (a cart holds at most 50 lines of at most 99)" })
  totalQuantity!: number;
}

@ObjectType({
  description: "What a cart mutation did: the cart as it is now, why nothing changed, or what changed unasked",
})
export class CartPayload extends payloadWith(CartUserError) {
  @Field(() => CartType, {
    nullable: true,
    description:
      "The cart as the mutation left it; with userErrors the cart unchanged. Null only when there is no cart " +
      "to show (CART_NOT_FOUND)",
  })
  cart?: CartType | null;

  @Field(() => [CartWarningType], { description: "What the mutation did other than asked, though it succeeded" })
  warnings!: CartWarningType[];
}

@InputType({ description: "Units of a variant to put in a cart" })
export class CartLineInput {
  @Field(() => ID, { description: "The variant's id (global or raw UUID)" })
  @NodeId("ProductVariant")
  variantId!: string;

  @Field(() => Int, { description: "Units to add, 1 to 99 (cut to the stock and to 99 per line, with a warning)" })
  quantity!: number;
}

@InputType({ description: "A new cart's first lines" })
export class CartCreateInput {
  @Field(() => [CartLineInput], { description: "Lines to start with, at most 100; may be empty" })
  lines!: CartLineInput[];
}

@InputType({ description: "A new quantity for one line of a cart" })
export class CartLineUpdateInput {
  @Field(() => ID, { description: "The line's CartLine.id (global or raw UUID)" })
  @NodeId("CartLine")
  id!: string;

  @Field(() => Int, { description: "The line's new quantity, 0 to 99; 0 removes the line" })
  quantity!: number;
}
