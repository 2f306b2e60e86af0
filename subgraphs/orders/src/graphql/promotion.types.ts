import { money, DEFAULT_CURRENCY, type MoneyValue } from "@shopgraph/kernel";
import { Money, NodeId, payloadWith, PRIVATE, userErrorType } from "@shopgraph/subgraph";
import { Directive, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import type { PromotionView } from "../app/promotions.js";
import { PromotionErrorCode } from "../domain/errors.js";
import { PROMOTION_LIMITS } from "../domain/promotions.js";
import { Node } from "./node.js";
import { CategoryReference, ProductReference } from "./references.types.js";

@Directive('@key(fields: "id")')
@Directive(PRIVATE)
@ObjectType("Promotion", {
  implements: Node,
  description:
    "ADMIN: a discount: percentOff and/or amountOff off the order's merchandise (or only off the lines of " +
    "`products` and `categories` when either is non-empty), and/or free shipping; behind a coupon code or not; " +
    "within startsAt..endsAt, above minSubtotal, at most usageLimit uses in all and perCustomerLimit per " +
    "customer, and with firstOrderOnly only on a customer's first order",
})
export class PromotionType {
  @Field(() => ID, { description: "Global id (Promotion_…)" })
  id!: string;

  @Field({ description: "What admins call it (shoppers see the discount, not the name)" })
  name!: string;

  @Field(() => String, { nullable: true, description: "Upper case; shoppers may type it in any case" })
  couponCode!: string | null;

  @Field(() => Int, { nullable: true, description: "Whole percent off, 1 to 100" })
  percentOff!: number | null;

  @Field(() => Money, { nullable: true, description: "A fixed amount off, never more than the merchandise costs" })
  amountOff!: MoneyValue | null;

  @Field({ description: "Shipping costs nothing with it" })
  freeShipping!: boolean;

  @Field(() => Money, { nullable: true, description: "The least merchandise subtotal it applies to" })
  minSubtotal!: MoneyValue | null;

  @Field(() => Date, { nullable: true, description: "The first moment it applies; null: from its creation" })
  startsAt!: Date | null;

  @Field(() => Date, { nullable: true, description: "The first moment it no longer applies" })
  endsAt!: Date | null;

  @Field(() => Int, { nullable: true, description: "Uses in all; null: no limit" })
  usageLimit!: number | null;

  @Field(() => Int, { nullable: true, description: "Uses per customer; null: no limit" })
  perCustomerLimit!: number | null;

  @Field(() => [ProductReference], {
    description:
      "The scope: its percentOff and amountOff apply only to lines of these products (or of `categories`); " +
      "empty with empty `categories`: to every line. At most " +
      PROMOTION_LIMITS.scopeIds,
  })
  products!: ProductReference[];

  @Field(() => [CategoryReference], {
    description: `The scope: lines of products in these categories (see products). At most ${PROMOTION_LIMITS.scopeIds}`,
  })
  categories!: CategoryReference[];

  @Field({
    description: "Only for a customer's first order: one with no earlier order of theirs that was not cancelled",
  })
  firstOrderOnly!: boolean;

  @Field(() => Int, { description: "Orders that used it so far" })
  uses!: number;
}

export function promotionOf(promotion: PromotionView): PromotionType {
  const amount = (cents: number | null) => (cents === null ? null : money(cents, DEFAULT_CURRENCY));
  return {
    id: promotion.id,
    name: promotion.name,
    couponCode: promotion.couponCode,
    percentOff: promotion.percentOff,
    amountOff: amount(promotion.amountOffCents),
    freeShipping: promotion.freeShipping,
    minSubtotal: amount(promotion.minSubtotalCents),
    startsAt: promotion.startsAt,
    endsAt: promotion.endsAt,
    usageLimit: promotion.usageLimit,
    perCustomerLimit: promotion.perCustomerLimit,
    products: promotion.productIds.map((id) => ({ id })),
    categories: promotion.categoryIds.map((id) => ({ id })),
    firstOrderOnly: promotion.firstOrderOnly,
    uses: promotion.uses,
  };
}

@InputType({ description: "A new promotion: at least one of percentOff, amountOffCents and freeShipping" })
export class CreatePromotionInput {
  @Field({ description: `1 to ${PROMOTION_LIMITS.name} characters` })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: `Letters, digits, dashes, underscores, at most ${PROMOTION_LIMITS.couponCode}; stored in upper case, unique. None: the promotion needs no code`,
  })
  couponCode?: string | null;

  @Field(() => Int, { nullable: true, description: "Whole percent off the merchandise, 1 to 100" })
  percentOff?: number | null;

  @Field(() => Int, { nullable: true, description: "Minor units off the merchandise, at least 1" })
  amountOffCents?: number | null;

  @Field(() => Boolean, { nullable: true, description: "Shipping costs nothing (default false)" })
  freeShipping?: boolean | null;

  @Field(() => Int, { nullable: true, description: "The least merchandise subtotal, in minor units" })
  minSubtotalCents?: number | null;

  @Field(() => Date, { nullable: true, description: "The first moment it applies; none: at once" })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "Must be after startsAt" })
  endsAt?: Date | null;

  @Field(() => Int, { nullable: true, description: "Uses in all, at least 1; none: unlimited" })
  usageLimit?: number | null;

  @Field(() => Int, { nullable: true, description: "Uses per customer, at least 1; none: unlimited" })
  perCustomerLimit?: number | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Limits percentOff and amountOffCents to the lines of these products (fixed amounts capped at those " +
      `lines' subtotal); the coupon is refused for a cart without one. At most ${PROMOTION_LIMITS.scopeIds}`,
  })
  @NodeId("Product")
  productIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: `Likewise the lines of products in these categories (with productIds: either matches). At most ${PROMOTION_LIMITS.scopeIds}`,
  })
  @NodeId("Category")
  categoryIds?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Only a customer's first order (default false): refused (COUPON_INVALID) to a customer with an earlier " +
      "order that was not cancelled; a guest is known by their e-mail address",
  })
  firstOrderOnly?: boolean | null;
}

/** `PromotionUserError`, with its `PromotionErrorCode` enum. */
export const PromotionUserError = userErrorType("Promotion", PromotionErrorCode, {
  REQUIRED: "The name is empty",
  TOO_LONG: `The name is longer than ${PROMOTION_LIMITS.name} characters`,
  INVALID_COUPON_CODE: `The coupon code is not 1 to ${PROMOTION_LIMITS.couponCode} letters, digits, dashes or underscores`,
  COUPON_CODE_TAKEN: "A live promotion already has this coupon code",
  INVALID_DISCOUNT: "No discount at all, or percentOff outside 1 to 100",
  INVALID_AMOUNT: "amountOffCents or minSubtotalCents is not a whole amount in range",
  INVALID_DATES: "endsAt is not after startsAt",
  INVALID_LIMIT: "usageLimit or perCustomerLimit is below 1",
  PROMOTION_NOT_FOUND: "No live promotion has this id",
  UNKNOWN_PRODUCT: "productIds names a product that does not exist",
  UNKNOWN_CATEGORY: "categoryIds names a category that does not exist",
  TOO_MANY_IDS: `productIds or categoryIds names more than ${PROMOTION_LIMITS.scopeIds} ids`,
  TOO_MANY_PROMOTIONS: `${PROMOTION_LIMITS.live} promotions are live already: archive one first`,
});

@ObjectType({ description: "What createPromotion or archivePromotion did" })
export class PromotionPayload extends payloadWith(PromotionUserError) {
  @Field(() => PromotionType, { nullable: true, description: "The promotion as it is now; null with userErrors" })
  promotion?: PromotionType | null;
}
