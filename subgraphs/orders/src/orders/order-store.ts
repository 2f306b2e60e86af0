import { eventEnvelope, type AddressData, type EntityManager } from "@shopgraph/common";
import { ORDER_NUMBER_PREFIX } from "../domain/order-id.js";
import { INITIAL_STATUS } from "../domain/order-state.js";
import { orderData } from "./order-data.js";
import { CHECKOUT_LEASE_SECONDS } from "./stock-releases.js";
import { ORDER_JSON, parseOrder, type OrderJson, type OrderLineView, type OrderView } from "./read-model.js";

export interface CheckoutStart {
  /** The order this checkout already made (a repeated or racing request), if any. */
  existing: OrderView | null;
  cart: Array<{ variantId: string; quantity: number }>;
}

/**
 * What a checkout needs first, in one statement: the order of its id, if any, and the cart. When
 * there is no such order and the cart has lines, the same statement writes the stock guard the
 * checkout must hold before it reserves (see StockReleases).
 */
export async function startCheckout(em: EntityManager, orderId: string, userId: string): Promise<CheckoutStart> {
  const [row] = await em.execute<{ order: OrderJson | null; cart: CheckoutStart["cart"] }[]>(
    `with guard as (
       insert into stock_releases (order_id, requested_at, attempts, next_attempt_at)
       select ?, now(), 0, now() + make_interval(secs => ?)
       where not exists (select 1 from orders where id = ?) and exists (select 1 from cart_lines where user_id = ?)
       on conflict (order_id) do nothing
     )
     select (select ${ORDER_JSON} from orders o where o.id = ?) as "order",
            coalesce((select json_agg(json_build_object('variantId', c.variant_id, 'quantity', c.quantity)
                                      order by c.created_at, c.variant_id)
                      from cart_lines c where c.user_id = ?), '[]'::json) as cart`,
    [orderId, CHECKOUT_LEASE_SECONDS, orderId, userId, orderId, userId],
  );
  return { existing: row?.order ? parseOrder(row.order) : null, cart: row?.cart ?? [] };
}

export interface NewOrder {
  id: string;
  userId: string;
  idempotencyKey: string;
  currency: string;
  subtotalCents: number;
  totalCents: number;
  shippingAddress: AddressData;
  lines: OrderLineView[];
  placedAt: Date;
  expiresAt: Date;
}

/**
 * Stores a placed order in ONE statement, so atomically and in one round trip: it takes the
 * checkout's stock guard over (see StockReleases), then inserts the order with a number from
 * the sequence, its lines, the first history entry and its `order.placed` outbox row, and takes
 * the ordered lines out of the cart. Nothing is written unless the guard was there to take
 * (a release of the stock has begun, or a twin request took it first): then it returns null.
 */
export async function insertPlacedOrder(em: EntityManager, order: NewOrder): Promise<OrderView | null> {
  const view: OrderView = {
    id: order.id,
    number: "",
    userId: order.userId,
    status: INITIAL_STATUS,
    currency: order.currency,
    subtotalCents: order.subtotalCents,
    totalCents: order.totalCents,
    shippingAddress: order.shippingAddress,
    lines: order.lines,
    createdAt: order.placedAt,
    updatedAt: order.placedAt,
    paidAt: null,
    expiresAt: order.expiresAt,
    shipment: null,
  };
  // The number comes from the sequence inside the statement; the event gets it there too.
  const envelope = eventEnvelope("order.placed", orderData(view));
  const lines = order.lines.map((line, position) => ({ position, ...line }));
  const rows = await em.execute<{ number: string }[]>(
    `with guard as (
       delete from stock_releases where order_id = ? and attempts = 0 returning order_id
     ), inserted as (
       insert into orders (id, number, user_id, idempotency_key, status, currency, subtotal_cents, total_cents,
                           shipping_address, created_at, updated_at, paid_at, expires_at)
       select guard.order_id, ? || nextval('order_number_seq'), ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, null, ?
       from guard
       returning id, number
     ), order_lines_inserted as (
       insert into order_lines (id, order_id, position, variant_id, product_id, product_name, variant_title, sku,
                                unit_price_cents, quantity, line_total_cents)
       select gen_random_uuid(), inserted.id, l.position, l."variantId", l."productId", l."productName",
              l."variantTitle", l.sku, l."unitPriceCents", l.quantity, l."lineTotalCents"
       from inserted cross join jsonb_to_recordset(?::jsonb) as l(
         position int, "variantId" uuid, "productId" uuid, "productName" text, "variantTitle" text, sku text,
         "unitPriceCents" int, quantity int, "lineTotalCents" int)
     ), history as (
       insert into order_transitions (order_id, from_status, to_status, at, by, reason)
       select inserted.id, null, ?, ?, ?, null from inserted
     ), event as (
       insert into outbox (id, type, aggregate_id, envelope)
       select ?, ?, inserted.id::text, jsonb_set(?::jsonb, '{data,number}', to_jsonb(inserted.number)) from inserted
     ), cart as (
       delete from cart_lines where user_id = ? and variant_id in (?) and exists (select 1 from inserted)
     )
     select number from inserted`,
    [
      order.id,
      ORDER_NUMBER_PREFIX,
      order.userId,
      order.idempotencyKey,
      INITIAL_STATUS,
      order.currency,
      order.subtotalCents,
      order.totalCents,
      JSON.stringify(order.shippingAddress),
      order.placedAt,
      order.placedAt,
      order.expiresAt,
      JSON.stringify(lines),
      INITIAL_STATUS,
      order.placedAt,
      order.userId,
      envelope.id,
      envelope.type,
      JSON.stringify(envelope),
      order.userId,
      order.lines.map((line) => line.variantId),
    ],
  );
  const number = rows[0]?.number;
  return number ? { ...view, number } : null;
}
