import { type AddressData } from "@shopgraph/kernel";
import { eventEnvelope, insertOutboxEvent } from "@shopgraph/messaging";
import { jsonb, queryPrepared, sql, type EntityManager } from "@shopgraph/subgraph";
import { ORDER_NUMBER_PREFIX } from "../domain/order-id.js";
import { INITIAL_STATUS } from "../domain/order-state.js";
import { orderData } from "../events/order-data.js";
import { CHECKOUT_LEASE_SECONDS } from "./stock-releases.js";
import type { OrderLineView, OrderView } from "../domain/order-view.js";
import { ORDER_JSON, parseOrder, type OrderJson } from "./read-model.js";

/** A cart line as a checkout takes it: what to reserve, and the price the shopper was shown. */
export interface CheckoutLine {
  variantId: string;
  quantity: number;
  seenPriceCents: number | null;
  seenCurrency: string | null;
}

/**
 * Where a checkout stands after its first statement:
 * - `existing`: the order of this id exists (a retried or racing request made it);
 * - `claimed`: this checkout holds the cart's lines and the stock guard (see StockReleases);
 * - `twin`: a request with the same key holds them; this one goes on with the same lines, and
 *   whichever stores the order first, both answer with it;
 * - `busy`: another checkout (another key) holds the cart;
 * - `empty`: there is nothing to order;
 * - `no_cart`: the shopper has no such cart (none yet, or the id given is not theirs).
 */
export type CheckoutStart =
  | { kind: "existing"; order: OrderView }
  | { kind: "claimed" | "twin"; cartId: string; lines: CheckoutLine[] }
  | { kind: "busy" | "empty" | "no_cart" };

/**
 * Which cart a checkout orders: the user's account cart, or their own cart of this id; for a guest
 * (`userId` null), the guest cart (no user) of this id, which it must give.
 */
export interface CheckoutCart {
  userId: string | null;
  cartId: string | null;
}

const CHECKOUT_LINE_JSON = sql`json_agg(json_build_object('variantId', variant_id, 'quantity', quantity,
  'seenPriceCents', seen_price_cents, 'seenCurrency', seen_currency) order by created_at, variant_id)`;

/**
 * What a checkout needs first, in one statement on the way that matters: the order of its id, if
 * any; else it finds the shopper's cart and claims every line of it for this order (unless a live checkout holds one)
 * and writes the stock guard it must hold before it reserves. The claim is a row-locking UPDATE,
 * so of concurrent checkouts of one cart exactly one gets the lines, whatever their keys.
 */
export async function startCheckout(
  em: EntityManager,
  orderId: string,
  { userId, cartId }: CheckoutCart,
): Promise<CheckoutStart> {
  const [row] = await queryPrepared<{
    order: OrderJson | null;
    lines: CheckoutLine[] | null;
    cart_id: string | null;
    seen: number;
  }>(
    em,
    sql`with existing as (
       select ${ORDER_JSON} as "order" from orders o where o.id = ${orderId}
     ), cart as (
       select id from carts
       where ${userId === null ? sql`user_id is null` : sql`user_id = ${userId}`}
         and ${cartId !== null ? sql`id = ${cartId}` : userId !== null ? sql`true` : sql`false`}
     ), claimed as (
       update cart_lines set checkout_order_id = ${orderId},
         checkout_until = now() + make_interval(secs => ${CHECKOUT_LEASE_SECONDS})
       where cart_id = (select id from cart) and not exists (select 1 from existing)
         and (checkout_order_id is null or checkout_until <= now())
         and not exists (select 1 from cart_lines held
                         where held.cart_id = (select id from cart) and held.checkout_order_id is not null
                           and held.checkout_until > now())
       returning variant_id, quantity, seen_price_cents, seen_currency, created_at
     ), guard as (
       insert into stock_releases (order_id, requested_at, attempts, next_attempt_at)
       select ${orderId}, now(), 0, now() + make_interval(secs => ${CHECKOUT_LEASE_SECONDS})
       where exists (select 1 from claimed)
       on conflict (order_id) do nothing
     )
     select (select "order" from existing) as "order", (select ${CHECKOUT_LINE_JSON} from claimed) as lines,
            (select id from cart) as cart_id,
            (select count(*)::int from cart_lines where cart_id = (select id from cart)) as seen`,
  );
  if (row?.order) return { kind: "existing", order: parseOrder(row.order) };
  // A cart is deleted only when it is a guest's (attached, or abandoned): never one a checkout may order.
  if (!row?.cart_id) return { kind: "no_cart" };
  // Fewer lines claimed than the statement's snapshot saw: a checkout that started just before
  // this one (invisible to that snapshot) took the others meanwhile. Taking what is left would
  // make a second checkout of the cart: let go of it, as a busy cart.
  if (row.lines?.length && row.lines.length < row.seen) {
    await unclaimCart(em, orderId, row.cart_id);
    return { kind: "busy" };
  }
  if (row.lines?.length) return { kind: "claimed", cartId: row.cart_id, lines: row.lines };
  return lookAgain(em, orderId, row.cart_id);
}

/**
 * Nothing was claimed. The first statement's snapshot may predate a racing request's commit, so
 * a second one, on the contended path only, tells an order just stored, a twin at work, another
 * checkout at work and an empty cart apart.
 */
