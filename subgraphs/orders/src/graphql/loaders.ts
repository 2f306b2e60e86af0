import { groupedLoader, keyedLoader, type EntityManager } from "@shopgraph/subgraph";
import { orderQueries } from "../app/order-queries.js";
import type { OrdersContext, OrdersServices } from "./context.js";

type Loaders = Pick<
  OrdersContext,
  "variantById" | "orderById" | "historyByOrder" | "paymentsByOrder" | "refundsByOrder" | "paymentById" | "refundById"
>;

/** One request's DataLoaders: each batch of ids is one call to products or one statement. */
export function requestLoaders(em: EntityManager, services: OrdersServices): Loaders {
  return {
    variantById: keyedLoader(
      (ids) => services.carts.offers(ids),
      (variant) => variant.id,
    ),
    orderById: keyedLoader(
      (ids) => orderQueries.byIds(em, ids),
      (order) => order.id,
    ),
    historyByOrder: groupedLoader(
      (ids) => orderQueries.histories(em, ids),
      (transition) => transition.orderId,
    ),
    paymentsByOrder: groupedLoader(
      (ids) => orderQueries.payments(em, ids),
      (payment) => payment.orderId,
    ),
    refundsByOrder: groupedLoader(
      (ids) => orderQueries.refunds(em, ids),
      (refund) => refund.orderId,
    ),
    paymentById: keyedLoader(
      (ids) => orderQueries.paymentsByIds(em, ids),
      (payment) => payment.id,
    ),
    refundById: keyedLoader(
      (ids) => orderQueries.refundsByIds(em, ids),
      (refund) => refund.id,
    ),
  };
}
