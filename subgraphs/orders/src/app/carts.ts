import { LockMode } from "@mikro-orm/core";
import type DataLoader from "dataloader";
import {
  fail,
  intArray,
  isUuid,
  query,
  sql,
  textArray,
  userError,
  uuidArray,
  type EntityManager,
  type UserError,
} from "@shopgraph/common";
import { checkLine, MAX_CART_LINES, MAX_LINE_QUANTITY, mergedQuantity, validQuantity } from "../domain/cart-rules.js";
import { MAX_AMOUNT_CENTS } from "../domain/pricing.js";
import { CartLine } from "../entities/index.js";
import type { VariantOffer } from "../adapters/products-client.js";

/** A cart as stored: which variants, how many. Prices come from products when it is shown. */
export interface CartView {
  userId: string;
  lines: CartLineView[];
}

export interface CartLineView {
  variantId: string;
  quantity: number;
  createdAt: Date;
}

export type VariantLoader = DataLoader<string, VariantOffer | null>;

export interface MergeLine {
  variantId: string;
  quantity: number;
}

/** Merged guest carts beyond this are a client bug, not a shopper's cart. */
export const MAX_MERGE_LINES = 100;

const notInCart = () => fail("NOT_IN_CART", "This item is not in the cart", ["variantId"]);

/** Any two int4s; this pair's first half keeps cart locks apart from other advisory locks. */
const CART_LOCK_SPACE = 0x4361;

/**
 * Runs a read-check-write of the user's cart in a transaction holding that cart's lock: two adds
 * at once (a double tap, two tabs) would otherwise both read the same line and store the same
 * sum, losing one, and limits checked on what each read could be passed together. Adds and
 * updates also lock their line against a checkout storing its order (see viewLockingLine); a
 * merge, made at sign-in, before any checkout of that cart, does not.
 */
function withCartLocked<T>(em: EntityManager, userId: string, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return em.transactional(async (tx) => {
    await query(tx, sql`select pg_advisory_xact_lock(${CART_LOCK_SPACE}, hashtext(${userId}))`);
    return work(tx);
  });
}

/**
 * Cart use cases. Each reads the cart once and asks products about every variant involved in
 * one batched call (the request's loader, which the cart's fields then reuse), and changes
 * nothing when it answers with userErrors. Those that read before they write hold the cart's lock.
 */
export class Carts {
  async view(em: EntityManager, userId: string): Promise<CartView> {
    const rows = await em.find(CartLine, { userId }, { orderBy: { createdAt: "asc", variantId: "asc" } });
    return { userId, lines: rows.map(({ variantId, quantity, createdAt }) => ({ variantId, quantity, createdAt })) };
  }

