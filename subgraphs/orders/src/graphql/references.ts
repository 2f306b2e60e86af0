import { hasScope, isAdmin, PartnerScope, type NodeType } from "@shopgraph/kernel";
import { promotions } from "../app/promotions.js";
import { shipping } from "../app/shipping.js";
import { taxes } from "../app/taxes.js";
import { maySeeOrder, maySeeUser } from "./access.js";
import type { OrdersContext } from "./context.js";
import { paymentOf, refundOf } from "./order.types.js";
import { promotionOf } from "./promotion.types.js";
import { shippingMethodOf } from "./shipping.types.js";

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
  User: (id, { viewer }) =>
    viewer.kind === "service" || hasScope(viewer, PartnerScope.CUSTOMERS_READ) || maySeeUser(viewer, id)
      ? { id }
      : null,
  // Owned elsewhere: a key only; the owner's reference resolver decides what the viewer sees.
  Product: (id) => ({ id }),
  ProductVariant: (id) => ({ id }),
  Category: (id) => ({ id }),
  // A method is public (at its own price; shippingMethods prices it for a cart), a zone the admins'.
  ShippingMethod: async (id, { em }) => {
    const method = await shipping.method(em, id);
    return method && shippingMethodOf(method);
  },
  ShippingZone: (id, { em, viewer }) => (isAdmin(viewer) ? shipping.zone(em, id) : null),
  TaxRate: (id, { em, viewer }) => (isAdmin(viewer) ? taxes.rate(em, id) : null),
  Promotion: async (id, { em, viewer }) => {
    const promotion = isAdmin(viewer) ? await promotions.find(em, id) : null;
    return promotion && promotionOf(promotion);
  },
  // Notifications are their user's: a signed-out caller has none to see.
  Notification: (id, { viewer }) => (viewer.kind === "anonymous" ? null : { id }),
  // Saved addresses are their user's: likewise.
  SavedAddress: (id, { viewer }) => (viewer.kind === "anonymous" ? null : { id }),
  // Partner apps and their keys are the admins' only (never an app's, its own included).
  PartnerApp: (id, { viewer }) => (isAdmin(viewer) ? { id } : null),
  ApiKey: (id, { viewer }) => (isAdmin(viewer) ? { id } : null),
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
  ShippingMethod: reference("ShippingMethod"),
  ShippingZone: reference("ShippingZone"),
  Promotion: reference("Promotion"),
  TaxRate: reference("TaxRate"),
  SavedAddress: reference("SavedAddress"),
  PartnerApp: reference("PartnerApp"),
  ApiKey: reference("ApiKey"),
  WebhookEndpoint: reference("WebhookEndpoint"),
  WebhookDelivery: reference("WebhookDelivery"),
};
