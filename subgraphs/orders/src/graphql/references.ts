import { isAdmin, type NodeType } from "@shopgraph/kernel";
import { maySeeOrder, maySeeUser } from "./access.js";
import type { OrdersContext } from "./context.js";
import { paymentOf, refundOf } from "./order.types.js";

/**
 * Each Node type this subgraph can resolve, by raw UUID (the subgraph package decodes global
 * ids first), with the same visibility as its root field: an order the viewer may not see, a cart
 * they may not use, another user, an unknown id alike resolve to null. `_entities` and
 * `node`/`nodes` both come through here, so neither reaches more than `order(id:)` and
 * `cart(id:)` do. A payment or refund is seen by whoever may see its order.
 */
async function visibleOrder(orderId: string, { viewer, orderById }: OrdersContext) {
  const order = await orderById.load(orderId);
  return order && maySeeOrder(viewer, order) ? order : null;
}

export const visibleNode: Record<
  NodeType,
  (id: string, context: OrdersContext) => Promise<object | null> | object | null
> = {
  Order: visibleOrder,
  async Payment(id, context) {
    const payment = await context.paymentById.load(id);
    return payment && (await visibleOrder(payment.orderId, context)) ? paymentOf(payment) : null;
  },
  async Refund(id, context) {
    const refund = await context.refundById.load(id);
    return refund && (await visibleOrder(refund.orderId, context)) ? refundOf(refund) : null;
  },
  Cart: (id, { viewer, em, services }) => services.carts.visible(em, viewer.kind === "user" ? viewer.userId : null, id),
  CartLine: (id, { viewer, em, services }) =>
    services.carts.visibleLine(em, viewer.kind === "user" ? viewer.userId : null, id),
  // Users are the user's own and the admins'; users' reference resolver checks again.
  User: (id, { viewer }) => (viewer.kind === "service" || maySeeUser(viewer, id) ? { id } : null),
  // Owned elsewhere: a key only; the owner's reference resolver decides what the viewer sees.
  Product: (id) => ({ id }),
  ProductVariant: (id) => ({ id }),
  Category: (id) => ({ id }),
  // Notifications are their user's: a signed-out caller has none to see.
  Notification: (id, { viewer }) => (viewer.kind === "anonymous" ? null : { id }),
  // Partner apps are users' (their stub comes with them); until then no node names one.
  PartnerApp: () => null,
  // Webhooks are the admins' (notifications' reference resolvers check again).
  WebhookEndpoint: (id, { viewer }) => (isAdmin(viewer) ? { id } : null),
  WebhookDelivery: (id, { viewer }) => (isAdmin(viewer) ? { id } : null),
};

const reference = (type: NodeType) => ({
  __resolveReference(ref: { id: string }, context: OrdersContext) {
    return visibleNode[type](ref.id, context);
  },
});

/** How `_entities` turns keys into objects (`id` already a raw UUID, decoded by the subgraph package). */
export const referenceResolvers = {
  Order: reference("Order"),
  Payment: reference("Payment"),
  Refund: reference("Refund"),
  Cart: reference("Cart"),
  CartLine: reference("CartLine"),
  // Orders' User fields (orders, cart) answer FORBIDDEN to anyone else themselves.
  User: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
  Product: reference("Product"),
  ProductVariant: reference("ProductVariant"),
  Category: reference("Category"),
  Notification: reference("Notification"),
  WebhookEndpoint: reference("WebhookEndpoint"),
  WebhookDelivery: reference("WebhookDelivery"),
};