  /**
   * The cart, with the line of `variantId` locked (FOR UPDATE) until the transaction ends: a
   * checkout storing its order (which takes the lines it claimed out of the cart) waits for the
   * quantity computed from this read, or this read waits for the order and sees what it left, so
   * an add never writes back units that were just ordered. One line only: a request that locked
   * several could deadlock with a checkout claiming them in another order.
   */
  private async viewLockingLine(tx: EntityManager, userId: string, variantId: string): Promise<CartView> {
    await tx.findOne(CartLine, { userId, variantId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    return this.view(tx, userId);
  }

  async add(em: EntityManager, variants: VariantLoader, userId: string, variantId: string, quantity: number) {
    if (!validQuantity(quantity)) {
      fail("INVALID_QUANTITY", `quantity must be between 1 and ${MAX_LINE_QUANTITY}`, ["quantity"]);
    }
    if (!isUuid(variantId)) fail("VARIANT_NOT_FOUND", "No product variant has this id", ["variantId"]);
    const id = variantId.toLowerCase();
    return withCartLocked(em, userId, async (tx) => {
      const cart = await this.viewLockingLine(tx, userId, id);
      const offers = await this.offers(variants, cart, [id]);
      const current = cart.lines.find((line) => line.variantId === id);
      if (!current && cart.lines.length >= MAX_CART_LINES) {
        fail("CART_FULL", `A cart holds at most ${MAX_CART_LINES} different items`, ["variantId"]);
      }
      const wanted = (current?.quantity ?? 0) + quantity;
      this.check(offers, cart, id, wanted, ["quantity"]);
      const stored = await this.store(tx, userId, [{ variantId: id, quantity: wanted }], offers);
      return withLines(cart, stored);
    });
  }

  async update(em: EntityManager, variants: VariantLoader, userId: string, variantId: string, quantity: number) {
    if (!validQuantity(quantity)) {
      fail("INVALID_QUANTITY", `quantity must be between 1 and ${MAX_LINE_QUANTITY}`, ["quantity"]);
    }
    if (!isUuid(variantId)) notInCart();
    const id = variantId.toLowerCase();
    return withCartLocked(em, userId, async (tx) => {
      const cart = await this.viewLockingLine(tx, userId, id);
      if (!cart.lines.some((line) => line.variantId === id)) notInCart();
      const offers = await this.offers(variants, cart, []);
      this.check(offers, cart, id, quantity, ["quantity"]);
      const stored = await this.store(tx, userId, [{ variantId: id, quantity }], offers);
      return withLines(cart, stored);
    });
  }

  async remove(em: EntityManager, userId: string, variantId: string): Promise<CartView> {
    if (!isUuid(variantId)) notInCart();
    const id = variantId.toLowerCase();
    const removed = await em.nativeDelete(CartLine, { userId, variantId: id });
    if (removed === 0) notInCart();
    return this.view(em, userId);
  }

  async clear(em: EntityManager, userId: string): Promise<CartView> {
    await em.nativeDelete(CartLine, { userId });
    return { userId, lines: [] };
  }

  /**
   * Adds a guest cart to the shopper's: quantities add up, cut to the line maximum and to the
   * stock. Lines that cannot be added are reported in userErrors and the others are merged.
   */
  async merge(
    em: EntityManager,
    variants: VariantLoader,
    userId: string,
    lines: readonly MergeLine[],
  ): Promise<{ cart: CartView; userErrors: UserError[] }> {
    if (lines.length > MAX_MERGE_LINES) {
      fail("TOO_MANY_LINES", `At most ${MAX_MERGE_LINES} lines can be merged at once`, ["lines"]);
    }
    const userErrors: UserError[] = [];
    const incoming = new Map<string, { quantity: number; index: number }>();
    lines.forEach((line, index) => {
      const field = ["lines", String(index)];
      if (!validQuantity(line.quantity)) {
        userErrors.push(
          userError("INVALID_QUANTITY", `quantity must be between 1 and ${MAX_LINE_QUANTITY}`, [...field, "quantity"]),
        );
      } else if (!isUuid(line.variantId)) {
        userErrors.push(userError("VARIANT_NOT_FOUND", "No product variant has this id", [...field, "variantId"]));
      } else {
        const id = line.variantId.toLowerCase();
        const seen = incoming.get(id);
        incoming.set(id, { quantity: (seen?.quantity ?? 0) + line.quantity, index: seen?.index ?? index });
      }
    });
    return withCartLocked(em, userId, async (tx) => {
      const cart = await this.view(tx, userId);
      const offers = await this.offers(variants, cart, [...incoming.keys()]);
      const currency = cartCurrency(cart, offers);
      const changes: MergeLine[] = [];
      let lineCount = cart.lines.length;
      for (const [variantId, { quantity, index }] of incoming) {
        const field = ["lines", String(index), "variantId"];
        const offer = offers.get(variantId) ?? null;
        const current = cart.lines.find((line) => line.variantId === variantId)?.quantity ?? 0;
        const problem = checkLine(offer, 1);
        if (!problem.ok) {
          userErrors.push(userError(problem.code, problem.message, field));
          continue;
        }
        if (currency && offer!.currency !== currency) {
          userErrors.push(
            userError("CURRENCY_MISMATCH", "This item is priced in another currency than the cart", field),
          );
          continue;
        }
        if (current === 0 && lineCount >= MAX_CART_LINES) {
          userErrors.push(userError("CART_FULL", `A cart holds at most ${MAX_CART_LINES} different items`, field));
          continue;
        }
        const merged = mergedQuantity(current, quantity, offer!);
        if (merged < current + quantity) {
          userErrors.push(
            userError("QUANTITY_REDUCED", `Only ${merged} of this item could be in the cart`, [
              "lines",
              String(index),
              "quantity",
            ]),
          );
        }
        if (merged === current) continue;
        if (
          cartTotalCents(withLines(cart, changes.map(asLine)), offers, { variantId, quantity: merged }) >
          MAX_AMOUNT_CENTS
        ) {
          userErrors.push(userError("AMOUNT_TOO_LARGE", "The cart total would be larger than one order may be", field));
          continue;
        }
        if (current === 0) lineCount += 1;
        changes.push({ variantId, quantity: merged });
      }
      const stored = await this.store(tx, userId, changes, offers);
      userErrors.sort((a, b) => Number(a.field?.[1]) - Number(b.field?.[1]));
      return { cart: withLines(cart, stored), userErrors };
    });
  }

  /** Every variant of the cart and the `extra` ones, in one call to products. */
  private async offers(variants: VariantLoader, cart: CartView, extra: string[]): Promise<Map<string, VariantOffer>> {
    const ids = [...new Set([...cart.lines.map((line) => line.variantId), ...extra])];
    const offers = new Map<string, VariantOffer>();
    for (const offer of await variants.loadMany(ids)) {
      // Products did not answer: that is no reason to call a variant unknown.
      if (offer instanceof Error) throw offer;
      if (offer) offers.set(offer.id, offer);
    }
    return offers;
  }

  private check(
    offers: Map<string, VariantOffer>,
    cart: CartView,
    variantId: string,
    quantity: number,
    quantityField: string[],
  ): void {
    const offer = offers.get(variantId) ?? null;
    const line = checkLine(offer, quantity);
    if (!line.ok) {
      const aboutQuantity = line.code === "INVALID_QUANTITY" || line.code === "OUT_OF_STOCK";
      fail(line.code, line.message, aboutQuantity ? quantityField : ["variantId"]);
    }
    const currency = cartCurrency({ ...cart, lines: cart.lines.filter((l) => l.variantId !== variantId) }, offers);
    if (currency && offer!.currency !== currency) {
      fail("CURRENCY_MISMATCH", "This item is priced in another currency than the cart", ["variantId"]);
    }
    if (cartTotalCents(cart, offers, { variantId, quantity }) > MAX_AMOUNT_CENTS) {
      fail("AMOUNT_TOO_LARGE", "The cart total would be larger than one order may be", quantityField);
    }
  }

  /**
   * Sets the lines' quantities in one statement, with the price the shopper is shown now (what a
   * checkout compares against); returns the lines as stored.
   */
  private async store(
    em: EntityManager,
    userId: string,
    lines: readonly MergeLine[],
    offers: Map<string, VariantOffer>,
  ): Promise<CartLineView[]> {
    if (lines.length === 0) return [];
    const ids = uuidArray(lines.map((line) => line.variantId));
    const quantities = intArray(lines.map((line) => line.quantity));
    const prices = intArray(lines.map((line) => offers.get(line.variantId)?.priceCents ?? null));
    const currencies = textArray(lines.map((line) => offers.get(line.variantId)?.currency ?? null));
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
}

/** The cart's total at current prices with one line set to `change`'s quantity. */
function cartTotalCents(cart: CartView, offers: Map<string, VariantOffer>, change: MergeLine): number {
  const lines = [...cart.lines.filter((line) => line.variantId !== change.variantId), change];
  return lines.reduce((sum, line) => sum + (offers.get(line.variantId)?.priceCents ?? 0) * line.quantity, 0);
}

const asLine = (line: MergeLine): CartLineView => ({ ...line, createdAt: new Date() });

/** The currency the cart's priced lines are in, if it has any. */
function cartCurrency(cart: CartView, offers: Map<string, VariantOffer>): string | undefined {
  for (const line of cart.lines) {
    const offer = offers.get(line.variantId);
    if (offer) return offer.currency;
  }
  return undefined;
}

function withLines(cart: CartView, stored: CartLineView[]): CartView {
  const lines = cart.lines.map((line) => stored.find((s) => s.variantId === line.variantId) ?? line);
  for (const line of stored) if (!cart.lines.some((l) => l.variantId === line.variantId)) lines.push(line);
  return { userId: cart.userId, lines };
}
