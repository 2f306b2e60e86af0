import type DataLoader from "dataloader";
import { isUuid, problem, ProblemList, Rejection, type Problem } from "@shopgraph/kernel";
import { type EntityManager } from "@shopgraph/subgraph";
import {
  mayUseCart,
  type CartLineRequest,
  type CartLineUpdate,
  type CartLineView,
  type CartRef,
  type CartView,
} from "../domain/cart.js";
import {
  checkLine,
  MAX_CART_LINE_QUANTITY,
  MAX_CART_LINES,
  mergedQuantity,
  validQuantity,
  type VariantOffer,
} from "../domain/cart-rules.js";
import { rejectCart, type CartErrorCode, type CartWarningCode } from "../domain/errors.js";
import { MAX_AMOUNT_CENTS } from "../domain/pricing.js";
import type { Products } from "../adapters/products-client.js";
import {
  deleteCart,
  deleteCartLineOfVariant,
  deleteCartLines,
  deleteCartLinesAll,
  ensureAccountCart,
  findAccountCart,
  findCart,
  findCartLine,
  insertGuestCart,
  lockCart,
  readCart,
  upsertCartLines,
} from "../store/cart-store.js";

export type VariantLoader = DataLoader<string, VariantOffer | null>;

/** Merged guest carts (and lines added at once) beyond this are a client bug, not a shopper's cart. */
export const MAX_MERGE_LINES = 100;

/** What a cart change did other than asked, though it succeeded; `target` is the line (or variant) concerned. */
export interface CartWarning {
  code: CartWarningCode;
  message: string;
  target: string | null;
}

/** A cart as a change left it, and what the change did other than asked. */
export interface CartChange {
  cart: CartView;
  warnings: CartWarning[];
}

const notInCart = () => rejectCart("NOT_IN_CART", "This item is not in the cart", ["variantId"]);
const cartNotFound = (field: readonly string[] = ["cartId"]) =>
  rejectCart("CART_NOT_FOUND", "No cart you may use has this id", field);
const invalidQuantity = (field: readonly string[], min = 1) =>
  problem<CartErrorCode>("INVALID_QUANTITY", `quantity must be between ${min} and ${MAX_CART_LINE_QUANTITY}`, field);

/** Incoming lines by variant: their summed quantity and the first input index that named it. */
type Incoming = Map<string, { quantity: number; index: number; count: number }>;

/** What merging incoming lines into a cart would do (see planMerge). */
interface MergePlan {
  changes: CartLineRequest[];
  /** Lines that cannot be added at all, with the input field they concern. */
  problems: Problem<CartErrorCode>[];
  /** Lines added with less than asked (cut to the stock or the per-line maximum). */
  reduced: { variantId: string; index: number; quantity: number }[];
  /** Variants that ended on a line together with other units (already in the cart, or named twice). */
  merged: string[];
}

/**
 * Cart use cases. A cart is known by its id: a guest's (no user) is anyone's who holds the id, an
 * account cart its owner's only; for anyone else it does not exist (CART_NOT_FOUND, never a hint
 * that it does). Each change reads the cart once holding its row lock (lockCart), so two changes
 * of one cart at once (a double tap, two tabs) never lose one, and limits are checked on what the
 * other left; it asks products about every variant involved in one batched call (the request's
 * loader, which the cart's fields then reuse) and changes nothing when it answers with userErrors.
 */
export class Carts {
  constructor(private readonly products: Pick<Products, "variants">) {}

  view(em: EntityManager, cart: CartRef): Promise<CartView> {
    return readCart(em, cart);
  }

  /** The user's account cart, created empty the first time it is asked for. */
  async accountCart(em: EntityManager, userId: string): Promise<CartView> {
    return readCart(em, await ensureAccountCart(em, userId));
  }

