import { randomUUID } from "node:crypto";
import { intArray, query, sql, textArray, uuidArray, type EntityManager } from "@shopgraph/subgraph";
import type { CartLineView, CartRef, CartView } from "../domain/cart.js";

/** A cart line to write, with the price the shopper is shown now (null: products does not know it). */
export interface StoredLine {
  variantId: string;
  quantity: number;
  priceCents: number | null;
  currency: string | null;
}

interface LineRow {
  id: string;
  variant_id: string;
  quantity: number;
  created_at: string | Date;
}

const lineOf = (row: LineRow): CartLineView => ({
  id: row.id,
  variantId: row.variant_id,
  quantity: row.quantity,
  createdAt: new Date(row.created_at),
});

/** A new cart id: a UUID v4 from node's CSPRNG, since a guest cart's id is its only key. */
export const newCartId = (): string => randomUUID();

export async function findCart(em: EntityManager, cartId: string): Promise<CartRef | null> {
  const [row] = await query<{ id: string; user_id: string | null }>(
    em,
    sql`select id, user_id from carts where id = ${cartId}`,
  );
  return row ? { id: row.id, userId: row.user_id } : null;
}

/** The line of `lineId` and who its cart is; null when there is no such line. */
export async function findCartLine(
  em: EntityManager,
  lineId: string,
): Promise<{ cart: CartRef; line: CartLineView } | null> {
  const [row] = await query<LineRow & { cart_id: string; user_id: string | null }>(
    em,
    sql`select l.id, l.variant_id, l.quantity, l.created_at, c.id as cart_id, c.user_id
        from cart_lines l join carts c on c.id = l.cart_id where l.id = ${lineId}`,
  );
  return row ? { cart: { id: row.cart_id, userId: row.user_id }, line: lineOf(row) } : null;
}

export async function findAccountCart(em: EntityManager, userId: string): Promise<CartRef | null> {
  const [row] = await query<{ id: string }>(em, sql`select id from carts where user_id = ${userId}`);
  return row ? { id: row.id, userId } : null;
}

/** The user's account cart, created (empty) if they have none; safe when two requests race to create it. */
export async function ensureAccountCart(em: EntityManager, userId: string): Promise<CartRef> {
  const [created] = await query<{ id: string }>(
    em,
    sql`insert into carts (id, user_id, created_at, updated_at) values (${newCartId()}, ${userId}, now(), now())
        on conflict (user_id) do nothing returning id`,
  );
  if (created) return { id: created.id, userId };
  // Another request created it; this statement sees its commit.
  const existing = await findAccountCart(em, userId);
  if (!existing) throw new Error("the account cart vanished while it was being created");
  return existing;
}

export async function insertGuestCart(em: EntityManager): Promise<CartRef> {
  const id = newCartId();
  await query(em, sql`insert into carts (id, user_id, created_at, updated_at) values (${id}, null, now(), now())`);
  return { id, userId: null };
}

export async function readCart(em: EntityManager, cart: CartRef): Promise<CartView> {
  const rows = await query<LineRow>(
    em,
    sql`select id, variant_id, quantity, created_at from cart_lines where cart_id = ${cart.id}
        order by created_at, variant_id`,
  );
  return { id: cart.id, userId: cart.userId, lines: rows.map(lineOf) };
}

/**
 * Locks the cart's row until the transaction `tx` ends and marks it touched; null when there is
 * no such cart (any more). Every change of a cart's lines holds it, and so does a checkout storing
 * its order (insertPlacedOrder), so a read-check-write of the lines never interleaves with another.
 */
export async function lockCart(tx: EntityManager, cartId: string): Promise<CartRef | null> {
  const [row] = await query<{ id: string; user_id: string | null }>(
    tx,
    sql`update carts set updated_at = now() where id = ${cartId} returning id, user_id`,
  );
  return row ? { id: row.id, userId: row.user_id } : null;
}

/** Removes these lines of the cart; how many were removed. */
export async function deleteCartLines(em: EntityManager, cartId: string, lineIds: readonly string[]): Promise<number> {
  const rows = await query<{ id: string }>(
    em,
    sql`delete from cart_lines where cart_id = ${cartId} and id = any(${uuidArray(lineIds)}) returning id`,
  );
  return rows.length;
}

/** How many lines were removed (0 or 1). */
export async function deleteCartLineOfVariant(em: EntityManager, cartId: string, variantId: string): Promise<number> {
  const rows = await query<{ id: string }>(
    em,
    sql`delete from cart_lines where cart_id = ${cartId} and variant_id = ${variantId} returning id`,
  );
  return rows.length;
}

export async function deleteCartLinesAll(em: EntityManager, cartId: string): Promise<void> {
  await query(em, sql`delete from cart_lines where cart_id = ${cartId}`);
}

/** Deletes the cart and its lines. */
export async function deleteCart(em: EntityManager, cartId: string): Promise<void> {
  await query(em, sql`delete from carts where id = ${cartId}`);
}

/**
 * Deletes up to `limit` guest carts untouched since `before` (their lines go with them); how
 * many. A cart being changed holds its row's lock and moves updated_at, so it is left alone.
 */
export async function deleteAbandonedGuestCarts(em: EntityManager, before: Date, limit: number): Promise<number> {
  const rows = await query<{ id: string }>(
    em,
    sql`delete from carts where id in (
          select id from carts where user_id is null and updated_at < ${before}
          order by updated_at limit ${limit} for update skip locked)
        returning id`,
  );
  return rows.length;
}

/**
 * Sets the lines' quantities in one statement, with the price the shopper is shown now (what a
 * checkout compares against); returns the lines as stored. New lines written together are a
 * microsecond apart, so the cart (oldest first) shows them in the order they were given.
 */
export async function upsertCartLines(
  em: EntityManager,
  cartId: string,
  lines: readonly StoredLine[],
): Promise<CartLineView[]> {
  if (lines.length === 0) return [];
  const ids = uuidArray(lines.map((line) => line.variantId));
  const quantities = intArray(lines.map((line) => line.quantity));
  const prices = intArray(lines.map((line) => line.priceCents));
  const currencies = textArray(lines.map((line) => line.currency));
  const rows = await query<LineRow>(
    em,
    sql`insert into cart_lines (id, cart_id, variant_id, quantity, created_at, updated_at, seen_price_cents, seen_currency)
        select gen_random_uuid(), ${cartId}, l.variant_id, l.quantity,
               now() + make_interval(secs => l.position / 1e6), now(), l.price_cents, l.currency
        from unnest(${ids}, ${quantities}, ${prices}, ${currencies})
             with ordinality as l(variant_id, quantity, price_cents, currency, position)
        on conflict (cart_id, variant_id) do update
        set quantity = excluded.quantity, updated_at = now(),
            seen_price_cents = excluded.seen_price_cents, seen_currency = excluded.seen_currency
        returning id, variant_id, quantity, created_at`,
  );
  return rows.map(lineOf);
}
