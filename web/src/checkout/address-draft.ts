import { tabStorage } from "../lib/storage";

/**
 * Where this tab keeps the address being typed at checkout (address.ts reads and writes it). Its
 * own small module because signing out forgets it too, and the session code loads with every
 * page: it must not bring the checkout's countries and validation along.
 */
export const CHECKOUT_ADDRESS_KEY = "shopgraph.checkoutAddress";

/** Where this tab keeps the coupon Cart.totals accepted at checkout, so the cart page prices it too. */
export const CHECKOUT_COUPON_KEY = "shopgraph.checkoutCoupon";

/** Once an order is placed (or the shopper signs out), the address and coupon typed are nobody's to keep. */
export function forgetAddress(): void {
  tabStorage.remove(CHECKOUT_ADDRESS_KEY);
  tabStorage.remove(CHECKOUT_COUPON_KEY);
}

/** The coupon code last accepted in this tab, or null. */
export function rememberedCoupon(): string | null {
  const code = tabStorage.get(CHECKOUT_COUPON_KEY);
  // Storage is input like any other: only what could be a coupon code.
  return code && /^[A-Z0-9][A-Z0-9_-]{0,31}$/.test(code) ? code : null;
}

export function rememberCoupon(code: string | null): void {
  if (code) tabStorage.set(CHECKOUT_COUPON_KEY, code);
  else tabStorage.remove(CHECKOUT_COUPON_KEY);
}
