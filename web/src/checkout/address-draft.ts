import { tabStorage } from "../lib/storage";

/**
 * Where this tab keeps the address being typed at checkout (address.ts reads and writes it). Its
 * own small module because signing out forgets it too, and the session code loads with every
 * page: it must not bring the checkout's countries and validation along.
 */
export const CHECKOUT_ADDRESS_KEY = "shopgraph.checkoutAddress";

/** Once an order is placed (or the shopper signs out), the address typed is nobody's to keep. */
export function forgetAddress(): void {
  tabStorage.remove(CHECKOUT_ADDRESS_KEY);
}