  /** The cart of `cartId` if `viewerUserId` (null: signed out) may use it; null for any other id. */
  async visible(em: EntityManager, viewerUserId: string | null, cartId: string): Promise<CartView | null> {
    if (!isUuid(cartId)) return null;
    const cart = await findCart(em, cartId.toLowerCase());
    return cart && mayUseCart(cart, viewerUserId) ? readCart(em, cart) : null;
  }

  /** The cart line of `lineId` if `viewerUserId` may use its cart (as `visible`); null otherwise. */
  async visibleLine(em: EntityManager, viewerUserId: string | null, lineId: string): Promise<CartLineView | null> {
    if (!isUuid(lineId)) return null;
    const found = await findCartLine(em, lineId.toLowerCase());
    return found && mayUseCart(found.cart, viewerUserId) ? found.line : null;
  }

  /** The shopper's own cart of `cartId`, or without it their account cart; null when there is none. */
  async ownCart(em: EntityManager, userId: string, cartId?: string | null): Promise<CartView | null> {
    if (cartId == null) {
      const account = await findAccountCart(em, userId);
      return account ? readCart(em, account) : null;
    }
    const cart = isUuid(cartId) ? await findCart(em, cartId.toLowerCase()) : null;
    return cart?.userId === userId ? readCart(em, cart) : null;
  }

  /** What products offers for these variants now (price, stock, on sale), in one call; unknown ones are left out. */
  offers(variantIds: readonly string[]): Promise<VariantOffer[]> {
    return this.products.variants(variantIds.filter(isUuid));
  }

  /**
   * A new cart with these lines: a guest cart for a signed-out caller, whose id is then their key
   * to it; a signed-in caller's own account cart (created if need be) with the lines added.
   * `created` learns the cart's id first, so a caller answering userErrors can still show it.
   */
  async create(
    em: EntityManager,
    variants: VariantLoader,
    viewerUserId: string | null,
    lines: readonly CartLineRequest[],
    created: (cart: CartRef) => void = () => undefined,
  ): Promise<CartChange> {
    const cart = viewerUserId ? await ensureAccountCart(em, viewerUserId) : await insertGuestCart(em);
    created(cart);
    return this.addLines(em, variants, viewerUserId, cart.id, lines);
  }

  /**
   * Adds lines: a variant already in the cart (or named twice) ends on one line (LINE_MERGED); a
   * quantity beyond the stock or the per-line maximum is cut (QUANTITY_REDUCED). A line that cannot
   * be added at all is a userError, reported with every other, and nothing changes.
   */
  async addLines(
    em: EntityManager,
    variants: VariantLoader,
    viewerUserId: string | null,
    cartId: string,
    lines: readonly CartLineRequest[],
  ): Promise<CartChange> {
    if (lines.length > MAX_MERGE_LINES) {
      rejectCart("TOO_MANY_LINES", `At most ${MAX_MERGE_LINES} lines can be added at once`, ["lines"]);
    }
    const invalid = new ProblemList<CartErrorCode>();
    const incoming = incomingLines(lines, invalid);
    return this.change(em, viewerUserId, cartId, async (tx, cart) => {
      const offers = await this.offersFor(variants, cart, [...incoming.keys()]);
      const plan = planMerge(cart, incoming, offers);
      const problems = byLine([...invalid.problems, ...plan.problems]);
      if (problems.length > 0) throw rejection(...problems);
      const result = withLines(cart, await this.store(tx, cart.id, plan.changes, offers));
      return { cart: result, warnings: mergeWarnings(result, plan) };
    });
  }

