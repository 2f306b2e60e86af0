import { isUuid, problem, type Checked, type Problem } from "@shopgraph/kernel";
import type { CouponErrorCode, PromotionErrorCode } from "./errors.js";
import { MAX_AMOUNT_CENTS } from "./pricing.js";
import type { DiscountRule } from "./totals.js";

/**
 * Promotions: a percentage or a fixed amount off the order (or only off the lines of some
 * products or categories), free shipping, or several of these, under conditions (a minimum
 * subtotal, a time window, the customer's first order), applied automatically or by a coupon
 * code, with a total usage limit and a per-customer limit.
 */
/**
 * `live` and `scopeIds` bound the admin's promotions list (every live promotion with its scope's
 * products and categories) under the gateway's cost budget: 100 × (50 + 50) objects.
 */
export const PROMOTION_LIMITS = { name: 100, couponCode: 32, scopeIds: 50, live: 100 } as const;

/** Coupon codes are compared in upper case, so "summer10" and "SUMMER10" are one code. */
const COUPON_CODE = /^[A-Z0-9][A-Z0-9_-]*$/;

export interface PromotionInput {
  name: string;
  couponCode?: string | null;
  percentOff?: number | null;
  amountOffCents?: number | null;
  freeShipping?: boolean | null;
  minSubtotalCents?: number | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
  usageLimit?: number | null;
  perCustomerLimit?: number | null;
  /** Raw UUIDs (the schema layer decodes global ids; what is not a UUID is refused here). */
  productIds?: readonly string[] | null;
  categoryIds?: readonly string[] | null;
  firstOrderOnly?: boolean | null;
}

export interface PromotionRules {
  id: string;
  name: string;
  couponCode: string | null;
  percentOff: number | null;
  amountOffCents: number | null;
  freeShipping: boolean;
  minSubtotalCents: number | null;
  startsAt: Date | null;
  endsAt: Date | null;
  usageLimit: number | null;
  perCustomerLimit: number | null;
  /**
   * The scope: when either is non-empty, percentOff and amountOffCents apply only to the lines of
   * these products or of products in these categories, and the promotion only to a cart that has one.
   */
  productIds: string[];
  categoryIds: string[];
  /** Only for a customer with no earlier order that was not cancelled. */
  firstOrderOnly: boolean;
}

export type NewPromotion = Omit<PromotionRules, "id">;

export function normaliseCouponCode(code: string): string {
  return code.trim().toUpperCase();
}

/** A new promotion, normalised, with every problem at once. */
export function checkPromotion(input: PromotionInput): Checked<NewPromotion, PromotionErrorCode> {
  const problems: Problem<PromotionErrorCode>[] = [];
  const report = (field: string, code: PromotionErrorCode, message: string) =>
    problems.push(problem(code, message, ["input", field]));
  const name = input.name.trim().replace(/\s+/g, " ");
  if (!name) report("name", "REQUIRED", "name must not be empty");
  else if (name.length > PROMOTION_LIMITS.name) {
    report("name", "TOO_LONG", `name must be at most ${PROMOTION_LIMITS.name} characters`);
  }
  const couponCode = input.couponCode == null ? null : normaliseCouponCode(input.couponCode);
  if (couponCode !== null && (couponCode.length > PROMOTION_LIMITS.couponCode || !COUPON_CODE.test(couponCode))) {
    report(
      "couponCode",
      "INVALID_COUPON_CODE",
      `A coupon code is 1 to ${PROMOTION_LIMITS.couponCode} letters, digits, dashes or underscores`,
    );
  }
  const percentOff = input.percentOff ?? null;
  if (percentOff !== null && (!Number.isInteger(percentOff) || percentOff < 1 || percentOff > 100)) {
    report("percentOff", "INVALID_DISCOUNT", "percentOff is a whole percentage from 1 to 100");
  }
  const amount = (field: "amountOffCents" | "minSubtotalCents", min: number) => {
    const value = input[field] ?? null;
    if (value !== null && (!Number.isInteger(value) || value < min || value > MAX_AMOUNT_CENTS)) {
      report(field, "INVALID_AMOUNT", `${field} must be a whole amount of at least ${min}`);
    }
    return value;
  };
  const amountOffCents = amount("amountOffCents", 1);
  const minSubtotalCents = amount("minSubtotalCents", 0);
  const freeShipping = input.freeShipping ?? false;
  if (percentOff === null && amountOffCents === null && !freeShipping) {
    report("percentOff", "INVALID_DISCOUNT", "A promotion gives percentOff, amountOffCents or freeShipping");
  }
  const startsAt = input.startsAt ?? null;
  const endsAt = input.endsAt ?? null;
  if (startsAt && endsAt && endsAt <= startsAt) report("endsAt", "INVALID_DATES", "endsAt must be after startsAt");
  const limit = (field: "usageLimit" | "perCustomerLimit") => {
    const value = input[field] ?? null;
    if (value !== null && (!Number.isInteger(value) || value < 1 || value > 1_000_000_000)) {
      report(field, "INVALID_LIMIT", `${field} must be a whole number of at least 1`);
    }
    return value;
  };
  const usageLimit = limit("usageLimit");
  const perCustomerLimit = limit("perCustomerLimit");
  const scope = (field: "productIds" | "categoryIds", code: PromotionErrorCode) => {
    const ids = [...new Set((input[field] ?? []).map((id) => id.toLowerCase()))];
    if (ids.length > PROMOTION_LIMITS.scopeIds) {
      report(field, "TOO_MANY_IDS", `${field} names at most ${PROMOTION_LIMITS.scopeIds} ids`);
    } else if (ids.some((id) => !isUuid(id))) {
      report(field, code, `${field} names something that does not exist`);
    }
    return ids;
  };
  const productIds = scope("productIds", "UNKNOWN_PRODUCT");
  const categoryIds = scope("categoryIds", "UNKNOWN_CATEGORY");
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    value: {
      name,
      couponCode,
      percentOff,
      amountOffCents,
      freeShipping,
      minSubtotalCents,
      startsAt,
      endsAt,
      usageLimit,
      perCustomerLimit,
      productIds,
      categoryIds,
      firstOrderOnly: input.firstOrderOnly ?? false,
    },
  };
}

