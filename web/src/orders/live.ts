/**
 * How the order page follows an order. The API has no `Subscription.orderUpdated` yet (the
 * gateway's subscription relay is a later issue), so the page polls; when the schema has the
 * subscription, this is where it takes over.
 */
export const ORDER_POLL_MS = 3000;