  /**
   * Sets lines' quantities by line id (0 removes the line); a quantity beyond the stock is cut to it
   * (QUANTITY_REDUCED). Every problem at once, and then nothing changes.
   */
  async updateLines(
    em: EntityManager,
    variants: VariantLoader,
    viewerUserId: string | null,
    cartId: string,
    updates: readonly CartLineUpdate[],
  ): Promise<CartChange> {
    return this.change(em, viewerUserId, cartId, async (tx, cart) => {
      const problems = new ProblemList<CartErrorCode>();
      const offers = await this.offersFor(variants, cart, []);
      const wanted = new Map<string, { quantity: number; index: number }>();
      updates.forEach((update, index) => {
        const field = ["lines", String(index)];
        const line = isUuid(update.id) ? cart.lines.find((l) => l.id === update.id.toLowerCase()) : undefined;
        if (!line) problems.add("LINE_NOT_FOUND", "The cart has no line of this id", [...field, "id"]);
        if (!(update.quantity === 0 || validQuantity(update.quantity))) {
          problems.problems.push(invalidQuantity([...field, "quantity"], 0));
        } else if (line) {
          wanted.set(line.id, { quantity: update.quantity, index });
        }
      });
      const warnings: CartWarning[] = [];
      const changes: CartLineRequest[] = [];
      const removed: string[] = [];
      for (const [lineId, { quantity, index }] of wanted) {
        const line = cart.lines.find((l) => l.id === lineId)!;
        if (quantity === 0) {
          removed.push(lineId);
          continue;
        }
        const checked = checkLine(offers.get(line.variantId) ?? null, 1);
        if (!checked.ok) {
          for (const found of checked.problems) problems.add(found.code, found.message, ["lines", String(index), "id"]);
          continue;
        }
        const allowed = Math.min(quantity, checked.value.stock);
        if (allowed < quantity) warnings.push(reducedWarning(lineId, allowed));
        changes.push({ variantId: line.variantId, quantity: allowed });
      }
      const kept = { ...cart, lines: cart.lines.filter((line) => !removed.includes(line.id)) };
      if (totalCents(withLines(kept, changes.map(asLine)), offers) > MAX_AMOUNT_CENTS) {
        problems.add("AMOUNT_TOO_LARGE", "The cart total would be larger than one order may be", ["lines"]);
      }
      problems.throwIfAny();
      if (removed.length > 0) await deleteCartLines(tx, cart.id, removed);
      const stored = await this.store(tx, cart.id, changes, offers);
      return { cart: withLines(kept, stored), warnings };
    });
  }

  /** Removes lines by id; an id the cart does not have is LINE_NOT_FOUND, and then nothing changes. */
  async removeLines(
    em: EntityManager,
    viewerUserId: string | null,
    cartId: string,
    lineIds: readonly string[],
  ): Promise<CartChange> {
    return this.change(em, viewerUserId, cartId, async (tx, cart) => {
      const problems = new ProblemList<CartErrorCode>();
      const ids = lineIds.map((id, index) => {
        const found = isUuid(id) && cart.lines.some((line) => line.id === id.toLowerCase());
        if (!found) problems.add("LINE_NOT_FOUND", "The cart has no line of this id", ["lineIds", String(index)]);
        return id.toLowerCase();
      });
      problems.throwIfAny();
      await deleteCartLines(tx, cart.id, ids);
      return { cart: { ...cart, lines: cart.lines.filter((line) => !ids.includes(line.id)) }, warnings: [] };
    });
  }

