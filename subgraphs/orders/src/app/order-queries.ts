import { isUuid } from "@shopgraph/kernel";
import { type EntityManager } from "@shopgraph/subgraph";
import type { OrderView, PaymentView, RefundView, TransitionView } from "../domain/order-view.js";
import {
  countOrders,
  historiesOf,
  loadOrders,
  paymentsOf,
  refundsOf,
  type OrderFilter,
  type OrderPageRequest,
} from "../store/read-model.js";

export type { OrderFilter, OrderPageRequest };

/**
 * What the API reads of orders, each in one statement whatever the number of orders (the
 * per-request loaders batch ids into one call).
 */
export const orderQueries = {
  /** Orders with their lines; ids that are no uuid name no order and never reach SQL. */
  byIds(em: EntityManager, ids: readonly string[]): Promise<OrderView[]> {
    return loadOrders(em, { ids: ids.filter(isUuid) });
  },

  /** One page, newest first. */
  page(em: EntityManager, filter: OrderFilter, page: OrderPageRequest): Promise<OrderView[]> {
    return loadOrders(em, filter, page);
  },

  count(em: EntityManager, filter: OrderFilter): Promise<number> {
    return countOrders(em, filter);
  },

  histories(em: EntityManager, orderIds: readonly string[]): Promise<TransitionView[]> {
    return historiesOf(em, orderIds);
  },

  payments(em: EntityManager, orderIds: readonly string[]): Promise<PaymentView[]> {
    return paymentsOf(em, orderIds);
  },

  refunds(em: EntityManager, orderIds: readonly string[]): Promise<RefundView[]> {
    return refundsOf(em, orderIds);
  },
};
