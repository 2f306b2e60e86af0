import type DataLoader from "dataloader";
import { isUuid, problem, reject, Rejection, type Problem } from "@shopgraph/kernel";
import { type EntityManager } from "@shopgraph/subgraph";
import type { CartLineRequest, CartLineView, CartView } from "../domain/cart.js";
import {
  checkLine,
  MAX_CART_LINE_QUANTITY,
  MAX_CART_LINES,
  mergedQuantity,
  validQuantity,
  type VariantOffer,
} from "../domain/cart-rules.js";
import type { CartErrorCode } from "../domain/errors.js";
import { MAX_AMOUNT_CENTS } from "../domain/pricing.js";
import type { Products } from "../adapters/products-client.js";
import { deleteCart, deleteCartLine, lockCart, lockCartLine, readCart, upsertCartLines } from "../store/cart-store.js";

export type VariantLoader = DataLoader<string, VariantOffer | null>;

/** Merged guest carts beyond this are a client bug, not a shopper's cart. */
export const MAX_MERGE_LINES = 100;

const refuse = (code: CartErrorCode, message: string, field?: readonly string[]): never =>
  reject<CartErrorCode>(code, message, field);

const notInCart = () => refuse("NOT_IN_CART", "This item is not in the cart", ["variantId"]);
const invalidQuantity = (field: readonly string[]) =>
  problem<CartErrorCode>("INVALID_QUANTITY", `quantity must be between 1 and ${MAX_CART_LINE_QUANTITY}`, field);

/**
 * Runs a read-check-write of the user's cart in a transaction holding that cart's lock: two adds
 * at once (a double tap, two tabs) would otherwise both read the same line and store the same
 * sum, losing one, and limits checked on what each read could be passed together. Adds and
 * updates also lock their line against a checkout storing its order (see viewLockingLine); a
 * merge, made at sign-in, before any checkout of that cart, does not.
 */
function withCartLocked<T>(em: EntityManager, userId: string, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return em.transactional(async (tx) => {
    await lockCart(tx, userId);
    return work(tx);
  });
}

/**
 * The cart, with the line of `variantId` locked (FOR UPDATE) until the transaction ends: a
 * checkout storing its order (which takes the lines it claimed out of the cart) waits for the
 * quantity computed from this read, or this read waits for the order and sees what it left, so
 * an add never writes back units that were just ordered. One line only: a request that locked
 * several could deadlock with a checkout claiming them in another order.
 */
async function viewLockingLine(tx: EntityManager, userId: string, variantId: string): Promise<CartView> {
  await lockCartLine(tx, userId, variantId);
  return readCart(tx, userId);
}

/**
 * Cart use cases. Each reads the cart once and asks products about every variant involved in
 * one batched call (the request's loader, which the cart's fields then reuse), and changes
 * nothing when it answers with userErrors. Those that read before they write hold the cart's lock.
 */
export class Carts {
  constructor(private readonly products: Pick<Products, "variants">) {}

  view(em: EntityManager, userId: string): Promise<CartView> {
    return readCart(em, userId);
  }

  /** What products offers for these variants now (price, stock, on sale), in one call; unknown ones are left out. */
  offers(variantIds: readonly string[]): Promise<VariantOffer[]> {
    return this.products.variants(variantIds.filter(isUuid));
  }

  async add(em: EntityManager, variants: VariantLoader, userId: string, variantId: string, quantity: number) {
    if (!validQuantity(quantity)) throw rejection(invalidQuantity(["quantity"]));
    if (!isUuid(variantId)) refuse("VARIANT_NOT_FOUND", "No product variant has this id", ["variantId"]);
    const id = variantId.toLowerCase();
    return withCartLocked(em, userId, async (tx) => {
      const cart = await viewLockingLine(tx, userId, id);
      const offers = await this.offersFor(variants, cart, [id]);
      const current = cart.lines.find((line) => line.variantId === id);
      if (!current && cart.lines.length >= MAX_CART_LINES) {
        refuse("CART_FULL", `A cart holds at most ${MAX_CART_LINES} different items`, ["variantId"]);
      }
      const wanted = (current?.quantity ?? 0) + quantity;
      this.check(offers, cart, id, wanted, ["quantity"]);
      const stored = await this.store(tx, userId, [{ variantId: id, quantity: wanted }], offers);
      return withLines(cart, stored);
    });
  }

  async update(em: EntityManager, variants: VariantLoader, userId: string, variantId: string, quantity: number) {
    if (!validQuantity(quantity)) throw rejection(invalidQuantity(["quantity"]));
    if (!isUuid(variantId)) notInCart();
    const id = variantId.toLowerCase();
    return withCartLocked(em, userId, async (tx) => {
      const cart = await viewLockingLine(tx, userId, id);
      if (!cart.lines.some((line) => line.variantId === id)) notInCart();
      const offers = await this.offersFor(variants, cart, []);
      this.check(offers, cart, id, quantity, ["quantity"]);
      const stored = await this.store(tx, userId, [{ variantId: id, quantity }], offers);
      return withLines(cart, stored);
    });
  }

  async remove(em: EntityManager, userId: string, variantId: string): Promise<CartView> {
    if (!isUuid(variantId)) notInCart();
    const removed = await deleteCartLine(em, userId, variantId.toLowerCase());
    if (removed === 0) notInCart();
    return readCart(em, userId);
  }

  async clear(em: EntityManager, userId: string): Promise<CartView> {
    await deleteCart(em, userId);
    return { userId, lines: [] };
  }

