import { isUuid, type EntityManager } from "@shopgraph/common";
import { ORDER_JSON, parseOrder, type OrderJson, type OrderView } from "../orders/read-model.js";
import type { OrderScope } from "./order-fanout.js";

/**
 * The current state of the orders a scope covers, oldest change first, in one statement: its
 * orders by id whatever their age, and of the users' (or every) orders those changed since
 * `changedSince`.
 */
export async function currentOrders(em: EntityManager, scope: OrderScope, changedSince: Date): Promise<OrderView[]> {
  const clauses: string[] = [];
  const params: unknown[] = [];
  // Subscriptions to a malformed id exist until their access check refuses them.
  const orderIds = scope.orderIds.filter(isUuid);
  // The driver expands an array parameter into a list of parameters.
  if (orderIds.length) {
    clauses.push("o.id in (?)");
    params.push(orderIds);
  }
  if (scope.everyOrder) {
    clauses.push("o.updated_at >= ?");
    params.push(changedSince);
  } else if (scope.userIds.length) {
    clauses.push("(o.updated_at >= ? and o.user_id in (?))");
    params.push(changedSince, scope.userIds);
  }
  if (clauses.length === 0) return [];
  const rows = await em.execute<{ order: OrderJson }[]>(
    `select ${ORDER_JSON} as "order" from orders o where ${clauses.join(" or ")} order by o.updated_at, o.id`,
    params,
  );
  return rows.map(({ order }) => parseOrder(order));
}
