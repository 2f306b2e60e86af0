import {
  emptySql,
  joinSql,
  query,
  sql,
  uuidArray,
  type AddressData,
  type EntityManager,
  type Sql,
} from "@shopgraph/common";
import type { OrderStatus } from "../domain/order-state.js";
import type { Order, OrderTransition, Payment, PaymentStatus, Refund, RefundStatus } from "../entities/index.js";

/** What the API shows of an order: read in one statement with its lines, or made from the entity. */
export interface OrderView {
  id: string;
  number: string;
  userId: string;
  status: OrderStatus;
  currency: string;
  subtotalCents: number;
  totalCents: number;
  shippingAddress: AddressData;
  lines: OrderLineView[];
  createdAt: Date;
  updatedAt: Date;
  paidAt: Date | null;
  expiresAt: Date;
  shipment: ShipmentView | null;
  /**
   * Set on a view made from an `order.status_changed` event: the moment it shows. Its history
   * stops at that change, so an event resolved after later changes still reads as of itself.
   */
  asOf?: { to: OrderStatus; at: Date };
}

export interface OrderLineView {
  variantId: string;
  productId: string | null;
  productName: string;
  variantTitle: string;
  sku: string;
  unitPriceCents: number;
  quantity: number;
  lineTotalCents: number;
}

export interface ShipmentView {
  carrier: string;
  trackingNumber: string;
  shippedAt: Date;
}

export interface PaymentView {
  id: string;
  orderId: string;
  status: PaymentStatus;
  amountCents: number;
  currency: string;
  provider: string;
  reference: string | null;
  failureCode: string | null;
  createdAt: Date;
}

export interface RefundView {
  id: string;
  orderId: string;
  status: RefundStatus;
  amountCents: number;
  currency: string;
  reference: string | null;
  createdAt: Date;
  refundedAt: Date | null;
  lastError: string | null;
}

export interface TransitionView {
  orderId: string;
  from: OrderStatus | null;
  to: OrderStatus;
  at: Date;
  by: string | null;
  reason: string | null;
}

export function viewOf(order: Order): OrderView {
  return {
    id: order.id,
    number: order.number,
    userId: order.userId,
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

/** A line as views and events carry it, copied from the entity, a view or an event (older ones lack productId). */
export function lineView(line: Omit<OrderLineView, "productId"> & { productId?: string | null }): OrderLineView {
  return {
    variantId: line.variantId,
    productId: line.productId ?? null,
    productName: line.productName,
    variantTitle: line.variantTitle,
    sku: line.sku,
    unitPriceCents: line.unitPriceCents,
    quantity: line.quantity,
    lineTotalCents: line.lineTotalCents,
  };
}

export function transitionView(row: OrderTransition): TransitionView {
  return { orderId: row.order.id, from: row.fromStatus, to: row.toStatus, at: row.at, by: row.by, reason: row.reason };
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

/** An order's history (oldest first) up to and including the change `asOf` names; all of it if none matches. */
export function historyAsOf(history: TransitionView[], asOf: OrderView["asOf"]): TransitionView[] {
  if (!asOf) return history;
  const last = history.findIndex((entry) => entry.to === asOf.to && entry.at.getTime() === asOf.at.getTime());
  return last === -1 ? history : history.slice(0, last + 1);
}

export interface OrderFilter {
  ids?: readonly string[];
  userId?: string;
  status?: OrderStatus;
  createdFrom?: Date;
  createdTo?: Date;
}

/** Newest first; `after` is the (createdAt, id) of the last order of the previous page. */
export interface OrderPageRequest {
  limit: number;
  after?: { createdAt: Date; id: string };
}

/** The WHERE clause of a filter; never empty. */
function filterSql(filter: OrderFilter): Sql {
  const clauses: Sql[] = [];
  if (filter.ids) clauses.push(filter.ids.length ? sql`o.id = any(${uuidArray(filter.ids)})` : sql`false`);
  if (filter.userId) clauses.push(sql`o.user_id = ${filter.userId}`);
  if (filter.status) clauses.push(sql`o.status = ${filter.status}`);
  if (filter.createdFrom) clauses.push(sql`o.created_at >= ${filter.createdFrom}`);
  if (filter.createdTo) clauses.push(sql`o.created_at < ${filter.createdTo}`);
  return clauses.length ? joinSql(clauses, " and ") : sql`true`;
}

/** An order row `o` with its lines as one JSON object; `parseOrder` reads it back. */
export const ORDER_JSON = sql`json_build_object(
  'id', o.id, 'number', o.number, 'userId', o.user_id, 'status', o.status, 'currency', o.currency,
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
 * (a correlated subquery on the order_lines index), so a page never costs a query per order.
 */
export async function loadOrders(
  em: EntityManager,
  filter: OrderFilter,
  page?: OrderPageRequest,
): Promise<OrderView[]> {
  const after = page?.after ? sql` and (o.created_at, o.id) < (${page.after.createdAt}, ${page.after.id})` : emptySql;
  const order = page ? sql` order by o.created_at desc, o.id desc limit ${page.limit}` : emptySql;
  const rows = await query<{ order: OrderJson }>(
    em,
    sql`select ${ORDER_JSON} as "order" from orders o where ${filterSql(filter)}${after}${order}`,
  );
  return rows.map(({ order }) => parseOrder(order));
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
