import {
  existsOrFalse,
  joinSql,
  newestFirstWindowSql,
  query,
  sql,
  textArray,
  uuidArray,
  type EntityManager,
  type NewestFirstPosition,
  type PageWindow,
  type Sql,
  type WindowRows,
} from "@shopgraph/subgraph";
import type { OrderStatus } from "../domain/order-state.js";
import {
  lineView,
  type OrderView,
  type PaymentView,
  type RefundView,
  type ShipmentView,
  type TransitionView,
} from "../domain/order-view.js";
import { OrderTransition, Payment, Refund, type Order } from "../entities/index.js";

export function viewOf(order: Order): OrderView {
  return {
    id: order.id,
    number: order.number,
    userId: order.userId,
    guestEmail: order.guestEmail,
    status: order.status,
    currency: order.currency,
    subtotalCents: order.subtotalCents,
    totalCents: order.totalCents,
    shippingAddress: order.shippingAddress,
    lines: order.lines.getItems().map(lineView),
    createdAt: order.createdAt,
    updatedAt: order.updatedAt,
    paidAt: order.paidAt,
    expiresAt: order.expiresAt,
    shipment: shipmentOf(order),
  };
}

function shipmentOf(order: Order): ShipmentView | null {
  const { shipmentCarrier: carrier, shipmentTrackingNumber: trackingNumber, shippedAt } = order;
  return carrier && trackingNumber && shippedAt ? { carrier, trackingNumber, shippedAt } : null;
}

export function transitionView(row: OrderTransition): TransitionView {
  return {
    id: String(row.id),
    orderId: row.order.id,
    from: row.fromStatus,
    to: row.toStatus,
    at: row.at,
    by: row.by,
    reason: row.reason,
  };
}

export function paymentView(row: Payment): PaymentView {
  return {
    id: row.id,
    orderId: row.order.id,
    status: row.status,
    amountCents: row.amountCents,
    currency: row.currency,
    provider: row.provider,
    reference: row.reference,
    failureCode: row.failureCode,
    createdAt: row.createdAt,
  };
}

export function refundView(row: Refund): RefundView {
  return {
    id: row.id,
    orderId: row.order.id,
    status: row.status,
    amountCents: row.amountCents,
    currency: row.currency,
    reference: row.reference,
    createdAt: row.createdAt,
    refundedAt: row.refundedAt,
    lastError: row.lastError,
  };
}

export interface OrderFilter {
  ids?: readonly string[];
  userId?: string;
  /** Any of these; an empty list matches nothing. */
  statuses?: readonly OrderStatus[];
  createdFrom?: Date;
  createdTo?: Date;
}

/** The WHERE clause of a filter; never empty. */
function filterSql(filter: OrderFilter): Sql {
  const clauses: Sql[] = [];
  if (filter.ids) clauses.push(filter.ids.length ? sql`o.id = any(${uuidArray(filter.ids)})` : sql`false`);
  if (filter.userId) clauses.push(sql`o.user_id = ${filter.userId}`);
  if (filter.statuses) clauses.push(sql`o.status = any(${textArray(filter.statuses)}::order_status[])`);
  if (filter.createdFrom) clauses.push(sql`o.created_at >= ${filter.createdFrom}`);
  if (filter.createdTo) clauses.push(sql`o.created_at < ${filter.createdTo}`);
  return clauses.length ? joinSql(clauses, " and ") : sql`true`;
}

/** An order row `o` with its lines as one JSON object; `parseOrder` reads it back. */
export const ORDER_JSON = sql`json_build_object(
  'id', o.id, 'number', o.number, 'userId', o.user_id, 'guestEmail', o.guest_email, 'status', o.status, 'currency', o.currency,
  'subtotalCents', o.subtotal_cents, 'totalCents', o.total_cents, 'shippingAddress', o.shipping_address,
  'createdAt', o.created_at, 'updatedAt', o.updated_at, 'paidAt', o.paid_at, 'expiresAt', o.expires_at,
  'shipment', case when o.shipment_carrier is not null then json_build_object(
    'carrier', o.shipment_carrier, 'trackingNumber', o.shipment_tracking_number, 'shippedAt', o.shipped_at) end,
  'lines', coalesce((
    select json_agg(json_build_object(
      'variantId', l.variant_id, 'productId', l.product_id, 'productName', l.product_name,
      'variantTitle', l.variant_title, 'sku', l.sku, 'unitPriceCents', l.unit_price_cents,
      'quantity', l.quantity, 'lineTotalCents', l.line_total_cents) order by l.position)
    from order_lines l where l.order_id = o.id), '[]'::json))`;

