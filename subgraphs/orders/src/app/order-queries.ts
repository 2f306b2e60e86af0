import { isUuid } from "@shopgraph/kernel";
import { type EntityManager, type NewestFirstPosition, type PageWindow, type WindowRows } from "@shopgraph/subgraph";
import type { OrderView, PaymentView, RefundView, TransitionView } from "../domain/order-view.js";
import {
  countOrders,
  historiesOf,
  loadOrders,
  loadOrdersWindow,
  paymentsByIds,
  paymentsOf,
  refundsByIds,
  refundsOf,
  type OrderFilter,
} from "../store/read-model.js";

export type { OrderFilter };

/**
 * What the API reads of orders, each in one statement whatever the number of orders (the
 * per-request loaders batch ids into one call).
 */
export const orderQueries = {
  /** Orders with their lines; ids that are no uuid name no order and never reach SQL. */
  byIds(em: EntityManager, ids: readonly string[]): Promise<OrderView[]> {
    return loadOrders(em, { ids: ids.filter(isUuid) });
  },

  /** One page window, newest first; the total is counted apart, only when asked for. */
  window(
    em: EntityManager,
    filter: OrderFilter,
    window: PageWindow<NewestFirstPosition>,
  ): Promise<Omit<WindowRows<OrderView>, "totalCount">> {
    return loadOrdersWindow(em, filter, window);
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

  /** Payments by their own ids (`node`); ids that are no uuid name none and never reach SQL. */
  paymentsByIds(em: EntityManager, ids: readonly string[]): Promise<PaymentView[]> {
    return paymentsByIds(em, ids.filter(isUuid));
  },

  /** Refunds by their own ids (`node`), as paymentsByIds. */
  refundsByIds(em: EntityManager, ids: readonly string[]): Promise<RefundView[]> {
    return refundsByIds(em, ids.filter(isUuid));
  },
};
