import { Role } from "@shopgraph/kernel";
import { NodeId, withUserErrors } from "@shopgraph/subgraph";
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { promotions } from "../app/promotions.js";
import { PromotionErrorCode } from "../domain/errors.js";
import type { OrdersContext } from "./context.js";
import { CreatePromotionInput, PromotionPayload, promotionOf, PromotionType } from "./promotion.types.js";

@Resolver(() => PromotionType)
export class PromotionResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [PromotionType], { description: "ADMIN: the live promotions, newest first" })
  async promotions(@Ctx() { em }: OrdersContext): Promise<PromotionType[]> {
    return (await promotions.list(em)).map(promotionOf);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PromotionPayload, {
    description:
      "ADMIN: a new promotion. userErrors: REQUIRED, TOO_LONG, INVALID_COUPON_CODE, COUPON_CODE_TAKEN, " +
      "INVALID_DISCOUNT, INVALID_AMOUNT, INVALID_DATES, INVALID_LIMIT, UNKNOWN_PRODUCT, UNKNOWN_CATEGORY, TOO_MANY_IDS",
  })
  createPromotion(
    @Arg("input", { description: "The promotion's rules" }) input: CreatePromotionInput,
    @Ctx() { em, services }: OrdersContext,
  ) {
    return withUserErrors(PromotionErrorCode, async () => ({
      promotion: promotionOf(await promotions.create(em, input, services.catalog)),
    }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PromotionPayload, {
    description:
      "ADMIN: ends a promotion: its coupon code stops working at once; orders keep their discounts. " +
      "userErrors: PROMOTION_NOT_FOUND",
  })
  archivePromotion(
    @Arg("id", () => ID, { description: "The promotion's id" }) @NodeId("Promotion") id: string,
    @Ctx() { em }: OrdersContext,
  ) {
    return withUserErrors(PromotionErrorCode, async () => ({
      promotion: promotionOf(await promotions.archive(em, id)),
    }));
  }
}