/** A cart line as a promotion's scope sees it. */
export interface ScopedLine {
  productId: string | null;
  categoryId: string | null;
}

export function isScoped(promotion: Pick<PromotionRules, "productIds" | "categoryIds">): boolean {
  return promotion.productIds.length > 0 || promotion.categoryIds.length > 0;
}

/** The lines (indices) a promotion's percentage or amount applies to; every line when it has no scope. */
export function linesInScope(
  promotion: Pick<PromotionRules, "productIds" | "categoryIds">,
  lines: readonly ScopedLine[],
): number[] {
  return lines.flatMap((line, index) =>
    !isScoped(promotion) ||
    (line.productId !== null && promotion.productIds.includes(line.productId)) ||
    (line.categoryId !== null && promotion.categoryIds.includes(line.categoryId))
      ? [index]
      : [],
  );
}

/**
 * What a coupon is judged on at checkout: the merchandise subtotal, the lines (for a scope) and
 * the customer's past uses and orders.
 */
export interface CouponContext {
  now: Date;
  subtotalCents: number;
  lines: readonly ScopedLine[];
  /** How often the promotion was used in all, and by this customer. */
  uses: number;
  customerUses: number;
  /** The customer's earlier orders that were not cancelled (counted only for a first-order promotion). */
  earlierOrders: number;
}

/**
 * The discount a coupon's promotion gives, or why it is refused: one of the three codes a shopper
 * sees (a condition not met is COUPON_INVALID with a message that says which).
 */
export function applyCoupon(promotion: PromotionRules, context: CouponContext): Checked<DiscountRule, CouponErrorCode> {
  const refuse = (code: CouponErrorCode, message: string): Checked<DiscountRule, CouponErrorCode> => ({
    ok: false,
    problems: [problem(code, message, ["input", "couponCode"])],
  });
  if (promotion.startsAt && context.now < promotion.startsAt)
    return refuse("COUPON_INVALID", "This coupon is not valid yet");
  if (promotion.endsAt && context.now >= promotion.endsAt) return refuse("COUPON_EXPIRED", "This coupon has expired");
  if (promotion.usageLimit !== null && context.uses >= promotion.usageLimit) {
    return refuse("COUPON_EXHAUSTED", "This coupon has been used up");
  }
  if (promotion.perCustomerLimit !== null && context.customerUses >= promotion.perCustomerLimit) {
    return refuse("COUPON_EXHAUSTED", "You have already used this coupon as often as it allows");
  }
  if (promotion.firstOrderOnly && context.earlierOrders > 0) {
    return refuse("COUPON_INVALID", "This coupon is for a first order only");
  }
  if (promotion.minSubtotalCents !== null && context.subtotalCents < promotion.minSubtotalCents) {
    return refuse("COUPON_INVALID", "The order is below this coupon's minimum subtotal");
  }
  const lineIndices = linesInScope(promotion, context.lines);
  if (isScoped(promotion) && lineIndices.length === 0) {
    return refuse("COUPON_INVALID", "This coupon applies to none of the items in the cart");
  }
  return {
    ok: true,
    value: {
      id: promotion.id,
      ...(isScoped(promotion) ? { lineIndices } : {}),
      ...(promotion.percentOff !== null ? { percentOff: promotion.percentOff } : {}),
      ...(promotion.amountOffCents !== null ? { amountOffCents: promotion.amountOffCents } : {}),
      freeShipping: promotion.freeShipping,
    },
  };
}
