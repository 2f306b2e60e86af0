import { LockMode } from "@mikro-orm/core";
import { intArray, query, sql, textArray, uuidArray, type EntityManager } from "@shopgraph/subgraph";
import type { CartLineView, CartView } from "../domain/cart.js";
import { CartLine } from "../entities/index.js";

/** A cart line to write, with the price the shopper is shown now (null: products does not know it). */
export interface StoredLine {
  variantId: string;
  quantity: number;
  priceCents: number | null;
  currency: string | null;
}

/** Any two int4s; this pair's first half keeps cart locks apart from other advisory locks. */
const CART_LOCK_SPACE = 0x4361;

export async function readCart(em: EntityManager, userId: string): Promise<CartView> {
  const rows = await em.find(CartLine, { userId }, { orderBy: { createdAt: "asc", variantId: "asc" } });
  return { userId, lines: rows.map(({ variantId, quantity, createdAt }) => ({ variantId, quantity, createdAt })) };
}

/** Holds the user's cart lock until the transaction `tx` ends (see Carts for why). */
export async function lockCart(tx: EntityManager, userId: string): Promise<void> {
  await query(tx, sql`select pg_advisory_xact_lock(${CART_LOCK_SPACE}, hashtext(${userId}))`);
}

/** Locks the line of `variantId` (FOR UPDATE), if the cart has one, until the transaction `tx` ends. */
export async function lockCartLine(tx: EntityManager, userId: string, variantId: string): Promise<void> {
  await tx.findOne(CartLine, { userId, variantId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
}

/** How many lines were removed (0 or 1). */
export function deleteCartLine(em: EntityManager, userId: string, variantId: string): Promise<number> {
  return em.nativeDelete(CartLine, { userId, variantId });
}

export async function deleteCart(em: EntityManager, userId: string): Promise<void> {
  await em.nativeDelete(CartLine, { userId });
}

/**
 * Sets the lines' quantities in one statement, with the price the shopper is shown now (what a
 * checkout compares against); returns the lines as stored.
 */
export async function upsertCartLines(
  em: EntityManager,
  userId: string,
  lines: readonly StoredLine[],
): Promise<CartLineView[]> {
  if (lines.length === 0) return [];
  const ids = uuidArray(lines.map((line) => line.variantId));
  const quantities = intArray(lines.map((line) => line.quantity));
  const prices = intArray(lines.map((line) => line.priceCents));
  const currencies = textArray(lines.map((line) => line.currency));
  const rows = await query<{ variant_id: string; quantity: number; created_at: string }>(
    em,
    sql`insert into cart_lines (user_id, variant_id, quantity, created_at, updated_at, seen_price_cents, seen_currency)
        select ${userId}, l.variant_id, l.quantity, now(), now(), l.price_cents, l.currency
        from unnest(${ids}, ${quantities}, ${prices}, ${currencies}) as l(variant_id, quantity, price_cents, currency)
        on conflict (user_id, variant_id) do update
        set quantity = excluded.quantity, updated_at = now(),
            seen_price_cents = excluded.seen_price_cents, seen_currency = excluded.seen_currency
        returning variant_id, quantity, created_at`,
  );
  return rows.map((row) => ({
    variantId: row.variant_id,
    quantity: row.quantity,
    createdAt: new Date(row.created_at),
  }));
}