  /**
   * Attaches a guest cart to the shopper's account: its lines merge into the account cart
   * (quantities add up, cut to the stock and the per-line maximum: QUANTITY_REDUCED; a line that
   * cannot move at all: LINE_REMOVED) and the guest cart is gone. Both carts are locked, in id
   * order, so attaching twice at once merges once (the second finds no guest cart: CART_NOT_FOUND).
   */
  async attach(em: EntityManager, variants: VariantLoader, userId: string, guestCartId: string): Promise<CartChange> {
    if (!isUuid(guestCartId)) cartNotFound();
    const account = await ensureAccountCart(em, userId);
    const guestId = guestCartId.toLowerCase();
    if (guestId === account.id) return { cart: await readCart(em, account), warnings: [] };
    return em.transactional(async (tx) => {
      const locked = new Map<string, CartRef | null>();
      for (const id of [account.id, guestId].sort()) locked.set(id, await lockCart(tx, id));
      const guest = locked.get(guestId);
      // Only guest carts can be attached: an account cart is its owner's, whoever knows its id.
      if (!guest || guest.userId !== null) return cartNotFound();
      const accountRef = locked.get(account.id);
      if (!accountRef) throw new Error("the account cart vanished while a guest cart was attached to it");
      const cart = await readCart(tx, accountRef);
      const guestLines = (await readCart(tx, guest)).lines;
      const incoming = incomingLines(guestLines, new ProblemList<CartErrorCode>());
      const offers = await this.offersFor(variants, cart, [...incoming.keys()]);
      const plan = planMerge(cart, incoming, offers);
      const result = withLines(cart, await this.store(tx, cart.id, plan.changes, offers));
      await deleteCart(tx, guest.id);
      const removed = plan.problems.map((found): CartWarning => ({
        code: "LINE_REMOVED",
        message: `A line of the guest cart was left out: ${found.message}`,
        target: guestLines[Number(found.field?.[1])]?.variantId ?? null,
      }));
      return { cart: result, warnings: [...mergeWarnings(result, plan), ...removed] };
    });
  }

  /* The account cart's deprecated mutations (addToCart, updateCartLine, removeFromCart, clearCart, mergeCart). */

  async add(em: EntityManager, variants: VariantLoader, userId: string, variantId: string, quantity: number) {
    if (!validQuantity(quantity)) throw rejection(invalidQuantity(["quantity"]));
    if (!isUuid(variantId)) rejectCart("VARIANT_NOT_FOUND", "No product variant has this id", ["variantId"]);
    const id = variantId.toLowerCase();
    return this.changeAccountCart(em, userId, async (tx, cart) => {
      const offers = await this.offersFor(variants, cart, [id]);
      const current = cart.lines.find((line) => line.variantId === id);
      if (!current && cart.lines.length >= MAX_CART_LINES) {
        rejectCart("CART_FULL", `A cart holds at most ${MAX_CART_LINES} different items`, ["variantId"]);
      }
      const wanted = (current?.quantity ?? 0) + quantity;
      this.check(offers, cart, id, wanted, ["quantity"]);
      return withLines(cart, await this.store(tx, cart.id, [{ variantId: id, quantity: wanted }], offers));
    });
  }

  async update(em: EntityManager, variants: VariantLoader, userId: string, variantId: string, quantity: number) {
    if (!validQuantity(quantity)) throw rejection(invalidQuantity(["quantity"]));
    if (!isUuid(variantId)) notInCart();
    const id = variantId.toLowerCase();
    return this.changeAccountCart(em, userId, async (tx, cart) => {
      if (!cart.lines.some((line) => line.variantId === id)) notInCart();
      const offers = await this.offersFor(variants, cart, []);
      this.check(offers, cart, id, quantity, ["quantity"]);
      return withLines(cart, await this.store(tx, cart.id, [{ variantId: id, quantity }], offers));
    });
  }

  async remove(em: EntityManager, userId: string, variantId: string): Promise<CartView> {
    if (!isUuid(variantId)) notInCart();
    const id = variantId.toLowerCase();
    return this.changeAccountCart(em, userId, async (tx, cart) => {
      if ((await deleteCartLineOfVariant(tx, cart.id, id)) === 0) notInCart();
      return { ...cart, lines: cart.lines.filter((line) => line.variantId !== id) };
    });
  }

  async clear(em: EntityManager, userId: string): Promise<CartView> {
    return this.changeAccountCart(em, userId, async (tx, cart) => {
      await deleteCartLinesAll(tx, cart.id);
      return { ...cart, lines: [] };
    });
  }

