import { isUuid } from "@shopgraph/kernel";
import { joinSql, query, sql, uuidArray, type EntityManager, type Sql } from "@shopgraph/subgraph";
import type { OrderView } from "../domain/order-view.js";
import { ORDER_JSON, parseOrder, type OrderJson } from "./read-model.js";
import type { OrderScope } from "../events/order-fanout.js";

/**
 * The current state of the orders a scope covers, oldest change first, in one statement: its
 * orders by id whatever their age, and of the users' (or every) orders those changed since
 * `changedSince`.
 */
export async function currentOrders(em: EntityManager, scope: OrderScope, changedSince: Date): Promise<OrderView[]> {
  const clauses: Sql[] = [];
  // Subscriptions to a malformed id exist until their access check refuses them.
  const orderIds = scope.orderIds.filter(isUuid);
  if (orderIds.length) clauses.push(sql`o.id = any(${uuidArray(orderIds)})`);
  if (scope.everyOrder) {
    clauses.push(sql`o.updated_at >= ${changedSince}`);
  } else if (scope.userIds.length) {
    clauses.push(sql`(o.updated_at >= ${changedSince} and o.user_id = any(${uuidArray(scope.userIds)}))`);
  }
  if (clauses.length === 0) return [];
  const rows = await query<{ order: OrderJson }>(
    em,
    sql`select ${ORDER_JSON} as "order" from orders o where ${joinSql(clauses, " or ")} order by o.updated_at, o.id`,
  );
  return rows.map(({ order }) => parseOrder(order));
}