  /**
   * Adds a guest cart to the shopper's: quantities add up, cut to the line maximum and to the
   * stock. Lines that cannot be added come back as `skipped` problems and the others are merged.
   */
  async merge(
    em: EntityManager,
    variants: VariantLoader,
    userId: string,
    lines: readonly CartLineRequest[],
  ): Promise<{ cart: CartView; skipped: Problem<CartErrorCode>[] }> {
    if (lines.length > MAX_MERGE_LINES) {
      refuse("TOO_MANY_LINES", `At most ${MAX_MERGE_LINES} lines can be merged at once`, ["lines"]);
    }
    const skipped: Problem<CartErrorCode>[] = [];
    const skip = (code: CartErrorCode, message: string, field: readonly string[]) =>
      skipped.push(problem(code, message, field));
    const incoming = new Map<string, { quantity: number; index: number }>();
    lines.forEach((line, index) => {
      const field = ["lines", String(index)];
      if (!validQuantity(line.quantity)) {
        skipped.push(invalidQuantity([...field, "quantity"]));
      } else if (!isUuid(line.variantId)) {
        skip("VARIANT_NOT_FOUND", "No product variant has this id", [...field, "variantId"]);
      } else {
        const id = line.variantId.toLowerCase();
        const seen = incoming.get(id);
        incoming.set(id, { quantity: (seen?.quantity ?? 0) + line.quantity, index: seen?.index ?? index });
      }
    });
    return withCartLocked(em, userId, async (tx) => {
      const cart = await readCart(tx, userId);
      const offers = await this.offersFor(variants, cart, [...incoming.keys()]);
      const currency = cartCurrency(cart, offers);
      const changes: CartLineRequest[] = [];
      let lineCount = cart.lines.length;
      for (const [variantId, { quantity, index }] of incoming) {
        const field = ["lines", String(index), "variantId"];
        const current = cart.lines.find((line) => line.variantId === variantId)?.quantity ?? 0;
        const line = checkLine(offers.get(variantId) ?? null, 1);
        if (!line.ok) {
          for (const found of line.problems) skip(found.code, found.message, field);
          continue;
        }
        const offer = line.value;
        if (currency && offer.currency !== currency) {
          skip("CURRENCY_MISMATCH", "This item is priced in another currency than the cart", field);
          continue;
        }
        if (current === 0 && lineCount >= MAX_CART_LINES) {
          skip("CART_FULL", `A cart holds at most ${MAX_CART_LINES} different items`, field);
          continue;
        }
        const merged = mergedQuantity(current, quantity, offer);
        if (merged < current + quantity) {
          skip("QUANTITY_REDUCED", `Only ${merged} of this item could be in the cart`, [
            "lines",
            String(index),
            "quantity",
          ]);
        }
        if (merged === current) continue;
        if (
          cartTotalCents(withLines(cart, changes.map(asLine)), offers, { variantId, quantity: merged }) >
          MAX_AMOUNT_CENTS
        ) {
          skip("AMOUNT_TOO_LARGE", "The cart total would be larger than one order may be", field);
          continue;
        }
        if (current === 0) lineCount += 1;
        changes.push({ variantId, quantity: merged });
      }
      const stored = await this.store(tx, userId, changes, offers);
      skipped.sort((a, b) => Number(a.field?.[1]) - Number(b.field?.[1]));
      return { cart: withLines(cart, stored), skipped };
    });
  }

  /** Every variant of the cart and the `extra` ones, in one call to products. */
  private async offersFor(
    variants: VariantLoader,
    cart: CartView,
    extra: string[],
  ): Promise<Map<string, VariantOffer>> {
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
    const line = checkLine(offers.get(variantId) ?? null, quantity);
    if (!line.ok) {
      throw rejection(
        ...line.problems.map((found) => {
          const aboutQuantity = found.code === "INVALID_QUANTITY" || found.code === "OUT_OF_STOCK";
          return problem(found.code, found.message, aboutQuantity ? quantityField : ["variantId"]);
        }),
      );
    }
    const currency = cartCurrency({ ...cart, lines: cart.lines.filter((l) => l.variantId !== variantId) }, offers);
    if (currency && line.value.currency !== currency) {
      refuse("CURRENCY_MISMATCH", "This item is priced in another currency than the cart", ["variantId"]);
    }
    if (cartTotalCents(cart, offers, { variantId, quantity }) > MAX_AMOUNT_CENTS) {
      refuse("AMOUNT_TOO_LARGE", "The cart total would be larger than one order may be", quantityField);
    }
  }

  /** Writes the lines with the price the shopper is shown now (what a checkout compares against). */
  private store(
    em: EntityManager,
    userId: string,
    lines: readonly CartLineRequest[],
    offers: Map<string, VariantOffer>,
  ): Promise<CartLineView[]> {
    return upsertCartLines(
      em,
      userId,
      lines.map((line) => ({
        ...line,
        priceCents: offers.get(line.variantId)?.priceCents ?? null,
        currency: offers.get(line.variantId)?.currency ?? null,
      })),
    );
  }
}

function rejection(...problems: Problem<CartErrorCode>[]): Rejection<CartErrorCode> {
  return new Rejection(problems);
}

/** The cart's total at current prices with one line set to `change`'s quantity. */
function cartTotalCents(cart: CartView, offers: Map<string, VariantOffer>, change: CartLineRequest): number {
  const lines = [...cart.lines.filter((line) => line.variantId !== change.variantId), change];
  return lines.reduce((sum, line) => sum + (offers.get(line.variantId)?.priceCents ?? 0) * line.quantity, 0);
}

const asLine = (line: CartLineRequest): CartLineView => ({ ...line, createdAt: new Date() });

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