  /**
   * Adds a guest cart's lines to the shopper's: quantities add up, cut to the line maximum and to
   * the stock. Lines that cannot be added come back as `skipped` problems and the others are merged.
   */
  async merge(
    em: EntityManager,
    variants: VariantLoader,
    userId: string,
    lines: readonly CartLineRequest[],
  ): Promise<{ cart: CartView; skipped: Problem<CartErrorCode>[] }> {
    if (lines.length > MAX_MERGE_LINES) {
      rejectCart("TOO_MANY_LINES", `At most ${MAX_MERGE_LINES} lines can be merged at once`, ["lines"]);
    }
    const invalid = new ProblemList<CartErrorCode>();
    const incoming = incomingLines(lines, invalid);
    return this.changeAccountCart(em, userId, async (tx, cart) => {
      const offers = await this.offersFor(variants, cart, [...incoming.keys()]);
      const plan = planMerge(cart, incoming, offers);
      const skipped = [
        ...invalid.problems,
        ...plan.problems,
        ...plan.reduced.map(({ index, quantity }) =>
          problem<CartErrorCode>("QUANTITY_REDUCED", `Only ${quantity} of this item could be in the cart`, [
            "lines",
            String(index),
            "quantity",
          ]),
        ),
      ];
      return { cart: withLines(cart, await this.store(tx, cart.id, plan.changes, offers)), skipped: byLine(skipped) };
    });
  }

  /** Runs a read-check-write of a cart the viewer may use, holding its lock (see lockCart). */
  private change<T>(
    em: EntityManager,
    viewerUserId: string | null,
    cartId: string,
    work: (tx: EntityManager, cart: CartView) => Promise<T>,
  ): Promise<T> {
    if (!isUuid(cartId)) return cartNotFound();
    return em.transactional(async (tx) => {
      const ref = await lockCart(tx, cartId.toLowerCase());
      if (!ref || !mayUseCart(ref, viewerUserId)) return cartNotFound();
      return work(tx, await readCart(tx, ref));
    });
  }

  private async changeAccountCart<T>(
    em: EntityManager,
    userId: string,
    work: (tx: EntityManager, cart: CartView) => Promise<T>,
  ): Promise<T> {
    const cart = await ensureAccountCart(em, userId);
    return this.change(em, userId, cart.id, work);
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
      rejectCart("CURRENCY_MISMATCH", "This item is priced in another currency than the cart", ["variantId"]);
    }
    if (cartTotalCents(cart, offers, { variantId, quantity }) > MAX_AMOUNT_CENTS) {
      rejectCart("AMOUNT_TOO_LARGE", "The cart total would be larger than one order may be", quantityField);
    }
  }

  /** Writes the lines with the price the shopper is shown now (what a checkout compares against). */
  private store(
    em: EntityManager,
    cartId: string,
    lines: readonly CartLineRequest[],
    offers: Map<string, VariantOffer>,
  ): Promise<CartLineView[]> {
    return upsertCartLines(
      em,
      cartId,
      lines.map((line) => ({
        ...line,
        priceCents: offers.get(line.variantId)?.priceCents ?? null,
        currency: offers.get(line.variantId)?.currency ?? null,
      })),
    );
  }
}

/**
 * Lines as a client sends them, by variant (quantities of a variant named twice add up); a line
 * with an invalid quantity or variant id is reported in `problems` and left out.
 */
function incomingLines(lines: readonly CartLineRequest[], problems: ProblemList<CartErrorCode>): Incoming {
  const incoming: Incoming = new Map();
  lines.forEach((line, index) => {
    const field = ["lines", String(index)];
    if (!validQuantity(line.quantity)) {
      problems.problems.push(invalidQuantity([...field, "quantity"]));
    } else if (!isUuid(line.variantId)) {
      problems.add("VARIANT_NOT_FOUND", "No product variant has this id", [...field, "variantId"]);
    } else {
      const id = line.variantId.toLowerCase();
      const seen = incoming.get(id);
      incoming.set(id, {
        quantity: (seen?.quantity ?? 0) + line.quantity,
        index: seen?.index ?? index,
        count: (seen?.count ?? 0) + 1,
      });
    }
  });
  return incoming;
}

/**
 * What adding `incoming` to the cart does: quantities add up, cut to the line maximum and to the
 * stock (never below what the cart had); lines that cannot be added at all are problems.
 */