async function lookAgain(em: EntityManager, orderId: string, cartId: string): Promise<CheckoutStart> {
  const [row] = await queryPrepared<{ order: OrderJson | null; lines: CheckoutLine[] | null; any_line: boolean }>(
    em,
    sql`select (select ${ORDER_JSON} from orders o where o.id = ${orderId}) as "order",
            (select ${CHECKOUT_LINE_JSON} from cart_lines
             where cart_id = ${cartId} and checkout_order_id = ${orderId} and checkout_until > now()) as lines,
            exists (select 1 from cart_lines where cart_id = ${cartId}) as any_line`,
  );
  if (row?.order) return { kind: "existing", order: parseOrder(row.order) };
  if (row?.lines?.length) return { kind: "twin", cartId, lines: row.lines };
  return { kind: row?.any_line ? "busy" : "empty" };
}

/** A checkout that did not store its order lets go of the cart's lines it claimed. */
export async function unclaimCart(em: EntityManager, orderId: string, cartId: string): Promise<void> {
  await queryPrepared(
    em,
    sql`update cart_lines set checkout_order_id = null, checkout_until = null
        where cart_id = ${cartId} and checkout_order_id = ${orderId}`,
  );
}

export interface NewOrder {
  id: string;
  /** Null for a guest's order, which has `guestEmail` instead. */
  userId: string | null;
  guestEmail: string | null;
  /** The cart checked out: what was ordered is taken out of it. */
  cartId: string;
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
 * Stores a placed order in ONE statement, so atomically and in one round trip: while the cart's
 * lines are still claimed for this order it takes the checkout's stock guard over (see
 * StockReleases), then inserts the order with a number from the sequence, its lines, the first
 * history entry and its `order.placed` outbox row, and takes what it ordered out of the cart: units
 * added to a claimed line while the checkout ran stay there, unclaimed. It takes the cart's row
 * lock first, as every change of the cart's lines does (see lockCart), so such a change either
 * finishes before it or reads what it left; it computes what stays from the lines as its claim
 * locked them (the newest), not as its snapshot, older than a change it waited for, saw them.
 * Nothing is written unless the claim and the guard were there to take (a release of the stock
 * has begun, a twin request stored the order first, or the claim lapsed and another checkout took
 * the cart): then it returns null.
 */
export async function insertPlacedOrder(em: EntityManager, order: NewOrder): Promise<OrderView | null> {
  const view: OrderView = {
    id: order.id,
    number: "",
    userId: order.userId,
    guestEmail: order.guestEmail,
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
  const rows = await queryPrepared<{ number: string }>(
    em,
    sql`with cart_lock as (
       select id from carts where id = ${order.cartId} for update
     ), claim as (
       select id, variant_id, quantity from cart_lines
       where cart_id = (select id from cart_lock) and checkout_order_id = ${order.id} for update
     ), guard as (
       delete from stock_releases where order_id = ${order.id} and attempts = 0 and (select count(*) from claim) > 0
       returning order_id
     ), inserted as (
       insert into orders (id, number, user_id, guest_email, idempotency_key, status, currency, subtotal_cents,
                           total_cents, shipping_address, created_at, updated_at, paid_at, expires_at)
       select guard.order_id, ${ORDER_NUMBER_PREFIX} || nextval('order_number_seq'), ${order.userId}::uuid,
              ${order.guestEmail}::text,
              ${order.idempotencyKey}, ${INITIAL_STATUS}, ${order.currency}, ${order.subtotalCents},
              ${order.totalCents}, ${jsonb(order.shippingAddress)}, ${order.placedAt}, ${order.placedAt}, null,
              ${order.expiresAt}
       from guard
       on conflict (id) do nothing
       returning id, number
     ), order_lines_inserted as (
       insert into order_lines (id, order_id, position, variant_id, product_id, product_name, variant_title, sku,
                                unit_price_cents, quantity, line_total_cents)
       select gen_random_uuid(), inserted.id, l.position, l."variantId", l."productId", l."productName",
              l."variantTitle", l.sku, l."unitPriceCents", l.quantity, l."lineTotalCents"
       from inserted cross join jsonb_to_recordset(${jsonb(lines)}) as l(
         position int, "variantId" uuid, "productId" uuid, "productName" text, "variantTitle" text, sku text,
         "unitPriceCents" int, quantity int, "lineTotalCents" int)
     ), history as (
       insert into order_transitions (order_id, from_status, to_status, at, by, reason)
       select inserted.id, null, ${INITIAL_STATUS}, ${order.placedAt}, ${order.userId}::uuid, null from inserted
     ), event as (
       ${insertOutboxEvent(envelope, {
         aggregateId: sql`inserted.id::text`,
         from: sql`inserted`,
         envelope: (stored) => sql`jsonb_set(${stored}, '{data,number}', to_jsonb(inserted.number))`,
       })}
     ), ordered as (
       select l."variantId" as variant_id, l.quantity from jsonb_to_recordset(${jsonb(lines)}) as l("variantId" uuid, quantity int)
     ), cart_kept as (
       update cart_lines c set quantity = claim.quantity - ordered.quantity, checkout_order_id = null, checkout_until = null
       from claim join ordered on ordered.variant_id = claim.variant_id
       where c.id = claim.id and claim.quantity > ordered.quantity and exists (select 1 from inserted)
     ), cart as (
       delete from cart_lines c using claim
       where c.id = claim.id and exists (select 1 from inserted)
         and not exists (select 1 from ordered where ordered.variant_id = claim.variant_id and claim.quantity > ordered.quantity)
     )
     select number from inserted`,
  );
  const number = rows[0]?.number;
  return number ? { ...view, number } : null;
}
