import { randomUUID } from "node:crypto";
import { UniqueConstraintViolationException } from "@mikro-orm/core";
import { problem, ProblemList, reject, Rejection, type Checked } from "@shopgraph/kernel";
import type { EntityManager } from "@shopgraph/subgraph";
import type { CouponErrorCode, PromotionErrorCode } from "../domain/errors.js";
import {
  applyCoupon,
  checkPromotion,
  normaliseCouponCode,
  PROMOTION_LIMITS,
  type PromotionInput,
  type ScopedLine,
} from "../domain/promotions.js";
import type { Products } from "../adapters/products-client.js";
import type { DiscountRule } from "../domain/totals.js";
import {
  archivePromotion,
  findPromotion,
  insertPromotion,
  listPromotions,
  lockAndCountLivePromotions,
  lockCoupon,
  peekCoupon,
  recordRedemption,
  type PromotionView,
} from "../store/promotion-store.js";

export type { PromotionView };

/** What creating a scoped promotion asks products: whether its products and categories exist. */
export type CatalogLookup = Pick<Products, "catalogIds">;

const rejectPromotion = (code: PromotionErrorCode, message: string, field?: string[]): never =>
  reject(code, message, field);

/** Promotions and coupons: the admins' setup, and redeeming a coupon inside a checkout's transaction. */
export const promotions = {
  /** A new promotion; the products and categories of its scope must exist (products is asked once). */
  async create(em: EntityManager, input: PromotionInput, catalog: CatalogLookup): Promise<PromotionView> {
    const checked = checkPromotion(input);
    if (!checked.ok) throw new Rejection(checked.problems);
    const { productIds, categoryIds } = checked.value;
    if (productIds.length + categoryIds.length > 0) {
      const known = await catalog.catalogIds(productIds, categoryIds);
      const problems = new ProblemList<PromotionErrorCode>();
      if (productIds.some((id) => !known.productIds.has(id))) {
        problems.add("UNKNOWN_PRODUCT", "productIds names a product that does not exist", ["input", "productIds"]);
      }
      if (categoryIds.some((id) => !known.categoryIds.has(id))) {
        problems.add("UNKNOWN_CATEGORY", "categoryIds names a category that does not exist", ["input", "categoryIds"]);
      }
      problems.throwIfAny();
    }
    try {
      return await em.transactional(async (tx) => {
        if ((await lockAndCountLivePromotions(tx)) >= PROMOTION_LIMITS.live) {
          rejectPromotion("TOO_MANY_PROMOTIONS", `At most ${PROMOTION_LIMITS.live} promotions are live at once`);
        }
        return insertPromotion(tx, randomUUID(), checked.value);
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        rejectPromotion("COUPON_CODE_TAKEN", "Another promotion has this coupon code", ["input", "couponCode"]);
      }
      throw error;
    }
  },

  list: listPromotions,
  find: findPromotion,

  async archive(em: EntityManager, id: string): Promise<PromotionView> {
    if (!(await archivePromotion(em, id))) {
      rejectPromotion("PROMOTION_NOT_FOUND", "No live promotion has this id", ["id"]);
    }
    return (await findPromotion(em, id))!;
  },

  /** Judges a coupon for a preview: the same rules as redeem, nothing locked or recorded. */
  async judge(
    em: EntityManager,
    code: string,
    context: { customer: string | null; subtotalCents: number; lines: readonly ScopedLine[]; now?: Date },
  ): Promise<Checked<DiscountRule, CouponErrorCode>> {
    const couponCode = normaliseCouponCode(code);
    const found = couponCode ? await peekCoupon(em, couponCode, context.customer) : null;
    if (!found) {
      return { ok: false, problems: [problem("COUPON_INVALID", "No coupon has this code", ["couponCode"])] };
    }
    return applyCoupon(found.promotion, {
      now: context.now ?? new Date(),
      subtotalCents: context.subtotalCents,
      lines: context.lines,
      uses: found.promotion.uses,
      customerUses: found.customerUses,
      earlierOrders: found.earlierOrders,
    });
  },

  /**
   * Judges a coupon for a checkout and, when it applies, records its use by `orderId`, all in
   * `tx` (the checkout's transaction: if the order is not written, neither is the use). The
   * promotion's row stays locked until `tx` ends, so concurrent checkouts with one code take
   * turns and its limits hold exactly.
   */
  async redeem(
    tx: EntityManager,
    code: string,
    redemption: {
      orderId: string;
      customer: string;
      subtotalCents: number;
      lines: readonly ScopedLine[];
      now?: Date;
    },
  ): Promise<Checked<DiscountRule, CouponErrorCode>> {
    const couponCode = normaliseCouponCode(code);
    const locked = couponCode ? await lockCoupon(tx, couponCode, redemption.customer, redemption.orderId) : null;
    if (!locked) {
      return {
        ok: false,
        problems: [problem("COUPON_INVALID", "No coupon has this code", ["input", "couponCode"])],
      };
    }
    // A retried checkout of the same order is judged as the first time: its own use is not counted against it.
    const own = locked.redeemedByOrder ? 1 : 0;
    const applied = applyCoupon(locked.promotion, {
      now: redemption.now ?? new Date(),
      subtotalCents: redemption.subtotalCents,
      lines: redemption.lines,
      uses: locked.promotion.uses - own,
      customerUses: locked.customerUses,
      earlierOrders: locked.earlierOrders,
    });
    if (applied.ok) await recordRedemption(tx, locked.promotion.id, redemption.orderId, redemption.customer);
    return applied;
  },
};
