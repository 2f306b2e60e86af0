import { money, DEFAULT_CURRENCY, type MoneyValue } from "@shopgraph/kernel";
import { Money, payloadWith, PRIVATE, userErrorType } from "@shopgraph/subgraph";
import { Directive, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import type { PromotionView } from "../app/promotions.js";
import { PromotionErrorCode } from "../domain/errors.js";
import { PROMOTION_LIMITS } from "../domain/promotions.js";
import { Node } from "./node.js";

@Directive('@key(fields: "id")')
@Directive(PRIVATE)
@ObjectType("Promotion", {
  implements: Node,
  description:
    "ADMIN: a discount: percentOff and/or amountOff off the order's merchandise, and/or free shipping; behind a " +
    "coupon code or not; within startsAt..endsAt, above minSubtotal, at most usageLimit uses in all and " +
    "perCustomerLimit per customer",
})
export class PromotionType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: "Upper case; shoppers may type it in any case" })
  couponCode!: string | null;

  @Field(() => Int, { nullable: true, description: "Whole percent off, 1 to 100" })
  percentOff!: number | null;

  @Field(() => Money, { nullable: true, description: "A fixed amount off, never more than the merchandise costs" })
  amountOff!: MoneyValue | null;

  @Field()
  freeShipping!: boolean;

  @Field(() => Money, { nullable: true, description: "The least merchandise subtotal it applies to" })
  minSubtotal!: MoneyValue | null;

  @Field(() => Date, { nullable: true })
  startsAt!: Date | null;

  @Field(() => Date, { nullable: true, description: "The first moment it no longer applies" })
  endsAt!: Date | null;

  @Field(() => Int, { nullable: true, description: "Uses in all; null: no limit" })
  usageLimit!: number | null;

  @Field(() => Int, { nullable: true, description: "Uses per customer; null: no limit" })
  perCustomerLimit!: number | null;

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

  @Field(() => Date, { nullable: true })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "Must be after startsAt" })
  endsAt?: Date | null;

  @Field(() => Int, { nullable: true, description: "Uses in all, at least 1; none: unlimited" })
  usageLimit?: number | null;

  @Field(() => Int, { nullable: true, description: "Uses per customer, at least 1; none: unlimited" })
  perCustomerLimit?: number | null;
}

/** `PromotionUserError`, with its `PromotionErrorCode` enum. */
export const PromotionUserError = userErrorType("Promotion", PromotionErrorCode);

@ObjectType({ description: "What createPromotion or archivePromotion did" })
export class PromotionPayload extends payloadWith(PromotionUserError) {
  @Field(() => PromotionType, { nullable: true })
  promotion?: PromotionType | null;
}