export type OrderJson = Omit<OrderView, "createdAt" | "updatedAt" | "paidAt" | "expiresAt" | "shipment"> & {
  createdAt: string;
  updatedAt: string;
  paidAt: string | null;
  expiresAt: string;
  shipment: (Omit<ShipmentView, "shippedAt"> & { shippedAt: string }) | null;
};

/**
 * Orders with their lines in ONE statement, however many: each row carries its lines as JSON
 * (a correlated subquery on the order_lines index), so a batch never costs a query per order.
 */
export async function loadOrders(em: EntityManager, filter: OrderFilter): Promise<OrderView[]> {
  const rows = await query<{ order: OrderJson }>(
    em,
    sql`select ${ORDER_JSON} as "order" from orders o where ${filterSql(filter)}`,
  );
  return rows.map(({ order }) => parseOrder(order));
}

/**
 * One page window of orders newest first, in ONE statement: up to `size + 1` orders with their
 * lines in scan order, and whether orders lie beyond the window's cursors.
 */
export async function loadOrdersWindow(
  em: EntityManager,
  filter: OrderFilter,
  window: PageWindow<NewestFirstPosition>,
): Promise<Omit<WindowRows<OrderView>, "totalCount">> {
  const keyset = newestFirstWindowSql(window, "o");
  const matching = filterSql(filter);
  const [row] = await query<{ orders: OrderJson[]; precedes: boolean; follows: boolean }>(
    em,
    sql`select
      (select coalesce(json_agg(x."order" order by x.n), '[]'::json) from (
         select ${ORDER_JSON} as "order", row_number() over (order by ${keyset.orderBy}) as n
         from orders o where ${matching} and ${keyset.where} order by ${keyset.orderBy} limit ${keyset.limit}) x
      ) as orders,
      ${existsOrFalse(sql`orders o`, keyset.precedes && sql`${matching} and ${keyset.precedes}`)} as precedes,
      ${existsOrFalse(sql`orders o`, keyset.follows && sql`${matching} and ${keyset.follows}`)} as follows`,
  );
  return { rows: (row?.orders ?? []).map(parseOrder), precedes: row?.precedes, follows: row?.follows };
}

export function parseOrder(order: OrderJson): OrderView {
  return {
    ...order,
    createdAt: new Date(order.createdAt),
    updatedAt: new Date(order.updatedAt),
    paidAt: order.paidAt === null ? null : new Date(order.paidAt),
    expiresAt: new Date(order.expiresAt),
    shipment: order.shipment && { ...order.shipment, shippedAt: new Date(order.shipment.shippedAt) },
  };
}

export async function countOrders(em: EntityManager, filter: OrderFilter): Promise<number> {
  const [row] = await query<{ count: string }>(em, sql`select count(*) from orders o where ${filterSql(filter)}`);
  return Number(row?.count ?? 0);
}

/** The history of these orders, oldest first. */
export async function historiesOf(em: EntityManager, orderIds: readonly string[]): Promise<TransitionView[]> {
  const rows = await em.find(OrderTransition, { order: { $in: [...orderIds] } }, { orderBy: { id: "asc" } });
  return rows.map(transitionView);
}

/** The charge attempts of these orders, oldest first. */
export async function paymentsOf(em: EntityManager, orderIds: readonly string[]): Promise<PaymentView[]> {
  const rows = await em.find(Payment, { order: { $in: [...orderIds] } }, { orderBy: { createdAt: "asc", id: "asc" } });
  return rows.map(paymentView);
}

/** The charge attempts of these ids (any order's); ids that name none are left out. */
export async function paymentsByIds(em: EntityManager, ids: readonly string[]): Promise<PaymentView[]> {
  const rows = await em.find(Payment, { id: { $in: [...ids] } });
  return rows.map(paymentView);
}

/** The refunds of these ids (any order's); ids that name none are left out. */
export async function refundsByIds(em: EntityManager, ids: readonly string[]): Promise<RefundView[]> {
  // Refreshed for the same reason as refundsOf.
  const rows = await em.find(Refund, { id: { $in: [...ids] } }, { refresh: true });
  return rows.map(refundView);
}

/** The refunds of these orders, oldest first. */
export async function refundsOf(em: EntityManager, orderIds: readonly string[]): Promise<RefundView[]> {
  // Refresh: a refund this request made and then worked off with SQL may be in the identity map.
  const rows = await em.find(
    Refund,
    { order: { $in: [...orderIds] } },
    { orderBy: { createdAt: "asc", id: "asc" }, refresh: true },
  );
  return rows.map(refundView);
}
