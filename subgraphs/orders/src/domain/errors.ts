import { errorCodes, reject, type CodesOf, type Reject } from "@shopgraph/kernel";

/**
 * Why a mutation failed, per group of mutations a client sees together. One spelling per meaning
 * across the API: a referenced thing that does not exist is `<THING>_NOT_FOUND`, an invalid value
 * `INVALID_<FIELD>`. README.md documents every code.
 */

/** cartCreate, cartLinesAdd/Update/Remove, cartAttach and the deprecated addToCart, updateCartLine, removeFromCart, clearCart, mergeCart. */
export const CartErrorCode = errorCodes(
  "CART_NOT_FOUND",
  "LINE_NOT_FOUND",
  "INVALID_QUANTITY",
  "VARIANT_NOT_FOUND",
  "VARIANT_UNAVAILABLE",
  "OUT_OF_STOCK",
  "NOT_IN_CART",
  "CART_FULL",
  "TOO_MANY_LINES",
  "QUANTITY_REDUCED",
  "CURRENCY_MISMATCH",
  "AMOUNT_TOO_LARGE",
);
export type CartErrorCode = CodesOf<typeof CartErrorCode>;

/** What a cart mutation did other than asked, though it succeeded (CartWarning.code). */
export const CartWarningCode = errorCodes("QUANTITY_REDUCED", "LINE_MERGED", "LINE_REMOVED");
export type CartWarningCode = CodesOf<typeof CartWarningCode>;

/** placeOrder, placeGuestOrder. */
export const CheckoutErrorCode = errorCodes(
  "INVALID_IDEMPOTENCY_KEY",
  "IDEMPOTENCY_KEY_REUSED",
  "UNSUPPORTED_CURRENCY",
  "REQUIRED",
  "TOO_LONG",
  "INVALID_POSTAL_CODE",
  "INVALID_COUNTRY",
  "CART_EMPTY",
  "CART_NOT_FOUND",
  "CHECKOUT_IN_PROGRESS",
  "VARIANT_NOT_FOUND",
  "VARIANT_UNAVAILABLE",
  "OUT_OF_STOCK",
  "CURRENCY_MISMATCH",
  "AMOUNT_TOO_LARGE",
  "PRICE_CHANGED",
  "CHECKOUT_FAILED",
  "SHIPPING_METHOD_REQUIRED",
  "SHIPPING_METHOD_INVALID",
  "COUPON_INVALID",
  "COUPON_EXPIRED",
  "COUPON_EXHAUSTED",
  // placeGuestOrder
  "INVALID_EMAIL",
);
export type CheckoutErrorCode = CodesOf<typeof CheckoutErrorCode>;

/** payOrder, cancelOrder, updateOrderStatus. */
export const OrderErrorCode = errorCodes(
  "ORDER_NOT_FOUND",
  "ORDER_NOT_PAYABLE",
  "ORDER_EXPIRED",
  "PAYMENT_DECLINED",
  "INVALID_PAYMENT_TOKEN",
  "INVALID_TRANSITION",
  "PAYMENT_REQUIRED",
  "INVALID_REASON",
  "INVALID_SHIPMENT",
  "SHIPMENT_NOT_ALLOWED",
);
export type OrderErrorCode = CodesOf<typeof OrderErrorCode>;

/** createShippingZone, createShippingMethod, deleteShippingZone, deleteShippingMethod. */
export const ShippingErrorCode = errorCodes(
  "REQUIRED",
  "TOO_LONG",
  "INVALID_COUNTRY",
  "TOO_MANY_COUNTRIES",
  "COUNTRY_IN_ANOTHER_ZONE",
  "ZONE_NOT_FOUND",
  "METHOD_NOT_FOUND",
  "TOO_MANY_METHODS",
  "INVALID_PRICE",
  "INVALID_FREE_ABOVE",
  "INVALID_WEIGHT",
);
export type ShippingErrorCode = CodesOf<typeof ShippingErrorCode>;

/** createPromotion, archivePromotion. */
export const PromotionErrorCode = errorCodes(
  "REQUIRED",
  "TOO_LONG",
  "INVALID_COUPON_CODE",
  "COUPON_CODE_TAKEN",
  "INVALID_DISCOUNT",
  "INVALID_AMOUNT",
  "INVALID_DATES",
  "INVALID_LIMIT",
  "PROMOTION_NOT_FOUND",
  "UNKNOWN_PRODUCT",
  "UNKNOWN_CATEGORY",
  "TOO_MANY_IDS",
  "TOO_MANY_PROMOTIONS",
);
export type PromotionErrorCode = CodesOf<typeof PromotionErrorCode>;

/** setTaxRate, deleteTaxRate. */
export const TaxErrorCode = errorCodes("INVALID_COUNTRY", "INVALID_RATE", "TAX_RATE_NOT_FOUND");
export type TaxErrorCode = CodesOf<typeof TaxErrorCode>;

/** Why a coupon code was refused (at checkout, with the checkout's other codes). */
export const CouponErrorCode = errorCodes("COUPON_INVALID", "COUPON_EXPIRED", "COUPON_EXHAUSTED");
export type CouponErrorCode = CodesOf<typeof CouponErrorCode>;

/* The codes of one check, each a part of its area's (so a code the area lacks does not compile). */

/** A shipping address field (see checkAddress). */
export type AddressErrorCode = Extract<
  CheckoutErrorCode,
  "REQUIRED" | "TOO_LONG" | "INVALID_POSTAL_CODE" | "INVALID_COUNTRY"
>;

/** A shipment given with a status change (see checkShipment and the SHIPPED guard). */
export type ShipmentErrorCode = Extract<OrderErrorCode, "INVALID_SHIPMENT" | "SHIPMENT_NOT_ALLOWED">;

/** A transition the state machine refuses (the table, or a guard). */
export type TransitionErrorCode = Extract<
  OrderErrorCode,
  "INVALID_TRANSITION" | "PAYMENT_REQUIRED" | "SHIPMENT_NOT_ALLOWED"
>;

/** Aborts a cart change with one problem; typed so a code outside the area does not compile. */
export const rejectCart: Reject<CartErrorCode> = reject;

/** Aborts a checkout with one problem. */
export const rejectCheckout: Reject<CheckoutErrorCode> = reject;

/** Aborts a payment or an order's change with one problem. */
export const rejectOrder: Reject<OrderErrorCode> = reject;
