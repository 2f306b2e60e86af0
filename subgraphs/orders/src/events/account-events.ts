import { isUuid } from "@shopgraph/kernel";
import type { EventHandler } from "@shopgraph/messaging";
import { PermanentEventError } from "@shopgraph/platform";
import type { GuestOrders } from "../app/guest-orders.js";

/** Routing keys orders' own queue is bound to (other services' events it acts on). */
export const ORDERS_BINDINGS = ["user.email_verified"];

/**
 * What orders does with users' events, inside the consumer's transaction (once per event, see
 * EventConsumer): a verified address claims the guest orders placed with it. Only a VERIFIED
 * address claims: registering an address proves nothing, and would let anyone read the orders of
 * whoever ordered with it.
 */
export function accountEventsHandler(guestOrders: GuestOrders): EventHandler {
  return async (event, em) => {
    if (event.type !== "user.email_verified") return;
    const { userId, email } = event.data as { userId?: unknown; email?: unknown };
    if (typeof userId !== "string" || !isUuid(userId) || typeof email !== "string" || email.length === 0) {
      throw new PermanentEventError(`user.email_verified ${event.id}: data is not as the event catalogue describes`);
    }
    await guestOrders.claim(em, userId.toLowerCase(), email);
  };
}
