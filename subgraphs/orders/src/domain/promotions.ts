import { problem, type Checked, type Problem } from "@shopgraph/kernel";
import type { CouponErrorCode, PromotionErrorCode } from "./errors.js";
import { MAX_AMOUNT_CENTS } from "./pricing.js";
import type { DiscountRule } from "./totals.js";

/**
 * Promotions: a percentage or a fixed amount off the order, free shipping, or several of these,
 * under conditions (a minimum subtotal, a time window), applied automatically or by a coupon
 * code, with a total usage limit and a per-customer limit.
 */
export const PROMOTION_LIMITS = { name: 100, couponCode: 32 } as const;

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
    },
  };
}

/** What a coupon is judged on at checkout: the merchandise subtotal and the customer's past uses. */
export interface CouponContext {
  now: Date;
  subtotalCents: number;
  /** How often the promotion was used in all, and by this customer. */
  uses: number;
  customerUses: number;
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
  if (promotion.minSubtotalCents !== null && context.subtotalCents < promotion.minSubtotalCents) {
    return refuse("COUPON_INVALID", "The order is below this coupon's minimum subtotal");
  }
  return {
    ok: true,
    value: {
      id: promotion.id,
      ...(promotion.percentOff !== null ? { percentOff: promotion.percentOff } : {}),
      ...(promotion.amountOffCents !== null ? { amountOffCents: promotion.amountOffCents } : {}),
      freeShipping: promotion.freeShipping,
    },
  };
}