function planMerge(cart: CartView, incoming: Incoming, offers: Map<string, VariantOffer>): MergePlan {
  const plan: MergePlan = { changes: [], problems: [], reduced: [], merged: [] };
  const currency = cartCurrency(cart, offers);
  let lineCount = cart.lines.length;
  for (const [variantId, { quantity, index, count }] of incoming) {
    const field = ["lines", String(index), "variantId"];
    const skip = (code: CartErrorCode, message: string) => plan.problems.push(problem(code, message, field));
    const current = cart.lines.find((line) => line.variantId === variantId)?.quantity ?? 0;
    const line = checkLine(offers.get(variantId) ?? null, 1);
    if (!line.ok) {
      for (const found of line.problems) skip(found.code, found.message);
      continue;
    }
    const offer = line.value;
    if (currency && offer.currency !== currency) {
      skip("CURRENCY_MISMATCH", "This item is priced in another currency than the cart");
      continue;
    }
    if (current === 0 && lineCount >= MAX_CART_LINES) {
      skip("CART_FULL", `A cart holds at most ${MAX_CART_LINES} different items`);
      continue;
    }
    const merged = mergedQuantity(current, quantity, offer);
    if (merged < current + quantity) plan.reduced.push({ variantId, index, quantity: merged });
    if (current > 0 || count > 1) plan.merged.push(variantId);
    if (merged === current) continue;
    if (
      cartTotalCents(withLines(cart, plan.changes.map(asLine)), offers, { variantId, quantity: merged }) >
      MAX_AMOUNT_CENTS
    ) {
      skip("AMOUNT_TOO_LARGE", "The cart total would be larger than one order may be");
      continue;
    }
    if (current === 0) lineCount += 1;
    plan.changes.push({ variantId, quantity: merged });
  }
  return plan;
}

function mergeWarnings(cart: CartView, plan: MergePlan): CartWarning[] {
  const lineOf = (variantId: string) => cart.lines.find((line) => line.variantId === variantId)?.id ?? null;
  return [
    ...plan.merged.map((variantId): CartWarning => ({
      code: "LINE_MERGED",
      message: "The item was already in the cart: its quantities were added up on one line",
      target: lineOf(variantId),
    })),
    ...plan.reduced.map(({ variantId, quantity }) => reducedWarning(lineOf(variantId), quantity)),
  ];
}

function reducedWarning(lineId: string | null, quantity: number): CartWarning {
  return {
    code: "QUANTITY_REDUCED",
    message: `Only ${quantity} of this item could be in the cart (the stock, or at most ${MAX_CART_LINE_QUANTITY} per line)`,
    target: lineId,
  };
}

/** Problems in the order of the input lines they concern (field ["lines", index, ...]). */
function byLine(problems: Problem<CartErrorCode>[]): Problem<CartErrorCode>[] {
  return problems.sort((a, b) => Number(a.field?.[1]) - Number(b.field?.[1]));
}

function rejection(...problems: Problem<CartErrorCode>[]): Rejection<CartErrorCode> {
  return new Rejection(problems);
}

/** The cart's total at current prices. */
function totalCents(cart: CartView, offers: Map<string, VariantOffer>): number {
  return cart.lines.reduce((sum, line) => sum + (offers.get(line.variantId)?.priceCents ?? 0) * line.quantity, 0);
}

/** The cart's total at current prices with one line set to `change`'s quantity. */
function cartTotalCents(cart: CartView, offers: Map<string, VariantOffer>, change: CartLineRequest): number {
  return totalCents(
    { ...cart, lines: [...cart.lines.filter((line) => line.variantId !== change.variantId), asLine(change)] },
    offers,
  );
}

/** A line not stored yet (no id), to compute with. */
const asLine = (line: CartLineRequest): CartLineView => ({ ...line, id: "", createdAt: new Date() });

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
  return { ...cart, lines };
}
